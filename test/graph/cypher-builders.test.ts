import { RELATION_TYPES } from '../../src/domain/extraction';
import { EntityRepository, ENTITY_PROJECTION } from '../../src/graph/entity-repository';
import type { Executor } from '../../src/graph/executor';
import { batchWriteQueries, lockFilings } from '../../src/graph/filing-writer';
import type { Query } from '../../src/graph/query';
import type { FilingRows } from '../../src/graph/rows';
import { SCHEMA_STATEMENTS } from '../../src/graph/schema-setup';

/**
 * Cypher builders tested as values (STYLE.md principle 10): the statement's shape and its parameters, no
 * database. What a value cannot show (that Neo4j runs it and answers right) is the integration tests' job.
 */
const oneLine = (cypher: string): string => cypher.replace(/\s+/g, ' ').trim();

function filing(id: string, cik = '0000000042'): FilingRows {
  return {
    company: { key: `company|${cik}`, cik, name: 'Invented Robotics Inc.', ticker: null },
    filing: {
      id,
      accession: null,
      form: '10-K',
      fiscalYear: 2024,
      periodEnd: '2024-12-31',
      sourceName: `${id}.txt`,
      sourceFormat: 'text',
      contentHash: `c-${id}`,
      sourceHash: `s-${id}`,
      narrative: null,
    },
    facts: [
      { id: `${id}|fact|0`, element: 'cyd:CybersecurityRiskManagementProcessesIntegratedTextBlock', label: 'Processes', ordinal: 0, text: 'We assess risks.' },
    ],
    flags: [{ element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag', label: 'Third party engaged', value: true }],
    entities: [
      {
        key: `${cik}|Committee|audit committee`,
        type: 'Committee',
        name: 'Audit Committee',
        normName: 'audit committee',
        aliases: [],
        display: 'Audit Committee',
        names: ['Audit Committee'],
        cik,
        props: { kind: 'audit' },
      },
      {
        key: 'topic|cybersecurity_risk',
        type: 'Topic',
        name: 'cybersecurity risk',
        normName: 'cybersecurity risk',
        aliases: [],
        display: 'cybersecurity risk',
        names: ['cybersecurity risk'],
        cik: null,
        props: {},
      },
    ],
    relations: { OVERSEES: [{ from: `${cik}|Committee|audit committee`, to: 'topic|cybersecurity_risk', props: { filingId: id } }] },
  };
}

/** An executor that runs nothing: it keeps the statements a repository hands it. */
function recordingExecutor(): { executor: Executor; ran: Query[] } {
  const ran: Query[] = [];
  const executor = { read: async (query: Query) => (ran.push(query), []) } as unknown as Executor;
  return { executor, ran };
}

test('lockFilings locks each filing once, in id order, and reads the hash only after the lock', () => {
  const query = lockFilings(['f-b', 'f-a', 'f-b']);
  expect(query.params).toEqual({ ids: ['f-a', 'f-b'] });
  expect(oneLine(query.cypher)).toBe(
    'UNWIND $ids AS id MERGE (f:Filing {id: id}) SET f.writeLock = true REMOVE f.writeLock WITH f RETURN f.id AS id, f.contentHash AS hash',
  );
});

test('a batch of new filings: company and filing first, then facts, flags, entities per label, relations per type; no deletes', () => {
  const queries = batchWriteQueries([filing('f-1'), filing('f-2')], []);
  const shapes = queries.map((x) => oneLine(x.cypher));
  expect(shapes[0]).toMatch(/^UNWIND \$rows AS row MERGE \(c:Company \{cik: row\.company\.cik\}\).* MERGE \(c\)-\[:FILED\]->\(f\)$/);
  expect(queries[0]!.params.rows).toEqual([filing('f-1'), filing('f-2')].map((r) => ({ company: r.company, filing: r.filing })));
  expect(shapes.some((s) => /DELETE/.test(s))).toBe(false);
  // one statement per entity label present, the label written into the statement, the rows as a parameter
  const committee = queries.find((x) => /ON CREATE SET n:Committee,/.test(x.cypher))!;
  expect((committee.params.rows as { key: string; filingId: string }[]).map((r) => [r.filingId, r.key])).toEqual([
    ['f-1', '0000000042|Committee|audit committee'],
    ['f-2', '0000000042|Committee|audit committee'],
  ]);
  expect(queries.filter((x) => /ON CREATE SET n:Person,/.test(x.cypher))).toEqual([]);
  const oversees = queries.find((x) => /CREATE \(a\)-\[r:OVERSEES\]->\(b\)/.test(x.cypher))!;
  expect(oversees.params.rows).toHaveLength(2);
  // values only ever travel as parameters
  for (const s of shapes) expect(s).not.toMatch(/Invented Robotics|audit committee|We assess risks/);
});

test('a replaced filing: its facts, flags, mentions, incident and every relation type by filingId are removed, then orphans', () => {
  const queries = batchWriteQueries([filing('f-1')], [filing('f-1')]);
  const deletes = queries.filter((x) => /DELETE/.test(x.cypher));
  expect(deletes.map((x) => x.params)).toEqual([...Array(3 + RELATION_TYPES.length).fill({ ids: ['f-1'] }), { ciks: ['0000000042'] }]);
  for (const t of RELATION_TYPES)
    expect(deletes.some((x) => oneLine(x.cypher) === `UNWIND $ids AS id MATCH ()-[r:${t} {filingId: id}]->() DELETE r`)).toBe(true);
  expect(oneLine(deletes.at(-1)!.cypher)).toBe(
    'UNWIND $ciks AS cik MATCH (e:Entity {cik: cik}) WHERE NOT e:Company AND NOT (e)<-[:MENTIONS]-() DETACH DELETE e',
  );
});

test('the entity projection is a tuple up to the last detail asked for', () => {
  expect(ENTITY_PROJECTION('n', [])).toBe('[n.key, n.name, n.cik]');
  expect(ENTITY_PROJECTION('x', ['level', 'normalized'])).toBe('[x.key, x.name, x.cik, null, x.level, null, x.normalized]');
  expect(ENTITY_PROJECTION('n')).toBe('[n.key, n.name, n.cik, n.aliases, n.level, n.kind, n.normalized, n.category, n.honorific]');
});

test('entities of companies: the label is checked before it is written into the statement; the CIKs are a parameter', async () => {
  const { executor, ran } = recordingExecutor();
  const repo = new EntityRepository(executor);
  await repo.ofCompanies(['0000000042'], 'Committee');
  expect(ran).toHaveLength(1);
  expect(ran[0]!.params).toEqual({ ciks: ['0000000042'] });
  expect(oneLine(ran[0]!.cypher)).toBe(`MATCH (n:Committee) WHERE n.cik IN $ciks RETURN ${ENTITY_PROJECTION('n')} AS e ORDER BY n.name`);
  await expect(repo.ofCompanies(['0000000042'], 'Committee) DETACH DELETE n //')).rejects.toThrow(/not an entity label/);
  expect(ran).toHaveLength(1);
});

test('schema statements are idempotent and cover every relation type', () => {
  for (const s of SCHEMA_STATEMENTS) expect(s.cypher).toMatch(/^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS /);
  for (const t of RELATION_TYPES)
    expect(SCHEMA_STATEMENTS.map((s) => s.cypher)).toContain(`CREATE INDEX rel_${t.toLowerCase()}_filing IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.filingId)`);
  expect(new Set(SCHEMA_STATEMENTS.map((s) => s.cypher.split(' ')[2])).size).toBe(SCHEMA_STATEMENTS.length);
});
