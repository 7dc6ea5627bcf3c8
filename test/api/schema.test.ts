import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildASTSchema, getIntrospectionQuery, isEnumType, parse, print, type IntrospectionQuery } from 'graphql';
import * as vocabulary from '../../src/domain/vocabulary';
import { q } from '../../src/graph/query';
import { loadTypeDefs } from '../../src/api/schema-files';
import { EXAMPLE_QUERY } from '../../src/api/server';
import { gql, useDemoApi } from '../helpers/api';

/** Issue #11, a schema a frontend developer can read: descriptions everywhere, enums for closed vocabularies, unknown values as OTHER. */
const OLD = '0000990801'; // a company written straight through Bolt, with values no vocabulary names
const demo = useDemoApi({ extraCiks: [OLD] });

const ok = async (query: string, variables: Record<string, unknown> = {}) => {
  const res = await gql(demo.api.url, query, variables);
  expect([query, res.errors]).toEqual([query, undefined]);
  return res.data;
};

test('introspection shows a description on every type, field, argument, input field and enum value', async () => {
  const { __schema: schema } = (await ok(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }))) as IntrospectionQuery;
  const missing: string[] = [];
  const need = (what: string, description: string | null | undefined) => {
    if (!description || description.trim().length < 3) missing.push(what);
  };
  let checked = 0;
  for (const type of schema.types) {
    if (type.name.startsWith('__')) continue;
    need(type.name, type.description);
    checked++;
    if (type.kind === 'OBJECT' || type.kind === 'INTERFACE') {
      for (const field of type.fields) {
        need(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) need(`${type.name}.${field.name}(${arg.name})`, arg.description);
        checked += 1 + field.args.length;
      }
    }
    if (type.kind === 'INPUT_OBJECT')
      for (const field of type.inputFields) {
        need(`${type.name}.${field.name}`, field.description);
        checked++;
      }
    if (type.kind === 'ENUM')
      for (const value of type.enumValues) {
        need(`${type.name}.${value.name}`, value.description);
        checked++;
      }
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(300);
});

test('every vocabulary enum of the schema is the domain vocabulary, member for member', () => {
  const schema = buildASTSchema(parse(loadTypeDefs()));
  const enums = Object.entries(vocabulary).filter(([, v]) => typeof v === 'object') as [string, Record<string, string>][];
  expect(enums.length).toBeGreaterThanOrEqual(13);
  for (const [name, members] of enums) {
    const type = schema.getType(name);
    expect([name, isEnumType(type)]).toEqual([name, true]);
    if (isEnumType(type))
      expect([
        name,
        type
          .getValues()
          .map((v) => v.name)
          .sort(),
      ]).toEqual([name, Object.keys(members).sort()]);
  }
});

