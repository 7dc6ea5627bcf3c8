/**
 * Sentence segmentation inside one fact's readable text (gold GUIDELINE §3.7): a line break ends a
 * sentence; within a line, . ! ? followed by space and an uppercase letter, digit, quote or "(" does,
 * unless the token before is an abbreviation; and ".The" glued by text extraction does too.
 * Linear time: one scan, no backtracking regexes. Very long runs are cut at MAX_SENTENCE characters so
 * later rules stay bounded on pathological input.
 */
export interface Sentence {
  readonly text: string;
  readonly start: number; // offsets into the fact text
  readonly end: number;
}

export const MAX_SENTENCE = 2000;
const ABBREV = new Set(['mr', 'ms', 'mrs', 'dr', 'prof', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'no', 'etc', 'e.g', 'i.e', 'u.s', 'vs', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'fig']);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    for (let a = s; a < e; a += MAX_SENTENCE) {
      const b = Math.min(e, a + MAX_SENTENCE);
      if (b > a && !/^[●•◦▪\s]*$/.test(text.slice(a, b))) out.push({ text: text.slice(a, b), start: a, end: b });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < text.length && /[”"’)\]]/.test(text[j]!)) j++;
    const next = text[j];
    const glued = next !== undefined && /[A-Z]/.test(next) && /[a-z)]/.test(text[i - 1] ?? '') && /[a-z]/.test(text[j + 1] ?? '');
    const spaced = next === ' ' && /[A-Z0-9“"(‘]/.test(text[j + 1] ?? '');
    if (!glued && !spaced && j < text.length) continue;
    if (c === '.' && isAbbreviation(text, i)) continue;
    push(j);
  }
  push(text.length);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k]!)) k--;
  const token = text.slice(k + 1, dot).toLowerCase();
  if (ABBREV.has(token)) return true;
  return /^[a-z]$/i.test(token) && /[A-Z]/.test(text[dot + 2] ?? ''); // a middle initial: "James M. Smith"
}
