/**
 * Where a section ends, for many candidate starts: `find(from)` is the first match of `re` in `text`
 * at or after `from`. Searching the rest of the text once per candidate heading costs O(headings ×
 * length) (a megabyte of repeated "Item 1C. Cybersecurity" headings took a minute); asked in
 * increasing order, as the heading scans do, each part of the text is searched once. The last answer is
 * kept: a match at or after the new position is still the first one, because nothing matched between
 * the previous position and it. `re` must not look behind the position it starts from.
 */
export function nextMatchFinder(re: RegExp, text: string): (from: number) => RegExpExecArray | null {
  const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  let last: { from: number; match: RegExpExecArray | null } | null = null;
  return (from) => {
    if (last && last.from <= from && (last.match === null || last.match.index >= from)) return last.match;
    global.lastIndex = from;
    const match = global.exec(text);
    last = { from, match };
    return match;
  };
}
