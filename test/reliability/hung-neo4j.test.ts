import { connectGraph, type GraphConnection } from '../../src/graph/connect';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/embedded-neo4j/local-neo4j';
import type { RunningHttp } from '../../src/api/http-server';
import { setupSchema } from '../../src/graph/schema-setup';
import { gql, startTestApi } from '../helpers/api';
import { tempDir } from '../helpers/fixtures';

/**
 * Issue #13, 6: a Neo4j that is stopped (SIGSTOP: it accepts connections and never answers), not dead.
 * /ready must still answer, with 503, and queries must fail as UNAVAILABLE rather than hang or come
 * back as internal errors; when Neo4j resumes, so does the API. This file runs its own embedded Neo4j,
 * so stopping it touches no other test.
 */
let neo4j: LocalNeo4j;
let graph: GraphConnection;
let api: RunningHttp;
let base: string;

beforeAll(async () => {
  neo4j = await startLocalNeo4j({ home: tempDir('dg-hung-neo4j-'), port: 0, pageCacheMb: 32, heapMb: 256, fresh: true });
  graph = await connectGraph({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', readTimeoutMs: 2_000, graceMs: 1_000 });
  await setupSchema(graph.executor);
  api = await startTestApi(graph, { development: false });
  base = api.url.replace(/\/graphql$/, '');
}, 180_000);
afterAll(async () => {
  process.kill(neo4j.pid, 'SIGCONT');
  await api.close();
  await graph.close();
  await neo4j.stop();
});

// the outcome bound: a request that has not answered by then has hung (the test fails on the abort)
const within = (ms: number) => ({ signal: AbortSignal.timeout(ms) });

test('stopped Neo4j: /ready is 503 and queries are UNAVAILABLE; resumed: both recover', async () => {
  // warm: the pool holds open connections, which the stopped Neo4j will never answer on
  expect((await fetch(`${base}/ready`, within(5_000))).status).toBe(200);
  await Promise.all([1, 2, 3, 4].map(async () => expect((await gql(api.url, '{ companies { cik } }')).errors).toBeUndefined()));

  process.kill(neo4j.pid, 'SIGSTOP');
  try {
    const ready = await fetch(`${base}/ready`, within(4_000));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'Neo4j is not reachable' });
    expect((await fetch(`${base}/health`, within(2_000))).status).toBe(200);
    // several at once: the pooled connections and new ones alike
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => gql(api.url, '{ companies { cik } filings { totalCount } }')));
    for (const res of answers) {
      expect(res.errors!.map((e) => e.extensions!.code)).toContain('UNAVAILABLE');
      expect(res.errors!.every((e) => ['UNAVAILABLE'].includes(e.extensions!.code!))).toBe(true);
      expect(res.errors![0]).toMatchObject({ message: 'the graph database is unavailable', extensions: { requestId: res.requestId } });
    }
    expect((await fetch(`${base}/ready`, within(4_000))).status).toBe(503);
  } finally {
    process.kill(neo4j.pid, 'SIGCONT');
  }

  let ready = 0;
  for (let i = 0; i < 60 && ready !== 200; i++) {
    ready = (await fetch(`${base}/ready`, within(4_000))).status;
    if (ready !== 200) await new Promise((ok) => setTimeout(ok, 500));
  }
  expect(ready).toBe(200);
  const after = await gql(api.url, '{ companies { cik } }');
  expect(after.errors).toBeUndefined();
});
