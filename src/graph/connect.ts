import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_EXECUTOR_OPTIONS, Executor, type ExecutorOptions } from './executor';

export interface GraphConnection {
  readonly uri: string;
  readonly executor: Executor;
  close(): Promise<void>;
}

export interface ConnectOptions extends Partial<ExecutorOptions> {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * How long to wait for a connection from the pool, and for a new one to be established (TCP and Bolt
 * handshake). Short on purpose: a Neo4j that does not answer (stopped, overloaded, a half-open network)
 * should be reported as unavailable in seconds, not after the driver's 60 s / 30 s defaults.
 */
const CONNECTION_TIMEOUT_MS = 5_000;
const ACQUISITION_TIMEOUT_MS = 5_000;

/** One driver per process (it is the connection pool); bolt://, neo4j://, neo4j+s:// all work. */
export async function connectGraph(opts: ConnectOptions): Promise<GraphConnection> {
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
    connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
    connectionTimeout: CONNECTION_TIMEOUT_MS,
    maxTransactionRetryTime: 30_000,
    logging: { level: 'error', logger: () => undefined },
    // integers arrive as JS numbers (counts, years, offsets: all far below 2^53), so most answers need
    // no conversion and toPlain hands them on without copying
    disableLosslessIntegers: true,
  });
  try {
    await driver.getServerInfo({ database: opts.database });
  } catch (e) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${opts.uri}: ${String((e as Error).message).split('\n')[0]}`, { cause: e });
  }
  const executor = new Executor(driver, opts.database, {
    readTimeoutMs: opts.readTimeoutMs ?? DEFAULT_EXECUTOR_OPTIONS.readTimeoutMs,
    writeTimeoutMs: opts.writeTimeoutMs ?? DEFAULT_EXECUTOR_OPTIONS.writeTimeoutMs,
    graceMs: opts.graceMs ?? DEFAULT_EXECUTOR_OPTIONS.graceMs,
  });
  return { uri: opts.uri, executor, close: () => driver.close() };
}
