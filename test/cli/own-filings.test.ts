import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { syntheticFiling } from '../../fixtures/synthetic/model';
import { writeFiling as writeSynthetic } from '../../fixtures/synthetic/writers';
import { ensureBuiltCli } from '../helpers/built-cli';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';

/**
 * Loading one's own filings through the binary (issue #12): every input ends loaded, unchanged, skipped
 * or an error with its reason; nothing matched is an error; a file keeps its own identity; a closed pipe
 * ends the program quietly. The database is the test run's Neo4j (NEO4J_URI from global setup).
 */
beforeAll(() => ensureBuiltCli(), 180_000);

const CIKS = ['0000990501', '0000990502', '0000990503'];
afterAll(async () => {
  const graph = await testGraph();
  await deleteCompanies(graph, CIKS);
  await graph.close();
});

const CLI = resolve(__dirname, '..', '..', 'bin', 'disclosure-graph.js');
/** Writes an invented filing in one format to disk; its path. */
function saved(filing: ReturnType<typeof syntheticFiling>, base: string): string {
  const written = writeSynthetic(filing, 'ixbrl', base);
  for (const [path, content] of written.files) writeFileSync(path, content);
  return [...written.files.keys()][0]!;
}

const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env });

test('an empty folder and a glob that matches nothing are errors, and no database is started', () => {
  const dir = tempDir('dg-own-');
  mkdirSync(join(dir, 'empty'));
  // NEO4J_URI unset and the embedded home unusable: the command must not need a database at all
  const res = run(['ingest', join(dir, 'empty'), `${dir}/nothing/*.htm`], { ...process.env, NEO4J_URI: '', NEO4J_LOCAL_HOME: '/proc/no-such-home' });
  expect(res.status).toBe(1);
  expect(res.stdout).toMatch(/errors: 2 \(nothing matched 2\)/);
  expect(res.stdout).toContain(`error: ${join(dir, 'empty')}: no filing in this folder`);
  expect(res.stdout).toContain(`error: ${dir}/nothing/*.htm: no file matches this pattern`);
  expect(res.stderr).not.toMatch(/starting embedded Neo4j/);
});

test('a folder: the filing loads, its sidecar is part of it, other files are skipped by name; exit 1', () => {
  const dir = tempDir('dg-own-');
  writeFiling(dir, 'acme-2024.txt', rpage({ flags: { 'Cybersecurity Risk Management Third Party Engaged': true } }), {
    cik: CIKS[0],
    company: 'Own Files One Co',
    form: '10-K',
    fiscalYear: 2024,
  });
  writeFileSync(join(dir, 'notes.json'), '{"not": "a sidecar"}');
  writeFileSync(join(dir, 'exhibit.pdf'), '%PDF-1.4');
  writeFileSync(join(dir, '.gitkeep'), ''); // hidden: passed over, as globs do
  const res = run(['ingest', dir, '--workers', '1']);
  expect(res.stdout).toMatch(/files: 1, filings written: 1, unchanged: 0, errors: 0, skipped: 2/);
  expect(res.stdout).toContain(`skipped: ${join(dir, 'notes.json')}: a JSON file that is no sidecar`);
  expect(res.stdout).toContain(`skipped: ${join(dir, 'exhibit.pdf')}: a .pdf file, not a filing`);
  expect(res.stdout).not.toContain('acme-2024.txt.meta.json');
  expect(res.stdout).not.toContain('.gitkeep');
  expect(res.stdout).toMatch(/not all loaded: 0 error\(s\), 2 skipped \(exit code 1\)/);
  expect(res.status).toBe(1);
  // the same folder through a glob of filings only: everything that matched is loaded (unchanged), exit 0
  const glob = run(['ingest', `${dir}/*.txt`]);
  expect(glob.stdout).toMatch(/files: 1, filings written: 0, unchanged: 1, errors: 0, skipped: 0/);
  expect(glob.status).toBe(0);
});

