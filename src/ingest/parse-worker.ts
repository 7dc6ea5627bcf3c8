import type { Disclosure, Format, IdentityOverride } from '../domain/disclosure';
import { parseFile } from './pipeline';

/** Runs read → parse for one file in a parse child process; failures come back as values. */
export interface ParseTask {
  path: string;
  format?: Format;
  identity?: IdentityOverride;
}

export type ParseResult = { ok: true; path: string; disclosure: Disclosure } | { ok: false; path: string; reason: string };

export default function parseTask(task: ParseTask): ParseResult {
  try {
    return { ok: true, path: task.path, disclosure: parseFile(task.path, { format: task.format, identity: task.identity }) };
  } catch (e) {
    const reason = String((e as Error)?.message ?? e).split('\n')[0]!;
    return { ok: false, path: task.path, reason: reason.startsWith(task.path) ? reason.slice(task.path.length + 2) : reason };
  }
}
