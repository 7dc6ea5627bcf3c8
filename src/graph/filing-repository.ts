import { RELATION_TYPES } from '../domain/extraction';
import type { Executor } from './executor';
import { q } from './query';
import type { SearchQuery } from './search-query';
import { FactRecordSchema, FilingRecordSchema, RelationshipRowSchema, SearchHitRecordSchema, parseRows, type FactRecord, type FilingRecord, type Page, type RelationshipRowRecord, type SearchHitRecord } from './records';

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
export const RELATIONSHIP_COLUMNS = ['companyName', 'fiscalYear', 'form', 'kind', 'frequency', 'evidence', 'element'] as const;
export type RelationshipColumn = (typeof RELATIONSHIP_COLUMNS)[number];
const COLUMN_CYPHER: Record<RelationshipColumn, string> = {
  companyName: 'c.name', fiscalYear: 'f.fiscalYear', form: 'f.form', kind: 'r.kind', frequency: 'r.frequency', evidence: 'r.evidence[0]', element: 'r.sections[0]',
};

export interface RelationshipFilter {
  cik?: string | null;
  company?: string | null;
  type?: string | null;
  form?: string | null;
  fiscalYear?: number | null;
  committeeKind?: string | null;
  role?: string | null;
}

export type FilingSort = { field: 'FISCAL_YEAR' | 'COMPANY_NAME' | 'FORM'; direction: 'ASC' | 'DESC' };

const SORT: Record<FilingSort['field'], string> = { FISCAL_YEAR: 'f.fiscalYear', COMPANY_NAME: 'c.name', FORM: 'f.form' };
/** A Filing node `f` as a FilingRecord. */
export const FILING_FIELDS = 'f.id AS id, f.cik AS cik, f.accession AS accession, f.form AS form, f.fiscalYear AS fiscalYear, f.periodEnd AS periodEnd, f.sourceName AS sourceName, f.sourceFormat AS sourceFormat';
const WHERE_FILING = `($cik IS NULL OR f.cik = $cik) AND ($form IS NULL OR f.form = $form) AND ($fy IS NULL OR f.fiscalYear = $fy)
  AND ($fyFrom IS NULL OR f.fiscalYear >= $fyFrom) AND ($fyTo IS NULL OR f.fiscalYear <= $fyTo)
  AND ($company IS NULL OR toLower(c.name) CONTAINS toLower($company))
  AND all(cond IN $flags WHERE EXISTS { (f)-[h:HAS_FLAG]->(:Flag {element: cond.element}) WHERE h.value = cond.value })`;

export class FilingRepository {
  constructor(private readonly executor: Executor) {}

  async byIds(ids: readonly string[]): Promise<FilingRecord[]> {
    const rows = await this.executor.read(q(`UNWIND $ids AS id MATCH (f:Filing {id: id}) RETURN ${FILING_FIELDS}`, { ids }));
    return parseRows(FilingRecordSchema, rows);
  }

  async factsOf(ids: readonly string[]): Promise<FactRecord[]> {
    const rows = await this.executor.read(q('UNWIND $ids AS id MATCH (:Filing {id: id})-[:HAS_FACT]->(x:Fact) RETURN id AS filingId, x.element AS element, x.label AS label, x.text AS text ORDER BY id, x.ordinal', { ids }));
    return parseRows(FactRecordSchema, rows);
  }

  /** A page of filings and, in the same read transaction, the total (a count, not a collection). */
  async page(filter: FilingFilter, sort: FilingSort, offset: number, limit: number): Promise<Page<FilingRecord>> {
    const params = {
      cik: filter.cik ?? null, company: filter.company ?? null, form: filter.form ?? null, fy: filter.fiscalYear ?? null,
      fyFrom: filter.fiscalYearFrom ?? null, fyTo: filter.fiscalYearTo ?? null, flags: filter.flags ?? [], offset, limit,
    };
    const [rows, count] = await this.executor.readAll([
      q(`MATCH (c:Company)-[:FILED]->(f:Filing) WHERE ${WHERE_FILING} RETURN ${FILING_FIELDS} ORDER BY ${SORT[sort.field]} ${sort.direction}, f.id SKIP toInteger($offset) LIMIT toInteger($limit)`, params),
      q(`MATCH (c:Company)-[:FILED]->(f:Filing) WHERE ${WHERE_FILING} RETURN count(f) AS n`, params),
    ]);
    return { rows: parseRows(FilingRecordSchema, rows!), offset, totalCount: Number(count![0]?.n ?? 0) };
  }

