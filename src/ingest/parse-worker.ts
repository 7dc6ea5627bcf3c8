import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import type { Extraction } from '../domain/extraction';
import { processFile } from './pipeline';

/** Runs read → parse → extract for one file on a worker thread; failures come back as values. */
export interface ParseTask {
  path: string;
  format?: Format;
  identity?: IdentityOverride;
}

export type ParseResult = { ok: true; path: string; disclosure: Disclosure; extraction: Extraction } | { ok: false; path: string; reason: string };

export default function parseTask(task: ParseTask): ParseResult {
  try {
    const { disclosure, extraction } = processFile(task.path, { format: task.format, identity: task.identity });
    return { ok: true, path: task.path, disclosure, extraction };
  } catch (e) {
    const reason = String((e as Error)?.message ?? e).split('\n')[0]!;
    return { ok: false, path: task.path, reason: reason.startsWith(task.path) ? reason.slice(task.path.length + 2) : reason };
  }
}
