import { htmlToText } from './html-text';
import { nextMatchFinder } from './next-match';

/**
 * The Item 1C (10-K) / Item 16K (20-F) section of an HTML filing, as readable text, whether or not
 * cyd tags cover it: filers tag only parts of it. Headings are found in the raw markup (tags and
 * entities may sit between "Item" and "1C"); of all candidates (table of contents, cross-references,
 * the heading itself), the one opening the longest span up to the next Item is the section. Only that
 * span is converted to text, so the cost stays proportional to the section. The next Item after each
 * candidate is found with one forward search shared by all candidates (nextMatchFinder), so many
 * candidates cost no more than one; the gaps allowed inside a heading are bounded, so the patterns
 * cost a bounded number of steps at each position.
 */
const GAP = '(?:\\s|&#160;|&nbsp;|&#xa0;|<[^<>]{0,400}>){0,30}';
const START = new RegExp(`item${GAP}(?:1c|16k)${GAP}[.:\\-—–]?${GAP}cyber`, 'gi');
const END = new RegExp(`item${GAP}(?:2${GAP}[.:\\-—–]?${GAP}propert|16l|17${GAP}[.:\\-—–]?${GAP}financial)|part${GAP}iii?\\b`, 'i');
const MAX_SECTION = 400_000;

export interface HtmlSection {
  readonly text: string;
  readonly offset: number; // raw offset of the heading
}

export function item1cSection(html: string): HtmlSection | null {
  let best: { start: number; end: number } | null = null;
  const nextEnd = nextMatchFinder(END, html);
  START.lastIndex = 0;
  for (let m = START.exec(html); m; m = START.exec(html)) {
    const from = m.index + m[0].length;
    const limit = Math.min(html.length, from + MAX_SECTION);
    const e = nextEnd(from);
    const end = e && e.index < limit ? e.index : limit;
    if (!best || end - m.index > best.end - best.start) best = { start: m.index, end };
  }
  if (!best) return null;
  // drop the rest of the heading ("Cybersecurity", closing tags) so the text starts with the narrative
  const raw = html.slice(best.start, best.end);
  const text = htmlToText(`<div>${raw}`)
    .text.replace(/^[^\n]*\n?/, '')
    .trim();
  return text.length > 200 ? { text, offset: best.start } : null;
}
