import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import type { Extraction } from '../domain/extraction';
import { extract, sentencesOf } from '../extract';
import type { Analyzer } from '../nlp/client';
import { parseFiling } from '../parse';
import { InputError, readFilingInput, readSidecar } from './read-input';

export interface FileOptions {
  format?: Format;
  identity?: IdentityOverride;
}

/** read → parse, for one file (sync: it runs in the parse child processes). */
export function parseFile(path: string, opts: FileOptions = {}): Disclosure {
  const input = readFilingInput(path);
  const identity = fillGaps(path, readSidecar(path), opts.identity ?? {});
  return parseFiling(input, { format: opts.format, identity });
}

/** Keys whose contradiction would file a filing under another registrant, form or year. */
const HARD_KEYS = ['cik', 'form', 'fiscalYear', 'periodEnd', 'accession'] as const;

/**
 * A sidecar is the file's own identity written beside it: options given for the whole run fill only
 * what it lacks, and one that contradicts it is that file's error.
 */
function fillGaps(path: string, sidecar: IdentityOverride, given: IdentityOverride): IdentityOverride {
  const clash = HARD_KEYS.filter((k) => sidecar[k] !== undefined && given[k] !== undefined && String(sidecar[k]) !== String(given[k]));
  if (clash.length > 0)
    throw new InputError(
      path,
      clash.map((k) => `${k} ${String(given[k])} contradicts the filing's own ${String(sidecar[k])} (its ${path}.meta.json)`).join('; ') +
        ': a file keeps its own identity; give identity options only for files that lack it',
    );
  return { ...given, ...sidecar };
}

/** analyse (the linguistic layer, I/O) → extract (pure), for one parsed disclosure. */
/** At most this many distinct sentences of one filing are analysed (a real Item 1C has a few hundred); the rest are read without a parse. */
export const MAX_ANALYSED_SENTENCES = 2_000;

export async function analyzeAndExtract(disclosure: Disclosure, analyzer: Analyzer): Promise<Extraction> {
  const parses = await analyzer.analyze(sentencesOf(disclosure).slice(0, MAX_ANALYSED_SENTENCES));
  return extract(disclosure, parses);
}

/** The stages in order, for one file: read → parse → analyse → extract. Graph writing is the caller's. */
export async function processFile(path: string, analyzer: Analyzer, opts: FileOptions = {}): Promise<{ disclosure: Disclosure; extraction: Extraction }> {
  const disclosure = parseFile(path, opts);
  return { disclosure, extraction: await analyzeAndExtract(disclosure, analyzer) };
}
