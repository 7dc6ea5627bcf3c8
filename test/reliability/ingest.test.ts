import { spawnSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { GraphConnection } from '../../src/graph/connect';
import type { RunningHttp } from '../../src/api/http-server';
import { ingestFiles } from '../../src/ingest/ingest';
import { ingestContent, MAX_CONTENT_BYTES } from '../../src/ingest/ingest-content';
import { InputError } from '../../src/ingest/read-input';
import { MAX_FACT_NESTING } from '../../src/parse/ixbrl';
import { gql, startTestApi } from '../helpers/api';
import { deleteCompanies, testGraph } from '../helpers/graph';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { nestedFacts } from '../../fixtures/synthetic/hostile';
import { testAnalyzer } from '../helpers/nlp';

/**
 * One bad file or path costs one error line naming it, and the run goes on (issue #13): before, a
 * 20 MB file of nested facts ran a worker to 4.4 GB and aborted the run with 0 of 11 good files
 * loaded, a symlink loop or an unreadable folder stopped it before any file was read, a truncated
 * inline XBRL file loaded as an empty filing, and 892 KB of nested facts sent to ingestFiling
 * blocked the server for 55 s and then killed it.
 */
const analyzer = testAnalyzer();
const CIKS = Array.from({ length: 12 }, (_, i) => String(990_601 + i).padStart(10, '0'));
const API_KEY = 'reliability-test-key-0123456789';
let graph: GraphConnection;
let api: RunningHttp;

beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, CIKS);
  api = await startTestApi(graph, { apiKey: API_KEY });
});
afterAll(async () => {
  await api.close();
  await deleteCompanies(graph, CIKS);
  await graph.close();
});

const meta = (i: number) => ({ cik: CIKS[i], company: `Hostile Test ${i}`, form: '10-K', fiscalYear: 2024 });
const SENTENCE = () => 'Risk is reviewed. ';
const good = () =>
  rpage({
    texts: {
      'Cybersecurity Risk Board of Directors Oversight': 'The Audit Committee oversees cybersecurity risk. Our CISO reports to the Audit Committee quarterly.',
    },
  });
/** An inline XBRL 10-K cut off before its first fact. */
const truncatedIxbrl = '<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:header><ix:hidden></ix:hidden></ix:header><p>Annual report. The board';

test('hostile files in one run: the good files load, each bad one is one error naming it', async () => {
  const dir = tempDir('dg-hostile-run-');
  writeFiling(dir, 'good1.txt', good(), meta(0));
  writeFiling(dir, 'good2.txt', good(), meta(1));
  writeFiling(dir, 'nested.htm', nestedFacts(9_000, { text: SENTENCE }), meta(2));
  writeFiling(dir, 'truncated.htm', truncatedIxbrl, meta(3));
  // needs more than the worker heap this run is given (the default is 1 GB): a file nobody foresaw
  writeFiling(dir, 'huge.txt', `Item 1C. Cybersecurity\n${'the board oversees cybersecurity risk and\n'.repeat(1_000_000)}`, meta(4));
  const summary = await ingestFiles(graph.executor, [dir], { analyzer, workers: 2, limits: { heapMb: 64, deadlineMs: 60_000 } });
  expect(summary.filingsWritten).toBe(3);
  expect(summary.errors.map((e) => [basename(e.file), e.reason]).sort()).toEqual([
    ['huge.txt', 'needed more than 64 MB of memory to parse (the per-worker heap cap); its worker was stopped'],
    ['truncated.htm', 'no cyd facts and no Item 1C/16K section: nothing to load (document is truncated: no closing </html>; facts after the cut are lost)'],
  ]);
  // what the parsers reported reaches the summary, naming the file
  expect(summary.problems).toContainEqual({
    file: join(dir, 'nested.htm'),
    severity: 'error',
    message: expect.stringMatching(new RegExp(`nested more than ${MAX_FACT_NESTING} deep were not read`)),
  });
  const [row] = await graph.executor.read({ cypher: 'MATCH (:Filing {cik: $cik})-[:HAS_FACT]->(f:Fact) RETURN count(f) AS n', params: { cik: CIKS[2] } });
  expect(row!.n).toBe(MAX_FACT_NESTING);
}, 120_000);

test('bad paths in one run: a loop, a self-link and a dangling link are each one error; the files load', async () => {
  const dir = tempDir('dg-hostile-paths-');
  writeFiling(dir, 'good.txt', good(), meta(5));
  symlinkSync('.', join(dir, 'loop'));
  symlinkSync('self.htm', join(dir, 'self.htm'));
  symlinkSync(join(dir, 'gone.htm'), join(dir, 'dangling.htm'));
  const other = tempDir('dg-hostile-paths-');
  writeFiling(other, 'other.txt', good(), meta(6));
  const summary = await ingestFiles(graph.executor, [dir, join(dir, 'dangling.htm'), other], { analyzer });
  expect(summary.filingsWritten).toBe(2);
  expect(summary.errors.map((e) => [e.file, e.reason.replace(/: .*/, '')])).toEqual([
    [join(dir, 'dangling.htm'), 'dangling symbolic link'],
    [join(dir, 'loop'), 'symbolic link loop'],
    [join(dir, 'self.htm'), 'symbolic link loop'],
    [join(dir, 'dangling.htm'), 'dangling symbolic link'],
  ]);
});

