/**
 * What the parser reads of a sentence: the same characters at the same offsets, with what is no word of
 * the sentence's grammar turned to spaces, so the tokens' offsets still index the original text.
 * - a page number on a line of its own inside the sentence (page furniture, GUIDELINE C15);
 * - a defined short name right after a title or body ("Chief Information Security Officer (“CISO”)",
 *   "Incident Response Team (IRT)"): the parenthesis is a definition, not an argument, and the neural
 *   parser otherwise attaches the quoted name as a dependent of its own and loses the list it sits in.
 *   Mentions and abbreviations are still read from the original text.
 */
const PAGE_NUMBER_LINE = /\n[ \t]*\d{1,3}[ \t]*(?=\n)/g;
const DEFINED_NAME = /(?<=[\w.])[ \t]*\((?:the\s+|our\s+)?(?:[“"][A-Z][^”"()\n]{0,40}[”"]|[A-Z][A-Za-z/&]{1,12})\)/g;
const LINE_BREAK = /[\r\n\u0085\u2028\u2029]/g;

export function parserView(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text.replace(PAGE_NUMBER_LINE, blank).replace(DEFINED_NAME, blank).replace(LINE_BREAK, ' ');
}
