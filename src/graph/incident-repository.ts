import { Form } from '../domain/vocabulary';
import { ENTITY_PROJECTION, ENTITY_DETAIL_FIELDS } from './entity-repository';
import type { Executor } from './executor';
import { afterCondition, orderByClause, type SortKey } from './keyset';
import { EVIDENCE_LIST, FILING_MAP } from './projections';
import { q, type Query } from './query';
import {
  GovernanceBeforeRecordSchema,
  IncidentKeySchema,
  IncidentRecordSchema,
  parseRows,
  type GovernanceBeforeRecord,
  type IncidentKey,
  type IncidentRecord,
  type Page,
  pageOf,
} from './records';

/** Which incidents: every given condition must hold. Dates are YYYY-MM-DD, compared with the incident's date. */
export interface IncidentFilter {
  cik?: string | null;
  /** Company name contains (case-insensitive). */
  company?: string | null;
  dateFrom?: string | null;
  dateTo?: string | null;
}

/** Newest first, ties by incident id. */
const KEYS: SortKey[] = [
  { expr: 'i.date', direction: 'DESC' },
  { expr: 'i.id', direction: 'ASC' },
];

const ANNUAL_FORMS = [Form.FORM_10_K, Form.FORM_10_K_A, Form.FORM_20_F, Form.FORM_20_F_A];

/**
 * The incidents under a filter, as `i, co`: each 8-K incident, and an 8-K/A whose original 8-K the graph
 * does not hold (an amendment with an original is listed under it, never on its own).
 */
function incidentMatch(after: boolean, byCiks = false): string {
  // named companies' incidents are looked up by the cik index, not found by scanning every incident
  const incidents = byCiks ? 'UNWIND $ciks AS c MATCH (i:Incident {cik: c})' : 'MATCH (i:Incident)';
  return `${incidents} WHERE NOT (i)-[:AMENDS]->(:Incident)
       AND ($cik IS NULL OR i.cik = $cik)
       AND ($from IS NULL OR i.date >= $from) AND ($to IS NULL OR i.date <= $to)${after ? `\n       AND ${afterCondition(KEYS, '$after')}` : ''}
     MATCH (co:Company {cik: i.cik}) WHERE $company IS NULL OR toLower(co.name) CONTAINS toLower($company)`;
}

const INCIDENT_ROW = `i {.*} AS incident, [co.cik, co.name, co.ticker] AS company,
       COLLECT { MATCH (a:Incident)-[:AMENDS]->(i) RETURN a {.*} ORDER BY a.date, a.id } AS amendments`;

const params = (filter: IncidentFilter, ciks: readonly string[] | null) => ({
  cik: filter.cik ?? null,
  company: filter.company ?? null,
  from: filter.dateFrom ?? null,
  to: filter.dateTo ?? null,
  ciks,
});

export function incidentsPage(filter: IncidentFilter, after: IncidentKey | null, limit: number): Query {
  return q(
    `${incidentMatch(after !== null)}
     RETURN ${INCIDENT_ROW}, [i.date, i.id] AS key ORDER BY ${orderByClause(KEYS)} LIMIT toInteger($limit) + 1`,
    { ...params(filter, null), after, limit },
  );
}

export const incidentsCount = (filter: IncidentFilter): Query => q(`${incidentMatch(false)}\n     RETURN count(i) AS n`, params(filter, null));

export const incidentsOfCompanies = (ciks: readonly string[]): Query =>
  q(`${incidentMatch(false, true)}\n     RETURN ${INCIDENT_ROW} ORDER BY ${orderByClause(KEYS)}`, params({}, ciks));

/** When an annual filing was filed, as far as the graph knows: its filing date, else its period end, else the end of its fiscal year. */
const FILED_BY = "coalesce(f.filedOn, f.periodEnd, toString(f.fiscalYear) + '-12-31')";

/**
 * Each incident's company governance as its last annual report before the incident states it: the
 * bodies and officers that OVERSEE cybersecurity risk, and every REPORTS_TO line of that filing. An
 * original annual report is preferred over its amendment filed for the same period.
 */
export function governanceBefore(incidentIds: readonly string[]): Query {
  const node = (n: string) => ENTITY_PROJECTION(n, ENTITY_DETAIL_FIELDS);
  return q(
    `UNWIND $ids AS id
     MATCH (i:Incident {id: id})
     CALL {
       WITH i
       MATCH (:Company {cik: i.cik})-[:FILED]->(f:Filing) WHERE f.form IN $annual AND ${FILED_BY} < i.date
       RETURN f ORDER BY ${FILED_BY} DESC, f.form ASC, f.id ASC LIMIT 1
     }
     RETURN i.id AS incidentId, ${FILING_MAP('f')} AS filing,
       COLLECT { MATCH (f)-[:MENTIONS]->(o:Entity)-[r:OVERSEES]->(:Topic) WHERE r.filingId = f.id RETURN DISTINCT ${node('o')} AS o ORDER BY o[1] } AS overseers,
       COLLECT { MATCH (f)-[:MENTIONS]->(a:Entity)-[r:REPORTS_TO]->(b:Entity) WHERE r.filingId = f.id
                 RETURN {from: ${node('a')}, to: ${node('b')}, reportingKind: r.kind, frequency: r.frequency, filingId: r.filingId, evidence: ${EVIDENCE_LIST('r')}} AS line
                 ORDER BY a.key, b.key } AS reportingLines`,
    { ids: incidentIds, annual: ANNUAL_FORMS },
  );
}

/** Material cybersecurity incidents (Form 8-K Item 1.05), their amendments, and the governance before them. */
export class IncidentRepository {
  constructor(private readonly executor: Executor) {}

  /** A page after `after` (null: the first), newest first, and the count under the filter, in one read transaction. */
  async page(
    filter: IncidentFilter,
    after: IncidentKey | null,
    limit: number,
    parts = { rows: true, total: true },
  ): Promise<Page<IncidentRecord, IncidentKey>> {
    const results = await this.executor.readAll([
      ...(parts.rows ? [incidentsPage(filter, after, limit)] : []),
      ...(parts.total ? [incidentsCount(filter)] : []),
    ]);
    const rows = parts.rows ? results[0]! : [];
    const page = pageOf(rows, limit, (r) => IncidentKeySchema.parse(r.key), parts.total ? Number(results.at(-1)![0]?.n ?? 0) : 0);
    return { ...page, rows: parseRows(IncidentRecordSchema, page.rows) };
  }

  async ofCompanies(ciks: readonly string[]): Promise<IncidentRecord[]> {
    return parseRows(IncidentRecordSchema, await this.executor.read(incidentsOfCompanies(ciks)));
  }

  async governanceBefore(incidentIds: readonly string[]): Promise<GovernanceBeforeRecord[]> {
    return parseRows(GovernanceBeforeRecordSchema, await this.executor.read(governanceBefore(incidentIds)));
  }
}
