import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import type { Executor } from '../graph/executor';
import { storedFromSameSource, writeFilings } from '../graph/filing-writer';
import { refreshPlannerStatistics } from '../graph/schema-setup';
import { buildFilingRows, filingIdOf, sourceHashOf, type FilingRows } from '../graph/rows';
import { expandPaths, type ExpandedPath } from './expand-paths';
import type { Analyzer } from '../nlp/client';
import { analyzeAndExtract } from './pipeline';
import { createParsePool, DEFAULT_FILE_LIMITS, type FileLimits } from './parse-pool';
import { nothingToLoad } from './loadable';

export { expandPaths, type ExpandedPath } from './expand-paths';
export { DEFAULT_FILE_LIMITS, type FileLimits } from './parse-pool';

export interface IngestOptions {
  /** The linguistic layer extraction reads (src/nlp). */
  analyzer: Analyzer;
  format?: Format;
  identity?: IdentityOverride;
  /** Identity per file (an --identity-map), merged over `identity`. */
  identityFor?: (path: string) => IdentityOverride | undefined;
  /** Parse child processes; 0 parses on the main thread. Analysis runs in the layer's process, extraction on the main thread. */
  workers?: number;
  /** Filings per write transaction. */
  batchSize?: number;
  /** Heap and time one file may take in a parse worker (not enforced with 0 workers). */
  limits?: FileLimits;
  onProgress?: (event: { file: string; ok: boolean; done: number }) => void;
}

export interface IngestSummary {
  files: number;
  filingsWritten: number;
  filingsUnchanged: number;
  nodes: number;
  relationships: number;
  errors: { file: string; reason: string }[];
  /** Files found in folders that are not filings (reported, not read): an input set with any is not all loaded. */
  skipped: { file: string; reason: string }[];
  /** What the parsers reported about the files that were not refused (at most MAX_PROBLEMS and a count per file). */
  problems: { file: string; severity: 'error' | 'warning'; message: string }[];
  /** Index samples and cached plans refreshed after writing (see refreshPlannerStatistics). */
  plannerRefreshed?: boolean;
  ms: { total: number; load: number };
}

/**
 * parse in child processes, analyse (the linguistic layer's own process) and extract, load in batched write
 * transactions on the main thread, pipelined:
 * at most `workers * 4` files are in flight and one batch is being written, so memory stays bounded
 * however many files come in. One bad file is recorded and the rest go on.
 */
export function ingestFiles(executor: Executor, paths: readonly string[], opts: IngestOptions): Promise<IngestSummary> {
  return ingestInputs(executor, expandPaths(paths), opts);
}

/** True when expansion found at least one file or folder to read (else there is nothing to load and no database to start). */
export const anyToRead = (inputs: readonly ExpandedPath[]): boolean => inputs.some((i) => typeof i === 'string' || !i.kind);

/**
 * Like ingestFiles, for inputs already expanded (the CLI expands once to size its progress bar). A path
 * that expansion could not follow (a loop, an unreadable folder, a dangling link) is that path's error.
 */
