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
  const post = (query: string) => async () => {
    const res = await fetch(http.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  const cases: [string, string, () => Promise<unknown>][] = [
    ['chairs who are directors', '{ chairsWhoAreDirectors { person { name } committee { name } company { name } } }', () => repos.analyst.chairsWhoAreDirectors(null)],
    ['reporting chain', '{ reportingChain(cik: "9900001", from: "CISO") { from { name } to { name } } }', () => repos.analyst.reportingChain('0009900001', 'CISO', 6)],
    ['oversight by kind', '{ oversight(kind: "audit") { company { name } fiscalYear body { name } } }', () => repos.analyst.oversight('audit', null)],
    ['security officers', '{ securityOfficers { company { name } officer { name } reportsTo { name } } }', () => repos.analyst.securityOfficers(null)],
    ['flag rates by year', '{ flagRates(groupBy: YEAR) { element group rate } }', () => repos.analyst.flagRates('YEAR', null)],
    ['year-over-year changes', '{ changes(cik: "9900001", fromYear: 2024, toYear: 2025) { addedPeople removedCommittees } }', () => repos.analyst.changes('0009900001', 2024, 2025)],
    ['relationship rows (page of 100)', '{ relationships(first: 100) { totalCount edges { node { cik type fromName toName } } } }', () => repos.filings.relationshipRows({}, 0, 100)],
  ];
  console.log(`${FILINGS} synthetic filings + demo; ${REQUESTS} requests per case, ${CONCURRENCY} concurrent`);
  console.log('query                            GraphQL p50 / p99 ms   req/s  |  Cypher p50 / p99 ms   req/s  |  p50 ratio');
  try {
    for (const [name, query, cypher] of cases) {
      const g = await load(post(query));
      const c = await load(cypher);
      console.log(`${name.padEnd(32)} ${g.p50.toFixed(1).padStart(7)} / ${g.p99.toFixed(1).padStart(6)}  ${g.rps.toFixed(0).padStart(6)}  |  ${c.p50.toFixed(1).padStart(6)} / ${c.p99.toFixed(1).padStart(6)}  ${c.rps.toFixed(0).padStart(6)}  |  ${(g.p50 / c.p50).toFixed(2)}x`);
    }
  } finally {
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
