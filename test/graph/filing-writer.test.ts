import type { GraphConnection } from '../../src/graph/connect';
import { ingestFiles } from '../../src/ingest/ingest';
import { CompanyRepository } from '../../src/graph/company-repository';
import { countFor, deleteCompanies, testGraph } from '../helpers/graph';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';

const CIK = '0000990101';
const CIK_B = '0000990102';
let graph: GraphConnection;

beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, [CIK, CIK_B]);
});
afterAll(async () => {
  await deleteCompanies(graph, [CIK, CIK_B]);
  await graph.close();
});

const filing = (engaged: boolean) =>
  rpage({
    flags: { 'Cybersecurity Risk Management Third Party Engaged': engaged, 'Cybersecurity Risk Management Processes Integrated': true },
    texts: { 'Cybersecurity Risk Role of Management': 'Our CISO manages cybersecurity risk.' },
  });

test('loading the same filing twice changes nothing', async () => {
  const dir = tempDir();
  const path = writeFiling(dir, 'a.txt', filing(true), { cik: CIK, company: 'Testco One', form: '10-K', fiscalYear: 2024 });
  const first = await ingestFiles(graph.executor, [path]);
  expect(first).toMatchObject({ files: 1, filingsWritten: 1, errors: [] });
  const before = await countFor(graph, CIK);
  const second = await ingestFiles(graph.executor, [path]);
  expect(second).toMatchObject({ files: 1, filingsWritten: 0, filingsUnchanged: 1 });
  expect(await countFor(graph, CIK)).toEqual(before);
  expect(before.nodes).toBeGreaterThanOrEqual(2);
});

test('a corrected filing replaces its flags, with no stale values left', async () => {
  const dir = tempDir();
  const meta = { cik: CIK_B, company: 'Testco Two', form: '10-K', fiscalYear: 2024 };
  await ingestFiles(graph.executor, [writeFiling(dir, 'b.txt', filing(true), meta)]);
  await ingestFiles(graph.executor, [writeFiling(dir, 'b.txt', filing(false), meta)]);
  const repo = new CompanyRepository(graph.executor);
  const filings = await repo.filingsOf([CIK_B]);
  expect(filings).toHaveLength(1);
  const flags = await repo.flagsOf([filings[0]!.id]);
  expect(flags.map((f) => [f.element, f.value])).toEqual([
    ['cyd:CybersecurityRiskManagementProcessesIntegratedFlag', true],
    ['cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', false],
  ]);
});

test('a filing without a CIK is reported, not loaded', async () => {
  const dir = tempDir();
  const path = writeFiling(dir, 'nocik.txt', filing(true));
  const summary = await ingestFiles(graph.executor, [path]);
  expect(summary.filingsWritten).toBe(0);
  expect(summary.errors).toEqual([{ file: path, reason: expect.stringMatching(/no CIK/) }]);
});
