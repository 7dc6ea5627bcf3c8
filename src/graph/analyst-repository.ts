import { SECURITY_OFFICER_CODES } from '../domain/extraction';
import { CommitteeKind, ThirdPartyCategory, namedValues } from '../domain/vocabulary';
import { vocabularyMatch, vocabularyParams } from './vocabulary-match';
import { YearStatementsSchema, compareYears } from './year-changes';
import { ENTITY_PROJECTION, ENTITY_DETAIL_FIELDS, type EntityDetailField } from './entity-repository';
import type { Executor } from './executor';
import { q } from './query';
import { EVIDENCE_LIST } from './projections';
import { oversightMovesCount, oversightMovesPage } from './oversight-moves';
import { conflictsCount, conflictsOfFilings, conflictsPage, type ConflictFilter } from './disclosure-conflicts';
import {
  ChairDirectorRecordSchema,
  CommitteeKindCountSchema,
  ConflictKeySchema,
  DisclosureConflictRecordSchema,
  EngagementRecordSchema,
  FlagRateRecordSchema,
  OversightMoveRecordSchema,
  OversightRecordSchema,
  PossibleMatchRecordSchema,
  ReportingGraphRecordSchema,
  SecurityOfficerRecordSchema,
  parseRows,
  type ChairDirectorRecord,
  type CommitteeKindCountRecord,
  type ConflictKey,
  type DisclosureConflictRecord,
  type EngagementRecord,
  type FlagRateRecord,
  type OversightMoveRecord,
  type OversightRecord,
  type Page,
  type PossibleMatchRecord,
  type ReportingGraphRecord,
  type SecurityOfficerRecord,
  type YearChangesRecord,
  pageOf,
} from './records';

/** The company node `co` as a [cik, name, ticker] tuple (CompanyTupleSchema), so answers need no second round trip for it. */
const COMPANY = '[co.cik, co.name, co.ticker]';

/**
 * The analysts' relational questions, each one Cypher statement. `details`: the entity properties to
 * project beyond id, type, name and cik (all of them unless the caller narrows it).
 */
export class AnalystRepository {
  constructor(private readonly executor: Executor) {}

