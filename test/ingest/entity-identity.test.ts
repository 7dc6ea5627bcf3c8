import type { GraphConnection } from '../../src/graph/connect';
import { deleteFilings } from '../../src/graph/filing-writer';
import { q } from '../../src/graph/query';
import { ingestFiles } from '../../src/ingest/ingest';
import type { RunningHttp } from '../../src/api/http-server';
import { gql, startTestApi } from '../helpers/api';
import { rpage, tempDir, writeFiling } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';
import { testAnalyzer } from '../helpers/nlp';

/**
 * Issue #11, "one thing, one node, one name": two invented filings of one invented company, two fiscal
 * years, each writing the same committee, role and person differently. Over Bolt to the real Neo4j and
 * over HTTP to the real server.
 */
const CIK = '0000990301';
const RENAME_CIK = '0000990302';
const OVERSIGHT = 'Cybersecurity Risk Board of Directors Oversight';
const MANAGEMENT = 'Cybersecurity Risk Role of Management';
const analyzer = testAnalyzer();
let graph: GraphConnection;
let api: RunningHttp;

const meta = (cik: string, fiscalYear: number) => ({
  cik,
  company: 'Quillon Parts Inc.',
  form: '10-K',
  fiscalYear,
  accession: `${cik}-${String(fiscalYear).slice(2)}-000001`,
});

const YEAR_1 = rpage({
  period: 'Dec. 31, 2024',
  texts: {
    [OVERSIGHT]: 'Our Board of Directors has delegated oversight of cybersecurity risk to the Audit Committee.',
    [MANAGEMENT]:
      'Jane Roe, our Chief Information Security Officer, leads our cybersecurity program. Our Chief Information Security Officer reports quarterly to the Audit Committee.',
  },
});
const YEAR_2 = rpage({
  period: 'Dec. 31, 2025',
  texts: {
    [OVERSIGHT]: 'Our board of directors has delegated oversight of cybersecurity risk to the audit committee.',
    [MANAGEMENT]:
      'Our CISO, Ms. Roe, leads our cybersecurity program. The CISO reports quarterly to the audit committee. Our CISO also manages our vendor risk program.',
  },
});

async function ingest(files: Record<string, { text: string; meta: Record<string, unknown> }>): Promise<void> {
  const dir = tempDir();
  for (const [name, f] of Object.entries(files)) writeFiling(dir, name, f.text, f.meta);
  const summary = await ingestFiles(graph.executor, [dir], { analyzer });
  expect(summary.errors).toEqual([]);
}

async function nodes(cik: string, label: string): Promise<{ key: string; name: string; aliases: string[] }[]> {
  const rows = await graph.executor.read(
    q(`MATCH (n:Entity {cik: $cik}) WHERE $label IN labels(n) RETURN n.key AS key, n.name AS name, n.aliases AS aliases ORDER BY key`, { cik, label }),
  );
  return rows.map((r) => ({ key: String(r.key), name: String(r.name), aliases: (r.aliases as string[]) ?? [] }));
}

beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, [CIK, RENAME_CIK]);
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api.close();
  await deleteCompanies(graph, [CIK, RENAME_CIK]);
  await graph.close();
});

