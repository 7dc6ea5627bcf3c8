import { spawn, type ChildProcess } from 'node:child_process';
import { mavenPackage } from '../config/maven';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { javaBinary } from '../config/java';
import { projectRoot } from '../config/paths';
import { clearHolder, recordHolder, recordReady, recoverHome } from './local-neo4j-lock';

/**
 * Starts the embedded Neo4j Community launcher (launcher/, Maven) on loopback when no NEO4J_URI is given.
 * The Maven build runs once and is cached in launcher/target.
 */
export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface LocalNeo4jOptions {
  home: string;
  port: number; // 0 picks a free port
  pageCacheMb: number;
  heapMb: number;
  fresh?: boolean;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
  /** Called once if the JVM dies after it was ready without being asked to stop (default: `log`). */
  onUnexpectedExit?: (line: string) => void;
}

const LAUNCHER = join(projectRoot(), 'launcher');
const MAIN_CLASS = 'dev.disclosuregraph.Neo4jLauncher';

/** Builds launcher/ with Maven unless its classes and dependency jars are newer than its sources. */
export async function ensureLauncherBuilt(log: (line: string) => void = () => undefined): Promise<void> {
  const classFile = join(LAUNCHER, 'target', 'classes', 'dev', 'disclosuregraph', 'Neo4jLauncher.class');
  const lib = join(LAUNCHER, 'target', 'lib');
  const sources = [join(LAUNCHER, 'pom.xml'), join(LAUNCHER, 'src', 'main', 'java', 'dev', 'disclosuregraph', 'Neo4jLauncher.java')];
  const newestSource = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(classFile) && existsSync(lib) && readdirSync(lib).length > 0 && statSync(classFile).mtimeMs >= newestSource) return;
  log('building the embedded Neo4j launcher (first run only: Maven fetches Neo4j Community 5.26 from Maven Central, about a minute)…');
  await mavenPackage(join(LAUNCHER, 'pom.xml'), 'the Neo4j launcher', 'set NEO4J_URI');
}

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no free port'))));
    });
  });
}

/**
 * The launcher is told to exit when this process goes away, however it goes (its stdin is a pipe from
 * us, closed by the kernel even on SIGKILL; and our pid): it never outlives us holding the port and the
 * store. Before it starts, a data directory left locked by a crash is recognized and recovered
 * (local-neo4j-lock.ts).
 */
export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => undefined);
  await ensureLauncherBuilt(log);
  await recoverHome(opts.home, log);
  if (opts.fresh) rmSync(opts.home, { recursive: true, force: true }); // here, not in the JVM: the pid file goes in after
  mkdirSync(opts.home, { recursive: true });
  const port = opts.port === 0 ? await freePort() : opts.port;
  const args = [
    `-Xms${Math.min(128, opts.heapMb)}m`,
    `-Xmx${opts.heapMb}m`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp',
    `${join(LAUNCHER, 'target', 'classes')}:${join(LAUNCHER, 'target', 'lib', '*')}`,
    MAIN_CLASS,
    '--home',
    opts.home,
    '--port',
    String(port),
    '--pagecache-mb',
    String(opts.pageCacheMb),
    '--parent-pid',
    String(process.pid),
    '--exit-on-stdin-close',
  ];
  log(`starting embedded Neo4j on bolt://127.0.0.1:${port} (data in ${opts.home}); waiting for it to accept Bolt…`);
  const child = spawn(javaBinary(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  if (child.pid) recordHolder(opts.home, { pid: child.pid, parentPid: process.pid });
  const output = captureOutput(child);
  const uri = await waitForReady(child, output, opts.home, opts.readyTimeoutMs ?? 120_000);
  if (child.pid) recordReady(opts.home, child.pid, uri);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (child.pid) clearHolder(opts.home, child.pid);
    if (stopping) return;
    (opts.onUnexpectedExit ?? log)(
      `embedded Neo4j (pid ${child.pid}) died: ${signal ? `signal ${signal}` : `exit code ${code}`}; last output: ${tail(output.stderr)}`,
    );
  });
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  return {
    uri,
    pid: child.pid ?? -1,
    stop: async () => {
      stopping = true;
      process.removeListener('exit', onExit);
      await stopChild(child);
    },
  };
}

interface Output {
  stdout: string;
  stderr: string;
}

/** The JVM's recent output (the last 4,000 characters of each stream), for error messages. */
function captureOutput(child: ChildProcess): Output {
  const out: Output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout = (out.stdout + d.toString()).slice(-4000)));
  child.stderr!.on('data', (d: Buffer) => (out.stderr = (out.stderr + d.toString()).slice(-4000)));
  return out;
}

function waitForReady(child: ChildProcess, output: Output, home: string, timeoutMs: number): Promise<string> {
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`embedded Neo4j did not report ready within ${timeoutMs / 1000}s: ${tail(output.stderr)}`));
    }, timeoutMs);
    const onData = () => {
      const m = /NEO4J_READY (bolt:\/\/\S+)/.exec(output.stdout);
      if (!m) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      ok(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.once('error', (e) => {
      clearTimeout(timer);
      fail(new Error(`cannot start java for the embedded Neo4j: ${e.message} (install Java 17, or set NEO4J_URI)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (/FileLockException|locked by another process/.test(output.stderr)) {
        fail(
          new Error(
            `embedded Neo4j: the store in ${home} is locked by another process that is not a launcher of this project (another Neo4j?); stop it or set NEO4J_LOCAL_HOME to another directory`,
          ),
        );
      } else {
        fail(new Error(`embedded Neo4j exited with code ${code} before it was ready: ${tail(output.stderr)}`));
      }
    });
  });
}

const tail = (s: string): string => s.trim().split('\n').slice(-3).join(' | ') || '(no output)';

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((ok) => {
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(killer);
      ok();
    });
    child.kill('SIGTERM');
  });
}
