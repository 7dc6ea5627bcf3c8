import { buildASTSchema, parse, printSchema } from 'graphql';
import { Executor } from '../../src/graph/executor';
import { createRepositories } from '../../src/graph/repositories';
import { createApolloServer } from '../../src/api/server';
import { startHttp } from '../../src/api/http-server';
import { createLogger } from '../../src/config/logger';
import { loadTypeDefs } from '../../src/api/schema-files';
import { gql, useDemoApi } from '../helpers/api';
import { ingestFiles } from '../../src/ingest/ingest';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { testAnalyzer } from '../helpers/nlp';
import { createIngestService } from '../../src/ingest/ingest-service';

const API_KEY = 'test-key-0123456789abcdef';
const CHANGES_CIK = '0000990302';
const demo = useDemoApi({ apiKey: API_KEY, extraCiks: ['0000990301', CHANGES_CIK] });

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(demo.api.url, query, variables);
  expect(res.errors).toBeUndefined();
  return res.data;
};

test('which committee chairs are also directors', async () => {
  const data = await ok('{ chairsWhoAreDirectors { person { name } committee { name committeeKind } company { name } } }');
  expect(data.chairsWhoAreDirectors).toEqual(
    expect.arrayContaining([
      { person: { name: 'Priya Raman' }, committee: { name: 'Audit Committee', committeeKind: 'AUDIT' }, company: { name: 'Northwind Robotics Inc.' } },
      {
        person: { name: 'Tomas Lindqvist' },
        committee: { name: 'Technology and Cybersecurity Committee', committeeKind: 'CYBERSECURITY' },
        company: { name: 'Northwind Robotics Inc.' },
      },
    ]),
  );
});

const GRAPH = `{ fiscalYear company { name } start { name } counterparts { name } superiors { node { name } distance }
  edges { from { name } to { name } reportingKind frequency filing { fiscalYear } evidence { text element } } }`;
const edgesOf = (g: { edges: { from: { name: string }; to: { name: string }; reportingKind: string | null; frequency: string | null }[] }) =>
  g.edges.map((e) => `${e.from.name} -${e.reportingKind}/${e.frequency}-> ${e.to.name}`).sort();

test('the reporting graph above an officer: every superior, both kinds, per fiscal year', async () => {
  // Cedar Ridge's CIO reports to the CEO (a line) and updates the Risk Committee (informs): both superiors
  const cedar = (await ok(`{ reportingChain(cik: "9900003", from: "CIO") ${GRAPH} }`)).reportingChain;
  expect(cedar).toHaveLength(1);
  expect(cedar[0]).toMatchObject({ fiscalYear: 2024, company: { name: 'Cedar Ridge Bancorp' }, start: { name: 'Chief Information Officer' } });
  expect(cedar[0].superiors).toEqual(
    expect.arrayContaining([
      { node: { name: 'Chief Executive Officer' }, distance: 1 },
      { node: { name: 'Risk Committee' }, distance: 1 },
    ]),
  );
  expect(edgesOf(cedar[0])).toEqual(
    expect.arrayContaining(['Chief Information Officer -INFORMS/REGULARLY-> Risk Committee', 'Chief Information Officer -LINE/null-> Chief Executive Officer']),
  );
  for (const e of cedar[0].edges) {
    expect(e.filing).toEqual({ fiscalYear: 2024 });
    expect(e.evidence.length).toBeGreaterThan(0);
    expect(e.evidence[0].text).toMatch(/Chief Information Officer/);
  }
  // Northwind's CISO, newest year first; the holder's own line (Mr. Okafor reports to …) is the officer's too, and years do not mix
  const northwind = (await ok(`{ reportingChain(cik: "9900001", from: "CISO") ${GRAPH} }`)).reportingChain;
  expect(northwind.map((g: { fiscalYear: number }) => g.fiscalYear)).toEqual([2025, 2024]);
  const [y2025, y2024] = northwind;
  expect(y2025.counterparts).toEqual([{ name: 'Daniel Okafor' }]);
  const names = (g: { superiors: { node: { name: string } }[] }) => g.superiors.map((s) => s.node.name).sort();
  expect(names(y2025)).toEqual(['Board of Directors', 'Chief Executive Officer', 'Technology and Cybersecurity Committee']);
  expect(names(y2024)).toEqual(['Audit Committee', 'Board of Directors', 'Chief Technology Officer']);
  expect(edgesOf(y2025)).toContain('Daniel Okafor -LINE/null-> Chief Executive Officer');
  expect(edgesOf(y2025)).toContain('Chief Information Security Officer -LINE/QUARTERLY-> Technology and Cybersecurity Committee');
  for (const e of y2025.edges) expect(e.filing).toEqual({ fiscalYear: 2025 });
  // one year only, by name or alias
  const one = (
    await ok(`{ reportingChain(cik: "9900001", from: "chief information security officer", fiscalYear: 2024) { fiscalYear superiors { node { name } } } }`)
  ).reportingChain;
  expect(one.map((g: { fiscalYear: number }) => g.fiscalYear)).toEqual([2024]);
});

