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
const INCIDENT = '0000990404'; // two 10-Ks, an 8-K Item 1.05 and its 8-K/A
const demo = useDemoApi({ extraCiks: [MOVED, STAYED, ONE_YEAR, INCIDENT] });

/** An invented 8-K: the cover's date of report, Item 1.05 under its own headings or as one text, the signature date. */
export function eightK(opts: { reportDate: string; signed: string; parts: Record<string, string> | string; form?: '8-K' | '8-K/A' }): string {
  const body =
    typeof opts.parts === 'string'
      ? opts.parts
      : Object.entries(opts.parts)
          .map(([h, t]) => `${h}\n${t}\n`)
          .join('\n');
  return [
    'UNITED STATES SECURITIES AND EXCHANGE COMMISSION',
    `FORM ${opts.form ?? '8-K'}`,
    'CURRENT REPORT',
    `Date of Report (Date of earliest event reported): ${opts.reportDate}`,
    '',
    'Item 1.05. Material Cybersecurity Incidents.',
    '',
    body,
    '',
    'Item 9.01 Financial Statements and Exhibits.',
    'None.',
    '',
    'SIGNATURES',
    'Pursuant to the requirements of the Securities Exchange Act of 1934, the registrant has duly caused this report to be signed.',
    `Date: ${opts.signed}`,
    '',
  ].join('\n');
}

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
  // the 8-K/A is written first: it is linked to its 8-K whichever order they are loaded in
  const harbor = { cik: INCIDENT, company: 'Invented Harbor Freight Lines Inc.' };
  writeFiling(
    dir,
    'harbor-8ka.txt',
    eightK({
      form: '8-K/A',
      reportDate: 'February 3, 2025',
      signed: 'March 12, 2025',
      parts:
        'This amendment updates the report filed on February 5, 2025. The Company has restored its dispatch systems and no longer expects a material impact on its financial condition.',
    }),
    { ...harbor, form: '8-K/A', accession: '0000990404-25-000012' },
  );
  year(INCIDENT, harbor.company, 2023, {
    [OVERSIGHT]:
      'The Audit Committee of our Board of Directors oversees cybersecurity risk. Our Chief Information Security Officer reports to the Audit Committee quarterly.',
  });
  // its FY2024 report was filed after the incident: the governance before it is FY2023's
  writeFiling(
    dir,
    `${INCIDENT}-2024.txt`,
    rpage({ period: 'Dec. 31, 2024', texts: { [OVERSIGHT]: 'The Risk Committee of our Board of Directors oversees cybersecurity risk.' } }),
    {
      ...harbor,
      form: '10-K',
      fiscalYear: 2024,
      filedOn: '2025-02-20',
    },
  );
  writeFiling(
    dir,
    'harbor-8k.txt',
    eightK({
      reportDate: 'February 3, 2025',
      signed: 'February 5, 2025',
      parts: {
        'Nature of the Incident': 'On February 1, 2025, the Company detected ransomware on servers that run its dispatch systems.',
        Scope: 'The ransomware encrypted dispatch and billing servers in two regions.',
        Timing: 'The Company contained the activity on February 2, 2025.',
        'Material Impact': 'Deliveries were delayed for several days, which is reasonably likely to affect results of operations for the first quarter.',
      },
    }),
    { ...harbor, form: '8-K', accession: '0000990404-25-000007' },
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

const INCIDENT_FIELDS = `id form accession filedOn reportDate date nature scope timing impact company { cik name } filing { form sourceFormat }
  amendments { form accession filedOn nature amendments { id } }
  governanceBefore { filing { fiscalYear form } overseers { name ... on Committee { committeeKind } }
    reportingLines { from { name } to { name } reportingKind frequency evidence { text } } }`;

describe('incidents', () => {
  test('an 8-K Item 1.05 is an incident: its parts, its amendment, and the governance of the last annual report filed before it', async () => {
    const page = (await ok(`query($cik: String) { incidents(filter: { cik: $cik }) { totalCount edges { node { ${INCIDENT_FIELDS} } } } }`, { cik: INCIDENT }))
      .incidents;
    expect(page.totalCount).toBe(1); // the amendment is listed under its incident, not on its own
    const incident = page.edges[0].node;
    expect(incident).toMatchObject({
      id: '0000990404-25-000007',
      form: 'FORM_8_K',
      filedOn: '2025-02-05',
      reportDate: '2025-02-03',
      date: '2025-02-05',
      nature: expect.stringContaining('detected ransomware'),
      scope: expect.stringContaining('dispatch and billing servers'),
      timing: expect.stringContaining('February 2, 2025'),
      impact: expect.stringContaining('reasonably likely to affect results of operations'),
      company: { cik: INCIDENT, name: 'Invented Harbor Freight Lines Inc.' },
      filing: { form: 'FORM_8_K', sourceFormat: 'TEXT_8K' },
    });
    expect(incident.amendments).toEqual([
      {
        form: 'FORM_8_K_A',
        accession: '0000990404-25-000012',
        filedOn: '2025-03-12',
        nature: expect.stringContaining('restored its dispatch systems'),
        amendments: [],
      },
    ]);
    expect(incident.governanceBefore.filing).toEqual({ fiscalYear: 2023, form: 'FORM_10_K' });
    expect(incident.governanceBefore.overseers).toEqual([{ name: 'Audit Committee', committeeKind: 'AUDIT' }]);
    expect(incident.governanceBefore.reportingLines).toEqual([
      {
        from: { name: 'Chief Information Security Officer' },
        to: { name: 'Audit Committee' },
        reportingKind: 'LINE',
        frequency: 'QUARTERLY',
        evidence: [{ text: expect.stringContaining('reports to the Audit Committee quarterly') }],
      },
    ]);
  });

  test('Company.incidents, date filters, no incident for a company without an 8-K, and keyset pages', async () => {
    const harbor = (await ok(`{ company(cik: "${INCIDENT}") { incidents { id amendments { id } } } }`)).company;
    expect(harbor.incidents).toEqual([{ id: '0000990404-25-000007', amendments: [{ id: '0000990404-25-000012' }] }]);
    expect((await ok(`{ company(cik: "${MOVED}") { incidents { id } } }`)).company.incidents).toEqual([]);
    const dated = (from: string, to: string) => ok(`{ incidents(filter: { cik: "${INCIDENT}", dateFrom: "${from}", dateTo: "${to}" }) { totalCount } }`);
    expect((await dated('2025-02-01', '2025-02-28')).incidents.totalCount).toBe(1);
    expect((await dated('2025-03-01', '2025-12-31')).incidents.totalCount).toBe(0);
    const bad = await gql(demo.api.url, '{ incidents(filter: { dateFrom: "5 Feb 2025" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const all = (await ok('{ incidents(first: 200) { totalCount edges { cursor node { date } } } }')).incidents;
    const dates = all.edges.map((e: { node: { date: string } }) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = (
        await ok('query($after: String) { incidents(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage endCursor } } }', { after })
      ).incidents;
      seen.push(...page.edges.map((e: { cursor: string }) => e.cursor));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.edges.map((e: { cursor: string }) => e.cursor));
    expect(all.totalCount).toBe(seen.length);
  });
});

test('the demo data answers each question (the README shows these answers)', async () => {
  const data = await ok(`{
    oversightMoves(fromYear: 2024, toYear: 2025) { edges { node { company { name } fromKinds toKinds } } }
    disclosureConflicts(filter: { cik: "9900004" }) { edges { node { rule finding } } }
    incidents(filter: { cik: "9900004" }) { edges { node { accession filedOn amendments { accession filedOn } governanceBefore { filing { fiscalYear } overseers { name } } } } } }`);
  expect(data.oversightMoves.edges).toContainEqual({
    node: { company: { name: 'Northwind Robotics Inc.' }, fromKinds: ['AUDIT'], toKinds: ['CYBERSECURITY'] },
  });
  expect(data.disclosureConflicts.edges.map((e: { node: { rule: string; finding: string } }) => `${e.node.rule} ${e.node.finding}`)).toEqual([
    'REPORTS_TO_BOARD FLAG_FALSE_BUT_STATED',
    'THIRD_PARTY_PROCESSES FLAG_TRUE_NOTHING_STATED',
  ]);
  expect(data.incidents.edges).toEqual([
    {
      node: {
        accession: '0009900004-25-000031',
        filedOn: '2025-06-12',
        amendments: [{ accession: '0009900004-25-000044', filedOn: '2025-07-24' }],
        governanceBefore: { filing: { fiscalYear: 2024 }, overseers: [{ name: 'Audit Committee' }] },
      },
    },
  ]);
});
