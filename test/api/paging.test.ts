import { ingestFiles } from '../../src/ingest/ingest';
import { gql, useDemoApi } from '../helpers/api';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { testAnalyzer } from '../helpers/nlp';

/**
 * Issue #11, keyset cursors: a BI tool pulls a connection page by page while filings are ingested
 * through the real ingest code. No row may come twice, and every row that existed when the pull began
 * must come. The filings ingested mid-pull sort both before the pull's position (an offset cursor would
 * then return rows twice) and after it.
 */
const BEFORE = ['0000990710', '0000990720', '0000990730'];
const DURING = { first: '0000990701', last: '0099990701' };
const demo = useDemoApi({ extraCiks: [...BEFORE, DURING.first, DURING.last] });
const analyzer = testAnalyzer();

const filing = (committee: string) =>
  rpage({
    flags: { 'Cybersecurity Risk Management Third Party Engaged': true },
    texts: {
      'Cybersecurity Risk Board of Directors Oversight': `The ${committee} of our Board of Directors oversees cybersecurity risk. Our Chief Information Security Officer reports to the ${committee} quarterly.`,
      'Cybersecurity Risk Role of Management': 'Our Chief Information Security Officer, Alex Marlow, reports to our Chief Executive Officer.',
    },
  });

async function ingest(companies: { cik: string; name: string; years: number[] }[]): Promise<void> {
  const dir = tempDir();
  for (const c of companies) {
    for (const year of c.years)
      writeFiling(dir, `${c.cik}-${year}.txt`, filing(year % 2 ? 'Audit Committee' : 'Risk Committee'), {
        cik: c.cik,
        company: c.name,
        form: '10-K',
        fiscalYear: year,
      });
  }
  const summary = await ingestFiles(demo.graph.executor, [dir], { analyzer });
  expect(summary.errors).toEqual([]);
  expect(summary.filingsWritten).toBeGreaterThan(0);
}

beforeAll(async () => {
  await ingest(BEFORE.map((cik, i) => ({ cik, name: `Keyset Before ${i} Corp`, years: [2021, 2022, 2023, 2024] })));
});

interface Edge {
  cursor: string;
  node: unknown;
}
type Connection = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Edge[] };

async function page(query: string, field: string, after: string | null, first: number): Promise<Connection> {
  const res = await gql(demo.api.url, query, { after, first });
  expect(res.errors).toBeUndefined();
  return res.data[field];
}

/** Every row of a connection, one big page at a time (the state of the graph as it is now). */
async function everything(query: string, field: string): Promise<Edge[]> {
  const rows: Edge[] = [];
  for (let after: string | null = null; ;) {
    const p = await page(query, field, after, 500);
    rows.push(...p.edges);
    if (!p.pageInfo.hasNextPage) return rows;
    after = p.pageInfo.endCursor;
  }
}

/** A pull in small pages, with `during` run once after the second page. */
async function pullWith(query: string, field: string, during: () => Promise<void>): Promise<{ rows: Edge[]; positionWhenIngested: string }> {
  const rows: Edge[] = [];
  let positionWhenIngested = '';
  for (let after: string | null = null, n = 0; ; n++) {
    const p = await page(query, field, after, 7);
    rows.push(...p.edges);
    if (n === 1) {
      positionWhenIngested = p.pageInfo.endCursor!;
      await during();
    }
    if (!p.pageInfo.hasNextPage) return { rows, positionWhenIngested };
    after = p.pageInfo.endCursor;
    expect(n).toBeLessThan(1_000);
  }
}

