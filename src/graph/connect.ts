import neo4j, { type Driver } from 'neo4j-driver';
import { Executor } from './executor';

export interface GraphConnection {
  readonly uri: string;
  readonly executor: Executor;
  close(): Promise<void>;
}

export interface ConnectOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** One driver per process (it is the connection pool); bolt://, neo4j://, neo4j+s:// all work. */
export async function connectGraph(opts: ConnectOptions): Promise<GraphConnection> {
  const driver: Driver = neo4j.driver(opts.uri, neo4j.auth.basic(opts.user, opts.password), {
    connectionAcquisitionTimeout: 30_000,
    maxTransactionRetryTime: 15_000,
    logging: { level: 'error', logger: () => undefined },
    // integers arrive as JS numbers (counts, years, offsets: all far below 2^53), so most answers need
    // no conversion and toPlain hands them on without copying
    disableLosslessIntegers: true,
  });
  try {
    await driver.getServerInfo({ database: opts.database });
  } catch (e) {
    await driver.close();
    throw new Error(`cannot reach Neo4j at ${opts.uri}: ${String((e as Error).message).split('\n')[0]}`);
  }
  return { uri: opts.uri, executor: new Executor(driver, opts.database), close: () => driver.close() };
}
