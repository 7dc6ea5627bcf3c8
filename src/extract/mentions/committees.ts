import type { AttributeValue } from '../../domain/extraction';
import { lower, matches, type Mention } from '../mention';

/**
 * Committees (GUIDELINE §3.2): named ("Audit Committee", "Cybersecurity and Information Security
 * Committee"), lowercase descriptions ("corporate governance committee of the board of directors"),
 * the full board, and the anaphor "the Committee", resolved later against the section's committees.
 */
const NAMED =
  /\b((?:(?!(?:Committee|Subcommittee|Council)\b)[A-Z][\w’'-]*,?\s+(?:(?:and|&|of|for|on)\s+)?){0,7}(?:Committee|Subcommittee|Council|committee|subcommittee))\b/g;
const KINDS =
  'audit|risk|technology|cybersecurity|security|privacy|compliance|governance|nominating|compensation|finance|safety|executive|steering|operating|management|oversight|information security|data';
const LOWER = new RegExp(
  `\\b((?:(?:${KINDS}|and|&|corporate|public|policy|product|regulatory|sustainability|enterprise|information|dedicated),?\\s+){1,6}(?:committee|subcommittee|council))\\b`,
  'g',
);
const BOARD = /\b(?:(?:full|entire)\s+)?[Bb]oard(?:\s+of\s+[Dd]irectors)?\b/g;
const ANAPHOR = /\b[Tt]he\s+(Committee|committee|Council)\b(?!\s+of\b)/g;

export function committeeKind(name: string): string {
  const n = lower(name);
  if (/\baudit\b/.test(n)) return 'audit';
  if (/cyber|security|information security/.test(n)) return 'cybersecurity';
  if (/\brisk\b/.test(n)) return 'risk';
  if (/technolog|innovation/.test(n)) return 'technology';
  if (/nominating/.test(n) && /governance/.test(n)) return 'nominating_governance';
  if (/governance/.test(n)) return 'governance';
  if (/compensation|human capital|talent/.test(n)) return 'compensation';
  if (/safety/.test(n)) return 'safety';
  if (/compliance|privacy/.test(n)) return 'compliance';
  return 'other';
}

export function committeeLevel(name: string, sentence: string): 'board_committee' | 'management' {
  const n = lower(name);
  if (/council|steering|executive committee|operating committee|management|working group|leadership|disclosure|incident response|crisis/.test(n))
    return 'management';
  if (/at the management level|management[- ]level|management committee/i.test(sentence) && !/of (the|our) board/i.test(sentence)) return 'management';
  return 'board_committee';
}

const STOP_LEAD = /^(The|Our|Its|This|These|Each|Both|A|An|Such|In|At|Through|Under|With|Board|Company’s|Company's|Chair|Chairperson|Chairman|Chair of the)\s+/;

function clean(name: string): string {
  let n = name.trim().replace(/,$/, '');
  for (let i = 0; i < 4 && STOP_LEAD.test(n); i++) n = n.replace(STOP_LEAD, '').replace(/^(?:and|&)\s+/, '');
  return n;
}

export function committeeKey(name: string): string {
  return `committee:${lower(name)
    .replace(/^(the|our|its)\s+/, '')
    .replace(/\s+of (the|our) board( of directors)?$/, '')}`;
}

export function detectCommittees(sentence: string): Mention[] {
  const out: Mention[] = [];
  const add = (text: string, start: number, attributes: Record<string, AttributeValue>, key: string) =>
    out.push({ type: 'Committee', text, start, end: start + text.length, key, attributes });
  const hasCommittee = /ommittee|ouncil/.test(sentence);
  for (const m of hasCommittee ? matches(NAMED, sentence) : []) {
    const name = clean(m[1]!);
    if (!/^[A-Z]/.test(name) || /^(Committee|Council|Subcommittee|committee|subcommittee)$/i.test(name)) continue;
    const start = m.index + m[0].lastIndexOf(name);
    add(name, start, { level: committeeLevel(name, sentence), kind: committeeKind(name) }, committeeKey(name));
  }
  for (const m of hasCommittee ? matches(LOWER, sentence) : []) {
    const name = m[1]!.replace(/^(and|&)\s+/, '');
    if (/^[A-Z]/.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    add(name, start, { level: committeeLevel(name, sentence), kind: committeeKind(name) }, committeeKey(name));
  }
  for (const m of matches(BOARD, sentence)) {
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s+(committees?|member|members|chair|level)\b/i.test(after) || /^\s*’s?\s+committees?/i.test(after)) continue;
    add(m[0], m.index, { level: 'board', kind: 'full_board' }, 'committee:board');
  }
  for (const m of hasCommittee ? matches(ANAPHOR, sentence) : []) {
    const start = m.index + m[0].indexOf(m[1]!);
    add(m[1]!, start, { anaphor: true }, 'committee:?');
  }
  return out;
}
