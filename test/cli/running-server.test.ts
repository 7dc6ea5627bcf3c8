import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from '../../src/embedded-neo4j/local-neo4j';
import { isAlive } from '../../src/embedded-neo4j/local-neo4j-lock';
import { ensureBuiltCli } from '../helpers/built-cli';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';

/**
 * Issue #12: with `serve` running on the embedded Neo4j, `ingest` in another process loads into the same
 * database (the launcher advertises its Bolt address in its pid file) and the running server answers with
 * the new filing at once. Both through the real binary, on an embedded Neo4j of their own (not the test
 * run's), so the store lock is real.
 */
beforeAll(() => ensureBuiltCli(), 180_000);

const CLI = resolve(__dirname, '..', '..', 'bin', 'disclosure-graph.js');
const home = tempDir('dg-serving-');
let server: ChildProcess;
let url = '';
let serverErr = '';
const env = (): NodeJS.ProcessEnv => ({ ...process.env, NEO4J_URI: '', NEO4J_LOCAL_HOME: home, NEO4J_LOCAL_PORT: '0', NODE_ENV: 'development' });

beforeAll(async () => {
  const port = await freePort();
  server = spawn(process.execPath, [CLI, 'serve'], { env: { ...env(), PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stderr!.on('data', (d: Buffer) => (serverErr += d.toString()));
  url = await new Promise<string>((ok, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`serve printed no banner within 180 s: ${serverErr}`)), 180_000);
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /GraphQL API at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    });
    server.once('exit', (code) => fail(new Error(`serve exited with ${code}: ${serverErr}`)));
  });
}, 200_000);

afterAll(async () => {
  if (server.exitCode === null) {
    const exited = new Promise((ok) => server.once('exit', ok));
    server.kill('SIGTERM');
    await exited;
  }
});

const companies = async (): Promise<string[]> => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ companies { name } }' }) });
  const body = (await res.json()) as { data: { companies: { name: string }[] } };
  return body.data.companies.map((c) => c.name);
};

test('serve writes its status lines unbuffered, before its banner, and advertises the Bolt address', () => {
  expect(serverErr.split('\n')[0]).toMatch(/^starting embedded Neo4j on bolt:\/\/127\.0\.0\.1:\d+ .*waiting for it to accept Bolt…$/);
  const pidFile = JSON.parse(readFileSync(join(home, 'dg-launcher.pid'), 'utf8'));
  expect(pidFile).toEqual({ pid: expect.any(Number), parentPid: server.pid, uri: expect.stringMatching(/^bolt:\/\/127\.0\.0\.1:\d+$/) });
});

test('ingest in another process loads into the running server’s database; the server answers at once', async () => {
  expect(await companies()).not.toContain('Served Meanwhile Co');
  const dir = tempDir('dg-serving-files-');
  const path = writeFiling(dir, 'meanwhile.txt', rpage({ flags: { 'Cybersecurity Risk Management Third Party Engaged': true } }), {
    cik: '0000990601',
    company: 'Served Meanwhile Co',
    form: '10-K',
    fiscalYear: 2024,
  });
  const res = spawnSync(process.execPath, [CLI, 'ingest', path, '--workers', '1'], { encoding: 'utf8', env: env() });
  expect(res.stderr).toContain(`using the embedded Neo4j that pid ${server.pid} is running`);
  expect(res.stdout).toMatch(/files: 1, filings written: 1/);
  expect(res.status).toBe(0);
  expect(await companies()).toContain('Served Meanwhile Co');
  // the ingest attached: it started no launcher of its own and stopped nothing
  expect(isAlive(JSON.parse(readFileSync(join(home, 'dg-launcher.pid'), 'utf8')).pid)).toBe(true);
});

test('a second serve on the same data is one line saying who holds it and that ingest loads into it', () => {
  const res = spawnSync(process.execPath, [CLI, 'serve'], { encoding: 'utf8', env: { ...env(), PORT: '0' }, timeout: 60_000 });
  expect(res.status).toBe(1);
  const last = res.stderr.trim().split('\n').pop()!;
  expect(last).toMatch(new RegExp(`is in use by launcher pid \\d+, started by pid ${server.pid}, which is still running \\(at bolt://127\\.0\\.0\\.1:\\d+\\)`));
  expect(last).toContain('`disclosure-graph ingest` loads into it while it runs');
});

test('when the server stops, its launcher goes and the pid file with it', async () => {
  const launcher = JSON.parse(readFileSync(join(home, 'dg-launcher.pid'), 'utf8')).pid as number;
  const exited = new Promise((ok) => server.once('exit', ok));
  server.kill('SIGTERM');
  await exited;
  expect(isAlive(launcher)).toBe(false);
  expect(existsSync(join(home, 'dg-launcher.pid'))).toBe(false);
});
