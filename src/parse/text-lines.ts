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
  let pos = 0;
  for (const off of sorted) {
    for (let i = text.indexOf('\n', pos); i !== -1 && i < off; i = text.indexOf('\n', i + 1)) {
      line++;
      pos = i + 1;
    }
    out.set(off, line);
  }
  return out;
}

/**
 * Joins hard-wrapped lines: a newline is a paragraph break when the line before ends a sentence
 * (. ! ? : ” ") or the next line starts with an uppercase letter, digit or bullet; otherwise it is a
 * soft wrap and becomes a space (gold GUIDELINE §3.7 rule 2).
 */
export function unwrapLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/[ \t\u00a0]+$/g, '').replace(/^[ \t]+/, '');
    if (line === '') {
      if (out !== '' && !out.endsWith('\n')) out += '\n';
      continue;
    }
    if (out === '' || out.endsWith('\n')) out += line;
    else if (/[.!?:”"]$/.test(out) || /^[A-Z0-9•●◦▪\-–(“"]/.test(line)) out += '\n' + line;
    else out += ' ' + line;
  }
  return out.trim();
}

/** Collapses every whitespace run to one space: how gold facts are compared. */
export const collapseWhitespace = (s: string): string => s.replace(/\s+/g, ' ').trim();
