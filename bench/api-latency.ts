import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { RELATION_TYPES, SECURITY_OFFICER_CODES } from '../src/domain/extraction';
import { CommitteeKind } from '../src/domain/vocabulary';
import { connectGraph } from '../src/graph/connect';
import { startLocalNeo4j } from '../src/embedded-neo4j/local-neo4j';
import { setupSchema } from '../src/graph/schema-setup';
import { createRepositories } from '../src/graph/repositories';
import { ingestFiles } from '../src/ingest/ingest';
import { openAnalyzer } from '../src/nlp';
import { loadEnv } from '../src/config/env';
import { writeCorpus } from '../fixtures/synthetic/write-corpus';

/**
 * p50 / p99 latency and requests/s of the analysts' queries under concurrent load, side by side in one
 * run over one graph:
 *  - ours: the product's own `serve` command (NODE_ENV=production, request logs on) in its own process,
 *    over HTTP;
 *  - Cypher: the hand-written Cypher for the same question, returning the same properties, through
 *    neo4j-driver in this process (the repository call: no GraphQL, no HTTP): the floor;
 *  - @neo4j/graphql serving the same graph in its own process (bench/neo4j-graphql-server.ts).
 * The HTTP load comes from autocannon (keep-alive connections, one request in flight per connection).
 * Every answer is checked once before it is timed, and every timed response must be byte-identical
 * to it. Each target is warmed up, then the three are measured in turn for ROUNDS rounds; the table
 * shows the median round. Loopback only; bounded request counts.
 * Each measurement runs for a fixed time (so a 10 ms query is timed over thousands of requests, not a
 * few hundred).
 * The first row, a trivial request (`{ __typename }` / `RETURN 1`), is the fixed cost of HTTP + GraphQL
 * against that of one driver round trip.
 * Run: npm run bench:api (BENCH_FILINGS=1000, BENCH_SECONDS=3, BENCH_CONCURRENCY=16 (a list runs each), BENCH_ROUNDS=5).
 */
const FILINGS = Number(process.env.BENCH_FILINGS ?? 1000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCIES = (process.env.BENCH_CONCURRENCY ?? '16').split(',').map(Number);
let CONCURRENCY = CONCURRENCIES[0]!;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARMUP_SECONDS = 2;

interface Figures {
  p50: number;
  p99: number;
  rps: number;
}

/** Starts a child process and resolves with the first stdout line matching `ready` (its capture group). */
function startChild(args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
    child.stdout!.on('data', (d: Buffer) => {
      if (out === null) return; // drained after start: request logs are read and dropped
      out += d.toString();
      const m = ready.exec(out);
      if (m) {
        out = null as never;
        ok({ child, url: m[1]! });
      }
    });
    child.once('exit', (code) => fail(new Error(`${args.join(' ')} exited with ${code}: ${err.trim()}`)));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.removeAllListeners('exit');
  await new Promise<void>((ok) => {
    child.once('exit', () => ok());
    child.kill('SIGTERM');
  });
}

/** Posts once and returns the body, failing on GraphQL errors: what every timed response must equal. */
async function answer(url: string, query: string): Promise<string> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const text = await res.text();
  const body = JSON.parse(text) as { errors?: unknown; data?: unknown };
  if (res.status !== 200 || body.errors || !body.data) throw new Error(`${url}: ${text.slice(0, 300)}`);
  return text;
}

async function httpLoad(url: string, query: string, expected: string, seconds: number): Promise<Figures> {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: CONCURRENCY,
    pipelining: 1,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    expectBody: expected,
  });
  const bad = result.non2xx + result.errors + result.timeouts + (result.mismatches ?? 0);
  if (bad > 0) throw new Error(`${url}: ${bad} bad responses under load`);
  // autocannon finishes on its 1 s tick, so throughput comes from Little's law, not the wall clock
  return { p50: result.latency.p50, p99: result.latency.p99, rps: (CONCURRENCY * 1000) / result.latency.mean };
}