test('values older data holds that no vocabulary names are answered as OTHER, and OTHER finds them', async () => {
  await demo.graph.executor.write([
    q(
      `CREATE (c:Company:Entity {cik: $cik, key: 'company|' + $cik, name: 'Old Data Corp'})
       CREATE (f:Filing {id: 'old-data-filing', cik: $cik, form: 'S-1', fiscalYear: 2019, sourceName: 'old.fax', sourceFormat: 'fax'})
       CREATE (c)-[:FILED]->(f)
       CREATE (k:Entity:Committee {key: $cik + '|Committee|star chamber', cik: $cik, name: 'Star Chamber', aliases: [], kind: 'star_chamber', level: 'orbital'})
       CREATE (r:Entity:Role {key: $cik + '|Role|CVO', cik: $cik, name: 'Chief Vibes Officer', aliases: [], normalized: 'CVO', category: 'vibes'})
       CREATE (u:Entity:InternalUnit {key: $cik + '|InternalUnit|guild', cik: $cik, name: 'Guild', aliases: [], category: 'guild'})
       CREATE (t:Entity:ThirdParty {key: $cik + '|ThirdParty|oracle', cik: $cik, name: 'Oracle of Delphi', aliases: [], category: 'oracle'})
       CREATE (v:Entity:VendorProcess {key: $cik + '|VendorProcess|astrology', cik: $cik, name: 'Astrology', aliases: [], category: 'astrology'})
       MERGE (topic:Entity:Topic {key: 'topic|cybersecurity_risk'}) ON CREATE SET topic.name = 'cybersecurity risk', topic.aliases = []
       FOREACH (n IN [k, r, u, t, v] | CREATE (f)-[:MENTIONS]->(n))
       CREATE (r)-[:REPORTS_TO {filingId: f.id, kind: 'telepathy', frequency: 'fortnightly', evidence: ['The CVO reports by telepathy.'], sections: ['cyd:X'], starts: [0], ends: [29]}]->(k)
       CREATE (k)-[:OVERSEES {filingId: f.id, evidence: [], sections: [], starts: [], ends: []}]->(topic)
       CREATE (c)-[:ENGAGES {filingId: f.id, evidence: [], sections: [], starts: [], ends: []}]->(t)
       CREATE (c)-[:HAS_PROCESS {filingId: f.id, evidence: [], sections: [], starts: [], ends: []}]->(v)`,
      { cik: OLD },
    ),
  ]);
  const data = await ok(`{ company(cik: "${OLD}") {
    filings { form sourceFormat }
    committees { committeeKind committeeLevel subordinates { reportingKind frequency node { ... on Role { roleCode roleCategory } } } }
    roles { roleCode roleCategory superiors { reportingKind frequency } }
    internalUnits { unitCategory } thirdParties { thirdPartyCategory } vendorProcesses { vendorProcessCategory } } }`);
  expect(data.company).toEqual({
    filings: [{ form: 'OTHER', sourceFormat: 'OTHER' }],
    committees: [
      {
        committeeKind: 'OTHER',
        committeeLevel: 'OTHER',
        subordinates: [{ reportingKind: 'OTHER', frequency: 'OTHER', node: { roleCode: 'OTHER', roleCategory: 'OTHER' } }],
      },
    ],
    roles: [{ roleCode: 'OTHER', roleCategory: 'OTHER', superiors: [{ reportingKind: 'OTHER', frequency: 'OTHER' }] }],
    internalUnits: [{ unitCategory: 'OTHER' }],
    thirdParties: [{ thirdPartyCategory: 'OTHER' }],
    vendorProcesses: [{ vendorProcessCategory: 'OTHER' }],
  });
  // the analysts' questions and the BI rows read the same values the same way, and OTHER filters find them
  const rows = await ok(
    `{ relationships(filter: { cik: "${OLD}", committeeKind: OTHER, roleCode: OTHER, form: OTHER }) { edges { node { form fromType toType reportingKind frequency } } } }`,
  );
  expect(rows.relationships.edges).toEqual([{ node: { form: 'OTHER', fromType: 'ROLE', toType: 'COMMITTEE', reportingKind: 'OTHER', frequency: 'OTHER' } }]);
  const other = await ok(`{ oversight(committeeKind: OTHER) { company { cik } body { name committeeKind } }
    thirdPartyEngagements(thirdPartyCategory: OTHER) { company { cik } thirdParties { thirdPartyCategory } vendorProcesses { vendorProcessCategory } }
    securityOfficers(cik: "${OLD}") { officer { name } }
    filings(filter: { cik: "${OLD}", form: OTHER }) { totalCount edges { node { form } } }
    committeeKindCounts { committeeKind committees } }`);
  expect(other.oversight).toContainEqual({ company: { cik: OLD }, body: { name: 'Star Chamber', committeeKind: 'OTHER' } });
  expect(other.thirdPartyEngagements).toContainEqual({
    company: { cik: OLD },
    thirdParties: [{ thirdPartyCategory: 'OTHER' }],
    vendorProcesses: [{ vendorProcessCategory: 'OTHER' }],
  });
  expect(other.securityOfficers).toEqual([]);
  expect(other.filings).toEqual({ totalCount: 1, edges: [{ node: { form: 'OTHER' } }] });
  // one row per kind as answered: the unknown kind is counted with the committees stored as "other"
  const kinds = other.committeeKindCounts.map((k: { committeeKind: string }) => k.committeeKind);
  expect(new Set(kinds).size).toBe(kinds.length);
  expect(kinds).toContain('OTHER');
  // a named member does not match a value the vocabulary does not name
  expect((await ok(`{ relationships(filter: { cik: "${OLD}", committeeKind: AUDIT }) { totalCount } }`)).relationships.totalCount).toBe(0);
});

test('every example query of the README and the landing page runs against the demo data', async () => {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const queries = blocks.flatMap((b) => parse(b).definitions.map((d) => print(d)));
  const bodies = [...readme.matchAll(/```json\n(\{ "query"[\s\S]*?)\n```/g)].map(
    (m) => JSON.parse(m[1]!) as { query: string; variables: Record<string, unknown> },
  );
  expect(queries.length).toBeGreaterThanOrEqual(11);
  expect(bodies.length).toBeGreaterThanOrEqual(1);
  for (const query of [...queries, EXAMPLE_QUERY]) {
    const data = await ok(query);
    expect([query, Object.values(data).some((v) => v !== null && (!Array.isArray(v) || v.length > 0))]).toEqual([query, true]);
  }
  for (const { query, variables } of bodies) await ok(query, variables);
});
