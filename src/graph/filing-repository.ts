import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q } from './query';
import type { SearchQuery } from './search-query';
import { CommitteeKind, Form, RoleCode } from '../domain/vocabulary';
import { afterCondition, orderByClause, type SortKey } from './keyset';
import { vocabularyMatch, vocabularyParams } from './vocabulary-match';
import {
  FILING_KEY_SCHEMAS,
  FactRecordSchema,
  FilingRecordSchema,
  RelationshipKeySchema,
  RelationshipRowSchema,
  SearchHitRecordSchema,
  parseRows,
  type FactRecord,
  type FilingKey,
  type FilingRecord,
  type Page,
  type RelationshipKey,
  type RelationshipRowRecord,
  type SearchHitRecord,
  pageOf,
} from './records';

export interface FilingFilter {
  cik?: string | null;
  /** Company name contains (case-insensitive). */
  company?: string | null;
  form?: string | null;
  fiscalYear?: number | null;
  fiscalYearFrom?: number | null;
  fiscalYearTo?: number | null;
  /** Every condition must hold: the filing filed that flag with that value. */
  flags?: readonly { element: string; value: boolean }[] | null;
}

/** Relationship-row columns beyond cik, filingId, type and both ends, projected only when asked for. */
export const RELATIONSHIP_COLUMNS = ['companyName', 'fiscalYear', 'form', 'reportingKind', 'frequency', 'evidenceText', 'element'] as const;
export type RelationshipColumn = (typeof RELATIONSHIP_COLUMNS)[number];
const COLUMN_CYPHER: Record<RelationshipColumn, string> = {
  companyName: 'c.name',
  fiscalYear: 'f.fiscalYear',
  form: 'f.form',
  reportingKind: 'r.kind',
  frequency: 'r.frequency',
  evidenceText: 'r.evidence[0]',
  element: 'r.sections[0]',
};

export interface RelationshipFilter {
  cik?: string | null;
  company?: string | null;
  type?: string | null;
  form?: string | null;
  fiscalYear?: number | null;
  committeeKind?: string | null;
  /** A role code (RoleCode's stored value). */
  roleCode?: string | null;
}

export type FilingSort = { field: 'FISCAL_YEAR' | 'COMPANY_NAME' | 'FORM'; direction: 'ASC' | 'DESC' };

/** Sort values are never null (keyset paging compares them): an unknown year sorts as -1, a missing name or form as ''. */
const SORT: Record<FilingSort['field'], string> = {
  FISCAL_YEAR: 'coalesce(f.fiscalYear, -1)',
  COMPANY_NAME: "coalesce(c.name, '')",
  FORM: "coalesce(f.form, '')",
};
/** The filing sort, then the filing id (unique) ascending. */
const filingKeys = (sort: FilingSort): SortKey[] => [
  { expr: 'k', direction: sort.direction },
  { expr: 'f.id', direction: 'ASC' },
];
/** Relationship rows: company, year, filing, type, both ends, then the relationship (two can join the same ends in one filing). */
const ROW_KEYS: SortKey[] = ['c.cik', 'fy', 'f.id', 'type(r)', 'a.key', 'b.key', 'rid'].map((expr) => ({ expr, direction: 'ASC' }));
/** A Filing node `f` as a FilingRecord. */
export const FILING_FIELDS =
  'f.id AS id, f.cik AS cik, f.accession AS accession, f.form AS form, f.fiscalYear AS fiscalYear, f.periodEnd AS periodEnd, f.sourceName AS sourceName, f.sourceFormat AS sourceFormat';
const WHERE_FILING = `($cik IS NULL OR f.cik = $cik) AND ${vocabularyMatch('f.form', 'form')} AND ($fy IS NULL OR f.fiscalYear = $fy)
  AND ($fyFrom IS NULL OR f.fiscalYear >= $fyFrom) AND ($fyTo IS NULL OR f.fiscalYear <= $fyTo)
  AND ($company IS NULL OR toLower(c.name) CONTAINS toLower($company))
  AND all(cond IN $flags WHERE EXISTS { (f)-[h:HAS_FLAG]->(:Flag {element: cond.element}) WHERE h.value = cond.value })`;

/** Which parts of a connection the client asked for: the page (edges, pageInfo) and the total. */
export interface PageParts {
  rows: boolean;
  total: boolean;
}
const BOTH: PageParts = { rows: true, total: true };

