import type { GraphConnection } from '../../src/graph/connect';
import { writeFilings } from '../../src/graph/filing-writer';
import { q } from '../../src/graph/query';
import type { FilingRows } from '../../src/graph/rows';
import { ingestFiles } from '../../src/ingest/ingest';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';
import { testAnalyzer } from '../helpers/nlp';

/**
 * Issue #13, 4: two ingests of the same files at the same time must leave the graph exactly as one ingest
 * does, with no duplicate node or edge (before the fix, 600 flag-only filings ingested twice at once left
 * about 1,100 duplicate HAS_FLAG edges). Everything goes through the real ingest code into the real Neo4j.
 */
const analyzer = testAnalyzer();
const COMPANIES = 60;
const YEARS = [2022, 2023, 2024, 2025];
const CIKS = Array.from({ length: COMPANIES }, (_, i) => `00009950${String(i).padStart(2, '0')}`);
const FLAGS = [
  'Cybersecurity Risk Management Third Party Engaged',
  'Cybersecurity Risk Management Processes Integrated',
  'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant',
];

let graph: GraphConnection;
beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, CIKS);
});
afterAll(async () => {
  await deleteCompanies(graph, CIKS);
  await graph.close();
});

/** 240 invented flag-only filings (and a few with governance text, so entities and relations are written too), generated here. */
function writeCorpus(): string {
  const dir = tempDir('dg-concurrency-');
  CIKS.forEach((cik, c) => {
    for (const [y, year] of YEARS.entries()) {
      const flags = Object.fromEntries(FLAGS.map((f, i) => [f, (c + y + i) % 2 === 0]));
      const texts =
        c % 20 === 0 && y === 0
          ? {
              'Cybersecurity Risk Board of Directors Oversight':
                'The Audit Committee of our Board of Directors oversees cybersecurity risk. Our Chief Information Security Officer reports to the Audit Committee quarterly.',
            }
          : undefined;
      writeFiling(dir, `c${c}-${year}.txt`, rpage({ period: `Dec. 31, ${year}`, flags, texts }), {
        cik,
        company: `Concurrent ${c} Inc.`,
        form: '10-K',
        fiscalYear: year,
      });
    }
  });
  return dir;
}

/** Every node and edge of the test's companies, as sorted lines (properties included), so two graphs compare as values. */
async function snapshot(): Promise<{ nodes: string[]; edges: string[] }> {
  const nodes = await graph.executor.read(
    q('MATCH (n) WHERE n.cik IN $ciks RETURN [l IN labels(n) | l] AS labels, coalesce(n.key, n.id) AS id ORDER BY id', { ciks: CIKS }),
  );
  const edges = await graph.executor.read(
    q(
      `MATCH (a)-[r]->(b) WHERE a.cik IN $ciks OR b.cik IN $ciks
       RETURN coalesce(a.key, a.id, a.element) AS a, type(r) AS type, properties(r) AS props, coalesce(b.key, b.id, b.element) AS b`,
      { ciks: CIKS },
    ),
  );
  return {
    nodes: nodes.map((n) => `${[...(n.labels as string[])].sort().join(':')} ${String(n.id)}`).sort(),
    edges: edges.map((e) => `${String(e.a)} -${String(e.type)} ${stableJson(e.props)}-> ${String(e.b)}`).sort(),
  };
}

const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v,
  );

const duplicates = (lines: string[]): string[] => lines.filter((l, i) => i > 0 && lines[i - 1] === l);

test('two ingests of the same files at once leave the graph exactly as one ingest does', async () => {
  const dir = writeCorpus();
  const single = await ingestFiles(graph.executor, [dir], { analyzer, batchSize: 16 });
  expect(single.errors).toEqual([]);
  expect(single.filingsWritten).toBe(COMPANIES * YEARS.length);
  const once = await snapshot();
  expect(duplicates(once.edges)).toEqual([]);
  expect(once.edges.filter((e) => e.includes('-HAS_FLAG ')).length).toBe(COMPANIES * YEARS.length * FLAGS.length);
  expect(once.edges.some((e) => e.includes('-REPORTS_TO '))).toBe(true);

  await deleteCompanies(graph, CIKS);
  // small batches in different orders: the two runs' transactions interleave filing by filing
  const [a, b] = await Promise.all([
    ingestFiles(graph.executor, [dir], { analyzer, batchSize: 16 }),
    ingestFiles(graph.executor, [dir], { analyzer, batchSize: 7 }),
  ]);
  expect([a.errors, b.errors]).toEqual([[], []]);
  // each filing was written by exactly one of the two runs; the other found it already there
  expect(a.filingsWritten + b.filingsWritten).toBe(COMPANIES * YEARS.length);
  expect(a.filingsWritten + a.filingsUnchanged).toBe(COMPANIES * YEARS.length);
  const twice = await snapshot();
  expect(duplicates(twice.edges)).toEqual([]);
  expect(duplicates(twice.nodes)).toEqual([]);
  expect(twice).toEqual(once);
});

