import { resolve } from 'node:path';
import type { Env } from '../config/env';
import { connectGraph, type GraphConnection } from '../graph/connect';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';
import { setupSchema } from '../graph/schema-setup';

export interface Database {
  readonly graph: GraphConnection;
  readonly local: LocalNeo4j | null;
  close(): Promise<void>;
}

/**
 * With NEO4J_URI: connect there. Without: build (once) and start the embedded launcher, then connect.
 * Either way the schema (constraints, indexes) is ensured before returning. `logError` hears of the
 * embedded JVM dying while in use (its exit, and its last output).
 */
export async function ensureDatabase(env: Env, log: (line: string) => void = () => undefined, logError: (line: string) => void = log): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = env.NEO4J_URI;
  if (!uri) {
    local = await startLocalNeo4j({
      home: resolve(env.NEO4J_LOCAL_HOME),
      port: env.NEO4J_LOCAL_PORT,
      pageCacheMb: env.NEO4J_PAGECACHE_MB,
      heapMb: env.NEO4J_HEAP_MB,
      log,
      onUnexpectedExit: logError,
    });
    uri = local.uri;
  }
  try {
    const graph = await connectGraph({
      uri,
      user: env.NEO4J_USER,
      password: env.NEO4J_PASSWORD,
      database: env.NEO4J_DATABASE,
      readTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
      writeTimeoutMs: env.NEO4J_WRITE_TIMEOUT_MS,
    });
    await setupSchema(graph.executor);
    return {
      graph,
      local,
      close: async () => {
        await graph.close();
        await local?.stop();
      },
    };
  } catch (e) {
    await local?.stop();
    throw e;
  }
}
