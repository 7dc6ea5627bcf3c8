import { INCIDENT_ELEMENT } from '../domain/cyd-elements';
import type { Form } from '../domain/disclosure';
import { problem } from './problems';
import type { ParsedFiling } from './parsed-filing';
import { lineAt, unwrapLines } from './text-lines';
import { nextMatchFinder } from './next-match';
import { incidentDates, incidentFacts } from './incident-text';

/**
 * Plain-text filings without XBRL. The 10-K Item 1C / 20-F Item 16K section (Reg. S-K Item 106) is
 * located by its heading and ends at the next Item heading; it becomes one text block under the
 * element filers use for a whole Item 1C. An 8-K's Item 1.05 ("Material Cybersecurity Incidents")
 * becomes a material-incident Disclosure.
 */
export const WHOLE_SECTION_ELEMENT = 'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock';

// "Item 1C", an optional separator, then the title: written `(?:\s*[.:—–-])?\s*`, not `\s*[.:—–-]?\s*`, which
// matches the same text but can split a run of spaces between its two `\s*` in every way (quadratic
// in the run's length when the title does not follow)
const HEADING_1C = /\bitem\s*1c(?:\s*[.:\-—–])?\s*cyber\s*security\b\.?/gi;
const HEADING_16K = /\bitem\s*16k(?:\s*[.:\-—–])?\s*cyber\s*security\b\.?/gi;
const HEADING_105 = /\bitem\s*1\.05(?:\s*[.:\-—–])?\s*(material\s+cyber\s*security\s+incidents?\b\.?)?/gi;
// the section ends where the next Item of the form begins (10-K: Item 2 / Part II; 20-F: Item 16L, 17 or Part III; 8-K: the next item or signatures)
const END_10K = /\bitem\s*2(?:\s*[.:\-—–])?\s+(properties|description of propert)|\bpart\s+ii\b(?!i)/i;
const END_20F = /\bitem\s*(16l|17)(?:\s*[.:\-—–])?\s+[A-Z]|\bpart\s+iii\b/i;
const END_8K = /\bitem\s*(?!1\.05)\d\.\d\d(?:\s*[.:\-—–])?\s+[A-Z]|\bsignatures?\b\s*\n|\bpursuant to the requirements of the securities exchange act/i;

export function looksLikePlainFiling(text: string): boolean {
  return hasMatch(HEADING_1C, text) || hasMatch(HEADING_16K, text) || /\bitem\s*1\.05\b/i.test(text);
}

export function parsePlainText(text: string, hint: { form?: Form | null } = {}): ParsedFiling {
  const is8k = hint.form === '8-K' || hint.form === '8-K/A' || (!hasMatch(HEADING_1C, text) && !hasMatch(HEADING_16K, text) && /\bitem\s*1\.05\b/i.test(text));
  if (is8k) return section(text, HEADING_105, END_8K, INCIDENT_ELEMENT, hint.form ?? '8-K', 'Item 1.05');
  const twentyF = hint.form === '20-F' || hint.form === '20-F/A' || (!hasMatch(HEADING_1C, text) && hasMatch(HEADING_16K, text));
  return twentyF
    ? section(text, HEADING_16K, END_20F, WHOLE_SECTION_ELEMENT, hint.form ?? '20-F', 'Item 16K')
    : section(text, HEADING_1C, END_10K, WHOLE_SECTION_ELEMENT, hint.form ?? '10-K', 'Item 1C');
}

/** Only spaces or tabs between the line's start (or 200 characters back) and `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= Math.max(0, at - 200) && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < Math.max(0, at - 200) || text[i] === '\n';
}

function hasMatch(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

/** "FORM 10-K" / "Form 8-K/A" on a line of its own near the top (the cover page), as written. */
function statedForm(text: string): Form | null {
  const m = /^[ \t]*form[ \t]+(10-K|20-F|8-K)(\/A)?[ \t]*$/im.exec(text.slice(0, 5000));
  return m ? (`${m[1]!.toUpperCase()}${m[2] ? '/A' : ''}` as Form) : null;
}

/**
 * A table of contents and cross-references ("see Item 1C. Cybersecurity") name the heading too. A heading
 * that starts a line wins over one inside running text; among those, the one opening the longest
 * section (up to the next Item) is the section itself. The next Item after each heading comes from one
 * forward search shared by all headings (nextMatchFinder), so repeated headings cost no more than one.
 */
function section(text: string, heading: RegExp, end: RegExp, element: string, form: Form, name: string): ParsedFiling {
  let best: { start: number; stop: number; atLineStart: boolean } | null = null;
  const nextEnd = nextMatchFinder(end, text);
  heading.lastIndex = 0;
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    const atLineStart = startsLine(text, m.index);
    const start = m.index + m[0].length;
    const e = nextEnd(start);
    const stop = e ? e.index : text.length;
    const better = !best || (atLineStart && !best.atLineStart) || (atLineStart === best.atLineStart && stop - start > best.stop - best.start);
    if (better) best = { start, stop, atLineStart };
    if (m[0].length === 0) heading.lastIndex++;
  }
  heading.lastIndex = 0;
  const problems = [];
  const facts: ParsedFiling['facts'] = [];
  const body = best ? text.slice(best.start, best.stop) : '';
  const readable = unwrapLines(body.split(/\r?\n/));
  if (!best) problems.push(problem('warning', `no ${name} heading found`));
  else if (readable.length < 40) problems.push(problem('warning', `${name} section is empty or too short (${readable.length} characters)`));
  else if (form.startsWith('8-K')) facts.push(...incidentFacts(text, best.start, best.stop));
  else {
    const lead = body.length - body.trimStart().length;
    facts.push({
      kind: 'text',
      element,
      value: readable.replace(/\s+/g, ' '),
      text: readable,
      contextRef: null,
      position: { offset: best.start + lead, line: lineAt(text, best.start + lead) },
    });
  }
  const dates = form.startsWith('8-K') && best ? incidentDates(text, best.stop) : null;
  return {
    format: form.startsWith('8-K') ? '8k-text' : 'text',
    company: { name: null, cik: null, ticker: null },
    // the form as the cover states it ("FORM 8-K/A"); otherwise the section's form is a guess, which given
    // identity may replace (parseFiling fills it in last)
    form: statedForm(text),
    formGuess: form,
    fiscalYear: null,
    // an 8-K's period of report is its date of report (EDGAR's "period of report")
    periodEnd: dates?.reportDate ?? null,
    ...(dates?.signedOn ? { filedOn: dates.signedOn } : {}),
    accession: null,
    facts,
    problems,
  };
}
