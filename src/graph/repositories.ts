import { AnalystRepository } from './analyst-repository';
import { CompanyRepository } from './company-repository';
import { EntityRepository } from './entity-repository';
import type { Executor } from './executor';
import { FilingRepository } from './filing-repository';
import { IncidentRepository } from './incident-repository';

/** Whether Neo4j answers, within a bound (the API's /ready). */
export interface HealthCheck {
  ping(withinMs: number): Promise<void>;
}

/**
 * Every read the API can make, grouped by what it reads. The executor itself stays in graph/: the API
 * gets what these expose, never a way to run a statement of its own.
 */
export interface Repositories {
  readonly companies: CompanyRepository;
  readonly filings: FilingRepository;
  readonly entities: EntityRepository;
  readonly analyst: AnalystRepository;
  readonly incidents: IncidentRepository;
  readonly health: HealthCheck;
}

export function createRepositories(executor: Executor): Repositories {
  return {
    companies: new CompanyRepository(executor),
    filings: new FilingRepository(executor),
    entities: new EntityRepository(executor),
    analyst: new AnalystRepository(executor),
    incidents: new IncidentRepository(executor),
    health: { ping: (withinMs) => executor.ping(withinMs) },
  };
}