/**
 * The relationship rows under a filter, as `c, f, fy, a, r, b`: all of them for the count, or for a page
 * (with `rid`) those after its cursor (`after` null for the first page).
 */
function relationshipMatch(filter: RelationshipFilter, page: false | { after: RelationshipKey | null }): string {
  const after = page ? page.after : null;
  // conditions on the ends are added only when asked for: evaluated per row, even a `$x IS NULL OR …`
  // that is always true doubled the cost of an unfiltered page
  const rowConditions = [
    filter.committeeKind
      ? `((a:Committee AND ${vocabularyMatch('a.kind', 'committeeKind')}) OR (b:Committee AND ${vocabularyMatch('b.kind', 'committeeKind')}))`
      : null,
    filter.roleCode ? `((a:Role AND ${vocabularyMatch('a.normalized', 'roleCode')}) OR (b:Role AND ${vocabularyMatch('b.normalized', 'roleCode')}))` : null,
    after ? afterCondition(ROW_KEYS, '$after') : null,
  ].filter(Boolean);
  return `MATCH (c:Company)-[:FILED]->(f:Filing)
      WHERE ($cik IS NULL OR c.cik = $cik) AND ${vocabularyMatch('f.form', 'form')} AND ($fy IS NULL OR f.fiscalYear = $fy)
        AND ($company IS NULL OR toLower(c.name) CONTAINS toLower($company))
      WITH c, f, coalesce(f.fiscalYear, -1) AS fy${
        after
          ? `
      // filings wholly before the cursor's filing are passed over before their relationships are walked
      WHERE ${afterCondition(ROW_KEYS.slice(0, 3), '$after', true)}`
          : ''
      }${
        page
          ? `
      // filings in key order: Neo4j then sorts rows filing by filing (a partial top) and walks only the filings a page needs
      WITH c, f, fy ORDER BY c.cik, fy, f.id`
          : ''
      }
      CALL {
        // walk from subjects (company-scoped, small degree), never into the shared Topic node's in-edges;
        // the branches cannot overlap (a filing MENTIONS entities, never its Company), so UNION ALL: no de-duplication pass
        WITH f MATCH (f)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN a, r, b
        UNION ALL
        WITH c, f MATCH (c)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN c AS a, r, b
      }
      WITH c, f, fy, a, r, b${page ? ', elementId(r) AS rid' : ''}${
        rowConditions.length > 0
          ? `
      WHERE ${rowConditions.join(' AND ')}`
          : ''
      }`;
}