test('two fiscal years with different surface forms: one committee, one role, one person, every form an alias', async () => {
  // the later year first: the person is known only by surname when the full name arrives
  await ingest({ 'y2.txt': { text: YEAR_2, meta: meta(CIK, 2025) } });
  await ingest({ 'y1.txt': { text: YEAR_1, meta: meta(CIK, 2024) } });

  const committees = await nodes(CIK, 'Committee');
  expect(committees.map((c) => c.name)).toEqual(['Audit Committee', 'Board of Directors']);
  expect(committees[0]!.aliases).toEqual(['audit committee']);
  const persons = await nodes(CIK, 'Person');
  expect(persons).toHaveLength(1);
  expect(persons[0]!.name).toBe('Jane Roe');
  expect(persons[0]!.aliases).toContain('Roe');
  const roles = await nodes(CIK, 'Role');
  expect(roles.filter((r) => r.key.endsWith('|CISO'))).toEqual([
    expect.objectContaining({ name: 'Chief Information Security Officer', aliases: expect.arrayContaining(['CISO']) }),
  ]);

  // edges keep their filing: the CISO reports to the one Audit Committee in each year
  const res = await gql(
    api.url,
    `query($cik: String!) { company(cik: $cik) {
       committees { name aliases }
       people { name aliases }
       roles(roleCode: CISO) { name aliases links(types: [REPORTS_TO], direction: OUT) { node { name } filing { fiscalYear } } }
     } }`,
    { cik: CIK },
  );
  expect(res.errors).toBeUndefined();
  const company = res.data.company;
  expect(company.people).toEqual([{ name: 'Jane Roe', aliases: expect.arrayContaining(['Roe']) }]);
  expect(company.committees).toContainEqual({ name: 'Audit Committee', aliases: ['audit committee'] });
  expect(company.roles).toHaveLength(1);
  const years = company.roles[0].links
    .filter((l: { node: { name: string } }) => l.node.name === 'Audit Committee')
    .map((l: { filing: { fiscalYear: number } }) => l.filing.fiscalYear)
    .sort();
  expect(years).toEqual([2024, 2025]);
});

test('a re-ingested, changed filing takes its old mentions and edges with it; names come from the mentions left', async () => {
  // the 2024 filing is corrected: no person, and the committee now written in lowercase only
  const corrected = rpage({
    period: 'Dec. 31, 2024',
    texts: { [OVERSIGHT]: 'Our board of directors has delegated oversight of cybersecurity risk to the audit committee.' },
  });
  await ingest({ 'y1.txt': { text: corrected, meta: meta(CIK, 2024) } });
  const persons = await nodes(CIK, 'Person');
  // still one person: the 2025 filing mentions her, by surname only now
  expect(persons).toEqual([expect.objectContaining({ name: 'Roe', aliases: [] })]);
  const stale = await graph.executor.read(
    q(`MATCH (:Entity {cik: $cik})-[r]->() WHERE r.filingId = $id AND type(r) IN ['REPORTS_TO', 'HOLDS_ROLE'] RETURN count(r) AS n`, {
      cik: CIK,
      id: `${CIK}-24-000001`,
    }),
  );
  expect(Number(stale[0]!.n)).toBe(0);
  const committees = await nodes(CIK, 'Committee');
  expect(committees.map((c) => [c.name, c.aliases])).toEqual([
    ['Audit Committee', ['audit committee']],
    ['Board of Directors', ['board of directors']],
  ]);
});

