import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GraphConnection } from '../../src/graph/connect';
import { ingestFiles } from '../../src/ingest/ingest';
import type { IdentityOverride } from '../../src/domain/disclosure';
import { q } from '../../src/graph/query';
import { indexUpdatesSinceSampling } from '../../src/graph/schema-setup';
import { countFor, deleteCompanies, testGraph } from '../helpers/graph';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { sharedPath } from '../helpers/shared';
import { testAnalyzer } from '../helpers/nlp';

const analyzer = testAnalyzer();

const CIK = '0000990201';
const BATCH = ['0000990211', '0000990212', '0000990213'];
let graph: GraphConnection;
const REAL_CIKS: string[] = [];

beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, [CIK, ...BATCH]);
});
afterAll(async () => {
  await deleteCompanies(graph, [CIK, ...BATCH, ...REAL_CIKS]);
  await graph.close();
});

const oversight = (committee: string, officer: string) =>
  rpage({
    flags: { 'Cybersecurity Risk Management Third Party Engaged': true },
    texts: {
      'Cybersecurity Risk Board of Directors Oversight': `The ${committee} of our Board of Directors oversees cybersecurity risk. Our ${officer} reports to the ${committee} quarterly.`,
    },
  });

const edges = async (cik: string) =>
  (
    await graph.executor.read(
      q('MATCH (a:Entity {cik: $cik})-[r]->(b:Entity) WHERE r.filingId IS NOT NULL RETURN a.name + " -" + type(r) + "-> " + b.name AS e ORDER BY e', { cik }),
    )
  ).map((r) => r.e);

test('ingesting the same files twice changes nothing', async () => {
  const dir = tempDir();
  writeFiling(dir, 'a.txt', oversight('Audit Committee', 'Chief Information Security Officer'), {
    cik: CIK,
    company: 'Idem Corp',
    form: '10-K',
    fiscalYear: 2024,
  });
  const first = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(first).toMatchObject({ files: 1, filingsWritten: 1, errors: [] });
  const before = { counts: await countFor(graph, CIK), edges: await edges(CIK) };
  // the second run must not ask the linguistic layer for anything
  const asked: string[] = [];
  const counting = { analyze: (s: readonly string[]) => (asked.push(...s), analyzer.analyze(s)), close: async () => undefined };
  const second = await ingestFiles(graph.executor, [dir], { analyzer: counting });
  expect(second).toMatchObject({ files: 1, filingsWritten: 0, filingsUnchanged: 1 });
  expect(asked).toEqual([]);
  expect({ counts: await countFor(graph, CIK), edges: await edges(CIK) }).toEqual(before);
  expect(before.edges).toContain('Chief Information Security Officer -REPORTS_TO-> Audit Committee');
  // a changed text is analysed again
  writeFiling(dir, 'a.txt', oversight('Risk Committee', 'Chief Information Security Officer'), {
    cik: CIK,
    company: 'Idem Corp',
    form: '10-K',
    fiscalYear: 2024,
  });
  const third = await ingestFiles(graph.executor, [dir], { analyzer: counting });
  expect(third).toMatchObject({ files: 1, filingsWritten: 1 });
  expect(asked.length).toBeGreaterThan(0);
});

test('a corrected filing replaces its edges and entities, leaving nothing stale', async () => {
  const dir = tempDir();
  const meta = { cik: CIK, company: 'Idem Corp', form: '10-K', fiscalYear: 2024 };
  writeFiling(dir, 'a.txt', oversight('Risk Committee', 'Chief Information Officer'), meta);
  const res = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(res).toMatchObject({ filingsWritten: 1, errors: [] });
  const after = await edges(CIK);
  expect(after).toContain('Chief Information Officer -REPORTS_TO-> Risk Committee');
  expect(after.join('\n')).not.toMatch(/Audit Committee|Chief Information Security Officer/);
  const stale = await graph.executor.read(
    q('MATCH (e:Entity {cik: $cik}) WHERE e.name IN ["Audit Committee", "Chief Information Security Officer"] RETURN count(e) AS n', { cik: CIK }),
  );
  expect(stale[0]!.n).toBe(0);
});

test('the same committee across fiscal years is one node; each year keeps its own provenance', async () => {
  const dir = tempDir();
  writeFiling(dir, 'y1.txt', oversight('Audit Committee', 'Chief Information Security Officer'), {
    cik: BATCH[0],
    company: 'Yearly Inc',
    form: '10-K',
    fiscalYear: 2023,
  });
  writeFiling(dir, 'y2.txt', oversight('Audit Committee', 'Chief Information Security Officer'), {
    cik: BATCH[0],
    company: 'Yearly Inc',
    form: '10-K',
    fiscalYear: 2024,
  });
  await ingestFiles(graph.executor, [dir], { analyzer });
  const rows = await graph.executor.read(
    q(
      'MATCH (c:Committee {cik: $cik, name: "Audit Committee"}) OPTIONAL MATCH (:Entity)-[r:REPORTS_TO]->(c) RETURN count(DISTINCT c) AS nodes, collect(DISTINCT r.filingId) AS filings',
      { cik: BATCH[0] },
    ),
  );
  expect(rows[0]!.nodes).toBe(1);
  expect((rows[0]!.filings as string[]).length).toBe(2);
});

