import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphConnection } from '../../src/graph/connect';
import type { RunningHttp } from '../../src/api/http-server';
import { measureOperation, MAX_LIST_ARGUMENT } from '../../src/api/cost';
import { loadTypeDefs } from '../../src/api/schema-files';
import { gql, startTestApi } from '../helpers/api';
import { testGraph } from '../helpers/graph';

/**
 * Issue #13, 2: the cost limit cannot be walked around. Every hostile request is generated here; each
 * is asserted by its outcome (refused with the right code, and the server still answers), never by how
 * long it took.
 */
let graph: GraphConnection;
let dev: RunningHttp;
beforeAll(async () => {
  graph = await testGraph();
  dev = await startTestApi(graph);
});
afterAll(async () => {
  await dev.close();
  await graph.close();
});

const aliases = (n: number, field: string): string => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');
const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }): string | undefined => res.errors?.[0]?.extensions?.code;

async function stillAnswers(url: string): Promise<void> {
  const res = await gql(url, '{ companies { cik } }');
  expect(res.errors).toBeUndefined();
  expect(Array.isArray(res.data.companies)).toBe(true);
}

describe('cost analysis', () => {
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs() });
  const measure = (query: string, variables: Record<string, unknown>) => {
    const doc = parse(query);
    const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
    const fragments = Object.fromEntries(
      doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((d) => [d.name.value, d]),
    );
    return measureOperation(schema, fragments, operation, variables);
  };
  const cost = (query: string, variables: Record<string, unknown> = {}): number => {
    const m = measure(query, variables);
    if (m.kind !== 'measured') throw new Error(m.message);
    return m.cost;
  };
  const refusal = (query: string, variables: Record<string, unknown> = {}): string => {
    const m = measure(query, variables);
    return m.kind === 'bad-argument' ? m.message : `measured ${m.cost}`;
  };

  test('every field, alias and __typename costs at least 1', () => {
    expect(cost('{ company(cik: "1") { __typename } }')).toBeGreaterThan(cost('{ company(cik: "1") { name } }') - 1);
    expect(cost('{ company(cik: "1") { a: name b: name c: __typename } }')).toBe(cost('{ company(cik: "1") { name } }') + 2);
    expect(cost('{ __typename }')).toBe(1);
  });

  test('the questions of issue #11: a page multiplies, lists bounded by one filing or year count as small', () => {
    const moves = (first: number, inner: string) => `{ oversightMoves(fromYear: 2024, toYear: 2025, first: ${first}) { edges { node { ${inner} } } } }`;
    // fromBodies counts 3 (SMALL_LISTS), not 10; the page of 20 multiplies it
    expect(cost(moves(1, 'fromBodies { body { name } }')) - cost(moves(1, 'fromKinds'))).toBe(3 * 3 - 3);
    expect(cost(moves(20, 'fromBodies { body { name } }'))).toBeGreaterThan(15 * cost(moves(1, 'fromBodies { body { name } }')) - 15 * 101);
    // a filing's conflicts (at most one per rule) and an incident's amendments
    expect(cost('{ company(cik: "1") { filings { conflicts { rule } } } }')).toBe(101 + 1 + 10 * (1 + 3 * 1));
    expect(cost('{ incidents(first: 1) { edges { node { amendments { id } governanceBefore { overseers { name } } } } } }')).toBe(
      101 + 1 + 1 + (1 + 3 * 1) + (1 + (1 + 5 * 1)),
    );
    // a full page of each still fits the default limit of 20,000
    expect(cost('{ disclosureConflicts(first: 500) { totalCount edges { node { rule finding flag { element value } relations { toName } } } } }')).toBeLessThan(
      20_000,
    );
  });

  test('a page of 0 costs like a page of the default size; a variable page like a literal one', () => {
    const rows = (first: string) => `{ relationships${first} { totalCount edges { node { cik fromName } } } }`;
    expect(cost(rows('(first: 0)'))).toBe(cost(rows('')));
    expect(cost(rows('(first: 0)'))).toBe(cost(rows('(first: 100)')));
    expect(cost(rows('(first: 1)'))).toBeLessThan(cost(rows('(first: 0)')));
    expect(cost('query($n: Int) { filings(first: $n) { totalCount } }', { n: 0 })).toBe(cost('{ filings(first: 50) { totalCount } }'));
  });

  test('list arguments cost by their length and are capped', () => {
    const flags = (n: number) => ({ f: { flags: Array.from({ length: n }, (_, i) => ({ element: `cyd:E${i}`, value: true })) } });
    const q = 'query($f: FilingFilter) { filings(filter: $f) { totalCount } }';
    expect(cost(q, flags(50))).toBeGreaterThan(cost(q, flags(5)));
    expect(refusal(q, flags(12_000))).toBe(`argument "filter.flags" has 12000 items; at most ${MAX_LIST_ARGUMENT} are accepted`);
    const literal = `{ filings(filter: { flags: [${Array.from({ length: MAX_LIST_ARGUMENT + 1 }, () => '{ element: "x", value: true }').join(', ')}] }) { totalCount } }`;
    expect(refusal(literal)).toMatch(/has 101 items/);
    // a variable nested past any input type of the schema is refused without walking it (no recursion)
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal('query($t: [RelationType!]) { entity(id: "x") { links(types: $t) { type } } }', { t: deep })).toMatch(/nested more than/);
  });

  test('a fragment spread many times over is priced by its expansion without being expanded', () => {
    const levels = 40;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Company { ${i === levels - 1 ? 'name' : `... F${i + 1} x${i}: filings { id ... on Filing { company { ... F${i + 1} } } }`} }`,
    );
    const measured = cost(`{ companies { ...F0 } } ${fragments.join(' ')}`);
    expect(measured).toBeGreaterThan(1e20);
  });
});

describe('refused over HTTP, and the server still answers', () => {
  test('2,000 aliases of a cheap analyst field, at the root or under a list', async () => {
    expect(codeOf(await gql(dev.url, `{ ${aliases(2_000, 'committeeKindCounts { committeeKind }')} }`))).toBe('QUERY_TOO_COSTLY');
    expect(codeOf(await gql(dev.url, `{ companies { ${aliases(2_000, 'name')} } }`))).toBe('QUERY_TOO_COSTLY');
    expect(codeOf(await gql(dev.url, `{ companies { ${aliases(2_000, '__typename')} } }`))).toBe('QUERY_TOO_COSTLY');
    await stillAnswers(dev.url);
  });

  test('500 relationships(first: 0) { totalCount }, and the same with first: 1', async () => {
    const res = await gql(dev.url, `{ ${aliases(500, 'relationships(first: 0) { totalCount }')} }`);
    expect(res.status).toBe(400);
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COSTLY' },
      message: expect.stringMatching(/^query cost \d+ exceeds the maximum of 20000$/),
    });
    expect(codeOf(await gql(dev.url, `{ ${aliases(500, 'relationships(first: 1) { totalCount }')} }`))).toBe('QUERY_TOO_COSTLY');
    await stillAnswers(dev.url);
  });

  test('a 12,000-condition flags variable is refused before it reaches Neo4j; 20 conditions are answered', async () => {
    const q = 'query($flags: [FlagCondition!]) { filings(filter: { flags: $flags }) { totalCount } }';
    const conditions = (n: number) => Array.from({ length: n }, (_, i) => ({ element: `cyd:Invented${i}Flag`, value: i % 2 === 0 }));
    const refused = await gql(dev.url, q, { flags: conditions(12_000) });
    expect(refused.status).toBe(400);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/"filter\.flags" has 12000 items/) });
    const answered = await gql(dev.url, q, { flags: conditions(20) });
    expect(answered.errors).toBeUndefined();
    expect(answered.data.filings.totalCount).toBe(0);
  });

  test('a fragment bomb is refused', async () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Company { ${i === levels - 1 ? 'name' : `a: filings { company { ...F${i + 1} } } b: filings { company { ...F${i + 1} } }`} }`,
    );
    const res = await gql(dev.url, `{ companies { ...F0 } } ${fragments.join(' ')}`);
    expect(['QUERY_TOO_COSTLY', 'QUERY_TOO_DEEP', 'GRAPHQL_VALIDATION_FAILED']).toContain(codeOf(res));
    await stillAnswers(dev.url);
  });
});
