import { resolve } from 'node:path';
import type { Env } from '../config/env';
import { connectGraph, type GraphConnection } from '../graph/connect';
import { startLocalNeo4j, type LocalNeo4j } from './local-neo4j';
import { findHolder } from './local-neo4j-lock';
import { setupSchema } from '../graph/schema-setup';

export interface Database {
  readonly graph: GraphConnection;
  readonly local: LocalNeo4j | null;
  /** Set when this process uses an embedded Neo4j another process of this project started (`attach`). */
  readonly attachedTo?: { launcherPid: number; ownerPid: number };
  close(): Promise<void>;
}

export interface EnsureOptions {
  /**
   * Without NEO4J_URI, when the embedded Neo4j's data directory is in use by a running launcher (a
   * `serve` or `npm start` in another terminal): use that launcher, at the Bolt address it advertises in
   * its pid file, instead of failing on its store lock. What `ingest` does; `serve` starts its own.
   */
  attach?: boolean;
}

/**
 * With NEO4J_URI: connect there. Without: build (once) and start the embedded launcher, then connect.
 * Either way the schema (constraints, indexes) is ensured before returning. `logError` hears of the
 * embedded JVM dying while in use (its exit, and its last output).
 */
export async function ensureDatabase(
  env: Env,
  log: (line: string) => void = () => undefined,
  logError: (line: string) => void = log,
  options: EnsureOptions = {},
): Promise<Database> {
  let local: LocalNeo4j | null = null;
  let uri = env.NEO4J_URI;
  let attachedTo: Database['attachedTo'];
  const home = resolve(env.NEO4J_LOCAL_HOME);
  const holder = !uri && options.attach ? findHolder(home) : null;
  if (holder?.kind === 'in-use') {
    if (!holder.uri)
      throw new Error(
        `embedded Neo4j: ${home} is being started by pid ${holder.parentPid} (launcher pid ${holder.pid}) and is not ready yet; run this again once it prints its banner`,
      );
    uri = holder.uri;
    attachedTo = { launcherPid: holder.pid, ownerPid: holder.parentPid };
    log(`using the embedded Neo4j that pid ${holder.parentPid} is running (${uri}, data in ${home})`);
  } else if (!uri) {
    local = await startLocalNeo4j({
      home,
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
    if (attachedTo) {
      const owner = attachedTo.ownerPid;
      await graph.executor.ping(10_000).catch((e: Error) => {
        throw new Error(`the embedded Neo4j that pid ${owner} runs does not answer at ${uri} (${e.message.split('\n')[0]}); is it still running?`);
      });
    }
    await setupSchema(graph.executor);
    return {
      graph,
      local,
      attachedTo,
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