test('after a load the planner works from fresh index samples, not the pre-load ones', async () => {
  const dir = tempDir();
  for (let i = 0; i < 5; i++)
    writeFiling(dir, `p${i}.txt`, oversight(i % 2 ? 'Risk Committee' : 'Audit Committee', 'CISO'), {
      cik: BATCH[2],
      company: 'Sampled Co',
      form: '10-K',
      fiscalYear: 2015 + i,
    });
  const summary = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(summary).toMatchObject({ filingsWritten: 5, errors: [], plannerRefreshed: true });
  // every index write of the load is reflected in the samples the planner reads
  expect(await indexUpdatesSinceSampling(graph.executor)).toBe(0);
  const unchanged = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(unchanged.plannerRefreshed).toBeUndefined(); // nothing written, nothing to refresh
  await deleteCompanies(graph, [BATCH[2]!]);
});

test('a batch with broken files: the good ones load, the summary names the bad ones, exit-worthy', async () => {
  const dir = tempDir();
  writeFiling(dir, 'good1.txt', oversight('Audit Committee', 'CISO'), { cik: BATCH[1], company: 'Good One', form: '10-K', fiscalYear: 2024 });
  writeFiling(dir, 'good2.txt', oversight('Risk Committee', 'CIO'), { cik: BATCH[2], company: 'Good Two', form: '20-F', fiscalYear: 2024 });
  writeFileSync(join(dir, 'empty.htm'), '');
  writeFileSync(join(dir, 'binary.xml'), Buffer.from([0, 1, 2, 3, 0, 0]));
  writeFiling(dir, 'nocik.txt', oversight('Audit Committee', 'CISO'));
  const summary = await ingestFiles(graph.executor, [dir, join(dir, 'missing.htm')], { analyzer, workers: 2, batchSize: 2 });
  expect(summary.filingsWritten).toBe(2);
  expect(summary.errors.map((e) => [basename(e.file), e.reason]).sort()).toEqual([
    ['binary.xml', expect.stringMatching(/binary file/)],
    ['empty.htm', 'empty file'],
    ['missing.htm', expect.stringMatching(/no such file/)],
    ['nocik.txt', expect.stringMatching(/no CIK/)],
  ]);
});

test('the real corpus in ../shared ingests with one error, the file with no Item 1C (identity from an identity map where files carry none)', async () => {
  const map: Record<string, IdentityOverride> = {};
  const identityLess = [...readdirSync(sharedPath('corpus', 'text')), ...readdirSync(sharedPath('corpus', 'rpage'))];
  identityLess.forEach((f, i) => {
    const cik = String(9_990_000 + i).padStart(10, '0');
    REAL_CIKS.push(cik);
    map[f] = { cik, company: f.replace(/_.*|\..*/, ''), form: f.startsWith('00') ? '20-F' : '10-K', fiscalYear: 2025 };
  });
  for (const c of [
    '0000320193',
    '0001551152',
    '0001018724',
    '0000012927',
    '0001108524',
    '0001743759',
    '0001652044',
    '0000200406',
    '0001141391',
    '0001326801',
    '0000320187',
    '0001318605',
    '0000104169',
  ])
    REAL_CIKS.push(c);
  const summary = await ingestFiles(
    graph.executor,
    [sharedPath('corpus', 'ixbrl'), sharedPath('corpus', 'xbrl'), sharedPath('corpus', 'rpage'), sharedPath('corpus', 'text')],
    {
      analyzer,
      identityFor: (p) => map[basename(p)],
    },
  );
  // NVEC_2025.txt is cut at 15,000 characters and holds no Item 1C (corpus MANIFEST; its gold is empty): nothing to load, not an empty filing (issue #13)
  expect(summary.errors).toEqual([
    {
      file: sharedPath('corpus', 'text', 'NVEC_2025.txt'),
      reason: 'no cyd facts and no Item 1C/16K section: nothing to load (Item 1C section is empty or too short (1 characters))',
    },
  ]);
  expect(summary.files).toBe(12 + 1 + 2 + 25);
  const [row] = await graph.executor.read(
    q(
      'MATCH (c:Company {cik: "0001326801"})-[:FILED]->(f:Filing)-[:MENTIONS]->(p:Person) RETURN c.name AS company, f.fiscalYear AS fy, collect(p.name) AS people',
    ),
  );
  expect(row).toEqual({ company: 'Meta Platforms, Inc.', fy: 2024, people: expect.arrayContaining(['Guy Rosen']) });
}, 120_000);

test('the real 8-K Item 1.05 texts ingest as material-incident filings, keyed by accession', async () => {
  const rows = JSON.parse(readFileSync(sharedPath('corpus', '8k', 'incidents.json'), 'utf8')) as {
    accession_raw: string;
    cik: string;
    company: string;
    filing_date: string;
    incident_description: string | null;
  }[];
  const dir = tempDir('dg-8k-');
  const withText = rows.filter((r) => (r.incident_description ?? '').replace(/^\s*item\s*\d\.\d\d.*$/gim, '').trim().length >= 40);
  for (const r of withText) {
    REAL_CIKS.push(r.cik.padStart(10, '0'));
    writeFiling(dir, `${r.accession_raw}.txt`, r.incident_description!, {
      cik: r.cik,
      company: r.company,
      form: '8-K',
      fiscalYear: Number(r.filing_date.slice(0, 4)),
      accession: r.accession_raw,
    });
  }
  const summary = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(summary.errors).toEqual([]);
  expect(summary.filingsWritten).toBe(withText.length);
  const [count] = await graph.executor.read(
    q(
      'MATCH (f:Filing {form: "8-K"})-[:HAS_FACT]->(x:Fact {element: "cyd:MaterialCybersecurityIncidentNatureTextBlock"}) WHERE f.id IN $ids RETURN count(DISTINCT f) AS n',
      { ids: withText.map((r) => r.accession_raw) },
    ),
  );
  expect(count!.n).toBe(withText.length);
}, 120_000);
