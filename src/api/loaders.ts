import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories';
import type { CompanyRecord, EntityRecord, FactRecord, FilingRecord, FlagRecord, LinkRecord } from '../graph/records';

/** One round trip per level of a query: every loader batches by key and answers in key order. */
export interface Loaders {
  company: DataLoader<string, CompanyRecord | null>;
  filing: DataLoader<string, FilingRecord | null>;
  filingsOfCompany: DataLoader<string, FilingRecord[]>;
  flagsOfFiling: DataLoader<string, FlagRecord[]>;
  factsOfFiling: DataLoader<string, FactRecord[]>;
  entity: DataLoader<string, EntityRecord | null>;
  /** key: `${label}|${cik}` */
  entitiesOfCompany: DataLoader<string, EntityRecord[]>;
  namesakes: DataLoader<string, EntityRecord[]>;
  /** Links in one direction for some relation types, batched across all entities asking the same. */
  links(direction: 'OUT' | 'IN', types: readonly string[] | null): DataLoader<string, LinkRecord[]>;
}

export function groupBy<T, K>(items: readonly T[], keys: readonly K[], keyOf: (item: T) => K): T[][] {
  const map = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const item of items) map.get(keyOf(item))?.push(item);
  return keys.map((k) => map.get(k)!);
}

const first = <T>(lists: T[][]): (T | null)[] => lists.map((l) => l[0] ?? null);

export function createLoaders(repos: Repositories): Loaders {
  const linkLoaders = new Map<string, DataLoader<string, LinkRecord[]>>();
  return {
    company: new DataLoader(async (ciks) => first(groupBy(await repos.companies.byCiks(ciks), ciks, (r) => r.cik))),
    filing: new DataLoader(async (ids) => first(groupBy(await repos.filings.byIds(ids), ids, (r) => r.id))),
    filingsOfCompany: new DataLoader(async (ciks) => groupBy(await repos.companies.filingsOf(ciks), ciks, (r) => r.cik)),
    flagsOfFiling: new DataLoader(async (ids) => groupBy(await repos.companies.flagsOf(ids), ids, (r) => r.filingId)),
    factsOfFiling: new DataLoader(async (ids) => groupBy(await repos.filings.factsOf(ids), ids, (r) => r.filingId)),
    entity: new DataLoader(async (keys) => first(groupBy(await repos.entities.byKeys(keys), keys, (r) => r.id))),
    entitiesOfCompany: new DataLoader(async (keys) => {
      const byLabel = new Map<string, string[]>();
      for (const k of keys) {
        const [label, cik] = k.split('|') as [string, string];
        byLabel.set(label, [...(byLabel.get(label) ?? []), cik]);
      }
      const found = new Map<string, EntityRecord[]>(keys.map((k) => [k, []]));
      for (const [label, ciks] of byLabel) for (const e of await repos.entities.ofCompanies(ciks, label)) found.get(`${label}|${e.cik}`)?.push(e);
      return keys.map((k) => found.get(k)!);
    }),
    namesakes: new DataLoader(async (keys) => groupBy(await repos.entities.namesakes(keys), keys, (r) => r.key).map((l) => l.map((x) => x.person))),
    links(direction, types) {
      const id = `${direction}|${types?.join(',') ?? '*'}`;
      let loader = linkLoaders.get(id);
      if (!loader) {
        loader = new DataLoader(async (keys) => groupBy(await repos.entities.links(keys, direction, types), keys, (r) => r.key));
        linkLoaders.set(id, loader);
      }
      return loader;
    },
  };
}
