import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectGraph } from '../src/graph/connect';
import { startLocalNeo4j } from '../src/graph/local-neo4j';
import { setupSchema } from '../src/graph/schema-setup';
import { createRepositories } from '../src/graph/repositories';
import { createApolloServer } from '../src/api/server';
import { startHttp } from '../src/api/http-server';
import { createLogger } from '../src/config/logger';
import { ingestFiles } from '../src/ingest/ingest';
import { writeCorpus } from './synthetic/write-corpus';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

/** The same graph served by @neo4j/graphql (auto-generated resolvers), for the side-by-side column. */
const NEO4J_GRAPHQL_TYPEDEFS = `
  type Company @node { cik: String! name: String ticker: String }
  type Topic @node { key: String! name: String! }
  type Committee @node {
    key: String! name: String! cik: String kind: String level: String
    oversees: [Topic!]! @relationship(type: "OVERSEES", direction: OUT)
    chairedBy: [Person!]! @relationship(type: "CHAIRS", direction: IN)
  }
  type Person @node {
    key: String! name: String! cik: String
    chairs: [Committee!]! @relationship(type: "CHAIRS", direction: OUT)
    directorOf: [Committee!]! @relationship(type: "IS_DIRECTOR", direction: OUT)
    roles: [Role!]! @relationship(type: "HOLDS_ROLE", direction: OUT)
  }
  type Role @node {
    key: String! name: String! cik: String normalized: String
    reportsToCommittees: [Committee!]! @relationship(type: "REPORTS_TO", direction: OUT)
    reportsToRoles: [Role!]! @relationship(type: "REPORTS_TO", direction: OUT)
  }
`;

/**
 * p50 / p99 latency and requests/s of the analysts' queries under concurrent load, through the real
 * server over HTTP, side by side in the same run with the hand-written Cypher for the same question run
 * through neo4j-driver (the repository call, no GraphQL, no HTTP). Loopback only; bounded request count.
 * Run: npm run bench:api (BENCH_FILINGS=1000, BENCH_REQUESTS=400, BENCH_CONCURRENCY=16).
 */
const FILINGS = Number(process.env.BENCH_FILINGS ?? 1000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

async function load(run: () => Promise<unknown>): Promise<{ p50: number; p99: number; rps: number }> {
  for (let i = 0; i < 20; i++) await run(); // warm-up
  const times: number[] = [];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        next++;
        const t = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]!, rps: times.length / elapsed };
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dg-api-bench-'));
  const local = await startLocalNeo4j({ home: join(work, 'neo4j'), port: 0, pageCacheMb: 256, heapMb: 512, fresh: true });
  const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  await setupSchema(graph.executor);
  writeCorpus(join(work, 'corpus'), FILINGS);
  await ingestFiles(graph.executor, [join(work, 'corpus'), join(__dirname, '..', '..', 'demo', 'filings')]);
  const repos = createRepositories(graph.executor);
  const http = await startHttp(createApolloServer({ development: false, maxDepth: 10, maxCost: 100_000 }), repos, createLogger('silent'), {
    host: '127.0.0.1', port: 0, corsOrigins: [], apiKey: undefined, limits: { maxPageSize: 500, maxDepth: 10, maxCost: 100_000 },
  });
  const neoDriver = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', ''));
  const neoSchema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPEDEFS, driver: neoDriver }).getSchema();
  const neoServer = new ApolloServer({ schema: neoSchema });
  const { url: neoUrl } = await startStandaloneServer(neoServer, { listen: { port: 0, host: '127.0.0.1' } });
  const postTo = (url: string, query: string) => async () => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const post = (query: string) => async () => {
    const res = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const SEC = '["CISO", "CSO", "HEAD_OF_SECURITY", "VP_SECURITY", "CHIEF_TRUST_OFFICER"]';
  const cases: [string, string, () => Promise<unknown>, string | null][] = [
    ['chairs who are directors', '{ chairsWhoAreDirectors { person { name } committee { name } company { name } } }', () => repos.analyst.chairsWhoAreDirectors(null),
      '{ people(where: { chairs: { some: { name: { contains: "" } } }, OR: [{ directorOf: { some: { name: { contains: "" } } } }, { roles: { some: { normalized: { eq: "DIRECTOR" } } } }] }) { name cik chairs { name } } }'],
    ['reporting chain', '{ reportingChain(cik: "9900001", from: "CISO") { from { name } to { name } } }', () => repos.analyst.reportingChain('0009900001', 'CISO', 6), null],
    ['oversight by kind', '{ oversight(kind: "audit") { company { name } fiscalYear body { name } } }', () => repos.analyst.oversight('audit', null),
      '{ committees(where: { kind: { eq: "audit" }, oversees: { some: { name: { contains: "" } } } }) { name cik } }'],
    ['security officers', '{ securityOfficers { company { name } officer { name } reportsTo { name } } }', () => repos.analyst.securityOfficers(null),
      `{ roles(where: { normalized: { in: ${SEC} } }) { name cik reportsToCommittees { name } reportsToRoles { name } } }`],
    ['flag rates by year', '{ flagRates(groupBy: YEAR) { element group rate } }', () => repos.analyst.flagRates('YEAR', null), null],
    ['year-over-year changes', '{ changes(cik: "9900001", fromYear: 2024, toYear: 2025) { addedPeople removedCommittees } }', () => repos.analyst.changes('0009900001', 2024, 2025), null],
    ['relationship rows (page of 100)', '{ relationships(first: 100) { totalCount edges { node { cik type fromName toName } } } }', () => repos.filings.relationshipRows({}, 0, 100), null],
  ];
  console.log(`${FILINGS} synthetic filings + demo; ${REQUESTS} requests per case, ${CONCURRENCY} concurrent`);
  console.log('query                            ours p50 / p99 ms  req/s | Cypher p50 / p99  req/s | @neo4j/graphql p50 / p99  req/s | ours/Cypher  ours/@neo4j');
  try {
    for (const [name, query, cypher, neoQuery] of cases) {
      const g = await load(post(query));
      const c = await load(cypher);
      const n = neoQuery ? await load(postTo(neoUrl, neoQuery)) : null;
      const f = (x: { p50: number; p99: number; rps: number }) => `${x.p50.toFixed(1).padStart(7)} / ${x.p99.toFixed(1).padStart(6)} ${x.rps.toFixed(0).padStart(5)}`;
      console.log(`${name.padEnd(32)} ${f(g)} | ${f(c)} | ${n ? f(n) : '            n/a           '} | ${(g.p50 / c.p50).toFixed(2)}x  ${n ? `${(g.p50 / n.p50).toFixed(2)}x` : 'n/a'}`);
    }
  } finally {
    await neoServer.stop();
    await neoDriver.close();
    await http.close();
    await graph.close();
    await local.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
