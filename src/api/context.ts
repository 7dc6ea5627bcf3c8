import type { Logger } from 'pino';
import type { Repositories } from '../graph/repositories';
import type { TextIngestService } from '../domain/ingest-service';
import { createLoaders, type Loaders } from './loaders';

export interface ApiLimits {
  maxPageSize: number;
  maxDepth: number;
  maxCost: number;
}

/** Built once per request: DataLoaders must never outlive the request that filled them. */
export interface ApiContext {
  readonly repos: Repositories;
  readonly loaders: Loaders;
  readonly log: Logger;
  readonly requestId: string;
  /** True only when the request carried the configured API key: writes need it. */
  readonly canWrite: boolean;
  readonly limits: ApiLimits;
  /** The pipeline for filings sent to ingestFiling (src/ingest implements it; resolvers never run it themselves). */
  readonly ingest: TextIngestService;
}

export function createContext(
  repos: Repositories,
  log: Logger,
  requestId: string,
  canWrite: boolean,
  limits: ApiLimits,
  ingest: TextIngestService,
): ApiContext {
  return { repos, loaders: createLoaders(repos), log, requestId, canWrite, limits, ingest };
}
