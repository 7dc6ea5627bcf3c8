import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q } from './query';

/**
 * Constraints and indexes, created idempotently (IF NOT EXISTS) at startup. Community Edition has
 * uniqueness constraints only; every extracted node also carries :Entity with a unique key, so
 * relations can be matched without knowing their end labels.
 */
export const SCHEMA_STATEMENTS = [
  q('CREATE CONSTRAINT company_cik IF NOT EXISTS FOR (c:Company) REQUIRE c.cik IS UNIQUE'),
  q('CREATE CONSTRAINT filing_id IF NOT EXISTS FOR (f:Filing) REQUIRE f.id IS UNIQUE'),
  q('CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE'),
  q('CREATE CONSTRAINT flag_element IF NOT EXISTS FOR (f:Flag) REQUIRE f.element IS UNIQUE'),
  q('CREATE CONSTRAINT fact_id IF NOT EXISTS FOR (f:Fact) REQUIRE f.id IS UNIQUE'),
  q('CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (i:Incident) REQUIRE i.id IS UNIQUE'),
  q('CREATE INDEX incident_company IF NOT EXISTS FOR (i:Incident) ON (i.cik)'),
  q('CREATE INDEX incident_date IF NOT EXISTS FOR (i:Incident) ON (i.date)'),
  q('CREATE INDEX filing_year IF NOT EXISTS FOR (f:Filing) ON (f.fiscalYear)'),
  q('CREATE INDEX filing_form IF NOT EXISTS FOR (f:Filing) ON (f.form)'),
  q('CREATE INDEX company_name IF NOT EXISTS FOR (c:Company) ON (c.name)'),
  q('CREATE INDEX entity_company IF NOT EXISTS FOR (e:Entity) ON (e.cik)'),
  q('CREATE INDEX committee_kind IF NOT EXISTS FOR (c:Committee) ON (c.kind)'),
  q('CREATE INDEX role_normalized IF NOT EXISTS FOR (r:Role) ON (r.normalized)'),
  q('CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.normName)'),
  q('CREATE FULLTEXT INDEX fact_text IF NOT EXISTS FOR (f:Fact) ON EACH [f.text]'),
  // provenance lookups when a filing is replaced: its edges are found by filingId
  ...RELATION_TYPES.map((t) => q(`CREATE INDEX rel_${t.toLowerCase()}_filing IF NOT EXISTS FOR ()-[r:${t}]-() ON (r.filingId)`)),
];

export async function setupSchema(executor: Executor): Promise<void> {
  await executor.schema(SCHEMA_STATEMENTS);
}

/**
 * After a bulk load: resample every index and drop cached plans (db.prepareForReplanning), so the next
 * queries are planned on the loaded data. Without it, plans compiled on stale index samples right after
 * a load can be orders of magnitude slower until Neo4j's background sampling catches up (measured: a
 * 17 ms analyst query at 6 s under load). Needs a user allowed to run the procedure; returns false when
 * it is not (the plans then refresh on Neo4j's own schedule).
 */
export async function refreshPlannerStatistics(executor: Executor): Promise<boolean> {
  try {
    await executor.schema([q('CALL db.prepareForReplanning()')]);
    return true;
  } catch {
    return false;
  }
}

/** Index writes not yet reflected in the planner's samples, per index: 0 everywhere after a refresh. */
export async function indexUpdatesSinceSampling(executor: Executor): Promise<number> {
  const rows = await executor.read(
    q(`CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN reduce(s = 0, i IN data.indexes | s + coalesce(i.updatesSinceEstimation, 0)) AS updates`),
  );
  return Number(rows[0]?.updates ?? 0);
}
