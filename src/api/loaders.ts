import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories';
import type { CompanyRecord, FilingRecord, FlagRecord } from '../graph/records';

/** One round trip per level of a query: every loader batches by key and answers in key order. */
export interface Loaders {
  company: DataLoader<string, CompanyRecord | null>;
  filingsOfCompany: DataLoader<string, FilingRecord[]>;
  flagsOfFiling: DataLoader<string, FlagRecord[]>;
}

export function groupBy<T, K>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): T[][] {
  const map = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const item of items) map.get(keyOf(item))?.push(item);
  return keys.map((k) => map.get(k)!);
}

export function createLoaders(repos: Repositories): Loaders {
  return {
    company: new DataLoader(async (ciks) => {
      const rows = await repos.companies.byCiks(ciks);
      return groupBy(rows, ciks, (r) => r.cik).map((list) => list[0] ?? null);
    }),
    filingsOfCompany: new DataLoader(async (ciks) => groupBy(await repos.companies.filingsOf(ciks), ciks, (r) => r.cik)),
    flagsOfFiling: new DataLoader(async (ids) => groupBy(await repos.companies.flagsOf(ids), ids, (r) => r.filingId)),
  };
}