export async function ingestInputs(executor: Executor, inputs: Iterable<ExpandedPath>, opts: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const summary: IngestSummary = {
    files: 0,
    filingsWritten: 0,
    filingsUnchanged: 0,
    nodes: 0,
    relationships: 0,
    errors: [],
    skipped: [],
    problems: [],
    ms: { total: 0, load: 0 },
  };
  const workers = opts.workers ?? Math.max(1, availableParallelism() - 1);
  const batchSize = opts.batchSize ?? 250;
  const pool = createParsePool(workers, opts.limits ?? DEFAULT_FILE_LIMITS);
  const fail = (file: string, reason: string) => {
    summary.errors.push({ file, reason });
    opts.onProgress?.({ file, ok: false, done: summary.files });
  };

  let batch: { file: string; rows: FilingRows }[] = [];
  let writing: Promise<void> = Promise.resolve();
  const flush = () => {
    const current = batch;
    batch = [];
    if (current.length === 0) return;
    writing = writing.then(() => writeBatch(executor, current, summary, opts, fail));
  };
  const inFlight = new Set<Promise<void>>();
  try {
    for (const input of inputs) {
      if (typeof input !== 'string' && input.kind === 'skipped') {
        summary.skipped.push({ file: input.path, reason: input.reason });
        continue;
      }
      if (typeof input !== 'string' && input.kind === 'nothing-matched') {
        summary.errors.push({ file: input.path, reason: input.reason });
        continue;
      }
      summary.files++;
      if (typeof input !== 'string') {
        fail(input.path, input.reason);
        continue;
      }
      const path = input;
      const identity = { ...(opts.identity ?? {}), ...(opts.identityFor?.(path) ?? {}) };
      const p = pool
        .run({ path, format: opts.format, identity })
        .then(async (res) => {
          if (!res.ok) return fail(res.path, res.reason);
          try {
            const empty = nothingToLoad(res.disclosure);
            if (empty) return fail(res.path, empty);
            for (const pr of res.disclosure.problems) summary.problems.push({ file: res.path, severity: pr.severity, message: pr.message });
            // re-ingesting an unchanged filing does no linguistic work
            const cik = res.disclosure.company.cik;
            if (!cik) return fail(res.path, noIdentity(res.path, res.disclosure)); // before any analysis
            if (await storedFromSameSource(executor, filingIdOf(res.disclosure, cik), sourceHashOf(res.disclosure))) {
              summary.filingsUnchanged++;
              opts.onProgress?.({ file: res.path, ok: true, done: summary.files });
              return;
            }
            const extraction = await analyzeAndExtract(res.disclosure, opts.analyzer);
            batch.push({ file: res.path, rows: buildFilingRows(res.disclosure, extraction) });
          } catch (e) {
            return fail(res.path, String((e as Error).message).split('\n')[0]!);
          }
          if (batch.length >= batchSize) flush();
        })
        .catch((e: unknown) => fail(path, String((e as Error)?.message ?? e).split('\n')[0]!));
      const tracked = p.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      if (inFlight.size >= Math.max(2, workers * 4)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    flush();
    await writing;
    if (summary.filingsWritten > 0) summary.plannerRefreshed = await refreshPlannerStatistics(executor);
  } finally {
    await pool.destroy();
  }
  summary.ms.total = Date.now() - started;
  return summary;
}

/** The error for a file without a CIK: the keys it lacks, and the three places to give them. */
export function noIdentity(path: string, d: Disclosure): string {
  const lacking = ['cik', ...(d.company.name ? [] : ['company']), ...(d.form ? [] : ['form']), ...(d.fiscalYear ? [] : ['fiscalYear'])];
  const name = basename(path);
  const example = JSON.stringify({ [name]: Object.fromEntries(lacking.map((k) => [k, k === 'fiscalYear' ? 2025 : k === 'form' ? '10-K' : '…'])) });
  return `no CIK for the registrant: the file does not carry its identity; give ${lacking.map((k) => `"${k}"`).join(', ')} in an --identity-map file (${example}), in ${name}.meta.json beside it, or with --cik --company --form --fiscal-year`;
}

/** One batch in one transaction; if it fails, each filing alone, so only the bad one is lost. */
async function writeBatch(
  executor: Executor,
  items: { file: string; rows: FilingRows }[],
  summary: IngestSummary,
  opts: IngestOptions,
  fail: (f: string, r: string) => void,
): Promise<void> {
  const t = Date.now();
  const record = (item: { file: string }, outcome: Awaited<ReturnType<typeof writeFilings>>[number]) => {
    if (outcome.kind === 'unchanged') summary.filingsUnchanged++;
    else {
      summary.filingsWritten++;
      summary.nodes += outcome.nodes;
      summary.relationships += outcome.relationships;
    }
    opts.onProgress?.({ file: item.file, ok: true, done: summary.files });
  };
  try {
    const outcomes = await writeFilings(
      executor,
      items.map((i) => i.rows),
    );
    items.forEach((item, k) => record(item, outcomes[k]!));
  } catch {
    for (const item of items) {
      try {
        record(item, (await writeFilings(executor, [item.rows]))[0]!);
      } catch (e) {
        fail(item.file, `not loaded: ${String((e as Error).message).split('\n')[0]}`);
      }
    }
  }
  summary.ms.load += Date.now() - t;
}