test('the reporting graph is bounded by maxDepth and reaches past the first level', async () => {
  const q = (depth: number) =>
    `{ reportingChain(cik: "9900001", from: "information security team", fiscalYear: 2025, maxDepth: ${depth}) { superiors { node { name } distance } edges { from { name } to { name } } } }`;
  const near = (await ok(q(1))).reportingChain[0];
  expect(near.superiors.map((s: { node: { name: string }; distance: number }) => `${s.node.name}@${s.distance}`).sort()).toEqual([
    'Chief Information Security Officer@1',
    'Daniel Okafor@1',
  ]);
  expect(near.edges.every((e: { from: { name: string } }) => e.from.name === 'information security team')).toBe(true);
  const far = (await ok(q(3))).reportingChain[0];
  expect(far.superiors).toEqual(
    expect.arrayContaining([
      { node: { name: 'Technology and Cybersecurity Committee' }, distance: 2 },
      { node: { name: 'Chief Executive Officer' }, distance: 2 },
    ]),
  );
  const bad = await gql(demo.api.url, '{ reportingChain(cik: "9900001", from: "CISO", maxDepth: 11) { fiscalYear } }');
  expect(bad.errors![0]).toMatchObject({ message: 'maxDepth must be between 1 and 10', extensions: { code: 'BAD_USER_INPUT' } });
  expect((await ok('{ reportingChain(cik: "9900001", from: "nobody at all") { fiscalYear } }')).reportingChain).toEqual([]);
});

test('where oversight sits: companies by oversight body kind', async () => {
  const data = await ok('{ oversight(committeeKind: FULL_BOARD) { company { name } fiscalYear body { name committeeLevel } } }');
  expect(data.oversight.map((o: { company: { name: string } }) => o.company.name)).toEqual(
    expect.arrayContaining(['Northwind Robotics Inc.', 'Bluefin Logistics Ltd.']),
  );
  const risk = await ok('{ oversight(committeeKind: RISK) { company { name } body { name } } }');
  expect(risk.oversight).toEqual([{ company: { name: 'Cedar Ridge Bancorp' }, body: { name: 'Risk Committee' } }]);
});

test('companies naming a CISO, and to whom the officer reports', async () => {
  const data = await ok('{ securityOfficers(cik: "9900001") { company { cik } officer { name roleCode } superiors { name } } }');
  expect(data.securityOfficers).toHaveLength(1);
  expect(data.securityOfficers[0].officer).toEqual({ name: 'Chief Information Security Officer', roleCode: 'CISO' });
  expect(data.securityOfficers[0].superiors.map((e: { name: string }) => e.name).sort()).toEqual([
    'Audit Committee',
    'Board of Directors',
    'Technology and Cybersecurity Committee',
  ]);
});

test('an analyst answer carries the entity properties named in fragments and aliases, nested or not', async () => {
  const data = await ok(`
    query { securityOfficers(cik: "9900001") { officer { ...Officer } boss: superiors { ... on Committee { committeeLevel committeeKind } } } }
    fragment Officer on Role { name roleCategory code: roleCode }`);
  expect(data.securityOfficers[0].officer).toEqual({ name: 'Chief Information Security Officer', roleCategory: 'SECURITY', code: 'CISO' });
  expect(data.securityOfficers[0].boss).toContainEqual({ committeeLevel: 'BOARD_COMMITTEE', committeeKind: 'AUDIT' });
  expect(data.securityOfficers[0].boss).toContainEqual({ committeeLevel: 'BOARD', committeeKind: 'FULL_BOARD' });
});

