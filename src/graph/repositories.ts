import { CompanyRepository } from './company-repository';
import type { Executor } from './executor';

/** Every read the API can make, grouped by what it reads. */
export interface Repositories {
  readonly companies: CompanyRepository;
  readonly executor: Executor;
}

export function createRepositories(executor: Executor): Repositories {
  return { companies: new CompanyRepository(executor), executor };
}
