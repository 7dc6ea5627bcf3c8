import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q } from './query';
import { EVIDENCE_LIST } from './projections';
import { EntityRecordSchema, LinkRecordSchema, parseRows, type EntityRecord, type LinkRecord } from './records';

/** Cypher that projects an entity node `n` into an EntityRecord. */
/** Entity properties beyond id, type, name and cik, which every projection carries. */
export const ENTITY_DETAIL_FIELDS = ['aliases', 'level', 'kind', 'normalized', 'category', 'honorific'] as const;
export type EntityDetailField = (typeof ENTITY_DETAIL_FIELDS)[number];

/**
 * Node `n` as an entity tuple, [key, name, cik, ...ENTITY_DETAIL_FIELDS], which EntityRecordSchema turns
 * into an EntityRecord (the type comes from the key). A list rather than a map: Neo4j builds and sends
 * it, and the driver decodes it, without a key string per property, which measured 1.4-1.6x the
 * throughput on a 500-row answer. `details` narrows the optional properties to those a caller asked
 * for (the others are null, and trailing ones are left off): the API passes what the GraphQL selection names.
 */
export const ENTITY_PROJECTION = (n: string, details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS): string => {
  // up to the last detail asked for: [key, name, cik] when none is
  const last = Math.max(-1, ...details.map((f) => ENTITY_DETAIL_FIELDS.indexOf(f)));
  const tail = ENTITY_DETAIL_FIELDS.slice(0, last + 1).map((f) => (details.includes(f) ? `, ${n}.${f}` : ', null'));
  return `[${n}.key, ${n}.name, ${n}.cik${tail.join('')}]`;
};

export class EntityRepository {
  constructor(private readonly executor: Executor) {}

  async byKeys(keys: readonly string[]): Promise<EntityRecord[]> {
    const rows = await this.executor.read(q(`UNWIND $keys AS k MATCH (n:Entity {key: k}) WHERE NOT n:Company RETURN ${ENTITY_PROJECTION('n')} AS e`, { keys }));
    return parseRows(
      EntityRecordSchema,
      rows.map((r) => r.e),
    );
  }

  async ofCompanies(ciks: readonly string[], label: string): Promise<EntityRecord[]> {
    if (!['Committee', 'Person', 'Role', 'InternalUnit', 'ThirdParty', 'VendorProcess'].includes(label)) throw new Error(`not an entity label: ${label}`);
    const rows = await this.executor.read(q(`MATCH (n:${label}) WHERE n.cik IN $ciks RETURN ${ENTITY_PROJECTION('n')} AS e ORDER BY n.name`, { ciks }));
    return parseRows(
      EntityRecordSchema,
      rows.map((r) => r.e),
    );
  }

  /**
   * Links of many entities at once, one direction, some relation types: each with the other end, the
   * filing that stated it and its evidence. One query for a whole level of a GraphQL selection.
   */
  async links(keys: readonly string[], direction: 'OUT' | 'IN', types: readonly string[] | null): Promise<LinkRecord[]> {
    const pattern = direction === 'OUT' ? '(n)-[r]->(m:Entity)' : '(n)<-[r]-(m:Entity)';
    const rows = await this.executor.read(
      q(
        `UNWIND $keys AS k
         MATCH (n:Entity {key: k})
         MATCH ${pattern}
         WHERE type(r) IN $types
         RETURN k AS key, type(r) AS type, $direction AS direction, ${ENTITY_PROJECTION('m')} AS node, r.filingId AS filingId,
                r.kind AS reportingKind, r.frequency AS frequency,
                ${EVIDENCE_LIST('r')} AS evidence
         ORDER BY k, type, node[1], filingId`,
        { keys, direction, types: types ?? RELATION_TYPES },
      ),
    );
    return parseRows(LinkRecordSchema, rows);
  }

  /** Same-name persons across companies (by normalized name): possible matches, never merged. */
  async namesakes(keys: readonly string[]): Promise<{ key: string; person: EntityRecord }[]> {
    const rows = await this.executor.read(
      q(
        `UNWIND $keys AS k MATCH (p:Person {key: k}) MATCH (o:Person {normName: p.normName}) WHERE o.cik <> p.cik RETURN k AS key, ${ENTITY_PROJECTION('o')} AS e ORDER BY o.cik`,
        { keys },
      ),
    );
    return rows.map((r) => ({ key: String(r.key), person: EntityRecordSchema.parse(r.e) }));
  }
}