test('companies engaging third parties, and their vendor processes', async () => {
  const data = await ok(
    '{ thirdPartyEngagements { company { name } thirdParties { name thirdPartyCategory } vendorProcesses { name targets { node { name } } } } }',
  );
  const nw = data.thirdPartyEngagements.find((e: { company: { name: string } }) => e.company.name === 'Northwind Robotics Inc.');
  expect(nw.thirdParties).toContainEqual({ name: 'independent security consulting firm', thirdPartyCategory: 'CONSULTANT' });
  expect(nw.vendorProcesses.length).toBeGreaterThan(0);
  expect(nw.vendorProcesses.flatMap((v: { targets: { node: { name: string } }[] }) => v.targets.map((t) => t.node.name))).toContain('suppliers');
  const cedar = data.thirdPartyEngagements.find((e: { company: { name: string } }) => e.company.name === 'Cedar Ridge Bancorp');
  expect(cedar).toBeUndefined(); // "may engage" is not an engagement
});

test('flag rates by year and by form', async () => {
  const element = 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag';
  const byYear = await ok('query($e: String) { flagRates(groupBy: YEAR, element: $e) { group trueCount total rate } }', { e: element });
  expect(byYear.flagRates).toEqual([
    { group: '2024', trueCount: 2, total: 3, rate: 2 / 3 },
    { group: '2025', trueCount: 1, total: 1, rate: 1 },
  ]);
  const byForm = await ok('query($e: String) { flagRates(groupBy: FORM, element: $e) { group total } }', { e: element });
  expect(byForm.flagRates).toEqual([
    { group: '10-K', total: 3 },
    { group: '20-F', total: 1 },
  ]);
});

test('what changed between two fiscal years', async () => {
  const data = await ok(
    '{ changes(cik: "9900001", fromYear: 2024, toYear: 2025) { addedPeople removedPeople addedCommittees removedCommittees addedReportingLines removedReportingLines changedFlags { element } flagsStatedInOneYear { element } } }',
  );
  expect(data.changes).toMatchObject({
    addedPeople: ['Tomas Lindqvist'],
    removedPeople: ['Priya Raman'],
    addedCommittees: ['Technology and Cybersecurity Committee'],
    removedCommittees: ['Audit Committee'],
    changedFlags: [],
    flagsStatedInOneYear: [],
  });
  expect(data.changes.addedReportingLines).toContain('Daniel Okafor → Chief Executive Officer');
  expect(data.changes.removedReportingLines).toContain('Daniel Okafor → Chief Technology Officer');
});