test('the CLI prints one line per bad file or path, the problems, and loads the rest (exit 1)', () => {
  const dir = tempDir('dg-hostile-cli-');
  writeFiling(dir, 'good.txt', good(), meta(7));
  writeFiling(dir, 'nested.htm', nestedFacts(2_000, { text: SENTENCE }), meta(8));
  writeFiling(dir, 'truncated.htm', truncatedIxbrl, meta(9));
  symlinkSync('.', join(dir, 'loop'));
  const cli = resolve(__dirname, '..', '..', 'bin', 'disclosure-graph.js');
  const res = spawnSync(process.execPath, [cli, 'ingest', dir, '--workers', '1', '--file-timeout', '30'], { encoding: 'utf8' });
  expect(res.status).toBe(1);
  const lines = res.stdout.trim().split('\n');
  expect(lines[0]).toMatch(/^files: 4, filings written: 2, unchanged: 0, errors: 2 \(no cyd content 1, unreadable 1\), skipped: 0, .* problems: 1 /);
  expect(lines.slice(1)).toEqual([
    `  error: ${join(dir, 'loop')}: symbolic link loop: leads back to ${dir}`,
    expect.stringMatching(new RegExp(`^  error: ${join(dir, 'truncated.htm')}: no cyd facts and no Item 1C/16K section: nothing to load`)),
    expect.stringMatching(new RegExp(`^  problem: ${join(dir, 'nested.htm')}: ${2_000 - MAX_FACT_NESTING} ix facts or continuations nested more than`)),
    'not all loaded: 2 error(s), 0 skipped (exit code 1); each line above names the file and the reason',
  ]);
}, 120_000);

describe('the ingestFiling mutation', () => {
  const m = 'mutation($i: IngestFilingInput!) { ingestFiling(input: $i) { outcome problems filing { fiscalYear } } }';
  const send = (input: Record<string, unknown>) =>
    gql(api.url, m, { i: { cik: CIKS[10], company: 'Hostile Mutation Co', form: 'FORM_10_K', fiscalYear: 2024, ...input } }, { 'x-api-key': API_KEY });

  test('7,000 nested facts in 900 KB: written with a problem, and the server still answers', async () => {
    const content = nestedFacts(7_000, { text: SENTENCE });
    expect(content.length).toBeGreaterThan(880_000);
    expect(JSON.stringify(content).length).toBeLessThan(1_000_000); // the HTTP body cap
    const res = await send({ name: 'nested.htm', content });
    expect(res.errors).toBeUndefined();
    expect(res.data.ingestFiling).toMatchObject({ outcome: 'WRITTEN', filing: { fiscalYear: 2024 } });
    expect(res.data.ingestFiling.problems).toContainEqual(expect.stringMatching(/^error: \d+ ix facts or continuations nested more than 16 deep/));
    expect((await gql(api.url, '{ companies { cik } }')).errors).toBeUndefined();
  }, 60_000);

  test('a truncated inline XBRL file with no facts is refused, not loaded as an empty filing', async () => {
    const res = await send({ name: 'cut.htm', content: truncatedIxbrl, cik: CIKS[11] });
    expect(res.errors![0]).toMatchObject({
      message: expect.stringMatching(/^cut\.htm: no cyd facts and no Item 1C\/16K section: nothing to load/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const [row] = await graph.executor.read({ cypher: 'MATCH (f:Filing {cik: $cik}) RETURN count(f) AS n', params: { cik: CIKS[11] } });
    expect(row!.n).toBe(0);
  });

  test('a file name over 255 characters is refused with a short excerpt of it', async () => {
    const res = await send({ name: 'n'.repeat(900_000), content: good() });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.message.length).toBeLessThan(200);
  });

  test('content over MAX_CONTENT_BYTES is refused before it is parsed', async () => {
    const content = 'x'.repeat(MAX_CONTENT_BYTES + 1);
    await expect(ingestContent(graph.executor, analyzer, { name: 'big.txt', content, identity: {} })).rejects.toThrow(
      new InputError(
        'big.txt',
        `content of ${MAX_CONTENT_BYTES + 1} bytes, over the ${MAX_CONTENT_BYTES} one ingestFiling call takes (the ingest command reads larger files)`,
      ),
    );
  });
});