test('concurrent writes of a changed filing replace it once: no stale or doubled edges', async () => {
  const dir = tempDir('dg-concurrency-changed-');
  const cik = CIKS[0]!;
  const path = writeFiling(dir, 'changed.txt', rpage({ flags: { [FLAGS[0]!]: true, [FLAGS[1]!]: false } }), {
    cik,
    company: 'Concurrent 0 Inc.',
    form: '10-K',
    fiscalYear: 2030,
  });
  expect((await ingestFiles(graph.executor, [path], { analyzer })).errors).toEqual([]);
  writeFiling(dir, 'changed.txt', rpage({ flags: { [FLAGS[0]!]: false, [FLAGS[2]!]: true } }), {
    cik,
    company: 'Concurrent 0 Inc.',
    form: '10-K',
    fiscalYear: 2030,
  });
  const runs = await Promise.all([1, 2, 3].map(() => ingestFiles(graph.executor, [path], { analyzer })));
  expect(runs.map((r) => r.errors)).toEqual([[], [], []]);
  expect(runs.reduce((n, r) => n + r.filingsWritten, 0)).toBe(1);
  const flags = await graph.executor.read(
    q(
      'MATCH (c:Company {cik: $cik})-[:FILED]->(f:Filing {fiscalYear: 2030})-[h:HAS_FLAG]->(fl:Flag) RETURN fl.label AS label, h.value AS value ORDER BY label',
      { cik },
    ),
  );
  expect(flags).toEqual([
    { label: expect.stringMatching(/Third Party Engaged/), value: false },
    { label: expect.stringMatching(/Materially Affected/), value: true },
  ]);
});

test('the same rows written by many writers at once: one writes, the others see it unchanged', async () => {
  const cik = CIKS[1]!;
  const rows: FilingRows = {
    company: { key: `company|${cik}`, cik, name: 'Concurrent 1 Inc.', ticker: null },
    filing: {
      id: `dg-concurrency-${cik}`,
      accession: null,
      form: '10-K',
      fiscalYear: 2031,
      periodEnd: '2031-12-31',
      sourceName: 'rows',
      sourceFormat: 'text',
      contentHash: 'h1',
      sourceHash: 's1',
      narrative: null,
    },
    facts: [
      {
        id: `dg-concurrency-${cik}#0`,
        element: 'cyd:CybersecurityRiskRoleOfManagementTextBlock',
        label: 'Role of management',
        ordinal: 0,
        text: 'Our CISO leads the program.',
      },
    ],
    flags: [{ element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', label: 'Third party engaged', value: true }],
    entities: [
      {
        key: `${cik}|Role|CISO`,
        type: 'Role',
        name: 'CISO',
        normName: 'ciso',
        aliases: [],
        display: 'CISO',
        names: ['CISO'],
        cik,
        props: { normalized: 'CISO' },
      },
    ],
    relations: {},
  };
  const outcomes = (await Promise.all(Array.from({ length: 8 }, () => writeFilings(graph.executor, [rows])))).flat();
  expect(outcomes.filter((o) => o.kind === 'written')).toHaveLength(1);
  const [counts] = await graph.executor.read(
    q(
      `MATCH (f:Filing {id: $id})
       RETURN COUNT { (f)-[:HAS_FACT]->() } AS facts, COUNT { (f)-[:HAS_FLAG]->() } AS flags, COUNT { (f)-[:MENTIONS]->() } AS mentions, COUNT { ()-[:FILED]->(f) } AS filed`,
      { id: rows.filing.id },
    ),
  );
  expect(counts).toEqual({ facts: 1, flags: 1, mentions: 1, filed: 1 });
});

test('two filings of one company written at once that name one person two ways give one Person node', async () => {
  // the writer locks the company before it reads the persons it knows, so the second writer sees the first's
  const rowsFor = (cik: string, year: number, name: string, norm: string): FilingRows => ({
    company: { key: `company|${cik}`, cik, name: `Concurrent ${cik} Inc.`, ticker: null },
    filing: {
      id: `dg-identity-race-${cik}-${year}`,
      accession: null,
      form: '10-K',
      fiscalYear: year,
      periodEnd: `${year}-12-31`,
      sourceName: 'rows',
      sourceFormat: 'text',
      contentHash: `h-${year}`,
      sourceHash: `s-${year}`,
      narrative: null,
    },
    facts: [],
    flags: [],
    entities: [{ key: `${cik}|Person|${norm}`, type: 'Person', name, normName: norm, aliases: [], display: name, names: [name], cik, props: {} }],
    relations: {},
  });
  const companies = CIKS.slice(2, 6);
  await Promise.all(
    companies.flatMap((cik) => [
      writeFilings(graph.executor, [rowsFor(cik, 2033, 'Jane Roe', 'jane roe')]),
      writeFilings(graph.executor, [rowsFor(cik, 2034, 'Ms. Roe', 'roe')]),
    ]),
  );
  const persons = await graph.executor.read(
    q('MATCH (p:Person) WHERE p.cik IN $ciks RETURN p.cik AS cik, p.name AS name, p.aliases AS aliases ORDER BY cik', { ciks: companies }),
  );
  expect(persons).toEqual(companies.map((cik) => ({ cik, name: 'Jane Roe', aliases: ['Ms. Roe'] })));
});
