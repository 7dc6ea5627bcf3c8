import type { GraphConnection } from '../../src/graph/connect';
import { q } from '../../src/graph/query';
import { ingestFiles } from '../../src/ingest/ingest';
import type { RunningHttp } from '../../src/api/http-server';
import { gql, startTestApi } from '../helpers/api';
import { tempDir, writeFiling } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';
import { testAnalyzer } from '../helpers/nlp';

/** A plain-text 10-K tags nothing: its Item 1C is the filing's narrative, not a cyd text block (issue #11). */
const CIK = '0000990311';
let graph: GraphConnection;
let api: RunningHttp;

const TEXT = [
  'ANNUAL REPORT',
  'Item 1C. Cybersecurity',
  'Our Board of Directors oversees cybersecurity risk through the Audit Committee.',
  'Our Chief Information Security Officer reports quarterly to the Audit Committee on the zephyrine monitoring program.',
  'Item 2. Properties',
  'We lease an office.',
].join('\n');

beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, [CIK]);
  const dir = tempDir();
  writeFiling(dir, 'plain-10k.txt', TEXT, { cik: CIK, company: 'Larkspur Valves Inc.', form: '10-K', fiscalYear: 2025 });
  const summary = await ingestFiles(graph.executor, [dir], { analyzer: testAnalyzer() });
  expect(summary.errors).toEqual([]);
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api.close();
  await deleteCompanies(graph, [CIK]);
  await graph.close();
});

test('the Item 1C text is the filing narrative; no cyd element is claimed; evidence points at the narrative', async () => {
  const res = await gql(
    api.url,
    `query($cik: String!) { company(cik: $cik) {
       filings { facts { element } narrative }
       roles(roleCode: CISO) { links(types: [REPORTS_TO]) { evidence { element start end text } } }
     } }`,
    { cik: CIK },
  );
  expect(res.errors).toBeUndefined();
  const [filing] = res.data.company.filings;
  expect(filing.facts).toEqual([]);
  expect(filing.narrative).toMatch(/^Our Board of Directors oversees cybersecurity risk/);
  expect(filing.narrative).toContain('\n');
  const [evidence] = res.data.company.roles[0].links[0].evidence;
  expect(evidence.element).toBe('narrative');
  expect(filing.narrative.slice(evidence.start, evidence.end)).toBe(evidence.text);
  const stored = await graph.executor.read(q('MATCH (f:Filing {cik: $cik}) RETURN f.narrative AS narrative', { cik: CIK }));
  expect(stored[0]!.narrative).toBe(filing.narrative);
});

test('search finds words of the narrative', async () => {
  const res = await gql(api.url, '{ search(text: "zephyrine") { element snippet filing { company { cik } } } }');
  expect(res.errors).toBeUndefined();
  expect(res.data.search).toEqual([expect.objectContaining({ element: 'narrative', filing: { company: { cik: CIK } } })]);
  expect(res.data.search[0].snippet).toContain('«zephyrine»');
});
