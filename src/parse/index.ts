import { DisclosureSchema, type Disclosure, type Format, type IdentityOverride, type Problem } from '../domain/disclosure';
import { decodeBytes } from './decode';
import { fiscalYearOf } from './period';
import { detectFormat } from './detect-format';
import type { ParsedFiling } from './parsed-filing';
import { excerpt, ParseError, problem } from './problems';
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
  /** The file's own identity written beside it (a `<file>.meta.json` sidecar): it fills the file's gaps before `identity` does, by the same rule. */
  sidecar?: IdentityOverride;
}

/** bytes → Disclosure. Pure. Throws ParseError (one line, no position) when the input cannot be read as a filing. */
export function parseFiling(input: FilingInput, options: ParseOptions = {}): Disclosure {
  const parsed = parseByFormat(input, options.format);
  // precedence: the file's own, then its sidecar, then what was given for it; each fills only gaps
  const merged = applyIdentity(applyIdentity(parsed, options.sidecar ?? {}), options.identity ?? {});
  // a fiscal year the filing does not state is read off its period end, unless one was given
  merged.fiscalYear ??= fiscalYearOf(merged.periodEnd);
  merged.form ??= parsed.formGuess ?? null;
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

/**
 * Identity given from outside (CLI flags, a sidecar, an identity map) fills only what the file does not
 * say: a file that carries its registrant's identity keeps it. A given CIK, form, fiscal year, period end
 * or accession that contradicts the file's own is an error (the file would be filed under another
 * registrant or year); a different company name or ticker is only a warning, as names are written in
 * many ways ("Acme Corp." / "ACME CORPORATION") and the CIK decides.
 */
function applyIdentity(parsed: ParsedFiling, id: IdentityOverride): ParsedFiling {
  const problems = [...parsed.problems];
  const conflicts: string[] = [];
  const keep = <T>(key: string, own: T | null | undefined, given: T | undefined, hard: boolean): T | null | undefined => {
    if (given === undefined || own === null || own === undefined) return given ?? own;
    if (String(own).toLowerCase() === String(given).toLowerCase()) return own;
    if (hard) conflicts.push(`${key} ${String(given)} contradicts the filing's own ${String(own)}`);
    else
      problems.push(
        problem('warning', `the given ${key} "${excerpt(String(given))}" differs from the filing's own "${excerpt(String(own))}"; the filing's is kept`),
      );
    return own;
  };
  // a file states no filing date (EDGAR assigns it; the signature date is a stand-in): a given one wins
  const filedOn = id.filedOn ?? parsed.filedOn;
  const merged: ParsedFiling = {
    ...parsed,
    company: {
      name: keep('company', parsed.company.name, id.company, false) ?? null,
      cik: keep('cik', parsed.company.cik, id.cik, true) ?? null,
      ticker: keep('ticker', parsed.company.ticker, id.ticker, false) ?? null,
    },
    form: keep('form', parsed.form, id.form, true) ?? null,
    fiscalYear: keep('fiscal year', parsed.fiscalYear, id.fiscalYear, true) ?? null,
    periodEnd: keep('period end', parsed.periodEnd, id.periodEnd, true) ?? null,
    accession: keep('accession', parsed.accession, id.accession, true) ?? null,
    ...(filedOn ? { filedOn } : {}),
    problems,
  };
  if (conflicts.length > 0)
    throw new ParseError(
      `${conflicts.join('; ')}: a file keeps its own identity; give --cik/--form/--fiscal-year (or a sidecar or identity map entry) only for files that lack them`,
    );
  return merged;
}
