import parseTask, { type ParseResult, type ParseTask } from './parse-worker';

/** One file to parse, from the pool to a parse child process (IPC, structured clone). */
export interface ChildRequest {
  id: number;
  task: ParseTask;
}

/** What the child parsed, or why it could not (failures come back as values); `ready` once it has loaded. */
export type ChildReply = { id: number; result: ParseResult } | { ready: true };

type Handler = (task: ParseTask) => ParseResult;

/**
 * The parse child's loop: one request at a time from the parent, one reply each. The child ends when its
 * parent goes (the IPC channel closes), so a killed ingest never leaves parsers behind.
 */
export function serveParseTasks(handler: Handler): void {
  process.on('message', (msg: ChildRequest) => {
    let result: ParseResult;
    try {
      result = handler(msg.task);
    } catch (e) {
      result = { ok: false, path: msg.task.path, reason: String((e as Error)?.message ?? e).split('\n')[0]! };
    }
    process.send?.({ id: msg.id, result } satisfies ChildReply);
  });
  process.on('disconnect', () => process.exit(0));
  // the parent's deadline counts from here: loading the parsers is not the file's time
  process.send?.({ ready: true } satisfies ChildReply);
}

/** argv: an optional module whose export (or default export) handles a task in place of parseTask (tests stand in a worker that hangs or dies). */
export function main(argv: readonly string[]): void {
  const custom = argv[0];
  if (!custom) return serveParseTasks(parseTask);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(custom) as Handler | { default: Handler };
  serveParseTasks(typeof mod === 'function' ? mod : mod.default);
}

if (require.main === module) main(process.argv.slice(2));
