import DataLoader from 'dataloader';
import type { Repositories } from '../graph/repositories';
import type {
  CompanyRecord,
  DisclosureConflictRecord,
  EntityRecord,
  GovernanceBeforeRecord,
  IncidentRecord,
  FactRecord,
  FilingRecord,
  FlagRecord,
  LinkRecord,
} from '../graph/records';

/** One round trip per level of a query: every loader batches by key and answers in key order. */
export interface Loaders {
  company: DataLoader<string, CompanyRecord | null>;
  filing: DataLoader<string, FilingRecord | null>;
  filingsOfCompany: DataLoader<string, FilingRecord[]>;
  flagsOfFiling: DataLoader<string, FlagRecord[]>;
  factsOfFiling: DataLoader<string, FactRecord[]>;
  conflictsOfFiling: DataLoader<string, DisclosureConflictRecord[]>;
  incidentsOfCompany: DataLoader<string, IncidentRecord[]>;
  governanceBefore: DataLoader<string, GovernanceBeforeRecord | null>;
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

/** Each loader is built on first use: most requests touch one or two of them. */
export function createLoaders(repos: Repositories): Loaders {
  const linkLoaders = new Map<string, DataLoader<string, LinkRecord[]>>();
  const made = new Map<string, unknown>();
  const lazy = <T>(name: string, make: () => T): T => {
    let loader = made.get(name) as T | undefined;
    if (!loader) made.set(name, (loader = make()));
    return loader;
  };
  return {
    get company() {
      return lazy(
        'company',
        () => new DataLoader<string, CompanyRecord | null>(async (ciks) => first(groupBy(await repos.companies.byCiks(ciks), ciks, (r) => r.cik))),
      );
    },
    get filing() {
      return lazy('filing', () => new DataLoader<string, FilingRecord | null>(async (ids) => first(groupBy(await repos.filings.byIds(ids), ids, (r) => r.id))));
    },
    get filingsOfCompany() {
      return lazy(
        'filingsOfCompany',
        () => new DataLoader<string, FilingRecord[]>(async (ciks) => groupBy(await repos.companies.filingsOf(ciks), ciks, (r) => r.cik)),
      );
    },
    get flagsOfFiling() {
      return lazy(
        'flagsOfFiling',
        () => new DataLoader<string, FlagRecord[]>(async (ids) => groupBy(await repos.companies.flagsOf(ids), ids, (r) => r.filingId)),
      );
    },
    get factsOfFiling() {
      return lazy(
        'factsOfFiling',
        () => new DataLoader<string, FactRecord[]>(async (ids) => groupBy(await repos.filings.factsOf(ids), ids, (r) => r.filingId)),
      );
    },
    get conflictsOfFiling() {
      return lazy(
        'conflictsOfFiling',
        () => new DataLoader<string, DisclosureConflictRecord[]>(async (ids) => groupBy(await repos.analyst.conflictsOf(ids), ids, (r) => r.filingId)),
      );
    },
    get incidentsOfCompany() {
      return lazy(
        'incidentsOfCompany',
        () => new DataLoader<string, IncidentRecord[]>(async (ciks) => groupBy(await repos.incidents.ofCompanies(ciks), ciks, (r) => r.cik)),
      );
    },
    get governanceBefore() {
      return lazy(
        'governanceBefore',
        () =>
          new DataLoader<string, GovernanceBeforeRecord | null>(async (ids) =>
            first(groupBy(await repos.incidents.governanceBefore(ids), ids, (r) => r.incidentId)),
          ),
      );
    },
    get entity() {
      return lazy(
        'entity',
        () => new DataLoader<string, EntityRecord | null>(async (keys) => first(groupBy(await repos.entities.byKeys(keys), keys, (r) => r.id))),
      );
    },
    get entitiesOfCompany() {
      return lazy(
        'entitiesOfCompany',
        () =>
          new DataLoader<string, EntityRecord[]>(async (keys) => {
            const byLabel = new Map<string, string[]>();
            for (const k of keys) {
              const [label, cik] = k.split('|') as [string, string];
              byLabel.set(label, [...(byLabel.get(label) ?? []), cik]);
            }
            const found = new Map<string, EntityRecord[]>(keys.map((k) => [k, []]));
            for (const [label, ciks] of byLabel) for (const e of await repos.entities.ofCompanies(ciks, label)) found.get(`${label}|${e.cik}`)?.push(e);
            return keys.map((k) => found.get(k)!);
          }),
      );
    },
    get namesakes() {
      return lazy(
        'namesakes',
        () =>
          new DataLoader<string, EntityRecord[]>(async (keys) =>
            groupBy(await repos.entities.namesakes(keys), keys, (r) => r.key).map((l) => l.map((x) => x.person)),
          ),
      );
    },
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
