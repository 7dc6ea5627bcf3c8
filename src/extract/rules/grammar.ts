import type { AttributeValue, RelationType } from '../../domain/extraction';
import type { SentenceContext } from '../context';
import { matches, type Mention } from '../mention';

/** What a rule proposes; mentions become entity ids when the extraction is assembled. */
export interface Candidate {
  readonly type: RelationType;
  readonly from: Mention | 'E_CO';
  readonly to: Mention | 'T_CYBER';
  readonly attributes?: Readonly<Record<string, AttributeValue>>;
  readonly source?: 'text' | 'xbrl_field';
}

export interface Rule {
  readonly name: string;
  apply(ctx: SentenceContext): Candidate[];
}

type Kind = Mention['type'];
export const GOVERNANCE: readonly Kind[] = ['Committee', 'Role', 'Person', 'InternalUnit'];

// words that may stand between two coordinated mentions: "A, B and C", "A, including B", "A as well as the B"
const COORD =
  /^(?:\s*\([^()]{0,60}\))?(?:\s+(?:quarterly|annually|regularly|periodically|monthly|directly))?[\s,]*(?:(?:and|or|and\/or|&|as well as|along with|together with|including|in addition to|such as|plus|including through|directly and through|and through|through)\b[\s,]*)?(?:(?:its|their)\s+(?:dedicated\s+|standing\s+)?)?(?:(?:\w+ly\s+)?to\s+)?(?:(?:the|our|its|their|a|an|other|certain|various|members of|member of|each of|both|company['’]s|experienced|a number of)\s+)*$/i;

/** Mentions joined only by list punctuation, conjunctions and determiners; a long gap never is. */
export const coordinated = (ctx: SentenceContext, a: Mention, b: Mention): boolean => b.start - a.end <= 120 && COORD.test(ctx.text.slice(a.end, b.start));

/** Spans such as ", led by our CSO," or ", who reports to the CEO," whose mentions are not a clause's subject. */
const parentheticalCache = new Map<string, [number, number][]>();

export function parentheticals(text: string): [number, number][] {
  const hit = parentheticalCache.get(text);
  if (hit) return hit;
  if (parentheticalCache.size > 256) parentheticalCache.clear();
  const out: [number, number][] = [];
  parentheticalCache.set(text, out);
  for (const m of matches(
    /,\s*(?:(?:led|headed|chaired|supported|overseen|assisted|managed) by|reporting to|who (?:reports?|is|are|has|have)|which (?:is|are|includes?|reports?))\b[^,;]*,/g,
    text,
  ))
    out.push([m.index, m.index + m[0].length]);
  for (const m of matches(/\([^()]{0,200}\)/g, text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const enumeratorCache = new Map<string, number[]>();

/** Offsets of enumeration items "(i)", "(ii)", "(a)", "(1)" in a sentence, cached per sentence. */
function enumeratorsOf(text: string): number[] {
  let hit = enumeratorCache.get(text);
  if (!hit) {
    if (enumeratorCache.size > 256) enumeratorCache.clear();
    hit = [...text.matchAll(/\((?:i{1,3}|iv|v|vi{0,3}|[a-h]|\d{1,2})\)\s/g)].map((m) => m.index!);
    enumeratorCache.set(text, hit);
  }
  return hit;
}

const inside = (m: Mention, spans: readonly [number, number][], pos: number) => spans.some(([s, e]) => m.start >= s && m.end <= e && !(pos >= s && pos <= e));

/** The clause's subject group before `pos`: the nearest mention of the kinds asked, with those coordinated with it. */
export function subjectsBefore(ctx: SentenceContext, pos: number, kinds: readonly Kind[] = GOVERNANCE): Mention[] {
  // clauses end at ";" and ":", and an enumeration item "(ii)" starts a new one
  const enumerator = ctx.text.includes(')')
    ? (enumeratorsOf(ctx.text)
        .filter((i) => i < pos)
        .at(-1) ?? -1)
    : -1;
  const clauseStart = Math.max(ctx.text.lastIndexOf(';', pos - 1) + 1, ctx.text.lastIndexOf(':', pos - 1) + 1, enumerator + 1);
  const spans = parentheticals(ctx.text);
  let eligible = outermost(ctx.mentions).filter((m) => m.end <= pos && m.start >= clauseStart && kinds.includes(m.type) && !inside(m, spans, pos));
  if (eligible.length === 0) return [];
  // a coordinated verb ("… is chaired by X, and oversees …") takes the clause's first subject
  if (/\band\s+(?:also\s+|further\s+|regularly\s+)?$/.test(ctx.text.slice(Math.max(clauseStart, pos - 20), pos))) {
    let n = 1;
    while (n < eligible.length && coordinated(ctx, eligible[n - 1]!, eligible[n]!)) n++;
    return eligible.slice(0, n);
  }
  // "the X committee of the board oversees": the board is inside the subject's prepositional phrase
  while (
    eligible.length > 1 &&
    /^\s*(?:\([^)]*\)\s*)?of\s+(?:the|our|its)\s+(?:Company['’]s\s+)?$/.test(ctx.text.slice(eligible.at(-2)!.end, eligible.at(-1)!.start))
  )
    eligible = eligible.slice(0, -1);
  const group = [eligible[eligible.length - 1]!];
  // a restrictive relative clause ("… including our CISO who reports to …") has only its antecedent as subject;
  // after a comma ("our CEO, CFO and CLO, who have …") it refers to the whole list
  if (/^\s+(?:who|which|that)\s/.test(ctx.text.slice(group[0]!.end, pos))) return group;
  for (let i = eligible.length - 2; i >= 0; i--) {
    if (!coordinated(ctx, eligible[i]!, group[0]!)) break;
    // "… reports to our CEO, and our CRO provides …": the earlier verb's object is not this verb's subject
    if (
      /,/.test(ctx.text.slice(eligible[i]!.end, group[0]!.start)) &&
      /\bto\s+(?:our|the|its)?\s*$/.test(ctx.text.slice(Math.max(0, eligible[i]!.start - 12), eligible[i]!.start))
    )
      break;
    group.unshift(eligible[i]!);
  }
  return group;
}

/** Mentions not nested in another: "the Chair of the Audit Committee reports" is the chair speaking, not the committee. */
function outermost(mentions: readonly Mention[]): Mention[] {
  return mentions.filter((m) => !mentions.some((k) => k !== m && k.start <= m.start && m.end <= k.end && k.end - k.start > m.end - m.start));
}

/** The object group after `pos`: the first mention of the kinds asked within `window` characters, and those coordinated with it. */
export function objectsAfter(ctx: SentenceContext, pos: number, kinds: readonly Kind[] = GOVERNANCE, window = 80): Mention[] {
  const clauseEnd = (() => {
    const i = ctx.text.slice(pos).search(/;/);
    return i === -1 ? ctx.text.length : pos + i;
  })();
  const eligible = outermost(ctx.mentions).filter((m) => m.start >= pos && m.start <= clauseEnd && kinds.includes(m.type));
  if (eligible.length === 0 || eligible[0]!.start - pos > window) return [];
  const group = [eligible[0]!];
  for (let i = 1; i < eligible.length; i++) {
    if (!coordinated(ctx, group[group.length - 1]!, eligible[i]!)) break;
    group.push(eligible[i]!);
  }
  return group;
}

/** Hypotheticals ("may engage", "could report") give no relation (GUIDELINE §3.1 rule 5). */
export const hedged = (text: string, pos: number): boolean =>
  /\b(may|might|could|would|can)\s+(?:also\s+|from time to time\s+|periodically\s+|as needed\s+)?$/i.test(text.slice(Math.max(0, pos - 40), pos));

/**
 * The frequency written after one of several coordinated objects, up to the next ("to the committee
 * quarterly and to the Board annually": each takes its own). Only where the objects' stretches state
 * different frequencies; otherwise (one adverb for all, or none after them) null, and the predicate's
 * frequency applies to every object.
 */
export function objectFrequency(
  objects: readonly { start: number; end: number }[],
  o: { start: number; end: number },
  text: string,
  end = text.length,
): string | null {
  const placed = [...objects].sort((x, y) => x.start - y.start);
  if (placed.length < 2 || !placed.includes(o)) return null;
  const own = placed.map((x, k) => frequency(text.slice(x.end, k + 1 < placed.length ? placed[k + 1]!.start : Math.max(end, x.end))));
  if (new Set(own.filter(Boolean)).size < 2) return null;
  return own[placed.indexOf(o)] ?? null;
}

export function frequency(text: string): string | null {
  const t = text.toLowerCase();
  if (/quarterly|each quarter|every quarter/.test(t)) return 'quarterly';
  if (/semi-?annual|twice a year|bi-?annual/.test(t)) return 'semiannually';
  if (/bi-?monthly|every other month/.test(t)) return 'bimonthly';
  if (/annual|each year|every year|once a year|yearly/.test(t)) return 'annually';
  if (/monthly/.test(t)) return 'monthly';
  if (/as needed|as appropriate|as necessary|when appropriate|as they arise|event|promptly|escalat/.test(t)) return 'as_needed';
  if (/periodic/.test(t)) return 'periodically';
  if (/regular|each (regular )?meeting|routinely/.test(t)) return 'regularly';
  if (/ongoing|continuous|real[- ]time/.test(t)) return 'ongoing';
  return null;
}

export const isBoard = (m: Mention): boolean => m.attributes.kind === 'full_board';
export const isBoardLevel = (m: Mention): boolean => m.type === 'Committee' && m.attributes.level !== 'management';
