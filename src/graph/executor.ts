import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Query } from './query';

/** Our own closed set of graph failure codes; driver errors never leave graph/ as they are. */
export type GraphErrorCode = 'GRAPH_UNAVAILABLE' | 'GRAPH_CONSTRAINT' | 'GRAPH_QUERY' | 'GRAPH_TIMEOUT';

export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}

export type Row = Record<string, unknown>;

const MAX_READ_RETRIES = 2;

export interface ExecutorOptions {
  /** Transaction timeout of every read, enforced by Neo4j (ends as GRAPH_TIMEOUT). */
  readTimeoutMs: number;
  /** Transaction timeout of every write and schema statement. */
  writeTimeoutMs: number;
  /**
   * How much longer than its timeout the client waits for Neo4j's answer before it gives up on its own
   * (GRAPH_UNAVAILABLE): a Neo4j that is stopped, not dead, never reports its timeout.
   */
  graceMs: number;
}

export const DEFAULT_EXECUTOR_OPTIONS: ExecutorOptions = { readTimeoutMs: 15_000, writeTimeoutMs: 120_000, graceMs: 5_000 };

/** One run-away statement must not hold a core: every transaction has a timeout, and the client a deadline. */
type Bound = { timeoutMs: number; deadlineMs: number };

/**
 * Runs Queries: single reads as auto-commit queries in READ sessions (routable to secondaries in a
 * cluster), several reads and all writes in managed transactions (retried on transient errors).
 * Driver values (Integer, temporal, Node) are converted to plain JS before they leave. Every statement
 * runs with a transaction timeout (Neo4j ends it: GRAPH_TIMEOUT) and under a client deadline a little
 * longer (a Neo4j that does not answer at all: GRAPH_UNAVAILABLE).
 */
export class Executor {
  private readonly readBound: Bound;
  private readonly writeBound: Bound;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    opts: Partial<ExecutorOptions> = {},
  ) {
    const o = { ...DEFAULT_EXECUTOR_OPTIONS, ...opts };
    this.readBound = { timeoutMs: o.readTimeoutMs, deadlineMs: o.readTimeoutMs + o.graceMs };
    this.writeBound = { timeoutMs: o.writeTimeoutMs, deadlineMs: o.writeTimeoutMs + o.graceMs };
  }

  /**
   * One read as an auto-commit query: one round trip (RUN + PULL) instead of a transaction's BEGIN,
   * RUN + PULL and COMMIT, which measured 1.3-2x the requests/s on the API's queries. What a managed
   * transaction would retry (transient errors, a lost connection) is retried here, at most twice.
   */
  async read(query: Query, bound: Bound = this.readBound): Promise<Row[]> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.bounded('READ', bound, async (session) => {
          const result = await session.run(query.cypher, query.params, { timeout: bound.timeoutMs });
          return result.records.map((r) => toPlain(r.toObject()) as Row);
        });
      } catch (e) {
        if (attempt < MAX_READ_RETRIES && !(e instanceof GraphError) && neo4j.isRetryableError(e)) continue;
        throw toGraphError(e);
      }
    }
  }

  /** Several reads in one transaction, for a consistent snapshot across them. */
  async readAll(queries: readonly Query[]): Promise<Row[][]> {
    return this.transaction('READ', this.readBound, async (run) => {
      const out: Row[][] = [];
      for (const query of queries) out.push(await run(query));
      return out;
    });
  }

  /** All queries commit together or not at all. */
  async write(queries: readonly Query[]): Promise<Row[][]> {
    return this.writeWith(async (run) => {
      const out: Row[][] = [];
      for (const query of queries) out.push(await run(query));
      return out;
    });
  }

  /**
   * One write transaction whose later statements depend on what earlier ones returned; all commit
   * together. The work may run more than once (a deadlock or another transient error retries it), so
   * it must decide everything from what it reads inside the transaction.
   */
  async writeWith<T>(work: (run: (query: Query) => Promise<Row[]>) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', this.writeBound, work);
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(queries: readonly Query[]): Promise<void> {
    for (const query of queries) await this.transaction('WRITE', this.writeBound, (run) => run(query));
  }

  /** Neo4j answers a trivial query within `withinMs` (for readiness checks), else a GraphError. */
  async ping(withinMs = 1_500): Promise<void> {
    const timeoutMs = Math.max(100, Math.floor(withinMs * 0.6));
    await this.read({ cypher: 'RETURN 1 AS ok', params: {} }, { timeoutMs, deadlineMs: withinMs });
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', bound: Bound, work: (run: (query: Query) => Promise<Row[]>) => Promise<T>): Promise<T> {
    try {
      return await this.bounded(mode, bound, (session) => {
        const txWork = (tx: ManagedTransaction) => work((query) => runOne(tx, query));
        const config = { timeout: bound.timeoutMs };
        return mode === 'READ' ? session.executeRead(txWork, config) : session.executeWrite(txWork, config);
      });
    } catch (e) {
      throw toGraphError(e);
    }
  }

  /**
   * A session for one unit of work, under the client deadline. When the deadline passes first the
   * session is closed in the background (it may never answer) and the caller gets GRAPH_UNAVAILABLE.
   */
  private async bounded<T>(mode: 'READ' | 'WRITE', bound: Bound, work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_ok, fail) => {
      timer = setTimeout(() => fail(new GraphError('GRAPH_UNAVAILABLE', `Neo4j did not answer within ${bound.deadlineMs} ms`)), bound.deadlineMs);
    });
    let answered = false;
    try {
      const result = await Promise.race([work(session), deadline]);
      answered = true;
      return result;
    } catch (e) {
      answered = !(e instanceof GraphError && e.code === 'GRAPH_UNAVAILABLE');
      throw e;
    } finally {
      clearTimeout(timer);
      if (answered) await session.close().catch(() => undefined);
      else void session.close().catch(() => undefined);
    }
  }
}

async function runOne(tx: ManagedTransaction, query: Query): Promise<Row[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((r) => toPlain(r.toObject()) as Row);
}

/**
 * Driver values → plain JS: Integer → number, Node/Relationship → properties, temporal → ISO string.
 * Copy-on-convert: an answer that is already plain (maps, lists, strings, numbers) is returned as is,
 * so large answers are not copied once more before validation.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = toPlain(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) return toPlain({ ...(value as { properties: object }).properties });
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return String(value);
  let out: Record<string, unknown> | null = null;
  for (const k in value) {
    const before = (value as Record<string, unknown>)[k];
    const v = toPlain(before);
    if (v !== before) (out ??= { ...(value as Record<string, unknown>) })[k] = v;
  }
  return out ?? value;
}

function toGraphError(e: unknown): GraphError {
  if (e instanceof GraphError) return e;
  const err = e as { code?: string; message?: string };
  const code = err.code ?? '';
  const message = String(err.message ?? e).split('\n')[0]!;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /^Connection acquisition timed out/.test(message)) {
    return new GraphError('GRAPH_UNAVAILABLE', `Neo4j unavailable: ${message}`, { cause: e });
  }
  if (code.includes('ConstraintValidationFailed')) return new GraphError('GRAPH_CONSTRAINT', message, { cause: e });
  // the client's transaction timeout (TransactionTimedOutClientConfiguration), the server's own, or a
  // transaction ended while it waited for a lock (LockClientStopped: the timeout passed during the wait)
  if (code.includes('TransactionTimedOut') || code.endsWith('LockClientStopped')) return new GraphError('GRAPH_TIMEOUT', message, { cause: e });
  return new GraphError('GRAPH_QUERY', message, { cause: e });
}
