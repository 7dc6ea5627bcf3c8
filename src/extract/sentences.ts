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

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9 || c === 160;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const CLOSERS = new Set(['”', '"', '’', ')', ']']);
const OPENERS = new Set(['“', '"', '(', '‘']);

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    for (let a = s; a < e; a += MAX_SENTENCE) {
      const b = Math.min(e, a + MAX_SENTENCE);
      const bulletOnly = b - a < 16 && /^[●•◦▪\s]*$/.test(text.slice(a, b)); // a cell holding only a bullet is no sentence
      if (b > a && !bulletOnly) out.push({ text: text.slice(a, b), start: a, end: b });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      continue;
    }
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < text.length && CLOSERS.has(text[j]!)) j++;
    if (j >= text.length) continue;
    const next = text.charCodeAt(j);
    const prev = text.charCodeAt(i - 1);
    const glued = isUpper(next) && (isLower(prev) || prev === 41) && isLower(text.charCodeAt(j + 1));
    const after = text[j + 1] ?? '';
    const spaced = next === 32 && (isUpper(after.charCodeAt(0)) || (after >= '0' && after <= '9') || OPENERS.has(after));
    if (!glued && !spaced) continue;
    if (c === 46 && isAbbreviation(text, i)) continue;
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
