import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { javaBinary } from '../config/java';
import { projectRoot } from '../config/paths';

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
}

const LAUNCHER = join(projectRoot(), 'launcher');
const MAIN_CLASS = 'dev.disclosuregraph.Neo4jLauncher';


/** Builds launcher/ with Maven unless its classes and dependency jars are newer than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = () => undefined): void {
  const classFile = join(LAUNCHER, 'target', 'classes', 'dev', 'disclosuregraph', 'Neo4jLauncher.class');
  const lib = join(LAUNCHER, 'target', 'lib');
  const sources = [join(LAUNCHER, 'pom.xml'), join(LAUNCHER, 'src', 'main', 'java', 'dev', 'disclosuregraph', 'Neo4jLauncher.java')];
  const newestSource = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  if (existsSync(classFile) && existsSync(lib) && readdirSync(lib).length > 0 && statSync(classFile).mtimeMs >= newestSource) return;
  log('building the embedded Neo4j launcher (Maven, first run only)…');
  const res = spawnSync('mvn', ['-B', '-q', '-f', join(LAUNCHER, 'pom.xml'), 'package'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (res.error) throw new Error(`cannot run Maven to build the Neo4j launcher: ${res.error.message} (install Maven and Java 17, or set NEO4J_URI)`);
  if (res.status !== 0) throw new Error(`Maven failed to build the Neo4j launcher: ${(res.stdout + res.stderr).trim().split('\n').slice(-5).join(' | ')}`);
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

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? (() => undefined);
  ensureLauncherBuilt(log);
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
    '--home', opts.home,
    '--port', String(port),
    '--pagecache-mb', String(opts.pageCacheMb),
    ...(opts.fresh ? ['--fresh'] : []),
  ];
  log(`starting embedded Neo4j on bolt://127.0.0.1:${port} (data in ${opts.home})…`);
  const child = spawn(javaBinary(), args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const uri = await waitForReady(child, opts.readyTimeoutMs ?? 120_000);
  const stop = () => stopChild(child);
  const onExit = () => child.kill('SIGTERM');
  process.once('exit', onExit);
  return {
    uri,
    pid: child.pid ?? -1,
    stop: async () => {
      process.removeListener('exit', onExit);
      await stop();
    },
  };
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((ok, fail) => {
    let stderr = '';
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`embedded Neo4j did not report ready within ${timeoutMs / 1000}s: ${tail(stderr)}`));
    }, timeoutMs);
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /NEO4J_READY (bolt:\/\/\S+)/.exec(stdout);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    child.once('error', (e) => {
      clearTimeout(timer);
      fail(new Error(`cannot start java for the embedded Neo4j: ${e.message} (install Java 17, or set NEO4J_URI)`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`embedded Neo4j exited with code ${code} before it was ready: ${tail(stderr)}`));
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