test('a file keeps its own identity: a contradicting --cik is that file’s error, a matching one is fine', () => {
  const dir = tempDir('dg-own-');
  const base = syntheticFiling(7);
  const filing = { ...base, company: { ...base.company, cik: CIKS[1]!, name: 'Own Files Two Inc.' } };
  const written = { path: saved(filing, join(dir, 'two-2024')) };
  const wrong = run(['ingest', written.path, '--cik', '42', '--workers', '1']);
  expect(wrong.status).toBe(1);
  expect(wrong.stdout).toMatch(/errors: 1 \(identity conflict 1\)/);
  expect(wrong.stdout).toContain(`error: ${written.path}: cik 0000000042 contradicts the filing's own ${CIKS[1]}`);
  const parsed = run(['parse', written.path, '--json', '--company', 'Some Other Name']);
  expect(parsed.status).toBe(0);
  const disclosure = JSON.parse(parsed.stdout);
  expect(disclosure.company).toMatchObject({ cik: CIKS[1], name: 'Own Files Two Inc.' });
  expect(disclosure.problems).toContainEqual(
    expect.objectContaining({ message: expect.stringMatching(/given company "Some Other Name" differs .* the filing's is kept/) }),
  );
  const right = run(['ingest', written.path, '--cik', CIKS[1]!, '--workers', '1']);
  expect(right.stdout).toMatch(/filings written: 1/);
  expect(right.status).toBe(0);
});

test('a file without identity: the error names the keys it lacks and where to give them', () => {
  const dir = tempDir('dg-own-');
  const path = writeFiling(dir, 'anon.txt', rpage({ flags: { 'Cybersecurity Risk Management Processes Integrated': true } }));
  const res = run(['ingest', path, '--workers', '1']);
  expect(res.status).toBe(1);
  expect(res.stdout).toMatch(/errors: 1 \(no identity 1\)/);
  const line = res.stdout.split('\n').find((l) => l.includes('error:'))!;
  expect(line).toContain(`error: ${path}: no CIK for the registrant`);
  expect(line).toContain('"cik", "company", "form"');
  expect(line).toContain('--identity-map file ({"anon.txt":{"cik":"…"');
  expect(line).toContain('anon.txt.meta.json');
  // and the map it suggests works
  const map = join(dir, 'identity.json');
  writeFileSync(map, JSON.stringify({ 'anon.txt': { cik: CIKS[2], company: 'Own Files Three Co', form: '10-K' } }));
  const fixed = run(['ingest', dir, '--identity-map', map, '--workers', '1']);
  expect(fixed.stdout).toMatch(/files: 1, filings written: 1, unchanged: 0, errors: 0, skipped: 0/); // the map itself is not "skipped"
  expect(fixed.status).toBe(0);
});

test('parse and extract on a truncated inline XBRL file exit 1 with the reason, one line', () => {
  const dir = tempDir('dg-own-');
  const text = readFileSync(saved(syntheticFiling(3), join(dir, 'cut-source')), 'utf8');
  const cut = join(dir, 'cut.htm');
  writeFileSync(cut, text.slice(0, text.indexOf('<body') + 200));
  for (const cmd of ['parse', 'extract']) {
    const res = run([cmd, cut]);
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^disclosure-graph: ${cut}: no cyd facts and no Item 1C/16K section: nothing to load`)),
    ]);
  }
});

test('a closed stdout ends parse quietly (| head)', () => {
  const dir = tempDir('dg-own-');
  const written = { path: saved(syntheticFiling(5), join(dir, 'big')) };
  const res = spawnSync('sh', ['-c', `"${process.execPath}" "${CLI}" parse --json "${written.path}" | head -c 10 > /dev/null; echo "status:$?"`], {
    encoding: 'utf8',
  });
  expect(res.stderr).toBe('');
  expect(res.stdout.trim()).toBe('status:0');
});
