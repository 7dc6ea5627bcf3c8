import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { connectGraph } from '../../src/graph/connect';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/embedded-neo4j/local-neo4j';
import { isAlive } from '../../src/embedded-neo4j/local-neo4j-lock';
import { q } from '../../src/graph/query';
import { tempDir } from '../helpers/fixtures';

/**
 * Issue #13, 5: a killed `ingest` or `serve` left its embedded Neo4j JVM running with the port and the
 * store lock, and the next run failed. Here the process that starts the JVM is a real separate node
 * process (running src/ from source, like the rest of the tests), killed with SIGKILL; the outcomes
 * checked are that the JVM goes away by itself, that a new start on the same data directory succeeds
 * with the data intact, and that what a crash leaves (a stale lock, a hung orphan) is reported in one
 * line and recovered.
 */
jest.setTimeout(240_000);

/**
 * The starter runs src/embedded-neo4j from its TypeScript source (compiled with transpileModule as it is
 * required, as src/ingest/parse-worker-source.js does for the parse workers), so this test exercises the
 * code it sits beside and never a stale dist/.
 */
const STARTER = join(tempDir('dg-embedded-starter-'), 'start.js');
writeFileSync(
  STARTER,
  `const ts = require(${JSON.stringify(require.resolve('typescript'))});
   require.extensions['.ts'] = (m, file) => m._compile(ts.transpileModule(require('node:fs').readFileSync(file, 'utf8'),
     { fileName: file, compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true } }).outputText, file);
   const { startLocalNeo4j } = require(${JSON.stringify(resolve(__dirname, '..', '..', 'src', 'embedded-neo4j', 'local-neo4j.ts'))});
   startLocalNeo4j({ home: process.argv[2], port: 0, pageCacheMb: 32, heapMb: 256 }).then(
     (n) => { process.stdout.write('READY ' + n.pid + ' ' + n.uri + '\\n'); setInterval(() => {}, 1e6); },
     (e) => { process.stderr.write(String(e) + '\\n'); process.exit(1); });`,
);

const children: ChildProcess[] = [];
const started: LocalNeo4j[] = [];
const strays: number[] = [];
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  for (const pid of strays) {
    if (!isAlive(pid)) continue;
    process.kill(pid, 'SIGCONT');
    process.kill(pid, 'SIGKILL');
  }
  for (const n of started) await n.stop();
});

/** A node process that starts an embedded Neo4j on `home` and keeps running: its pid, the JVM's pid and URI. */
function startInChild(home: string): Promise<{ node: ChildProcess; jvmPid: number; uri: string }> {
  const node = spawn(process.execPath, [STARTER, home], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(node);
  return new Promise((ok, fail) => {
    let out = '';
    let err = '';
    node.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+) (\S+)/.exec(out);
      if (m) {
        strays.push(Number(m[1]));
        ok({ node, jvmPid: Number(m[1]), uri: m[2]! });
      }
    });
    node.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    node.once('exit', (code) => fail(new Error(`starter exited with ${code}: ${err}`)));
  });
}

async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((ok) => setTimeout(ok, 200))) if (!isAlive(pid)) return true;
  return !isAlive(pid);
}

async function startHere(home: string, lines: string[] = []): Promise<LocalNeo4j> {
  const n = await startLocalNeo4j({ home, port: 0, pageCacheMb: 32, heapMb: 256, log: (l) => lines.push(l) });
  started.push(n);
  return n;
}

async function countMarkers(uri: string): Promise<number> {
  const graph = await connectGraph({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  try {
    return Number((await graph.executor.read(q('MATCH (m:CrashMarker) RETURN count(m) AS n')))[0]!.n);
  } finally {
    await graph.close();
  }
}

test('SIGKILL of the process that started it: the JVM exits by itself; a new start on the same home succeeds, data intact', async () => {
  const home = tempDir('dg-embedded-kill-');
  const { node, jvmPid, uri } = await startInChild(home);
  const graph = await connectGraph({ uri, user: 'neo4j', password: '', database: 'neo4j' });
  await graph.executor.write([q('CREATE (:CrashMarker {at: 1})')]);
  await graph.close();

  node.kill('SIGKILL');
  expect(await goneWithin(jvmPid, 60_000)).toBe(true);

  const lines: string[] = [];
  const again = await startHere(home, lines);
  expect(await countMarkers(again.uri)).toBe(1);
  // its parent died, so the lock it recorded is stale: said once, then recovered
  expect(lines.filter((l) => /stale store lock/.test(l))).toHaveLength(1);
  await again.stop();
});

test('a hung orphan (its parent killed, the JVM stopped) is recognized, stopped, and its home reused, in one line', async () => {
  const home = tempDir('dg-embedded-orphan-');
  const { node, jvmPid } = await startInChild(home);
  process.kill(jvmPid, 'SIGSTOP'); // it cannot notice its parent going away
  node.kill('SIGKILL');
  await new Promise((ok) => node.once('exit', ok));
  expect(isAlive(jvmPid)).toBe(true);

  const lines: string[] = [];
  const again = await startHere(home, lines);
  expect(lines.filter((l) => /outlived the process that started it/.test(l))).toEqual([
    expect.stringContaining(`launcher pid ${jvmPid} outlived the process that started it`),
  ]);
  expect(isAlive(jvmPid)).toBe(false);
  expect(await countMarkers(again.uri)).toBe(0);
  await again.stop();
});

test('a home in use by a live launcher is refused with both pids; the JVM dying in use is reported', async () => {
  const home = tempDir('dg-embedded-death-');
  const deaths: string[] = [];
  const n = await startLocalNeo4j({ home, port: 0, pageCacheMb: 32, heapMb: 256, onUnexpectedExit: (l) => deaths.push(l) });
  started.push(n);
  await expect(startLocalNeo4j({ home, port: 0, pageCacheMb: 32, heapMb: 256 })).rejects.toThrow(
    new RegExp(`in use by launcher pid ${n.pid}, started by pid ${process.pid}, which is still running`),
  );
  process.kill(n.pid, 'SIGKILL');
  expect(await goneWithin(n.pid, 30_000)).toBe(true);
  for (let i = 0; i < 50 && deaths.length === 0; i++) await new Promise((ok) => setTimeout(ok, 100));
  expect(deaths).toEqual([expect.stringMatching(new RegExp(`^embedded Neo4j \\(pid ${n.pid}\\) died: signal SIGKILL`))]);
});
