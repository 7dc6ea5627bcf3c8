import { CommitteeLevel, Form } from '../domain/vocabulary';
import { ENTITY_PROJECTION, type EntityDetailField } from './entity-repository';
import { EVIDENCE_LIST, FILING_MAP } from './projections';
import { q, type Query } from './query';

/**
 * The year's oversight bodies of each company, as `co, year, bodies, kinds`: the board committees that
 * OVERSEE the topic in that year's annual filings, or the full board when none does (Reg. S-K Item
 * 106(c)(1): the board's oversight, and the committee "responsible for the oversight", if any). A
 * management committee is not a board's oversight body. 8-Ks state no oversight and are not read.
 */
function bodiesPerYear(after: boolean, details: readonly EntityDetailField[]): string {
  return `MATCH (co:Company)-[:FILED]->(f:Filing)
     WHERE f.fiscalYear IN [$from, $to] AND NOT coalesce(f.form, '') IN $currentForms${after ? ' AND co.cik > $after[0]' : ''}
     MATCH (f)-[:MENTIONS]->(c:Committee)-[r:OVERSEES]->(:Topic)
     WHERE r.filingId = f.id AND c.level IN $boardLevels
     WITH co, f.fiscalYear AS year, c, collect({filing: ${FILING_MAP('f')}, evidence: ${EVIDENCE_LIST('r')}}) AS statements
     ORDER BY c.name
     WITH co, year, collect({c: c, body: ${ENTITY_PROJECTION('c', details)}, kind: coalesce(c.kind, 'other'), statements: statements}) AS all
     WITH co, year, CASE WHEN any(b IN all WHERE b.c.level = $committeeLevel) THEN [b IN all WHERE b.c.level = $committeeLevel] ELSE all END AS bodies
     WITH co, year, [b IN bodies | {body: b.body, kind: b.kind, statements: b.statements}] AS bodies,
          COLLECT { UNWIND bodies AS b WITH DISTINCT b.kind AS k RETURN k ORDER BY k } AS kinds
     WITH co, head(collect(CASE WHEN year = $from THEN {bodies: bodies, kinds: kinds} END)) AS a,
          head(collect(CASE WHEN year = $to THEN {bodies: bodies, kinds: kinds} END)) AS b
     WHERE a IS NOT NULL AND b IS NOT NULL AND a.kinds <> b.kinds`;
}

const params = (fromYear: number, toYear: number) => ({
  from: fromYear,
  to: toYear,
  currentForms: [Form.FORM_8_K, Form.FORM_8_K_A],
  boardLevels: [CommitteeLevel.BOARD, CommitteeLevel.BOARD_COMMITTEE],
  committeeLevel: CommitteeLevel.BOARD_COMMITTEE,
});

/** A page of moves, by CIK, after the cursor's CIK (null: the first page); one row more than the page, to tell whether more follow. */
export function oversightMovesPage(
  fromYear: number,
  toYear: number,
  after: readonly [string] | null,
  limit: number,
  details: readonly EntityDetailField[],
): Query {
  return q(
    `${bodiesPerYear(after !== null, details)}
     RETURN co.cik AS cik, [co.cik, co.name, co.ticker] AS company, a.kinds AS fromKinds, b.kinds AS toKinds, a.bodies AS fromBodies, b.bodies AS toBodies
     ORDER BY cik LIMIT toInteger($limit) + 1`,
    { ...params(fromYear, toYear), after, limit },
  );
}

/** How many companies moved: a count over the same match, no page. */
export function oversightMovesCount(fromYear: number, toYear: number): Query {
  return q(`${bodiesPerYear(false, [])}\n     RETURN count(co) AS n`, params(fromYear, toYear));
}
