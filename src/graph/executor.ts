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

/**
 * Runs Queries through managed transactions: reads with executeRead (routable to secondaries in a
 * cluster), writes with executeWrite (retried on transient errors). Driver values (Integer, temporal,
 * Node) are converted to plain JS before they leave.
 */
export class Executor {
  constructor(private readonly driver: Driver, private readonly database: string) {}

  async read(query: Query): Promise<Row[]> {
    return this.withSession('READ', (tx) => runOne(tx, query));
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

/** Driver values → plain JS: Integer → number, Node/Relationship → properties, temporal → ISO string. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) return toPlain((value as { properties: unknown }).properties);
    if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
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