  /** Every extracted relationship as a flat row, stable order, for BI connectors. */
  async relationshipRows(filter: RelationshipFilter, offset: number, limit: number, columns: readonly RelationshipColumn[] = RELATIONSHIP_COLUMNS): Promise<Page<RelationshipRowRecord>> {
    const types = filter.type ? [filter.type] : RELATION_TYPES;
    const params = {
      cik: filter.cik ?? null, company: filter.company ?? null, form: filter.form ?? null, fy: filter.fiscalYear ?? null,
      committeeKind: filter.committeeKind ?? null, role: filter.role?.toUpperCase() ?? null, types, offset, limit,
    };
    // conditions on the ends are added only when asked for: evaluated per row, even a `$x IS NULL OR …`
    // that is always true doubled the cost of an unfiltered page
    const ends = [
      filter.committeeKind ? '((a:Committee AND a.kind = $committeeKind) OR (b:Committee AND b.kind = $committeeKind))' : null,
      filter.role ? '((a:Role AND a.normalized = $role) OR (b:Role AND b.normalized = $role))' : null,
    ].filter(Boolean);
    const match = `MATCH (c:Company)-[:FILED]->(f:Filing)
      WHERE ($cik IS NULL OR c.cik = $cik) AND ($form IS NULL OR f.form = $form) AND ($fy IS NULL OR f.fiscalYear = $fy)
        AND ($company IS NULL OR toLower(c.name) CONTAINS toLower($company))
      CALL {
        // walk from subjects (company-scoped, small degree), never into the shared Topic node's in-edges;
        // the branches cannot overlap (a filing MENTIONS entities, never its Company), so UNION ALL: no de-duplication pass
        WITH f MATCH (f)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN a, r, b
        UNION ALL
        WITH c, f MATCH (c)-[r]->(b:Entity) WHERE r.filingId = f.id AND type(r) IN $types RETURN c AS a, r, b
      }${ends.length > 0 ? `
      WITH c, f, a, r, b WHERE ${ends.join(' AND ')}` : ''}`;
    // one statement, one round trip: the total (a count) and the page, from the same snapshot
    const [result] = await this.executor.read(
      q(
        `CALL { ${match} RETURN count(r) AS total }
         CALL {
           ${match}
           WITH c, f, a, r, b ORDER BY c.cik, f.fiscalYear, f.id, type(r), a.name, b.name SKIP toInteger($offset) LIMIT toInteger($limit)
           RETURN collect({cik: c.cik, filingId: f.id, type: type(r),
                  fromType: [l IN labels(a) WHERE l <> 'Entity'][0], fromName: a.name, toType: [l IN labels(b) WHERE l <> 'Entity'][0], toName: b.name${columns.map((k) => `, ${k}: ${COLUMN_CYPHER[k]}`).join('')}}) AS rows
         }
         RETURN total, rows`,
        params,
      ),
    );
    return { rows: parseRows(RelationshipRowSchema, (result?.rows as unknown[]) ?? []), offset, totalCount: Number(result?.total ?? 0) };
  }

  /** Full-text search over fact text, with a query read by parseSearchText (search-query.ts). */
  async search(query: Extract<SearchQuery, { kind: 'query' }>, limit: number): Promise<SearchHitRecord[]> {
    const rows = await this.executor.read(
      q('CALL db.index.fulltext.queryNodes("fact_text", $query, {limit: toInteger($limit)}) YIELD node, score RETURN node.filingId AS filingId, node.element AS element, node.text AS text, score', { query: query.lucene, limit }),
    );
    return parseRows(SearchHitRecordSchema, rows).map((h) => ({ ...h, snippet: snippet(h.text, query.words.join(' ')) }));
  }
}

/** The passage around the first matched word, matched words wrapped in « ». */
export function snippet(text: string, query: string, width = 90): string {
  const words = query.toLowerCase().split(/\W+/).filter((w) => w.length > 1);
  const lower = text.toLowerCase();
  const at = Math.max(0, Math.min(...words.map((w) => lower.indexOf(w)).filter((i) => i >= 0), text.length));
  const start = Math.max(0, at - width);
  const end = Math.min(text.length, at + width);
  let s = text.slice(start, end).replace(/\s+/g, ' ');
  for (const w of words) s = s.replace(new RegExp(`\\b(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\w*)`, 'gi'), '«$1»');
  return `${start > 0 ? '…' : ''}${s}${end < text.length ? '…' : ''}`;
}
