import { DisclosureSchema, type Disclosure, type Format, type IdentityOverride } from '../domain/disclosure';
import { decodeBytes } from './decode';
import { detectFormat } from './detect-format';
import type { ParsedFiling } from './parsed-filing';
import { ParseError, problem } from './problems';
import { parseRpageText } from './rpage-text';
import { parseIxbrl } from './ixbrl';
import { parseXbrlInstance } from './xbrl-instance';

export { ParseError } from './problems';
export { detectFormat } from './detect-format';

/** One filing as the I/O edge hands it over: a file's bytes, or the files of an EDGAR filing folder. */
export type FilingInput =
  | { kind: 'file'; name: string; bytes: Uint8Array }
  | { kind: 'folder'; name: string; files: ReadonlyMap<string, Uint8Array> };

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
  return DisclosureSchema.parse({ ...merged, source: { name: input.name, format: parsed.format } });
}

function parseByFormat(input: FilingInput, forced: Format | undefined): ParsedFiling {
  if (input.kind === 'folder') throw new ParseError('EDGAR filing folders are not supported yet');
  const { text } = decodeBytes(input.bytes);
  const format = forced ?? detectFormat(text);
  switch (format) {
    case 'rpage-text':
      return parseRpageText(text);
    case 'ixbrl':
      return parseIxbrl(text);
    case 'xbrl':
      return parseXbrlInstance(text);
    default:
      throw new ParseError(`format ${format} is not supported yet`);
  }
}

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
    problems: [...parsed.problems],
  };
}
