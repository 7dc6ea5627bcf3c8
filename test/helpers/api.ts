import type { GraphConnection } from '../../src/graph/connect';
import { createRepositories } from '../../src/graph/repositories';
import { createApolloServer } from '../../src/api/server';
import { startHttp, type RunningHttp } from '../../src/api/http-server';
import { createLogger } from '../../src/config/logger';

/** The real server on a free loopback port, over the test run's Neo4j. */
export async function startTestApi(graph: GraphConnection, opts: { apiKey?: string } = {}): Promise<RunningHttp> {
  const apollo = createApolloServer({ development: true, maxDepth: 10, maxCost: 20_000 });
  return startHttp(apollo, createRepositories(graph.executor), createLogger('silent'), {
    host: '127.0.0.1', port: 0, corsOrigins: ['https://bi.example'], apiKey: opts.apiKey, limits: { maxPageSize: 500, maxDepth: 10, maxCost: 20_000 },
  });
}

export async function gql<T = any>(url: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: { code?: string } }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: never };
  return { status: res.status, ...body };
}
