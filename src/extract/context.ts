import type { Sentence } from './sentences';
import type { Mention } from './mention';

/** What every rule sees: one sentence, the cyd element it sits in, and its resolved mentions. */
export interface SentenceContext {
  readonly text: string;
  readonly sentence: Sentence;
  readonly section: string;
  /** Governance mentions (Committee, Role, Person, InternalUnit, ThirdParty), non-overlapping, in order. */
  readonly mentions: readonly Mention[];
  /** Vendor processes may contain a ThirdParty mention, so they are kept apart. */
  readonly processes: readonly Mention[];
  /** The sentence speaks of cybersecurity, information-security or data-security matters. */
  readonly isCyber: boolean;
  /** The last vendor process named before this sentence in the same text, for "this program" references. */
  readonly previousProcess: Mention | null;
  /** Mentions of earlier sentences in the same field or section, oldest first, for references (D9). */
  readonly antecedents?: readonly Mention[];
  /** The whole fact is a short field value ("Audit Committee", "Mr. Dong"), not a narrative. */
  readonly isFieldValue: boolean;
}

const PRECEDENCE: Record<Mention['type'], number> = { Person: 5, Role: 4, Committee: 3, InternalUnit: 2, ThirdParty: 1, VendorProcess: 0 };

/** Longest mention wins an overlap; a committee inside a chair title ("Chair of the Audit Committee") stays. */
export function resolveOverlaps(all: readonly Mention[]): Mention[] {
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRECEDENCE[b.type] - PRECEDENCE[a.type]);
  const kept: Mention[] = [];
  for (const m of sorted) {
    const clash = kept.find((k) => m.start < k.end && k.start < m.end);
    if (!clash) {
      kept.push(m);
      continue;
    }
    const nestedCommittee =
      m.type === 'Committee' && clash.type === 'Role' && clash.attributes.normalized === 'CHAIR' && m.end <= clash.end && m.key !== 'committee:?';
    if (nestedCommittee) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const CYBER =
  /cyber|information[- ]security|data[- ]security|security risk|data protection|security program|privacy and security|security and privacy|information systems|security matters|security incidents?|security threats?|threats?/i;
export const isCyberSentence = (s: string): boolean => CYBER.test(s);