export class FilingRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<FilingRecord[]> {
    const rows = await this.executor.read(q(`UNWIND $ids AS id MATCH (f:Filing {id: id}) RETURN ${FILING_FIELDS}`, { ids }));
    return parseRows(FilingRecordSchema, rows);
  }

  async factsOf(ids: readonly string[]): Promise<FactRecord[]> {
    const rows = await this.executor.read(
      q(
        'UNWIND $ids AS id MATCH (:Filing {id: id})-[:HAS_FACT]->(x:Fact) RETURN id AS filingId, x.element AS element, x.label AS label, x.text AS text ORDER BY id, x.ordinal',
        { ids },
      ),
    );
    return parseRows(FactRecordSchema, rows);
  }

  /**
   * A page of filings after `after` (the sort key of the previous page's last row; null for the first
   * page) and, in the same read transaction, the total under the filter (a count, not a collection).
   * `parts` leaves out what the client did not ask for (the total is then 0, the page empty).
   */
  async page(filter: FilingFilter, sort: FilingSort, after: FilingKey | null, limit: number, parts: PageParts = BOTH): Promise<Page<FilingRecord, FilingKey>> {
    const params = {
      cik: filter.cik ?? null,
      company: filter.company ?? null,
      ...vocabularyParams('form', Form, filter.form),
      fy: filter.fiscalYear ?? null,
      fyFrom: filter.fiscalYearFrom ?? null,
      fyTo: filter.fiscalYearTo ?? null,
      flags: filter.flags ?? [],
      after,
      limit,
    };
    const keys = filingKeys(sort);
    const pageQuery = q(
      `MATCH (c:Company)-[:FILED]->(f:Filing) WHERE ${WHERE_FILING}
       WITH c, f, ${SORT[sort.field]} AS k${after ? `\n       WHERE ${afterCondition(keys, '$after')}` : ''}
       RETURN ${FILING_FIELDS}, [k, f.id] AS key ORDER BY ${orderByClause(keys)} LIMIT toInteger($limit) + 1`,
      params,
    );
    const countQuery = q(`MATCH (c:Company)-[:FILED]->(f:Filing) WHERE ${WHERE_FILING} RETURN count(f) AS n`, params);
    const results = await this.executor.readAll([...(parts.rows ? [pageQuery] : []), ...(parts.total ? [countQuery] : [])]);
    const rows = parts.rows ? results[0]!.slice(0, limit) : [];
    const keySchema = FILING_KEY_SCHEMAS[sort.field];
    return {
      rows: parseRows(FilingRecordSchema, rows),
      keys: rows.map((r) => keySchema.parse(r.key)),
      hasNextPage: parts.rows && results[0]!.length > limit,
      totalCount: parts.total ? Number(results.at(-1)![0]?.n ?? 0) : 0,
    };
  }

  /**
   * Every extracted relationship as a flat row, in a stable order (company, fiscal year, filing, type,
   * both ends' keys, the relationship itself), from after `after` (the previous page's last key), and
   * the total under the filter (a count), in one statement. `parts` leaves out what was not asked for:
   * the count walks every row the filter matches, the page only the filings it needs.
   */
  async relationshipRows(
    filter: RelationshipFilter,
    after: RelationshipKey | null,
    limit: number,
    columns: readonly RelationshipColumn[] = RELATIONSHIP_COLUMNS,
    parts: PageParts = BOTH,
  ): Promise<Page<RelationshipRowRecord, RelationshipKey>> {
    const params = {
      cik: filter.cik ?? null,
      company: filter.company ?? null,
      ...vocabularyParams('form', Form, filter.form),
      fy: filter.fiscalYear ?? null,
      ...vocabularyParams('committeeKind', CommitteeKind, filter.committeeKind),
      ...vocabularyParams('roleCode', RoleCode, filter.roleCode),
      types: filter.type ? [filter.type] : RELATION_TYPES,
      after,
      limit,
    };
    const total = `CALL { ${relationshipMatch(filter, false)} RETURN count(r) AS total }`;
    const page = `CALL {
           ${relationshipMatch(filter, { after })}
           WITH c, f, fy, a, r, b, rid ORDER BY ${orderByClause(ROW_KEYS)} LIMIT toInteger($limit) + 1
           RETURN collect({cik: c.cik, filingId: f.id, type: type(r),
                  fromType: [l IN labels(a) WHERE l <> 'Entity'][0], fromName: a.name, toType: [l IN labels(b) WHERE l <> 'Entity'][0], toName: b.name${columns.map((k) => `, ${k}: ${COLUMN_CYPHER[k]}`).join('')},
                  key: [c.cik, fy, f.id, type(r), a.key, b.key, rid]}) AS rows
         }`;
    const [result] = await this.executor.read(
      q(
        `${parts.total ? total : ''}\n${parts.rows ? page : ''}\nRETURN ${parts.total ? 'total' : '0 AS total'}, ${parts.rows ? 'rows' : '[] AS rows'}`,
        params,
      ),
    );
    const rows = (result?.rows as { key: unknown }[]) ?? [];
    const fetched = pageOf(rows, limit, (r) => RelationshipKeySchema.parse(r.key), Number(result?.total ?? 0));
    return { ...fetched, rows: parseRows(RelationshipRowSchema, fetched.rows) };
  }

  /** Full-text search over fact text, with a query read by parseSearchText (search-query.ts). */
  async search(query: Extract<SearchQuery, { kind: 'query' }>, limit: number): Promise<SearchHitRecord[]> {
    const rows = await this.executor.read(
      q(
        'CALL db.index.fulltext.queryNodes("fact_text", $query, {limit: toInteger($limit)}) YIELD node, score RETURN node.filingId AS filingId, node.element AS element, node.text AS text, score',
        { query: query.lucene, limit },
      ),
    );
    return parseRows(SearchHitRecordSchema, rows).map((h) => ({ ...h, snippet: snippet(h.text, query.words.join(' ')) }));
  }
}

/** The passage around the first matched word, matched words wrapped in « ». */
export function snippet(text: string, query: string, width = 90): string {
  const words = query
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 1);
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length));
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + width);
  let s = text.slice(start, end).replace(/\s+/g, ' ');
  for (const w of words) s = s.replace(new RegExp(`\\b(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*)`, 'gi'), '«$1»');
  return `${start > 0 ? '…' : ''}${s}${end < text.length ? '…' : ''}`;
}