  /** A person who CHAIRS a committee and IS_DIRECTOR (or HOLDS_ROLE director) in the same company. */
  async chairsWhoAreDirectors(cik: string | null, details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS): Promise<ChairDirectorRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (p:Person)-[:CHAIRS]->(c:Committee)
         WHERE ($cik IS NULL OR p.cik = $cik)
           AND (EXISTS { (p)-[:IS_DIRECTOR]->(:Committee) } OR EXISTS { (p)-[:HOLDS_ROLE]->(:Role {normalized: 'DIRECTOR'}) })
         WITH DISTINCT p, c
         CALL { WITH p MATCH (co:Company {cik: p.cik}) RETURN co LIMIT 1 }
         RETURN ${ENTITY_PROJECTION('p', details)} AS person, ${ENTITY_PROJECTION('c', details)} AS committee, p.cik AS cik, ${COMPANY} AS company
         ORDER BY cik, person[1]`,
        { cik },
      ),
    );
    return parseRows(ChairDirectorRecordSchema, rows);
  }

  /**
   * The reporting graph above a start (a role by code, or a role, committee, person or unit by name or
   * alias), one per fiscal year whose filings name it, newest first, in one statement. Each year reads
   * only that year's REPORTS_TO edges. The officer is the start together with its counterparts that
   * year (a role's holders, a person's roles): "the CISO, Jane Roe, reports to the CEO" is stated of
   * either. Every node reachable within maxDepth steps is a superior, and every edge among the start,
   * its counterparts and its superiors is returned, so a CSO that reports to the CEO and informs the
   * Audit Committee has both, with their kind, frequency and evidence.
   */
  async reportingChain(
    cik: string,
    from: string,
    fiscalYear: number | null,
    maxDepth: number,
    details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS,
  ): Promise<ReportingGraphRecord[]> {
    const depth = Math.min(Math.max(1, Math.trunc(maxDepth)), 10);
    const node = (n: string) => ENTITY_PROJECTION(n, details);
    const rows = await this.executor.read(
      q(
        `MATCH (start:Entity {cik: $cik})
         WHERE (start:Role OR start:Committee OR start:Person OR start:InternalUnit)
           AND ((start:Role AND start.normalized = toUpper($from)) OR toLower(start.name) = toLower($from)
                OR any(a IN coalesce(start.aliases, []) WHERE toLower(a) = toLower($from)))
         WITH start
         ORDER BY CASE WHEN start:Role AND start.normalized = toUpper($from) THEN 0 WHEN toLower(start.name) = toLower($from) THEN 1 ELSE 2 END, start.key
         LIMIT 1
         MATCH (co:Company {cik: $cik})-[:FILED]->(f:Filing)-[:MENTIONS]->(start)
         WHERE $fy IS NULL OR f.fiscalYear = $fy
         WITH DISTINCT co, start, f.fiscalYear AS fiscalYear
         CALL { WITH co, fiscalYear MATCH (co)-[:FILED]->(y:Filing) WHERE y.fiscalYear = fiscalYear OR (fiscalYear IS NULL AND y.fiscalYear IS NULL) RETURN collect(y.id) AS ids }
         CALL {
           WITH start, ids
           OPTIONAL MATCH (start)-[h:HOLDS_ROLE]-(c:Entity) WHERE h.filingId IN ids AND c <> start
           RETURN collect(DISTINCT c) AS counterparts
         }
         CALL {
           WITH start, counterparts, ids
           UNWIND [start] + counterparts AS o
           OPTIONAL MATCH (o)-[rs:REPORTS_TO*1..${depth}]->(n:Entity) WHERE all(r IN rs WHERE r.filingId IN ids)
           WITH start, counterparts, collect(DISTINCT n) AS reached
           RETURN [n IN reached WHERE n <> start AND NOT n IN counterparts] AS superiors
         }
         CALL {
           WITH start, counterparts, superiors, ids
           UNWIND [start] + counterparts + superiors AS a
           MATCH (a)-[r:REPORTS_TO]->(b:Entity)
           WHERE r.filingId IN ids AND (b IN superiors OR b = start OR b IN counterparts)
           WITH DISTINCT a, r, b ORDER BY a.key, b.key, r.filingId
           RETURN collect({from: ${node('a')}, to: ${node('b')}, reportingKind: r.kind, frequency: r.frequency, filingId: r.filingId,
                  evidence: ${EVIDENCE_LIST('r')}}) AS edges
         }
         RETURN $cik AS cik, fiscalYear, ${node('start')} AS start, [c IN counterparts | ${node('c')}] AS counterparts, edges
         ORDER BY fiscalYear DESC`,
        { cik, from, fy: fiscalYear },
      ),
    );
    return parseRows(ReportingGraphRecordSchema, rows);
  }

  /** The bodies that OVERSEE cybersecurity risk, per company and fiscal year, optionally of one kind. */
  async oversight(
    kind: CommitteeKind | null,
    fiscalYear: number | null,
    details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS,
  ): Promise<OversightRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (c:Committee)-[r:OVERSEES]->(:Topic)
         MATCH (f:Filing {id: r.filingId})
         WHERE ${vocabularyMatch('c.kind', 'kind')} AND ($fy IS NULL OR f.fiscalYear = $fy)
         CALL { WITH c MATCH (co:Company {cik: c.cik}) RETURN co LIMIT 1 }
         RETURN DISTINCT c.cik AS cik, f.fiscalYear AS fiscalYear, ${ENTITY_PROJECTION('c', details)} AS body, ${COMPANY} AS company
         ORDER BY cik, fiscalYear, body[1]`,
        { ...vocabularyParams('kind', CommitteeKind, kind), fy: fiscalYear },
      ),
    );
    return parseRows(OversightRecordSchema, rows);
  }

  /**
   * Companies whose oversight bodies changed kind from one fiscal year to the other (oversight-moves.ts),
   * by CIK after `after`, and the count of all of them, in one read transaction. `parts` leaves out what
   * the client did not ask for.
   */
  async oversightMoves(
    fromYear: number,
    toYear: number,
    after: readonly [string] | null,
    limit: number,
    details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS,
    parts: { rows: boolean; total: boolean } = { rows: true, total: true },
  ): Promise<Page<OversightMoveRecord, [string]>> {
    const queries = [
      ...(parts.rows ? [oversightMovesPage(fromYear, toYear, after, limit, details)] : []),
      ...(parts.total ? [oversightMovesCount(fromYear, toYear)] : []),
    ];
    const results = await this.executor.readAll(queries);
    const rows = parts.rows ? parseRows(OversightMoveRecordSchema, results[0]!).map((m) => ({ ...m, fromYear, toYear })) : [];
    return pageOf(rows, limit, (m) => [m.cik] as [string], parts.total ? Number(results.at(-1)![0]?.n ?? 0) : 0);
  }

  /**
   * Where a filing's cyd flag and its own extracted relations disagree (conflict-rules.ts), in company,
   * filing and rule order after `after`, and the count under the filter, in one read transaction.
   */
  async disclosureConflicts(
    filter: ConflictFilter,
    after: ConflictKey | null,
    limit: number,
    parts: { rows: boolean; total: boolean } = { rows: true, total: true },
  ): Promise<Page<DisclosureConflictRecord, ConflictKey>> {
    const queries = [...(parts.rows ? [conflictsPage(filter, after, limit)] : []), ...(parts.total ? [conflictsCount(filter)] : [])];
    const results = await this.executor.readAll(queries);
    const rows = parts.rows ? results[0]! : [];
    const page = pageOf(rows, limit, (r) => ConflictKeySchema.parse(r.key), parts.total ? Number(results.at(-1)![0]?.n ?? 0) : 0);
    return { ...page, rows: parseRows(DisclosureConflictRecordSchema, page.rows) };
  }

  /** Every conflict of some filings, for Filing.conflicts (one statement per batch of filings). */
  async conflictsOf(filingIds: readonly string[]): Promise<DisclosureConflictRecord[]> {
    return parseRows(DisclosureConflictRecordSchema, await this.executor.read(conflictsOfFilings(filingIds)));
  }

  async securityOfficers(cik: string | null, details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS): Promise<SecurityOfficerRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (o:Role) WHERE o.normalized IN $codes AND ($cik IS NULL OR o.cik = $cik)
         CALL { WITH o MATCH (co:Company {cik: o.cik}) RETURN co LIMIT 1 }
         RETURN o.cik AS cik, ${ENTITY_PROJECTION('o', details)} AS officer,
                COLLECT { MATCH (o)-[:REPORTS_TO]->(s:Entity) RETURN DISTINCT ${ENTITY_PROJECTION('s', details)} } AS superiors, ${COMPANY} AS company
         ORDER BY cik, officer[1]`,
        { cik, codes: SECURITY_OFFICER_CODES },
      ),
    );
    return parseRows(SecurityOfficerRecordSchema, rows);
  }

  async thirdPartyEngagements(category: ThirdPartyCategory | null, details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS): Promise<EngagementRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (co:Company)-[:ENGAGES]->(t:ThirdParty) WHERE ${vocabularyMatch('t.category', 'category')}
         WITH co, collect(DISTINCT ${ENTITY_PROJECTION('t', details)}) AS parties
         OPTIONAL MATCH (co)-[:HAS_PROCESS]->(v:VendorProcess)
         WITH co, parties, collect(DISTINCT ${ENTITY_PROJECTION('v', details)}) AS procs
         RETURN co.cik AS cik, parties AS thirdParties, [x IN procs WHERE x[0] IS NOT NULL] AS vendorProcesses ORDER BY cik`,
        vocabularyParams('category', ThirdPartyCategory, category),
      ),
    );
    return parseRows(EngagementRecordSchema, rows);
  }

  async flagRates(groupBy: 'YEAR' | 'FORM', element: string | null): Promise<FlagRateRecord[]> {
    const group = groupBy === 'YEAR' ? 'toString(f.fiscalYear)' : 'f.form';
    const rows = await this.executor.read(
      q(
        `MATCH (f:Filing)-[h:HAS_FLAG]->(fl:Flag) WHERE $element IS NULL OR fl.element = $element
         WITH fl, coalesce(${group}, 'unknown') AS grp, count(*) AS total, sum(CASE WHEN h.value THEN 1 ELSE 0 END) AS trueCount
         RETURN fl.element AS element, fl.label AS label, grp AS group, trueCount, total, toFloat(trueCount) / total AS rate
         ORDER BY element, group`,
        { element },
      ),
    );
    return parseRows(FlagRateRecordSchema, rows);
  }

  /**
   * People, committees, reporting lines and flags of one fiscal year against another (compareYears).
   * Null when the company has no filing for one of the two years: there is nothing to compare.
   */
  async changes(cik: string, fromYear: number, toYear: number): Promise<YearChangesRecord | null> {
    const rows = await this.executor.read(
      q(
        `MATCH (co:Company {cik: $cik})
         CALL {
           WITH co
           MATCH (co)-[:FILED]->(f:Filing) WHERE f.fiscalYear IN [$from, $to]
           RETURN collect(DISTINCT f.fiscalYear) AS years
         }
         CALL {
           WITH co
           MATCH (co)-[:FILED]->(f:Filing)-[:MENTIONS]->(n)
           WHERE f.fiscalYear IN [$from, $to] AND (n:Person OR n:Committee)
           RETURN collect(DISTINCT [f.fiscalYear, labels(n), n.name]) AS mentioned
         }
         CALL {
           WITH co
           MATCH (a:Entity {cik: co.cik})-[r:REPORTS_TO]->(b:Entity)
           MATCH (f:Filing {id: r.filingId}) WHERE f.fiscalYear IN [$from, $to]
           RETURN collect(DISTINCT [f.fiscalYear, a.name + ' → ' + b.name]) AS lines
         }
         CALL {
           WITH co
           // an amendment ("10-K/A") sorts after its original, so its value is the year's
           MATCH (co)-[:FILED]->(f:Filing)-[h:HAS_FLAG]->(fl:Flag) WHERE f.fiscalYear IN [$from, $to]
           WITH f, h, fl ORDER BY f.form, f.id
           RETURN collect([f.fiscalYear, fl.element, fl.label, h.value]) AS flags
         }
         RETURN co.cik AS cik, years, mentioned, lines, flags`,
        { cik, from: fromYear, to: toYear },
      ),
    );
    const row = rows[0];
    if (!row) return null;
    return compareYears(YearStatementsSchema.parse({ ...row, fromYear, toYear }));
  }

  async peopleInSeveralCompanies(details: readonly EntityDetailField[] = ENTITY_DETAIL_FIELDS): Promise<PossibleMatchRecord[]> {
    const rows = await this.executor.read(
      q(
        `MATCH (p:Person) WITH p.normName AS norm, collect(p) AS people, count(DISTINCT p.cik) AS companies
         WHERE companies > 1
         RETURN people[0].name AS name, [x IN people | ${ENTITY_PROJECTION('x', details)}] AS people ORDER BY name`,
      ),
    );
    return parseRows(PossibleMatchRecordSchema, rows);
  }

  async committeeKindCounts(): Promise<CommitteeKindCountRecord[]> {
    const rows = await this.executor.read(
      // counted by kind as answered: every kind the vocabulary does not name (or none) is OTHER
      q(
        `MATCH (c:Committee) WITH c, CASE WHEN c.kind IN $named THEN c.kind ELSE $other END AS committeeKind
         RETURN committeeKind, count(DISTINCT c.cik) AS companies, count(c) AS committees ORDER BY committees DESC, committeeKind`,
        { named: namedValues(CommitteeKind), other: CommitteeKind.OTHER },
      ),
    );
    return parseRows(CommitteeKindCountSchema, rows);
  }
}
