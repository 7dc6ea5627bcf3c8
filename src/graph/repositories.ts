import { AnalystRepository } from './analyst-repository';
import { CompanyRepository } from './company-repository';
import { EntityRepository } from './entity-repository';
import type { Executor } from './executor';
import { FilingRepository } from './filing-repository';

/** Every read the API can make, grouped by what it reads. */
export interface Repositories {
  readonly companies: CompanyRepository;
  readonly filings: FilingRepository;
  readonly entities: EntityRepository;
  readonly analyst: AnalystRepository;
  readonly executor: Executor;
}

export function createRepositories(executor: Executor): Repositories {
  return {
    companies: new CompanyRepository(executor),
    filings: new FilingRepository(executor),
    entities: new EntityRepository(executor),
    analyst: new AnalystRepository(executor),
    executor,
  };
}
