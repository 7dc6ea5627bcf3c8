import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import type { Extraction } from '../domain/extraction';
import { extract, sentencesOf } from '../extract';
import type { Analyzer } from '../nlp/client';
import { parseFiling } from '../parse';
import { readFilingInput, readSidecar } from './read-input';

export interface FileOptions {
  format?: Format;
  identity?: IdentityOverride;
}

/** read → parse, for one file (sync: it runs in the parse child processes). */
export function parseFile(path: string, opts: FileOptions = {}): Disclosure {
  const input = readFilingInput(path);
  return parseFiling(input, { format: opts.format, sidecar: readSidecar(path), identity: opts.identity });
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
