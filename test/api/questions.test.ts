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
const ENGAGED = 'Cybersecurity Risk Management Third Party Engaged';
const REPORT_TO_BOARD = 'Cybersecurity Risk Management Positions or Committees Responsible Report to Board';

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(demo.api.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

beforeAll(async () => {
  const dir = tempDir('dg-questions-');
  const year = (cik: string, name: string, fy: number, texts: Record<string, string>, flags: Record<string, boolean> = {}) =>
    writeFiling(dir, `${cik}-${fy}.txt`, rpage({ period: `Dec. 31, ${fy}`, texts, flags }), { cik, company: name, form: '10-K', fiscalYear: fy });
  // 2023: third parties flagged engaged, none named; 2024: flagged not engaged, consultants named, and a
  // reporting line to the board flagged with none stated
  year(MOVED, 'Invented Moves Corp.', 2023, { [OVERSIGHT]: 'The Audit Committee of our Board of Directors oversees cybersecurity risk.' }, { [ENGAGED]: true });
  year(
    MOVED,
    'Invented Moves Corp.',
    2024,
    { [OVERSIGHT]: 'The Risk Committee of our Board of Directors oversees cybersecurity risk. We engage outside consultants to assess our program.' },
    { [ENGAGED]: false, [REPORT_TO_BOARD]: true },
  );
  for (const fy of [2023, 2024])
    year(STAYED, 'Invented Steady Inc.', fy, { [OVERSIGHT]: 'The Audit Committee of our Board of Directors oversees cybersecurity risk.' });
  // flags and text agree: no conflict
  year(
    ONE_YEAR,
    'Invented Newcomer Ltd.',
    2024,
    {
      [OVERSIGHT]:
        'The Risk Committee of our Board of Directors oversees cybersecurity risk. Our Chief Information Security Officer reports to the Risk Committee quarterly. We engage outside consultants to assess our program.',
    },
    { [ENGAGED]: true, [REPORT_TO_BOARD]: true },
  );
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

const CONFLICTS = `query($filter: DisclosureConflictFilter, $first: Int, $after: String) {
  disclosureConflicts(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { filing { fiscalYear company { cik } } rule finding explanation flag { element value }
      relations { type fromType fromName toType toName evidence { text } } } } } }`;
type Conflict = { filing: { fiscalYear: number; company: { cik: string } }; rule: string; finding: string; relations: unknown[] };

describe('disclosureConflicts', () => {
  test('a flag true with nothing stated, and a flag false with the engagement stated, with its evidence', async () => {
    const moved = (await ok(CONFLICTS, { filter: { cik: MOVED } })).disclosureConflicts;
    const summary = moved.edges.map(({ node: c }: { node: Conflict }) => `${c.filing.fiscalYear} ${c.rule} ${c.finding}`);
    expect(summary).toEqual([
      '2023 THIRD_PARTY_ENGAGED FLAG_TRUE_NOTHING_STATED',
      '2024 REPORTS_TO_BOARD FLAG_TRUE_NOTHING_STATED',
      '2024 THIRD_PARTY_ENGAGED FLAG_FALSE_BUT_STATED',
    ]);
    expect(moved.totalCount).toBe(3);
    const engaged2023 = moved.edges[0].node;
    expect(engaged2023).toMatchObject({ flag: { element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', value: true }, relations: [] });
    expect(engaged2023.explanation).toMatch(/flagged true .* but the text states no /);
    const stated = moved.edges.find(({ node: c }: { node: Conflict }) => c.finding === 'FLAG_FALSE_BUT_STATED').node;
    expect(stated.relations).toEqual([
      {
        type: 'ENGAGES',
        fromType: 'COMPANY',
        fromName: 'Invented Moves Corp.',
        toType: 'THIRD_PARTY',
        toName: 'outside consultants',
        evidence: [{ text: expect.stringContaining('We engage outside consultants') }],
      },
    ]);
    // one rule only; a company whose flags and text agree has none
    const rule = (await ok(CONFLICTS, { filter: { cik: MOVED, rule: 'REPORTS_TO_BOARD' } })).disclosureConflicts;
    expect(rule.edges.map(({ node: c }: { node: Conflict }) => c.filing.fiscalYear)).toEqual([2024]);
    expect((await ok(CONFLICTS, { filter: { cik: ONE_YEAR } })).disclosureConflicts).toMatchObject({ totalCount: 0, edges: [] });
    expect((await ok(CONFLICTS, { filter: { cik: MOVED, rule: 'OTHER' } })).disclosureConflicts.totalCount).toBe(0);
  });

  test('Filing.conflicts answers the same per filing, and keyset pages add up to the whole list', async () => {
    const filings = (await ok(`{ company(cik: "${MOVED}") { filings { fiscalYear conflicts { rule finding } } } }`)).company.filings;
    expect(filings).toEqual([
      {
        fiscalYear: 2024,
        conflicts: [
          { rule: 'REPORTS_TO_BOARD', finding: 'FLAG_TRUE_NOTHING_STATED' },
          { rule: 'THIRD_PARTY_ENGAGED', finding: 'FLAG_FALSE_BUT_STATED' },
        ],
      },
      { fiscalYear: 2023, conflicts: [{ rule: 'THIRD_PARTY_ENGAGED', finding: 'FLAG_TRUE_NOTHING_STATED' }] },
    ]);
    const none = (await ok(`{ company(cik: "${ONE_YEAR}") { filings { conflicts { rule } } } }`)).company.filings;
    expect(none).toEqual([{ conflicts: [] }]);
    const all = (await ok(CONFLICTS, { first: 200 })).disclosureConflicts;
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (await ok(CONFLICTS, { first: 2, after })).disclosureConflicts;
      seen.push(...page.edges.map((e: { cursor: string }) => e.cursor));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: { cursor: string }) => e.cursor));
    expect(all.totalCount).toBe(seen.length);
  });
});
