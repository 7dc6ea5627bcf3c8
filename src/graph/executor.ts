import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Query } from './query';

/** Our own closed set of graph failure codes; driver errors never leave graph/ as they are. */
export type GraphErrorCode = 'GRAPH_UNAVAILABLE' | 'GRAPH_CONSTRAINT' | 'GRAPH_QUERY' | 'GRAPH_TIMEOUT';

export class GraphError extends Error {
  constructor(readonly code: GraphErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GraphError';
  }
}

export type Row = Record<string, unknown>;

const MAX_READ_RETRIES = 2;

/**
 * Runs Queries: single reads as auto-commit queries in READ sessions (routable to secondaries in a
 * cluster), several reads and all writes in managed transactions (retried on transient errors).
 * Driver values (Integer, temporal, Node) are converted to plain JS before they leave.
 */
export class Executor {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  /**
   * One read as an auto-commit query: one round trip (RUN + PULL) instead of a transaction's BEGIN,
   * RUN + PULL and COMMIT, which measured 1.3-2x the requests/s on the API's queries. What a managed
   * transaction would retry (transient errors, a lost connection) is retried here, at most twice.
   */
  async read(query: Query): Promise<Row[]> {
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.run(query.cypher, query.params);
        return result.records.map((r) => toPlain(r.toObject()) as Row);
      } catch (e) {
        if (attempt < MAX_READ_RETRIES && neo4j.isRetryableError(e)) continue;
        throw toGraphError(e);
      } finally {
        await session.close();
      }
    }
  }

  /** Several reads in one transaction, for a consistent snapshot across them. */
  async readAll(queries: readonly Query[]): Promise<Row[][]> {
    return this.withSession('READ', async (tx) => {
      const out: Row[][] = [];
      for (const query of queries) out.push(await runOne(tx, query));
      return out;
    });
  }

  /** All queries commit together or not at all. */
  async write(queries: readonly Query[]): Promise<Row[][]> {
    return this.withSession('WRITE', async (tx) => {
      const out: Row[][] = [];
      for (const query of queries) out.push(await runOne(tx, query));
      return out;
    });
  }

  /** Schema statements (constraints, indexes) cannot share a transaction with data writes. */
  async schema(queries: readonly Query[]): Promise<void> {
    for (const query of queries) await this.withSession('WRITE', (tx) => runOne(tx, query));
  }

  async ping(): Promise<void> {
    await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
  }

  private async withSession<T>(mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    try {
      return mode === 'READ' ? await session.executeRead(work) : await session.executeWrite(work);
    } catch (e) {
      throw toGraphError(e);
    } finally {
      await session.close();
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
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') return new GraphError('GRAPH_UNAVAILABLE', `Neo4j unavailable: ${message}`, { cause: e });
  if (code.includes('ConstraintValidationFailed')) return new GraphError('GRAPH_CONSTRAINT', message, { cause: e });
  if (code.includes('TransactionTimedOut')) return new GraphError('GRAPH_TIMEOUT', message, { cause: e });
  return new GraphError('GRAPH_QUERY', message, { cause: e });
}
