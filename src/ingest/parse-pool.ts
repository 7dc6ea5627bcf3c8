import Piscina from 'piscina';
import parseTask, { type ParseResult, type ParseTask } from './parse-worker';
import { parseWorkerFile } from './parse-worker-file';

/**
 * What one file may cost in a parse worker. The parsers are linear in their input, so a real filing
 * needs a small part of either; the limits are there so that a file nobody foresaw costs one error
 * line naming it, not the run.
 */
export interface FileLimits {
  /** V8 heap (old generation) of one parse worker, MB: a file that needs more ends its worker, not the process. */
  heapMb: number;
  /** Wall time to read and parse one file, ms: a file still parsing then has its worker ended. */
  deadlineMs: number;
}

/** A 64 MB file (the largest read) parses in a few seconds with a few hundred MB. */
export const DEFAULT_FILE_LIMITS: FileLimits = { heapMb: 1024, deadlineMs: 60_000 };

export interface ParsePool {
  /** Never rejects: a file that fails, times out or ends its worker comes back as `{ ok: false }` naming it. */
  run(task: ParseTask): Promise<ParseResult>;
  destroy(): Promise<void>;
}

/**
 * read → parse on `workers` piscina threads with a heap cap (worker resourceLimits) and a deadline per
 * file (an AbortSignal: piscina ends the worker running the task and starts another). At most `workers`
 * tasks are handed to piscina at once, so a task starts running when it is handed over and the deadline
 * counts its own work, not the time it waited. With 0 workers files are parsed on the calling thread,
 * without limits.
 */
export function createParsePool(workers: number, limits: FileLimits = DEFAULT_FILE_LIMITS, filename = parseWorkerFile()): ParsePool {
  if (workers === 0) return { run: (task) => Promise.resolve(parseTask(task)), destroy: () => Promise.resolve() };
  const pool = new Piscina<ParseTask, ParseResult>({ filename, maxThreads: workers, minThreads: 1, resourceLimits: { maxOldGenerationSizeMb: limits.heapMb } });
  const slots = semaphore(workers);
  return {
    async run(task) {
      await slots.acquire();
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(), limits.deadlineMs);
      try {
        return await pool.run(task, { signal: deadline.signal });
      } catch (e) {
        return { ok: false, path: task.path, reason: failure(e, deadline.signal.aborted, limits) };
      } finally {
        clearTimeout(timer);
        slots.release();
      }
    },
    destroy: () => pool.destroy(),
  };
}

function failure(e: unknown, timedOut: boolean, limits: FileLimits): string {
  if (timedOut) return `not parsed within ${limits.deadlineMs / 1000} s (the per-file deadline); its worker was stopped`;
  if ((e as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY')
    return `needed more than ${limits.heapMb} MB of memory to parse (the per-worker heap cap); its worker was stopped`;
  return `the parse worker failed: ${String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 200)}`;
}

function semaphore(size: number): { acquire(): Promise<void>; release(): void } {
  let free = size;
  const waiting: (() => void)[] = [];
  return {
    acquire: () => (free > 0 ? (free--, Promise.resolve()) : new Promise<void>((ok) => waiting.push(ok))),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
