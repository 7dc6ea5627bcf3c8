import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q, type Query } from './query';
import type { EntityRow, FilingRows } from './rows';

export type WriteOutcome =
  | { kind: 'written'; filingId: string; nodes: number; relationships: number }
  | { kind: 'unchanged'; filingId: string };

const ENTITY_LABELS: readonly EntityRow['type'][] = ['Topic', 'Committee', 'Person', 'Role', 'InternalUnit', 'ThirdParty', 'VendorProcess'];

/**
 * Writes one filing atomically: its previous facts, flags, mentions and provenance-carrying edges are
 * removed first (a corrected filing replaces exactly its own data), then everything is written again
 * with UNWIND batches. A filing whose content hash is unchanged is left as it is.
 */
export async function writeFiling(executor: Executor, rows: FilingRows): Promise<WriteOutcome> {
  const [existing] = await executor.read(q('MATCH (f:Filing {id: $id}) RETURN f.contentHash AS hash', { id: rows.filing.id }));
  if (existing?.hash === rows.filing.contentHash) return { kind: 'unchanged', filingId: rows.filing.id };
  const results = await executor.write(filingWriteQueries(rows));
  const counts = results.at(-1)?.[0] ?? {};
  return { kind: 'written', filingId: rows.filing.id, nodes: Number(counts.nodes ?? 0), relationships: Number(counts.relationships ?? 0) };
}

/** Exposed as values so the batch loader and the tests can use the same statements. */
export function filingWriteQueries(rows: FilingRows): Query[] {
  const id = rows.filing.id;
  const queries: Query[] = [
    q(
      `MERGE (c:Company {cik: $company.cik})
       ON CREATE SET c:Entity, c.key = $company.key
       SET c.name = coalesce($company.name, c.name), c.ticker = coalesce($company.ticker, c.ticker)
       MERGE (f:Filing {id: $filing.id})
       SET f += $filing, f.cik = $company.cik
       MERGE (c)-[:FILED]->(f)
       WITH f
       OPTIONAL MATCH (f)-[:HAS_FACT]->(old:Fact) DETACH DELETE old
       WITH DISTINCT f
       OPTIONAL MATCH (f)-[hf:HAS_FLAG]->() DELETE hf
       WITH DISTINCT f
       OPTIONAL MATCH (f)-[m:MENTIONS]->() DELETE m`,
      { company: rows.company, filing: rows.filing },
    ),
    ...RELATION_TYPES.map((t) => q(`MATCH ()-[r:${t} {filingId: $id}]->() DELETE r`, { id })),
    q(
      `MATCH (f:Filing {id: $id})
       UNWIND $facts AS row
       CREATE (x:Fact {id: row.id}) SET x += row, x.filingId = $id, x.cik = $cik
       CREATE (f)-[:HAS_FACT]->(x)`,
      { id, cik: rows.company.cik, facts: rows.facts },
    ),
    q(
      `MATCH (f:Filing {id: $id})
       UNWIND $flags AS row
       MERGE (fl:Flag {element: row.element}) SET fl.label = row.label
       CREATE (f)-[:HAS_FLAG {value: row.value}]->(fl)`,
      { id, flags: rows.flags },
    ),
  ];
  for (const label of ENTITY_LABELS) {
    const entities = rows.entities.filter((e) => e.type === label);
    if (entities.length === 0) continue;
    queries.push(
      q(
        `MATCH (f:Filing {id: $id})
         UNWIND $rows AS row
         MERGE (n:Entity {key: row.key})
         SET n:${label}, n += row.props, n.name = row.name, n.normName = row.normName, n.cik = row.cik
         SET n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
         CREATE (f)-[:MENTIONS]->(n)`,
        { id, rows: entities },
      ),
    );
  }
  for (const type of RELATION_TYPES) {
    const rels = rows.relations[type];
    if (!rels?.length) continue;
    queries.push(
      q(
        `UNWIND $rows AS row
         MATCH (a:Entity {key: row.from}), (b:Entity {key: row.to})
         CREATE (a)-[r:${type}]->(b) SET r = row.props`,
        { rows: rels },
      ),
    );
  }
  queries.push(
    q(
      `MATCH (e:Entity {cik: $cik}) WHERE NOT e:Company AND NOT (e)<-[:MENTIONS]-() DETACH DELETE e
       WITH count(*) AS removed
       MATCH (f:Filing {id: $id})
       RETURN COUNT { (f)-[:MENTIONS]->() } + COUNT { (f)-[:HAS_FACT]->() } + 2 AS nodes, $relCount AS relationships`,
      { cik: rows.company.cik, id, relCount: relationshipCount(rows) },
    ),
  );
  return queries;
}

function relationshipCount(rows: FilingRows): number {
  const extracted = Object.values(rows.relations).reduce((n, list) => n + (list?.length ?? 0), 0);
  return 1 + rows.facts.length + rows.flags.length + rows.entities.length + extracted;
}