async function driverLoad(run: () => Promise<unknown>, seconds: number): Promise<Figures> {
  const times: number[] = [];
  const started = process.hrtime.bigint();
  const until = started + BigInt(Math.round(seconds * 1e9));
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (process.hrtime.bigint() < until) {
        const t = process.hrtime.bigint();
        await run();
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }),
  );
  const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length * 0.5)]!, p99: times[Math.floor(times.length * 0.99)]!, rps: times.length / elapsed };
}

const medianBy = (xs: Figures[]): Figures => [...xs].sort((a, b) => a.p50 - b.p50)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'dg-api-bench-'));
  const local = await startLocalNeo4j({ home: join(work, 'neo4j'), port: 0, pageCacheMb: 256, heapMb: 512, fresh: true });
  const graph = await connectGraph({ uri: local.uri, user: 'neo4j', password: '', database: 'neo4j' });
  const children: ChildProcess[] = [];
  try {
    await setupSchema(graph.executor);
    writeCorpus(join(work, 'corpus'), FILINGS);
    const analyzer = await openAnalyzer({ url: loadEnv().NLP_URL });
    const loaded = await ingestFiles(graph.executor, [join(work, 'corpus'), join(__dirname, '..', '..', 'demo', 'filings')], { analyzer }).finally(() =>
      analyzer.close(),
    );
    if (loaded.errors.length > 0) throw new Error(`ingest failed: ${loaded.errors[0]!.file}: ${loaded.errors[0]!.reason}`);
    const repos = createRepositories(graph.executor);
    const env = { NEO4J_URI: local.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info' };
    const ours = await startChild([join(__dirname, '..', '..', 'dist', 'cli.js'), 'serve'], env, /GraphQL API at (\S+)/);
    children.push(ours.child);
    const theirs = await startChild([join(__dirname, 'neo4j-graphql-server.js')], env, /NEO4J_GRAPHQL_READY (\S+)/);
    children.push(theirs.child);

    const SEC = JSON.stringify(SECURITY_OFFICER_CODES);
    const TYPES = JSON.stringify(RELATION_TYPES);
    // [name, our query, the same question as Cypher through the driver, the same through @neo4j/graphql
    // (null for the questions of issue #11, which @neo4j/graphql has no schema for: a custom @cypher field
    // would be our statement again)]
    const cases: [string, string, () => Promise<unknown>, string | null][] = [
      ['trivial request (fixed cost)', '{ __typename }', () => graph.executor.ping(), '{ __typename }'],
      [
        'chairs who are directors',
        '{ chairsWhoAreDirectors { person { name } committee { name } company { name } } }',
        () => repos.analyst.chairsWhoAreDirectors(null, []),
        '{ people(where: { chairs: { some: { name: { contains: "" } } }, OR: [{ directorOf: { some: { name: { contains: "" } } } }, { roles: { some: { normalized: { eq: "DIRECTOR" } } } }] }) { name company { name } chairs { name } } }',
      ],
      [
        'reporting graph',
        '{ reportingChain(cik: "9900001", from: "CISO") { fiscalYear edges { from { name } to { name } } } }',
        () => repos.analyst.reportingChain('0009900001', 'CISO', null, 6, []),
        '{ reportingChain(cik: "0009900001", from: "CISO") { fiscalYear edges { from { name } to { name } } } }',
      ],
      [
        'oversight by kind',
        '{ oversight(committeeKind: AUDIT) { company { name } fiscalYear body { name } } }',
        () => repos.analyst.oversight(CommitteeKind.AUDIT, null, []),
        '{ committees(where: { kind: { eq: "audit" }, oversees: { some: { name: { contains: "" } } } }) { name company { name } oversightYears } }',
      ],
      [
        'security officers',
        '{ securityOfficers { company { name } officer { name } superiors { name } } }',
        () => repos.analyst.securityOfficers(null, []),
        `{ roles(where: { normalized: { in: ${SEC} } }) { name company { name } reportsToCommittees { name } reportsToRoles { name } } }`,
      ],
      [
        'flag rates by year',
        '{ flagRates(groupBy: YEAR) { element group rate } }',
        () => repos.analyst.flagRates('YEAR', null),
        '{ flagRatesByYear { element group rate } }',
      ],
      [
        'year-over-year changes',
        '{ changes(cik: "9900001", fromYear: 2024, toYear: 2025) { addedPeople removedCommittees } }',
        () => repos.analyst.changes('0009900001', 2024, 2025),
        '{ yearChanges(cik: "0009900001", fromYear: 2024, toYear: 2025) { addedPeople removedCommittees } }',
      ],
      [
        'relationship rows (page of 100)',
        '{ relationships(first: 100) { totalCount edges { node { cik type fromName toName } } } }',
        () => repos.filings.relationshipRows({}, null, 100, []),
        `{ relationshipRows(types: ${TYPES}, limit: 100) { cik type fromName toName } relationshipCount(types: ${TYPES}) }`,
      ],
      [
        'oversight moves (page of 100)',
        '{ oversightMoves(fromYear: 2024, toYear: 2025, first: 100) { totalCount edges { node { company { name } fromKinds toKinds } } } }',
        () => repos.analyst.oversightMoves(2024, 2025, null, 100, []),
        null,
      ],
      [
        'disclosure conflicts (page of 100)',
        '{ disclosureConflicts(first: 100) { totalCount edges { node { rule finding flag { element value } relations { toName } } } } }',
        () => repos.analyst.disclosureConflicts({}, null, 100),
        null,
      ],
      [
        'incidents with governance before',
        '{ incidents(first: 50) { totalCount edges { node { accession date amendments { accession } governanceBefore { overseers { name } } } } } }',
        // the same two statements the API runs: the page, then the governance of its incidents in one batch
        async () => {
          const page = await repos.incidents.page({}, null, 50);
          return repos.incidents.governanceBefore(page.rows.map((r) => r.id));
        },
        null,
      ],
    ];

    for (const concurrency of CONCURRENCIES) {
      CONCURRENCY = concurrency;
      console.log(`\n${FILINGS} synthetic filings + demo; ${SECONDS} s per measurement, ${CONCURRENCY} concurrent, median of ${ROUNDS} rounds`);
      console.log(
        '| query | ours p50 / p99 ms | req/s | Cypher p50 / p99 ms | req/s | @neo4j/graphql p50 / p99 ms | req/s | ours / Cypher | ours / @neo4j/graphql |',
      );
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const [name, query, cypher, neoQuery] of cases) {
        const expectedOurs = await answer(ours.url, query);
        const expectedTheirs = neoQuery === null ? null : await answer(theirs.url, neoQuery);
        const theirLoad = (seconds: number) => (neoQuery === null || expectedTheirs === null ? null : httpLoad(theirs.url, neoQuery, expectedTheirs, seconds));
        await httpLoad(ours.url, query, expectedOurs, WARMUP_SECONDS);
        await driverLoad(cypher, WARMUP_SECONDS);
        await theirLoad(WARMUP_SECONDS);
        const rounds: { g: Figures; c: Figures; n: Figures | null }[] = [];
        for (let r = 0; r < ROUNDS; r++) {
          rounds.push({
            g: await httpLoad(ours.url, query, expectedOurs, SECONDS),
            c: await driverLoad(cypher, SECONDS),
            n: await theirLoad(SECONDS),
          });
        }
        const g = medianBy(rounds.map((x) => x.g));
        const c = medianBy(rounds.map((x) => x.c));
        const theirRounds = rounds.flatMap((x) => (x.n ? [x.n] : []));
        const n = theirRounds.length > 0 ? medianBy(theirRounds) : null;
        const f = (x: Figures | null) => (x ? `${x.p50.toFixed(1)} / ${x.p99.toFixed(1)} | ${x.rps.toFixed(0)}` : '— | —');
        console.log(`| ${name} | ${f(g)} | ${f(c)} | ${f(n)} | ${(g.p50 / c.p50).toFixed(2)}x | ${n ? `${(g.p50 / n.p50).toFixed(2)}x` : '—'} |`);
      }
    }
  } finally {
    for (const child of children) await stopChild(child);
    await graph.close();
    await local.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

void main().catch((e) => {
  console.error(e);
  process.exit(1);
});
