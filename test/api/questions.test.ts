import { gql, useDemoApi } from '../helpers/api';
import { ingestFiles } from '../../src/ingest/ingest';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { testAnalyzer } from '../helpers/nlp';

/**
 * The questions no other tool answers (issue #11): oversight moves, disclosure conflicts and incidents,
 * asked over HTTP of the real server, over invented filings that produce an answer and ones that do not.
 */
const MOVED = '0000990401'; // Audit Committee (2023) → Risk Committee (2024)
const STAYED = '0000990402'; // Audit Committee both years: no move
const ONE_YEAR = '0000990403'; // a Risk Committee in 2024 only: nothing to compare
const demo = useDemoApi({ extraCiks: [MOVED, STAYED, ONE_YEAR] });

const OVERSIGHT = 'Cybersecurity Risk Board of Directors Oversight';

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(demo.api.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

beforeAll(async () => {
  const dir = tempDir('dg-questions-');
  const year = (cik: string, name: string, fy: number, texts: Record<string, string>, flags: Record<string, boolean> = {}) =>
    writeFiling(dir, `${cik}-${fy}.txt`, rpage({ period: `Dec. 31, ${fy}`, texts, flags }), { cik, company: name, form: '10-K', fiscalYear: fy });
  year(MOVED, 'Invented Moves Corp.', 2023, {
    [OVERSIGHT]:
      'The Audit Committee of our Board of Directors oversees cybersecurity risk. Our Chief Information Security Officer reports to the Audit Committee quarterly.',
  });
  year(MOVED, 'Invented Moves Corp.', 2024, { [OVERSIGHT]: 'The Risk Committee of our Board of Directors oversees cybersecurity risk.' });
  for (const fy of [2023, 2024])
    year(STAYED, 'Invented Steady Inc.', fy, { [OVERSIGHT]: 'The Audit Committee of our Board of Directors oversees cybersecurity risk.' });
  year(ONE_YEAR, 'Invented Newcomer Ltd.', 2024, { [OVERSIGHT]: 'The Risk Committee of our Board of Directors oversees cybersecurity risk.' });
  expect((await ingestFiles(demo.graph.executor, [dir], { analyzer: testAnalyzer() })).errors).toEqual([]);
});

const MOVES = `query($from: Int!, $to: Int!, $first: Int, $after: String) {
  oversightMoves(fromYear: $from, toYear: $to, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { company { cik name } fromYear toYear fromKinds toKinds
      fromBodies { body { name } committeeKind filing { fiscalYear } evidence { text element } }
      toBodies { body { name } committeeKind filing { fiscalYear } evidence { text } } } } } }`;

describe('oversightMoves', () => {
  test('a company whose oversight moved from the audit to the risk committee, with both years’ evidence', async () => {
    const all = (await ok(MOVES, { from: 2023, to: 2024, first: 100 })).oversightMoves;
    const ciks = all.edges.map((e: { node: { company: { cik: string } } }) => e.node.company.cik);
    expect(ciks).toContain(MOVED);
    expect(ciks).not.toContain(STAYED); // the same kind both years
    expect(ciks).not.toContain(ONE_YEAR); // no 2023 filing to compare with
    expect(ciks).toEqual([...ciks].sort());
    expect(all.totalCount).toBe(ciks.length);
    const move = all.edges.find((e: { node: { company: { cik: string } } }) => e.node.company.cik === MOVED).node;
    expect(move).toMatchObject({ company: { name: 'Invented Moves Corp.' }, fromYear: 2023, toYear: 2024, fromKinds: ['AUDIT'], toKinds: ['RISK'] });
    expect(move.fromBodies).toEqual([
      {
        body: { name: 'Audit Committee' },
        committeeKind: 'AUDIT',
        filing: { fiscalYear: 2023 },
        evidence: [
          {
            text: expect.stringContaining('The Audit Committee of our Board of Directors oversees cybersecurity risk'),
            element: expect.stringMatching(/^cyd:/),
          },
        ],
      },
    ]);
    expect(move.toBodies).toEqual([
      {
        body: { name: 'Risk Committee' },
        committeeKind: 'RISK',
        filing: { fiscalYear: 2024 },
        evidence: [{ text: expect.stringContaining('The Risk Committee') }],
      },
    ]);
  });

  test('no move between years nobody filed, and keyset pages that add up', async () => {
    expect((await ok(MOVES, { from: 2019, to: 2020 })).oversightMoves).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    const all = (await ok(MOVES, { from: 2023, to: 2024, first: 100 })).oversightMoves;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(MOVES, { from: 2023, to: 2024, first: 1, after })).oversightMoves;
      expect(page.totalCount).toBe(all.totalCount);
      seen.push(...page.edges.map((e: { node: { company: { cik: string } } }) => e.node.company.cik));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: { node: { company: { cik: string } } }) => e.node.company.cik));
    // a cursor of another pair of years is refused
    const res = await gql(demo.api.url, MOVES, { from: 2022, to: 2024, after: all.edges[0].cursor });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
