import { connectGraph } from '../../src/graph/connect';
import { createRepositories } from '../../src/graph/repositories';
import { createApolloServer } from '../../src/api/server';
import { startHttp, type RunningHttp } from '../../src/api/http-server';
import { createLogger } from '../../src/config/logger';
import { gql } from '../helpers/api';
import { testAnalyzer } from '../helpers/nlp';
import { createIngestService } from '../../src/ingest/ingest-service';

/** When Neo4j goes away: readiness says so, queries fail with a masked, stable error, liveness stays up. */
let api: RunningHttp;

beforeAll(async () => {
  const graph = await connectGraph({ uri: process.env.NEO4J_URI!, user: 'neo4j', password: '', database: 'neo4j' });
  await graph.close(); // the pool is closed: every read now fails inside the graph layer
  api = await startHttp(createApolloServer({ development: false, maxDepth: 10, maxCost: 20_000 }), createRepositories(graph.executor), createLogger('silent'), {
    ingest: createIngestService(graph.executor, testAnalyzer()),
    host: '127.0.0.1',
    port: 0,
    corsOrigins: [],
    apiKey: undefined,
    limits: { maxPageSize: 500, maxDepth: 10, maxCost: 20_000 },
  });
});
afterAll(async () => api.close());

test('readiness fails, liveness does not', async () => {
  const base = api.url.replace(/\/graphql$/, '');
  expect((await fetch(`${base}/health`)).status).toBe(200);
  const ready = await fetch(`${base}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ status: 'unavailable', reason: 'Neo4j is not reachable' });
});

test('a failing query returns a masked error with a stable code and no internals', async () => {
  const res = await gql(api.url, '{ companies { cik } }');
  expect(res.errors).toHaveLength(1);
  const [error] = res.errors!;
  expect(['UNAVAILABLE', 'INTERNAL_SERVER_ERROR']).toContain(error!.extensions!.code);
  expect(error!.message).toMatch(/^(internal error|the graph database is unavailable)$/);
  expect(JSON.stringify(res)).not.toMatch(/neo4j|driver|pool|stack|at /i);
});

test('production mode turns introspection off', async () => {
  const res = await gql(api.url, '{ __schema { types { name } } }');
  expect(res.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
});
