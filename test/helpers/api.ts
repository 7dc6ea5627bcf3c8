import { resolve } from 'node:path';
import type { GraphConnection } from '../../src/graph/connect';
import { ingestFiles } from '../../src/ingest/ingest';
import { createIngestService } from '../../src/ingest/ingest-service';
import { deleteCompanies, testGraph } from './graph';
import { createRepositories } from '../../src/graph/repositories';
import { createApolloServer, EXAMPLE_QUERY } from '../../src/api/server';
import { createIde } from '../../src/api/ide';
import { ideTabs } from '../../src/api/ide-examples';
import { startHttp, type RunningHttp } from '../../src/api/http-server';
import { createLogger } from '../../src/config/logger';
import { testAnalyzer } from './nlp';
import pino, { type Logger } from 'pino';
import type { Executor } from '../../src/graph/executor';

export interface TestApiOptions {
  apiKey?: string;
  /** false: production mode (no introspection, no suggestions). */
  development?: boolean;
  maxCost?: number;
  log?: Logger;
  /** Another executor over the test run's Neo4j (different timeouts). */
  executor?: Executor;
}

/** The real server on a free loopback port, over the test run's Neo4j. */
export async function startTestApi(graph: GraphConnection, opts: TestApiOptions = {}): Promise<RunningHttp> {
  const maxCost = opts.maxCost ?? 20_000;
  const development = opts.development ?? true;
  const apollo = createApolloServer({ development, maxDepth: 10, maxCost });
  const executor = opts.executor ?? graph.executor;
  return startHttp(apollo, createRepositories(executor), opts.log ?? createLogger('silent'), {
    ingest: createIngestService(executor, testAnalyzer()),
    host: '127.0.0.1',
    port: 0,
    corsOrigins: ['https://bi.example'],
    apiKey: opts.apiKey,
    limits: { maxPageSize: 500, maxDepth: 10, maxCost },
    // as src/cli.ts wires it: the IDE outside production only
    ide: development ? createIde({ endpoint: '/graphql', tabs: ideTabs(EXAMPLE_QUERY) }) : undefined,
  });
}

/** A pino logger whose JSON lines the test can read. */
export function capturingLogger(): { log: Logger; lines: () => Record<string, any>[] } {
  const chunks: string[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => void chunks.push(s) });
  return {
    log,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, any>),
  };
}

export async function gql<T = any>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; requestId: string | null; data?: T; errors?: { message: string; extensions?: { code?: string; requestId?: string } }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: never };
  return { status: res.status, requestId: res.headers.get('x-request-id'), ...body };
}

export const DEMO_FILINGS = resolve(__dirname, '..', '..', 'demo', 'filings');
export const DEMO_CIKS = ['0009900001', '0009900002', '0009900003', '0009900004'];

/**
 * The project's demo filings ingested into the test run's Neo4j, and the real server over them, for one
 * test file; the demo companies (and `extraCiks`, written by the file's own tests) are removed after it.
 */
export function useDemoApi(opts: { apiKey?: string; extraCiks?: string[] } = {}): { graph: GraphConnection; api: RunningHttp } {
  const ctx = {} as { graph: GraphConnection; api: RunningHttp };
  const ciks = [...DEMO_CIKS, ...(opts.extraCiks ?? [])];
  beforeAll(async () => {
    ctx.graph = await testGraph();
    await deleteCompanies(ctx.graph, ciks);
    const summary = await ingestFiles(ctx.graph.executor, [DEMO_FILINGS], { analyzer: testAnalyzer() });
    expect(summary.errors).toEqual([]);
    ctx.api = await startTestApi(ctx.graph, { apiKey: opts.apiKey });
  });
  afterAll(async () => {
    await ctx.api.close();
    await deleteCompanies(ctx.graph, ciks);
    await ctx.graph.close();
  });
  return ctx;
}
