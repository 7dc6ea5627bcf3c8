import type { Logger } from 'pino';
import type { Repositories } from '../graph/repositories';
import { createLoaders, type Loaders } from './loaders';

/** Built once per request: DataLoaders must never outlive the request that filled them. */
export interface ApiContext {
  readonly repos: Repositories;
  readonly loaders: Loaders;
  readonly log: Logger;
  readonly requestId: string;
  readonly canWrite: boolean;
}

export function createContext(repos: Repositories, log: Logger, requestId: string, canWrite: boolean): ApiContext {
  return { repos, loaders: createLoaders(repos), log, requestId, canWrite };
}
