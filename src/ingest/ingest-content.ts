import type { IdentityOverride } from '../domain/disclosure';
import type { Analyzer } from '../nlp/client';
import { analyzeAndExtract } from './pipeline';
import type { Executor } from '../graph/executor';
import { writeFiling, type WriteOutcome } from '../graph/filing-writer';
import { buildFilingRows } from '../graph/rows';
import { parseFiling } from '../parse';
import { excerpt } from '../parse/problems';
import { nothingToLoad } from './loadable';
import { InputError } from './read-input';

/**
 * The largest filing one ingestFiling call takes, in UTF-8 bytes: it is parsed on the API's own thread,
 * where no worker limit applies (the HTTP body is capped at 1 MB too); larger filings go through
 * `ingest`, whose workers have per-file limits. The parsers are linear and a fact's text is held by at
 * most MAX_FACT_NESTING facts, so the parse and what it stores stay bounded by this.
 */
export const MAX_CONTENT_BYTES = 1_000_000;
/** A file name is a label for messages and provenance. */
export const MAX_NAME_LENGTH = 255;

/** One filing sent as text (the API's ingestFiling): parse → extract → write, all in memory. */
export async function ingestContent(
  executor: Executor,
  analyzer: Analyzer,
  input: { name: string; content: string; identity: IdentityOverride },
): Promise<{ outcome: WriteOutcome; problems: string[] }> {
  if (input.name.length > MAX_NAME_LENGTH) throw new InputError(excerpt(input.name), `file name of ${input.name.length} characters, over ${MAX_NAME_LENGTH}`);
  const size = Buffer.byteLength(input.content, 'utf8');
  if (size > MAX_CONTENT_BYTES)
    throw new InputError(
      input.name,
      `content of ${size} bytes, over the ${MAX_CONTENT_BYTES} one ingestFiling call takes (the ingest command reads larger files)`,
    );
  const bytes = Buffer.from(input.content, 'utf8');
  const disclosure = parseFiling({ kind: 'file', name: input.name, bytes }, { identity: input.identity });
  const empty = nothingToLoad(disclosure);
  if (empty) throw new InputError(input.name, empty);
  const outcome = await writeFiling(executor, buildFilingRows(disclosure, await analyzeAndExtract(disclosure, analyzer)));
  return { outcome, problems: disclosure.problems.map((p) => `${p.severity}: ${p.message}`) };
}