test('a stated rename links two committees; a new name without one does not', async () => {
  const before = rpage({
    period: 'Dec. 31, 2024',
    texts: { [OVERSIGHT]: 'The Audit Committee oversees cybersecurity risk. Our Chief Information Officer reports to the Technology Committee.' },
  });
  const after = rpage({
    period: 'Dec. 31, 2025',
    texts: {
      [OVERSIGHT]:
        'The Audit and Risk Committee (formerly the Audit Committee) oversees cybersecurity risk. Our Chief Information Officer reports to the Innovation Committee.',
    },
  });
  await ingest({ 'r1.txt': { text: before, meta: meta(RENAME_CIK, 2024) }, 'r2.txt': { text: after, meta: meta(RENAME_CIK, 2025) } });
  const rows = await graph.executor.read(
    q(`MATCH (a:Committee {cik: $cik})-[r:RENAMED_TO]->(b:Committee) RETURN a.name AS old, b.name AS new, r.filingId AS filing`, { cik: RENAME_CIK }),
  );
  expect(rows.map((r) => [r.old, r.new, r.filing])).toEqual([['Audit Committee', 'Audit and Risk Committee', `${RENAME_CIK}-25-000001`]]);
  // the renamed body, not its old name, oversees the risk in the year of the rename
  const res = await gql(
    api.url,
    `query($cik: String!) { company(cik: $cik) { committees { name links(direction: OUT) { type node { name } filing { fiscalYear } } } } }`,
    { cik: RENAME_CIK },
  );
  expect(res.errors).toBeUndefined();
  const byName = new Map<string, { type: string; node: { name: string }; filing: { fiscalYear: number } }[]>(
    res.data.company.committees.map((c: { name: string; links: never[] }) => [c.name, c.links]),
  );
  expect(byName.get('Audit Committee')).toEqual(
    expect.arrayContaining([
      { type: 'RENAMED_TO', node: { name: 'Audit and Risk Committee' }, filing: { fiscalYear: 2025 } },
      { type: 'OVERSEES', node: { name: 'cybersecurity risk' }, filing: { fiscalYear: 2024 } },
    ]),
  );
  expect(
    byName
      .get('Audit Committee')!
      .filter((l) => l.type === 'OVERSEES')
      .map((l) => l.filing.fiscalYear),
  ).toEqual([2024]);
  expect(byName.get('Audit and Risk Committee')).toContainEqual({ type: 'OVERSEES', node: { name: 'cybersecurity risk' }, filing: { fiscalYear: 2025 } });
  // Technology and Innovation committees: no sentence says one became the other
  expect(byName.get('Innovation Committee')!.some((l) => l.type === 'RENAMED_TO')).toBe(false);
  expect(byName.get('Technology Committee')!.some((l) => l.type === 'RENAMED_TO')).toBe(false);
});

test('a clause a detector over-reaches into becomes no node, and its edges go with it', async () => {
  // the detectors propose "notify us of …", "also assess …", "As examples, we …" and "significant experience
  // leading … teams" as entities here; none has a head noun of its type
  const text = rpage({
    period: 'Dec. 31, 2026',
    texts: {
      [MANAGEMENT]:
        'We require third-party service providers to notify us of material security incidents. We conduct due diligence on our vendors before onboarding. ' +
        'We also assess our suppliers at onboarding. As examples, we generally review prospective vendors for security risks. ' +
        'Our engineers have significant experience leading technology teams that report to our CISO.',
    },
  });
  await ingest({ 'y3.txt': { text, meta: meta(CIK, 2026) } });
  const names = (await graph.executor.read(q(`MATCH (n:Entity {cik: $cik}) RETURN n.name AS name`, { cik: CIK }))).map((r) => String(r.name));
  expect(names).toContain('due diligence on our vendors before onboarding');
  expect(names.filter((n) => /^(?:notify|also|as examples)\b|experience/i.test(n))).toEqual([]);
  const dangling = await graph.executor.read(
    q(`MATCH (:Company {cik: $cik})-[r:HAS_PROCESS]->(p) WHERE r.filingId = $id RETURN p.name AS name ORDER BY name`, { cik: CIK, id: `${CIK}-26-000001` }),
  );
  expect(dangling.map((r) => String(r.name))).toContainEqual(expect.stringMatching(/diligence/));
  expect(dangling.map((r) => String(r.name)).filter((n) => !/diligence|program/.test(n))).toEqual([]);
});

test('deleting a filing removes what only it stated; entities other filings mention stay, renamed from what is left', async () => {
  const id = `${CIK}-25-000001`;
  expect(await deleteFilings(graph.executor, [id, 'no-such-filing'])).toEqual([id]);
  // the 2025 filing was the last to name Ms. Roe
  expect(await nodes(CIK, 'Person')).toEqual([]);
  const committees = await nodes(CIK, 'Committee');
  expect(committees.map((c) => c.name)).toEqual(['Audit Committee', 'Board of Directors']);
  const left = await graph.executor.read(q('MATCH ()-[r]->() WHERE r.filingId = $id RETURN count(r) AS edges', { id }));
  expect(Number(left[0]!.edges)).toBe(0);
  const filings = await graph.executor.read(q('MATCH (f:Filing {id: $id}) RETURN count(f) AS n', { id }));
  expect(Number(filings[0]!.n)).toBe(0);
});
