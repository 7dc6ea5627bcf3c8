import { fork, type ChildProcess } from 'node:child_process';
import type { ChildReply, ChildRequest } from './parse-child';
import parseTask, { type ParseResult, type ParseTask } from './parse-worker';
import { parseWorkerFile } from './parse-worker-file';

/**
 * What one file may cost in a parse child. The parsers are linear in their input, so a real filing
 * needs a small part of either; the limits are there so that a file nobody foresaw costs one error
 * line naming it, not the run.
 */
export interface FileLimits {
  /** V8 heap (old generation) of one parse child, MB: a file that needs more ends its child, not the ingest. */
  heapMb: number;
  /** Wall time to read and parse one file, ms: a file still parsing then has its child killed. */
  deadlineMs: number;
}

/** A 64 MB file (the largest read) parses in a few seconds with a few hundred MB. */
export const DEFAULT_FILE_LIMITS: FileLimits = { heapMb: 1024, deadlineMs: 60_000 };

export interface ParsePool {
  /** Never rejects: a file that fails, times out or ends its child comes back as `{ ok: false }` naming it. */
  run(task: ParseTask): Promise<ParseResult>;
  destroy(): Promise<void>;
}

/**
 * read → parse in `workers` child processes, each with its own V8 heap cap (--max-old-space-size) and a
 * deadline per file. Processes, not worker threads: V8 can abort the whole process when a worker
 * thread's heap cap is reached inside a regular expression or a GC, so a thread's cap did not protect
 * the ingest around it; a child that runs out of heap dies alone and only its file fails. A child
 * parses one file at a time; a child that dies or passes the deadline is replaced when the next file
 * comes. With 0 workers files are parsed on the calling thread, without limits.
 *
 * `handlerModule` (tests) replaces parseTask in the children with a module's export.
 */
export function createParsePool(workers: number, limits: FileLimits = DEFAULT_FILE_LIMITS, handlerModule?: string): ParsePool {
  if (workers === 0) return { run: (task) => Promise.resolve(parseTask(task)), destroy: () => Promise.resolve() };
  const idle: Child[] = [];
  const all = new Set<Child>(); // the live children: at most `workers`
  const waiting: ((child: Child) => void)[] = [];
  let destroyed = false;
  const spawn = (): Child => {
    const child = spawnChild(limits, handlerModule);
    all.add(child);
    return child;
  };

  const take = (): Promise<Child> => {
    const ready = idle.pop();
    if (ready) return Promise.resolve(ready);
    if (all.size < workers) return Promise.resolve(spawn());
    return new Promise((ok) => waiting.push(ok));
  };
  const give = (child: Child) => {
    if (child.dead) {
      all.delete(child); // replaced only when a file is waiting for it
      if (waiting.length > 0 && !destroyed) waiting.shift()!(spawn());
      return;
    }
    const next = waiting.shift();
    if (next) next(child);
    else idle.push(child);
  };

  return {
    async run(task) {
      if (destroyed) return { ok: false, path: task.path, reason: 'the parse pool was closed' };
      const child = await take();
      try {
        return await child.parse(task);
      } finally {
        give(child);
      }
    },
    async destroy() {
      destroyed = true;
      await Promise.all([...all].map((c) => c.stop()));
      all.clear();
      idle.length = 0;
    },
  };
}

interface Child {
  readonly dead: boolean;
  /** Waits until the child has loaded the parsers; the deadline counts from the hand-over. */
  parse(task: ParseTask): Promise<ParseResult>;
  stop(): Promise<void>;
}

/** The end of a V8 that ran out of heap, as it prints it on stderr. */
const OUT_OF_HEAP = /heap out of memory|Reached heap limit|Allocation failed/;

function spawnChild(limits: FileLimits, handlerModule: string | undefined): Child {
  const proc: ChildProcess = fork(parseWorkerFile(), handlerModule ? [handlerModule] : [], {
    execArgv: [`--max-old-space-size=${limits.heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let dead = false;
  let stderrTail = '';
  let pending: { id: number; settle: (r: ParseResult | { exited: string }) => void } | undefined;
  let nextId = 0;
  proc.stderr?.setEncoding('utf8');
  proc.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4096);
  });
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((ok) => (markReady = ok));
  proc.on('message', (msg: ChildReply) => {
    if ('ready' in msg) markReady();
    else if (pending && msg.id === pending.id) pending.settle(msg.result);
  });
  // 'close' comes after the exit and after stderr has drained, so the reason can quote it
  const exited = new Promise<void>((done) =>
    proc.on('close', (code, signal) => {
      dead = true;
      pending?.settle({ exited: describeExit(code, signal, stderrTail) });
      markReady();
      done();
    }),
  );
  proc.on('error', () => {
    dead = true;
  });

  return {
    get dead() {
      return dead;
    },
    async parse(task) {
      const { heapMb, deadlineMs } = limits;
      await ready; // a child that dies while loading is dead here
      if (dead) return { ok: false, path: task.path, reason: `the parse worker failed: ${describeExit(proc.exitCode, proc.signalCode, stderrTail)}` };
      const id = nextId++;
      return new Promise<ParseResult>((resolve) => {
        const timer = setTimeout(() => {
          settle({ ok: false, path: task.path, reason: `not parsed within ${deadlineMs / 1000} s (the per-file deadline); its worker was stopped` });
          dead = true;
          proc.kill('SIGKILL');
        }, deadlineMs);
        const settle = (r: ParseResult | { exited: string }) => {
          if (!pending || pending.id !== id) return;
          pending = undefined;
          clearTimeout(timer);
          if ('exited' in r) {
            const reason = OUT_OF_HEAP.test(r.exited)
              ? `needed more than ${heapMb} MB of memory to parse (the per-worker heap cap); its worker was stopped`
              : `the parse worker failed: ${r.exited}`;
            resolve({ ok: false, path: task.path, reason });
          } else resolve(r);
        };
        pending = { id, settle };
        proc.send({ id, task } satisfies ChildRequest, (err) => {
          if (err) settle({ exited: `could not hand it the file (${err.message})` });
        });
      });
    },
    async stop() {
      if (!dead) {
        dead = true;
        proc.kill('SIGKILL');
      }
      await exited;
    },
  };
}

function describeExit(code: number | null, signal: NodeJS.Signals | null, stderr: string): string {
  const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
  const said = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const cause = said.find((l) => OUT_OF_HEAP.test(l)) ?? said[said.length - 1];
  return cause ? `${how}: ${cause.slice(0, 200)}` : how;
}