test('changes compare only what both years state: a flag one year does not carry is not a change', async () => {
  const dir = tempDir();
  const engaged = 'Cybersecurity Risk Management Third Party Engaged';
  const integrated = 'Cybersecurity Risk Management Processes Integrated';
  const affected = 'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant';
  writeFiling(dir, 'y2023.txt', rpage({ period: 'Dec. 31, 2023', flags: { [engaged]: true, [integrated]: true, [affected]: false } }), {
    cik: CHANGES_CIK,
    company: 'Stated Twice Inc',
    form: '10-K',
    fiscalYear: 2023,
  });
  writeFiling(dir, 'y2024.txt', rpage({ flags: { [engaged]: false, [affected]: false } }), {
    cik: CHANGES_CIK,
    company: 'Stated Twice Inc',
    form: '10-K',
    fiscalYear: 2024,
  });
  expect((await ingestFiles(demo.graph.executor, [dir], { analyzer: testAnalyzer() })).errors).toEqual([]);
  const q =
    'query($from: Int!, $to: Int!) { changes(cik: "990302", fromYear: $from, toYear: $to) { fromYear toYear changedFlags { element label from to } flagsStatedInOneYear { element fiscalYear value } } }';
  expect((await ok(q, { from: 2023, to: 2024 })).changes).toEqual({
    fromYear: 2023,
    toYear: 2024,
    changedFlags: [{ element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', label: engaged, from: true, to: false }],
    flagsStatedInOneYear: [{ element: 'cyd:CybersecurityRiskManagementProcessesIntegratedFlag', fiscalYear: 2023, value: true }],
  });
  // the other way round: still not a change, and said of the year that states it
  expect((await ok(q, { from: 2024, to: 2023 })).changes.flagsStatedInOneYear).toEqual([
    { element: 'cyd:CybersecurityRiskManagementProcessesIntegratedFlag', fiscalYear: 2023, value: true },
  ]);
  // a year without a filing is nothing to compare with
  expect((await ok(q, { from: 2023, to: 2030 })).changes).toBeNull();
});

test('people in more than one company: flagged, never merged', async () => {
  const data = await ok('{ peopleInSeveralCompanies { name people { id company { name } } } }');
  const priya = data.peopleInSeveralCompanies.find((m: { name: string }) => m.name === 'Priya Raman');
  expect(priya.people.map((p: { company: { name: string } }) => p.company.name).sort()).toEqual(['Cedar Ridge Bancorp', 'Northwind Robotics Inc.']);
  expect(new Set(priya.people.map((p: { id: string }) => p.id)).size).toBe(2);
  const nav = await ok('query($id: ID!) { entity(id: $id) { ... on Person { possibleMatches { company { cik } } } } }', { id: priya.people[0].id });
  expect(nav.entity.possibleMatches).toHaveLength(1);
});

test('navigation both ways with provenance on edges', async () => {
  const data = await ok(
    `{ company(cik: "9900001") { committees { name committeeLevel chairs { node { name } filing { fiscalYear } evidence { text element start end } } subordinates { node { name } reportingKind frequency } } securityOfficers { name holders { node { name } } } } }`,
  );
  const audit = data.company.committees.find((c: { name: string }) => c.name === 'Audit Committee');
  expect(audit.committeeLevel).toBe('BOARD_COMMITTEE');
  expect(audit.chairs).toEqual([
    {
      node: { name: 'Priya Raman' },
      filing: { fiscalYear: 2024 },
      evidence: [
        expect.objectContaining({
          text: 'The Audit Committee is chaired by Ms. Priya Raman, an independent director.',
          element: 'cyd:CybersecurityRiskBoardOfDirectorsOversightTextBlock',
        }),
      ],
    },
  ]);
  expect(audit.subordinates).toContainEqual({ node: { name: 'Chief Information Security Officer' }, reportingKind: 'LINE', frequency: 'QUARTERLY' });
  expect(audit.subordinates).toHaveLength(1);
  expect(data.company.securityOfficers[0].holders.map((h: { node: { name: string } }) => h.node.name)).toContain('Daniel Okafor');
});

test('filings: filter, sort, Relay cursor pagination with totalCount', async () => {
  const q =
    'query($after: String) { filings(filter: { fiscalYearFrom: 2024, fiscalYearTo: 2025, cik: null }, orderBy: { field: COMPANY_NAME, direction: ASC }, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { company { name } fiscalYear } } } }';
  const p1 = (await ok(q)).filings;
  expect(p1.totalCount).toBeGreaterThanOrEqual(4);
  expect(p1.edges).toHaveLength(2);
  expect(p1.pageInfo.hasNextPage).toBe(true);
  const p2 = (await ok(q, { after: p1.pageInfo.endCursor })).filings;
  const names = [...p1.edges, ...p2.edges].map((e: { node: { company: { name: string } } }) => e.node.company.name);
  expect(names).toEqual([...names].sort());
  expect(new Set(names).size).toBeGreaterThanOrEqual(2);
});

test('filings filtered by company name and by flag values, totals counted under the same filter', async () => {
  const engaged = 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag';
  const q = 'query($f: FilingFilter) { filings(filter: $f, first: 50) { totalCount edges { node { company { cik } fiscalYear flags { element value } } } } }';
  const northwind = (await ok(q, { f: { company: 'NORTHWIND' } })).filings;
  expect(northwind.edges.map((e: any) => [e.node.company.cik, e.node.fiscalYear])).toEqual([
    ['0009900001', 2025],
    ['0009900001', 2024],
  ]);
  expect(northwind.totalCount).toBe(2);
  const notEngaged = (await ok(q, { f: { flags: [{ element: engaged, value: false }] } })).filings;
  expect(notEngaged.edges.map((e: any) => e.node.company.cik)).toContain('0009900003');
  expect(notEngaged.edges.map((e: any) => e.node.company.cik)).not.toContain('0009900001');
  expect(notEngaged.totalCount).toBe(notEngaged.edges.length);
  for (const e of notEngaged.edges) expect(e.node.flags).toContainEqual({ element: engaged, value: false });
  // conditions combine: engaged AND Cedar Ridge is empty, engaged AND Northwind is not
  expect((await ok(q, { f: { company: 'cedar ridge', flags: [{ element: engaged, value: true }] } })).filings.totalCount).toBe(0);
  expect((await ok(q, { f: { company: 'northwind', flags: [{ element: engaged, value: true }] } })).filings.totalCount).toBe(2);
});

test('relationship rows filtered by committee kind, role and company name; company lists by kind and role', async () => {
  const q =
    'query($f: RelationshipFilter) { relationships(filter: $f, first: 200) { totalCount edges { node { cik type fromType fromName toType toName } } } }';
  const audit = (await ok(q, { f: { cik: '9900001', committeeKind: 'AUDIT' } })).relationships;
  expect(audit.totalCount).toBeGreaterThan(0);
  for (const { node } of audit.edges) expect([node.fromName, node.toName]).toContain('Audit Committee');
  const ciso = (await ok(q, { f: { company: 'northwind', roleCode: 'CISO' } })).relationships;
  expect(ciso.totalCount).toBeGreaterThan(0);
  for (const { node } of ciso.edges) expect([node.fromName, node.toName]).toContain('Chief Information Security Officer');
  expect(ciso.edges.map((e: any) => e.node.type)).toContain('REPORTS_TO');
  const all = (await ok(q, { f: { cik: '9900001' } })).relationships;
  expect(audit.totalCount).toBeLessThan(all.totalCount);
  const company = (
    await ok(
      '{ company(cik: "9900001") { committees(committeeKind: AUDIT) { name committeeKind } all: committees { committeeKind } roles(roleCode: CISO) { name } } }',
    )
  ).company;
  expect(company.committees).toEqual([{ name: 'Audit Committee', committeeKind: 'AUDIT' }]);
  expect(company.all.length).toBeGreaterThan(1);
  expect(company.roles).toEqual([{ name: 'Chief Information Security Officer' }]);
});

test('flat relationship rows for BI connectors, paged to the end', async () => {
  const q =
    'query($after: String) { relationships(filter: { cik: "9900001" }, first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { cik fiscalYear form type fromType fromName toType toName evidenceText element } } } }';
  const rows: unknown[] = [];
  let after: string | null = null;
  let total = 0;
  for (let i = 0; i < 20; i++) {
    const page: any = (await ok(q, { after })).relationships;
    total = page.totalCount;
    rows.push(...page.edges.map((e: { node: unknown }) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(rows).toHaveLength(total);
  expect(new Set(rows.map((r) => JSON.stringify(r))).size).toBe(total); // no row twice across pages
  expect(total).toBeGreaterThan(10);
  expect(rows).toContainEqual(expect.objectContaining({ type: 'ENGAGES', fromType: 'COMPANY' })); // the company's own edges are rows too
  expect(rows).toContainEqual(
    expect.objectContaining({ type: 'CHAIRS', fromType: 'PERSON', fromName: 'Priya Raman', toName: 'Audit Committee', fiscalYear: 2024, form: 'FORM_10_K' }),
  );
});

test('aggregation: committees by kind', async () => {
  const data = await ok('{ committeeKindCounts { committeeKind companies committees } }');
  expect(data.committeeKindCounts).toEqual(expect.arrayContaining([expect.objectContaining({ committeeKind: 'FULL_BOARD', companies: 4 })]));
});

test('full-text search returns filing, element and a highlighted snippet', async () => {
  const data = await ok('{ search(text: "penetration tests") { filing { company { name } fiscalYear } element snippet score } }');
  expect(data.search.length).toBeGreaterThan(0);
  expect(data.search[0].filing.company.name).toBe('Northwind Robotics Inc.');
  expect(data.search[0].element).toBe('cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock');
  expect(data.search[0].snippet).toMatch(/«penetration» «tests»/);
  // Lucene's syntax characters are words, not syntax; a quote opens a phrase, so an unclosed one is the client's mistake
  expect((await gql(demo.api.url, '{ search(text: "board AND (oops) + [x]") { element } }')).errors).toBeUndefined();
  const phrase = await ok('{ search(text: "\\"penetration tests\\" OR zzzqx") { snippet } }');
  expect(phrase.search.length).toBeGreaterThan(0);
  const odd = await gql(demo.api.url, '{ search(text: "board AND (\\"oops") { element } }');
  expect(odd.errors![0]).toMatchObject({ message: 'search text has an unbalanced quote (")', extensions: { code: 'BAD_USER_INPUT' } });
});

test('limits and errors: depth, cost, page size, bad input all have stable codes', async () => {
  const deep = await gql(
    demo.api.url,
    '{ companies { committees { chairs { node { company { committees { chairs { node { company { committees { chairs { node { name } } } } } } } } } } } } }',
  );
  expect(deep.errors![0]!.extensions!.code).toBe('QUERY_TOO_DEEP');
  const costly = await gql(
    demo.api.url,
    '{ relationships(first: 500) { edges { node { cik fromName toName type evidenceText element reportingKind frequency form fiscalYear companyName filingId fromType toType } } } filings(first: 500) { edges { node { flags { element value label } facts { text element label } company { name cik ticker } } } } }',
  );
  expect(costly.errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
  // a BI page at the maximum size with every column is affordable: a page's edges and nodes count once
  const fullPage = await gql(
    demo.api.url,
    '{ relationships(first: 500) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { cik fromName toName type evidenceText element reportingKind frequency form fiscalYear companyName filingId fromType toType } } } }',
  );
  expect(fullPage.errors).toBeUndefined();
  // a page size given as a variable is priced like a literal
  const nested = 'query($n: Int) { filings(first: $n) { edges { node { flags { element value label } facts { text element label } company { name } } } } }';
  expect((await gql(demo.api.url, nested, { n: 500 })).errors![0]!.extensions!.code).toBe('QUERY_TOO_COSTLY');
  expect((await gql(demo.api.url, nested, { n: 5 })).errors).toBeUndefined();
  const big = await gql(demo.api.url, '{ filings(first: 1000) { totalCount } }');
  expect(big.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  const badCik = await gql(demo.api.url, '{ company(cik: "not-a-cik") { name } }');
  expect(badCik.errors![0]).toMatchObject({ message: '"not-a-cik" is not a CIK (up to 10 digits)', extensions: { code: 'BAD_USER_INPUT' } });
  const badCursor = await gql(demo.api.url, '{ filings(after: "xyz") { totalCount } }');
  expect(badCursor.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
});

test('writes need the API key', async () => {
  const m = 'mutation($i: IngestFilingInput!) { ingestFiling(input: $i) { outcome problems filing { company { name } fiscalYear flags { value } } } }';
  const input = {
    name: 'api.txt',
    content: rpage({ flags: { 'Cybersecurity Risk Management Third Party Engaged': true } }),
    cik: '990301',
    company: 'Api Write Co',
    form: 'FORM_10_K',
    fiscalYear: 2024,
  };
  const denied = await gql(demo.api.url, m, { i: input });
  expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  const allowed = await gql(demo.api.url, m, { i: input }, { 'x-api-key': API_KEY });
  expect(allowed.errors).toBeUndefined();
  expect(allowed.data.ingestFiling).toMatchObject({
    outcome: 'WRITTEN',
    filing: { company: { name: 'Api Write Co' }, fiscalYear: 2024, flags: [{ value: true }] },
  });
  const again = await gql(demo.api.url, m, { i: input }, { 'x-api-key': API_KEY });
  expect(again.data.ingestFiling.outcome).toBe('UNCHANGED');
  const bad = await gql(demo.api.url, m, { i: { ...input, content: '' } }, { 'x-api-key': API_KEY });
  expect(bad.errors![0]).toMatchObject({ message: 'api.txt: empty file', extensions: { code: 'BAD_USER_INPUT' } });
});

test('no N+1: one database round trip per level of a nested query', async () => {
  let reads = 0;
  class Counting extends Executor {
    override async read(...args: Parameters<Executor['read']>) {
      reads++;
      return super.read(...args);
    }
  }
  const executor = new Counting((demo.graph.executor as unknown as { driver: never }).driver, 'neo4j');
  const server = await startHttp(
    createApolloServer({ development: true, maxDepth: 10, maxCost: 20_000 }),
    createRepositories(executor),
    createLogger('silent'),
    {
      ingest: createIngestService(executor, testAnalyzer()),
      host: '127.0.0.1',
      port: 0,
      corsOrigins: [],
      apiKey: undefined,
      limits: { maxPageSize: 500, maxDepth: 10, maxCost: 20_000 },
    },
  );
  try {
    const res = await gql(server.url, '{ companies { filings { flags { value } } committees { chairs { node { name } } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.companies.length).toBeGreaterThanOrEqual(3);
    expect(reads).toBe(5); // companies; filings + committees of all companies; flags of all filings; chair links of all committees
    reads = 0;
    const graph = await gql(
      server.url,
      '{ reportingChain(cik: "9900001", from: "CISO") { company { name } superiors { node { name } } edges { from { name } to { name } reportingKind filing { fiscalYear } evidence { text } } } }',
    );
    expect(graph.errors).toBeUndefined();
    expect(graph.data.reportingChain.flatMap((g: { edges: unknown[] }) => g.edges).length).toBeGreaterThan(4);
    expect(reads).toBe(3); // the whole graph of every year in one statement; then the filings and the company, one batch each
  } finally {
    await server.close();
  }
});

test('the printed schema', () => {
  expect(printSchema(buildASTSchema(parse(loadTypeDefs())))).toMatchSnapshot();
});
