import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../helpers/shared';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';
import { ensureBuiltCli } from '../helpers/built-cli';

// the binary runs dist/: built by pretest under `npm test`, or here when dist/ is older than src/
beforeAll(() => ensureBuiltCli(), 180_000);

afterAll(async () => {
  const graph = await testGraph();
  await deleteCompanies(graph, ['0000990401']);
  await graph.close();
});

const CLI = resolve(__dirname, '..', '..', 'bin', 'disclosure-graph.js');
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NEO4J_URI: '' } });

test('parse --json prints the 15 cyd facts of a real R page', () => {
  const res = run('parse', sharedPath('corpus', 'rpage', '001_99cef1e4d75e2783.txt'), '--json');
  expect(res.status).toBe(0);
  const out = JSON.parse(res.stdout);
  expect(out.facts).toHaveLength(15);
  expect(out.periodEnd).toBe('2024-12-31');
});

test('a missing file is one line on stderr naming it, exit non-zero', () => {
  const res = run('parse', '/nonexistent/filing.txt');
  expect(res.status).not.toBe(0);
  expect(res.stderr.trim().split('\n')).toHaveLength(1);
  expect(res.stderr).toMatch(/\/nonexistent\/filing\.txt: no such file or directory/);
  expect(res.stderr).not.toMatch(/\s+at /);
});

test('an unknown option is refused with exit 2', () => {
  const res = run('parse', '--bogus', 'x');
  expect(res.status).toBe(2);
  expect(res.stderr).toMatch(/unknown option '--bogus'/);
});

test('an unreadable format is one clear line naming the file', () => {
  const res = run('parse', resolve(__dirname, '..', '..', 'package.json'));
  expect(res.status).toBe(1);
  expect(res.stderr).toMatch(/package\.json: unrecognized format/);
});

test('every subcommand has --help', () => {
  for (const cmd of ['parse', 'extract', 'ingest', 'serve']) {
    const res = run(cmd, '--help');
    expect(res.status).toBe(0);
    expect(res.stdout).toMatch(/Usage: disclosure-graph/);
  }
});

test('ingest through the CLI: the good file loads, the bad one is named, exit 1', () => {
  const dir = tempDir('dg-cli-ingest-');
  writeFiling(dir, 'good.txt', rpage({ flags: { 'Cybersecurity Risk Management Third Party Engaged': true } }), {
    cik: '0000990401',
    company: 'Cli Good Co',
    form: '10-K',
    fiscalYear: 2024,
  });
  writeFileSync(join(dir, 'empty.htm'), '');
  const res = spawnSync(process.execPath, [CLI, 'ingest', dir, '--workers', '1'], { encoding: 'utf8', env: { ...process.env } });
  expect(res.status).toBe(1);
  expect(res.stdout).toMatch(/files: 2, filings written: 1, unchanged: 0/);
  expect(res.stdout).toMatch(/error: .*empty\.htm: empty file/);
  const again = spawnSync(process.execPath, [CLI, 'ingest', join(dir, 'good.txt')], { encoding: 'utf8', env: { ...process.env } });
  expect(again.status).toBe(0);
  expect(again.stdout).toMatch(/files: 1, filings written: 0, unchanged: 1/);
});
