import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Who holds an embedded Neo4j's data directory: `dg-launcher.pid` in it names the launcher's pid and the
 * pid of the process that started it. Neo4j's own store lock is an OS file lock, released when its
 * process dies, so what a crash leaves behind is either nothing that blocks (a dead launcher: the file
 * is stale) or a launcher still running without its parent (it held the lock and the port). The
 * launcher now exits when its parent dies, but one that is hung, or was started by an older version,
 * does not: it is recognized here, by its pid file and its command line, and stopped.
 */
const PID_FILE = 'dg-launcher.pid';

const PidFileSchema = z.object({
  pid: z.number().int().positive(),
  parentPid: z.number().int().positive(),
  /** The Bolt address, once the launcher is ready: what another command of this project connects to. */
  uri: z.string().startsWith('bolt://').optional(),
});
type PidFile = z.infer<typeof PidFileSchema>;

export type Holder =
  | { kind: 'none' }
  | { kind: 'stale'; pid: number }
  | { kind: 'orphan'; pid: number; parentPid: number }
  | { kind: 'in-use'; pid: number; parentPid: number; uri?: string };

export function recordHolder(home: string, holder: PidFile): void {
  writeFileSync(join(home, PID_FILE), JSON.stringify(holder));
}

/** Advertises the ready launcher's Bolt address in its pid file, for `ingest` while `serve` runs. */
export function recordReady(home: string, pid: number, uri: string): void {
  const recorded = readPidFile(home);
  if (recorded?.pid === pid) recordHolder(home, { ...recorded, uri });
}

export function clearHolder(home: string, pid: number): void {
  if (readPidFile(home)?.pid === pid) rmSync(join(home, PID_FILE), { force: true });
}

export function findHolder(home: string): Holder {
  const recorded = readPidFile(home);
  if (!recorded) return { kind: 'none' };
  if (!isAlive(recorded.pid) || !isLauncher(recorded.pid)) return { kind: 'stale', pid: recorded.pid };
  if (isAlive(recorded.parentPid)) return { kind: 'in-use', ...recorded };
  return { kind: 'orphan', ...recorded };
}

/**
 * Makes the data directory usable by a new launcher, saying in one line what it found: nothing, a stale
 * lock (removed), or an orphaned launcher (stopped: SIGTERM, then SIGKILL after `graceMs`). A directory
 * in use by a live launcher whose parent is alive is not taken over: that is an error naming both pids.
 */
export async function recoverHome(home: string, log: (line: string) => void, graceMs = 15_000): Promise<void> {
  const holder = findHolder(home);
  if (holder.kind === 'none') return;
  if (holder.kind === 'in-use') {
    throw new Error(
      `embedded Neo4j: ${home} is in use by launcher pid ${holder.pid}, started by pid ${holder.parentPid}, which is still running${holder.uri ? ` (at ${holder.uri})` : ''}; \`disclosure-graph ingest\` loads into it while it runs; to start another, stop that one or set NEO4J_LOCAL_HOME to another directory`,
    );
  }
  if (holder.kind === 'stale') {
    log(`embedded Neo4j: stale store lock in ${home} from launcher pid ${holder.pid}, which is no longer running (a crash); recovering the store`);
    rmSync(join(home, PID_FILE), { force: true });
    return;
  }
  log(`embedded Neo4j: launcher pid ${holder.pid} outlived the process that started it (pid ${holder.parentPid}) and still holds ${home}; stopping it`);
  await stopProcess(holder.pid, graceMs);
  rmSync(join(home, PID_FILE), { force: true });
}

function readPidFile(home: string): PidFile | null {
  const path = join(home, PID_FILE);
  if (!existsSync(path)) return null;
  try {
    const parsed = PidFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Running: signalable and not a zombie (a dead child nobody reaped still answers kill(pid, 0)). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return !/^\d+ \(.*\) Z/s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch (e) {
    // gone in between, or no /proc at all (not Linux: the signal test is all there is)
    return (e as NodeJS.ErrnoException).code !== 'ENOENT' || !existsSync('/proc/self/stat');
  }
}

/** Only a process whose command line is our launcher is ever signalled: a pid may have been reused. */
function isLauncher(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('dev.disclosuregraph.Neo4jLauncher');
  } catch {
    return false; // no /proc (not Linux) or gone: never signal what cannot be identified
  }
}

async function stopProcess(pid: number, graceMs: number): Promise<void> {
  const gone = async (ms: number) => {
    for (const until = Date.now() + ms; Date.now() < until;) {
      if (!isAlive(pid)) return true;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    return !isAlive(pid);
  };
  try {
    process.kill(pid, 'SIGCONT'); // a stopped process handles SIGTERM only once it runs again
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await gone(graceMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  await gone(10_000);
}