async function checkPullDuringIngest(query: string, field: string, years: { first: number; last: number }): Promise<void> {
  const before = await everything(query, field);
  expect(before.length).toBeGreaterThan(14); // at least three pages of 7
  const { rows, positionWhenIngested } = await pullWith(query, field, () =>
    ingest([
      { cik: DURING.first, name: 'Keyset During First Corp', years: [years.first] },
      { cik: DURING.last, name: 'Keyset During Last Corp', years: [years.last] },
    ]),
  );
  const after = await everything(query, field);
  // the ingest did put rows ahead of the pull's position: an offset would have shifted and repeated rows
  const at = (list: Edge[]) => list.findIndex((e) => e.cursor === positionWhenIngested);
  expect(at(after)).toBeGreaterThan(at(before));
  // no row twice
  const cursors = rows.map((e) => e.cursor);
  expect(new Set(cursors).size).toBe(rows.length);
  // every row that existed when the pull began, with the same content
  const pulled = new Map(rows.map((e) => [e.cursor, JSON.stringify(e.node)]));
  for (const e of before) expect([e.cursor, pulled.get(e.cursor)]).toEqual([e.cursor, JSON.stringify(e.node)]);
  // and what the pull returned is in the graph's order: the final listing, minus rows ingested behind the pull
  const order = new Map(after.map((e, i) => [e.cursor, i]));
  const positions = cursors.map((c) => order.get(c)!);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

test('relationships: a pull while filings are ingested returns no row twice and every row that existed', async () => {
  const query =
    'query($after: String, $first: Int) { relationships(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { cik filingId fiscalYear type fromType fromName toType toName evidenceText } } } }';
  await checkPullDuringIngest(query, 'relationships', { first: 2024, last: 2024 });
});

test('filings: a pull while filings are ingested returns no row twice and every row that existed', async () => {
  const query =
    'query($after: String, $first: Int) { filings(orderBy: { field: FISCAL_YEAR, direction: DESC }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id fiscalYear company { cik } } } } }';
  await checkPullDuringIngest(query, 'filings', { first: 2026, last: 2019 });
});

test('each ordering pages in its own order, and totalCount counts every row under the filter', async () => {
  for (const [field, direction] of [
    ['COMPANY_NAME', 'ASC'],
    ['COMPANY_NAME', 'DESC'],
    ['FORM', 'ASC'],
    ['FISCAL_YEAR', 'ASC'],
  ] as const) {
    const query = `query($after: String, $first: Int) { filings(orderBy: { field: ${field}, direction: ${direction} }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id form fiscalYear company { name } } } } }`;
    const all = await everything(query, 'filings');
    const paged: Edge[] = [];
    let total: number | undefined;
    for (let after: string | null = null; ;) {
      const p = await page(query, 'filings', after, 3);
      total = p.totalCount;
      paged.push(...p.edges);
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(paged).toEqual(all);
    expect(total).toBe(all.length);
    const value = (e: Edge) => {
      const n = e.node as { form: string | null; fiscalYear: number | null; company: { name: string | null } };
      return field === 'COMPANY_NAME' ? (n.company.name ?? '') : field === 'FORM' ? (n.form ?? '') : (n.fiscalYear ?? -1);
    };
    const values = all.map(value);
    const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(values).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
  }
});

test('an empty page, and the page after the last row', async () => {
  const query =
    'query($after: String, $first: Int) { relationships(filter: { cik: "9900002" }, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor } } }';
  const none = await page(query, 'relationships', null, 0);
  expect(none.edges).toEqual([]);
  expect(none.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  const all = await everything(query, 'relationships');
  const last = await page(query, 'relationships', all.at(-1)!.cursor, 10);
  expect(last).toEqual({ totalCount: all.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
});

test('a page without totalCount, or totalCount without a page, answers the same as both', async () => {
  const both =
    'query($after: String, $first: Int) { relationships(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { cik type fromName toName } } } }';
  const rowsOnly =
    'query($after: String, $first: Int) { relationships(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { cik type fromName toName } } } }';
  const all = await everything(both, 'relationships');
  const pulled: Edge[] = [];
  for (let after: string | null = null; ;) {
    const p = await page(rowsOnly, 'relationships', after, 37);
    pulled.push(...p.edges);
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  expect(pulled).toEqual(all);
  const totals = await gql(demo.api.url, '{ relationships(first: 5) { totalCount } filings(first: 5) { totalCount } }');
  expect(totals.errors).toBeUndefined();
  expect(totals.data.relationships.totalCount).toBe(all.length);
  expect(totals.data.filings.totalCount).toBe(
    (
      await everything(
        'query($after: String, $first: Int) { filings(first: $first, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } }',
        'filings',
      )
    ).length,
  );
});
