/**
 * Line handling shared by the text-based parsers. Keeps offsets: every helper reports where its output
 * came from in the source string.
 */

/** 1-based line number of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Line numbers of many offsets in one pass over the text (lineAt per offset would rescan it each time). */
export function lineIndex(text: string, offsets: readonly number[]): Map<number, number> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let line = 1;
  let nl = text.indexOf('\n'); // the first newline not yet counted: each is found once, however far apart the offsets are
  for (const off of sorted) {
    for (; nl !== -1 && nl < off; nl = text.indexOf('\n', nl + 1)) line++;
    out.set(off, line);
  }
  return out;
}

/**
 * Joins hard-wrapped lines: a newline is a paragraph break when the line before ends a sentence
 * (. ! ? : ” ") or the next line starts with an uppercase letter, digit or bullet; otherwise it is a
 * soft wrap and becomes a space (gold GUIDELINE §3.7 rule 2). Linear: the output is collected in parts
 * and only its last character is looked at (testing the growing string itself would copy it per line).
 */
export function unwrapLines(lines: readonly string[]): string {
  const parts: string[] = [];
  let last = ''; // the output's last character, '' while it is empty
  for (const raw of lines) {
    const line = trimLine(raw);
    if (line === '') {
      if (last !== '' && last !== '\n') parts.push((last = '\n'));
      continue;
    }
    if (last === '' || last === '\n') parts.push(line);
    else if (SENTENCE_END.has(last) || /^[A-Z0-9•●◦▪\-–(“"]/.test(line)) parts.push('\n', line);
    else parts.push(' ', line);
    last = line[line.length - 1]!;
  }
  return parts.join('').trim();
}

const SENTENCE_END = new Set(['.', '!', '?', ':', '”', '"']);
const isTrailingSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0';

/** Trailing spaces, tabs and no-break spaces, then leading spaces and tabs, removed by scanning (an anchored regex still retries from every position of a long run of spaces). */
function trimLine(raw: string): string {
  let end = raw.length;
  while (end > 0 && isTrailingSpace(raw[end - 1]!)) end--;
  let start = 0;
  while (start < end && (raw[start] === ' ' || raw[start] === '\t')) start++;
  return start === 0 && end === raw.length ? raw : raw.slice(start, end);
}

/** Collapses every whitespace run to one space: how gold facts are compared. */
export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();
