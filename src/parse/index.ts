import { DisclosureSchema, type Disclosure, type Format, type IdentityOverride, type Problem } from '../domain/disclosure';
import { decodeBytes } from './decode';
import { detectFormat } from './detect-format';
import type { ParsedFiling } from './parsed-filing';
import { ParseError, problem } from './problems';
import { parseRpageText } from './rpage-text';
import { parseIxbrl } from './ixbrl';
import { parseXbrlInstance } from './xbrl-instance';
import { parseEdgarFolder } from './edgar-folder';
import { parseSubmission } from './edgar-submission';
import { htmlToText } from './html-text';
import { parsePlainText } from './plain-text';
import { parseRpageHtml } from './rpage-html';

export { ParseError } from './problems';
export { detectFormat } from './detect-format';

/** One filing as the I/O edge hands it over: a file's bytes, or the files of an EDGAR filing folder. */
export type FilingInput = { kind: 'file'; name: string; bytes: Uint8Array } | { kind: 'folder'; name: string; files: ReadonlyMap<string, Uint8Array> };

export interface ParseOptions {
  format?: Format;
  identity?: IdentityOverride;
}

/** bytes → Disclosure. Pure. Throws ParseError (one line, no position) when the input cannot be read as a filing. */
export function parseFiling(input: FilingInput, options: ParseOptions = {}): Disclosure {
  const parsed = parseByFormat(input, options.format);
  const merged = applyIdentity(parsed, options.identity ?? {});
  if (merged.facts.length === 0) merged.problems.push(problem('warning', 'no cyd facts found'));
  if (!merged.company.cik && !merged.company.name) {
    merged.problems.push(problem('warning', 'no registrant identity in the filing: give --cik/--company or a <file>.meta.json sidecar'));
  }
  const checked = DisclosureSchema.safeParse({
    ...merged,
    problems: capped(merged.problems),
    sections: parsed.sections ?? [],
    source: { name: input.name, format: parsed.format },
  });
  if (checked.success) return checked.data;
  // a parser let through something the domain model refuses: one line naming where, never the value
  const issue = checked.error.issues[0]!;
  throw new ParseError(`the parsed filing does not fit the model at ${issue.path.join('.')}: ${issue.message}`);
}

/** At most this many problems are kept per filing: a hostile file's thousands of problems would bury the first ones, which locate it. */
export const MAX_PROBLEMS = 100;

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), problem('warning', `${problems.length - MAX_PROBLEMS} more problems not listed`)];
}

function parseByFormat(input: FilingInput, forced: Format | undefined): ParsedFiling {
  if (input.kind === 'folder') return parseEdgarFolder(input.name, input.files);
  if (forced === 'edgar-folder') throw new ParseError('--format edgar-folder needs a folder, not a file');
  const { text } = decodeBytes(input.bytes);
  const format = forced ?? detectFormat(text);
  switch (format) {
    case 'rpage-text':
      return parseRpageText(text);
    case 'rpage-html':
      return parseRpageHtml(text);
    case 'ixbrl':
      return parseIxbrl(text);
    case 'xbrl':
      return parseXbrlInstance(text);
    case 'edgar-submission':
      return parseSubmission(text);
    case 'text':
      return parsePlainText(asPlainText(text));
    case '8k-text':
      return parsePlainText(asPlainText(text), { form: '8-K' });
    case 'edgar-folder':
      throw new ParseError('--format edgar-folder needs a folder, not a file');
  }
}

/** HTML without XBRL (older or unstructured filings) is read as its readable text. */
const asPlainText = (text: string): string => (/^\s*<(!doctype|html|\?xml)/i.test(text) ? htmlToText(text).text : text);

function applyIdentity(parsed: ParsedFiling, id: IdentityOverride): ParsedFiling {
  return {
    ...parsed,
    company: {
      name: id.company ?? parsed.company.name,
      cik: id.cik ?? parsed.company.cik,
      ticker: id.ticker ?? parsed.company.ticker,
    },
    form: id.form ?? parsed.form,
    fiscalYear: id.fiscalYear ?? parsed.fiscalYear,
    periodEnd: id.periodEnd ?? parsed.periodEnd,
    accession: id.accession ?? parsed.accession,
    ...((id.filedOn ?? parsed.filedOn) ? { filedOn: id.filedOn ?? parsed.filedOn } : {}),
    problems: [...parsed.problems],
  };
}
