import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Executor } from '../graph/executor';
import { writeFiling } from '../graph/filing-writer';
import { buildFilingRows } from '../graph/rows';
import { processFile, type FileOptions } from './pipeline';

export interface IngestSummary {
  files: number;
  filingsWritten: number;
  filingsUnchanged: number;
  nodes: number;
  relationships: number;
  errors: { file: string; reason: string }[];
}

const FILING_EXT = /\.(txt|htm|html|xml|xhtml)$/i;

/** Expands folders into their filing files; an EDGAR filing folder (with FilingSummary.xml) stays one input. */
export function expandPaths(paths: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (!existsSync(p) || !statSync(p).isDirectory()) return void out.push(p);
    const names = readdirSync(p).sort();
    if (names.some((n) => n.toLowerCase() === 'filingsummary.xml')) return void out.push(p);
    for (const n of names) {
      const child = join(p, n);
      if (statSync(child).isDirectory() || (FILING_EXT.test(n) && !n.endsWith('.meta.json'))) walk(child);
    }
  };
  for (const p of paths) walk(p);
  return out;
}

/** parse → extract → load, file by file; one bad file is recorded and the rest go on. */
export async function ingestFiles(executor: Executor, paths: readonly string[], opts: FileOptions = {}, onFile?: (file: string, ok: boolean) => void): Promise<IngestSummary> {
  const summary: IngestSummary = { files: 0, filingsWritten: 0, filingsUnchanged: 0, nodes: 0, relationships: 0, errors: [] };
  for (const file of expandPaths(paths)) {
    summary.files++;
    try {
      const { disclosure, extraction } = processFile(file, opts);
      const outcome = await writeFiling(executor, buildFilingRows(disclosure, extraction));
      if (outcome.kind === 'unchanged') summary.filingsUnchanged++;
      else {
        summary.filingsWritten++;
        summary.nodes += outcome.nodes;
        summary.relationships += outcome.relationships;
      }
      onFile?.(file, true);
    } catch (e) {
      summary.errors.push({ file, reason: oneLine(e) });
      onFile?.(file, false);
    }
  }
  return summary;
}

export const oneLine = (e: unknown): string => String((e as Error)?.message ?? e).split('\n')[0]!;
