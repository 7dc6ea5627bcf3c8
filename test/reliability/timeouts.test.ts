import { connectGraph, type GraphConnection } from '../../src/graph/connect';
import { GraphError } from '../../src/graph/executor';
import { q } from '../../src/graph/query';
import type { RunningHttp } from '../../src/api/http-server';
import { capturingLogger, gql, startTestApi } from '../helpers/api';
import { rpage } from '../helpers/fixtures';
import { deleteCompanies, testGraph } from '../helpers/graph';

/**
 * Issue #13, 2: every Cypher statement runs with a transaction timeout, and one that runs over it ends
 * as QUERY_TIMEOUT for the client, not as an internal error and not after minutes of Neo4j CPU.
 */
const CIK = '0000996001';
let graph: GraphConnection;
let short: GraphConnection;
let api5s: GraphConnection;
beforeAll(async () => {
  graph = await testGraph();
  await deleteCompanies(graph, [CIK]);
  short = await connectGraph({
    uri: process.env.NEO4J_URI!,
    user: 'neo4j',
    password: '',
    database: 'neo4j',
    readTimeoutMs: 500,
    writeTimeoutMs: 1_000,
    graceMs: 20_000,
  });
  // writes get 5 s: enough for a first write to plan its statements on a cold Neo4j
  api5s = await connectGraph({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: 'neo4j', writeTimeoutMs: 5_000, graceMs: 20_000 });
});
afterAll(async () => {
  await short.close();
  await api5s.close();
  await deleteCompanies(graph, [CIK]);
  await graph.close();
});

// counts to two billion: far longer than any timeout here, on any machine
const RUNAWAY = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n';

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

test('a read, a read transaction and a write that run over the timeout are ended by Neo4j as GRAPH_TIMEOUT', async () => {
  for (const run of [
    () => short.executor.read(q(RUNAWAY)),
    () => short.executor.readAll([q('RETURN 1'), q(RUNAWAY)]),
    () => short.executor.write([q(`${RUNAWAY.replace('RETURN count(x) AS n', 'CREATE (:Never {x: x})')}`)]),
  ]) {
    const e = await failure(run());
    expect(e).toBeInstanceOf(GraphError);
    expect((e as GraphError).code).toBe('GRAPH_TIMEOUT');
  }
  // the executor goes on answering
  expect(await short.executor.read(q('RETURN 1 AS ok'))).toEqual([{ ok: 1 }]);
  expect(await graph.executor.read(q('MATCH (n:Never) RETURN count(n) AS n'))).toEqual([{ n: 0 }]);
});

describe('through the API', () => {
  const API_KEY = 'timeouts-test-key-0123456789';
  let api: RunningHttp;
  const capture = capturingLogger();
  beforeAll(async () => {
    api = await startTestApi(graph, { apiKey: API_KEY, executor: api5s.executor, log: capture.log, development: false });
  });
  afterAll(async () => api.close());

  test('a write that waits on a lock past its timeout is QUERY_TIMEOUT, logged with its cause and request id', async () => {
    const m = 'mutation($i: IngestFilingInput!) { ingestFiling(input: $i) { outcome } }';
    const input = (engaged: boolean) => ({
      name: 'timeout.txt',
      content: rpage({ flags: { 'Cybersecurity Risk Management Third Party Engaged': engaged } }),
      cik: CIK,
      company: 'Timeout Co',
      form: 'FORM_10_K',
      fiscalYear: 2024,
    });
    const first = await gql(api.url, m, { i: input(true) }, { 'x-api-key': API_KEY });
    expect(first.errors).toBeUndefined();
    // another writer holds the filing's lock (an open transaction) while the API writes a new version of it
    let release!: () => void;
    const released = new Promise<void>((ok) => (release = ok));
    let locked!: () => void;
    const isLocked = new Promise<void>((ok) => (locked = ok));
    const holder = graph.executor.writeWith(async (run) => {
      await run(q('MATCH (:Company {cik: $cik})-[:FILED]->(f:Filing) SET f.heldByTest = true', { cik: CIK }));
      locked();
      await released;
    });
    await isLocked;
    let res;
    try {
      res = await gql(api.url, m, { i: input(false) }, { 'x-api-key': API_KEY });
    } finally {
      release();
      await holder;
    }
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: 'the query ran longer than the time limit',
      extensions: { code: 'QUERY_TIMEOUT', requestId: res.requestId },
    });
    const logged = capture.lines().find((l) => l.msg === 'request error (masked)' && l.requestId === res.requestId);
    expect(logged).toMatchObject({
      level: 40,
      code: 'QUERY_TIMEOUT',
      path: 'ingestFiling',
      err: { type: 'GraphError', message: expect.stringMatching(/terminated/) },
    });
    // once the lock is gone the same write goes through
    const again = await gql(api.url, m, { i: input(false) }, { 'x-api-key': API_KEY });
    expect(again.errors).toBeUndefined();
    expect(again.data.ingestFiling.outcome).toBe('WRITTEN');
  });
});
