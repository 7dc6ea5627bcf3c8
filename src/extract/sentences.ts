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
const ABBREV = new Set([
  'mr',
  'ms',
  'mrs',
  'dr',
  'prof',
  'jr',
  'sr',
  'inc',
  'co',
  'corp',
  'ltd',
  'no',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'vs',
  'st',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'fig',
]);

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
      if (!softWrap(text, start, i)) push(i);
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

const TERMINAL = new Set(['.', '!', '?', ':', '”', '"', ';']);
const LIST_ITEM = /^\s*(?:[●•◦▪\-–—*]|\(?[0-9ivx]{1,3}[.)]\s|\|)/;
const FURNITURE = /^\s*(?:\d{1,3}|table of contents|page \d+)\s*$/i;

/**
 * GUIDELINE §3.7 and C15: a line break inside a paragraph is a soft wrap when the sentence goes on: the
 * line before ends without sentence punctuation and the next text line starts in lower case, or (a hard-
 * wrapped paragraph line, not a heading) starts a word that continues it; a page number or running header
 * line in between is skipped. Headings and list items stay their own segments.
 */
function softWrap(text: string, start: number, nl: number): boolean {
  let p = nl - 1;
  while (p >= start && isSpace(text.charCodeAt(p))) p--;
  if (p < start || TERMINAL.has(text[p]!)) return false;
  // the next line that is text (skipping blank lines only when the sentence plainly continues, and page furniture)
  let q = nl + 1;
  let blank = false;
  for (let n = 0; n < 4 && q < text.length; n++) {
    const eol = text.indexOf('\n', q);
    const line = text.slice(q, eol === -1 ? text.length : eol);
    if (line.trim() === '') blank = true;
    else if (!FURNITURE.test(line)) break;
    if (eol === -1) return false;
    q = eol + 1;
  }
  const eol = text.indexOf('\n', q);
  const next = text.slice(q, eol === -1 ? text.length : eol).trimStart();
  if (next === '' || LIST_ITEM.test(next)) return false;
  const first = next.charCodeAt(0);
  if (isLower(first)) return true;
  if (blank || !isUpper(first)) return false;
  // an upper-case start continues a hard-wrapped paragraph line; a short title-like line is a heading
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(Math.max(lineStart, start), nl).trim();
  const words = line.split(/\s+/);
  const titleLike = words.length <= 8 && words.every((w) => /^(?:[A-Z(“"]|and|of|the|for|to|in|on|or|&)/.test(w));
  return line.length >= 60 && !titleLike;
}

function isAbbreviation(text: string, dot: number): boolean {
  let k = dot - 1;
  while (k >= 0 && /[A-Za-z.]/.test(text[k]!)) k--;
  const token = text.slice(k + 1, dot).toLowerCase();
  if (ABBREV.has(token)) return true;
  return /^[a-z]$/i.test(token) && /[A-Z]/.test(text[dot + 2] ?? ''); // a middle initial: "James M. Smith"
}
