import { ConflictFinding, ConflictRule } from '../domain/vocabulary';
import { CONFLICT_RULES } from './conflict-rules';
import { afterCondition, orderByClause, type SortKey } from './keyset';
import { EVIDENCE_LIST } from './projections';
import { q, type Query } from './query';

/** Which filings' conflicts: every given condition must hold. */
export interface ConflictFilter {
  cik?: string | null;
  /** Company name contains (case-insensitive). */
  company?: string | null;
  fiscalYear?: number | null;
  /** A rule (ConflictRule's stored value). */
  rule?: string | null;
}

/** Conflicts in company, fiscal year (unknown: -1), filing, rule order; company, filing and rule together are unique. */
const KEYS: SortKey[] = ['co.cik', 'coalesce(f.fiscalYear, -1)', 'f.id', 'rule'].map((expr) => ({ expr, direction: 'ASC' }));

/**
 * For each rule (conflict-rules.ts) the relations of filing `f` that state what its flag asserts, as
 * one COLLECT per rule chosen by a CASE on the rule: the rules' patterns differ in shape, and a CASE
 * keeps them in one statement without a UNION per rule.
 */
const FOUND = `CASE rule ${CONFLICT_RULES.map(
  (r) => `
       WHEN '${r.rule}' THEN COLLECT { ${r.pattern}
         RETURN {type: type(r), fromType: [l IN labels(a) WHERE l <> 'Entity'][0], fromName: a.name, toType: [l IN labels(b) WHERE l <> 'Entity'][0], toName: b.name,
                 evidence: ${EVIDENCE_LIST('r')}} ORDER BY a.key, b.key }`,
).join('')}
       ELSE [] END`;

/**
 * The conflicts of the filings `filingIds` names (null: every filing) under a filter, as
 * `co, f, rule, fl, value, found, finding`: a flag filed true with no relation stating it, or false
 * with one. `after` (a conflict's key, ConflictKeySchema) starts strictly after that conflict.
 */
function conflictMatch(after: boolean, byIds = false): string {
  // named filings are looked up by their id (the unique index), not found by scanning every filing
  const filings = byIds ? 'UNWIND $ids AS id MATCH (co:Company)-[:FILED]->(f:Filing {id: id})' : 'MATCH (co:Company)-[:FILED]->(f:Filing)';
  return `${filings}
     WHERE ($cik IS NULL OR co.cik = $cik) AND ($fy IS NULL OR f.fiscalYear = $fy)
       AND ($company IS NULL OR toLower(co.name) CONTAINS toLower($company))${after ? `\n       AND ${afterCondition(KEYS.slice(0, 3), '$after', true)}` : ''}
     MATCH (f)-[h:HAS_FLAG]->(fl:Flag) WHERE fl.element IN $elements
     WITH co, f, fl, h.value AS value, $ruleOf[fl.element] AS rule
     WHERE ($rule IS NULL OR rule = $rule)${after ? ` AND ${afterCondition(KEYS, '$after')}` : ''}
     WITH co, f, fl, value, rule, ${FOUND} AS found
     WHERE (value AND size(found) = 0) OR (NOT value AND size(found) > 0)
     WITH co, f, fl, value, rule, found, CASE WHEN value THEN $flagTrue ELSE $flagFalse END AS finding`;
}

function params(filter: ConflictFilter, filingIds: readonly string[] | null) {
  const rules = filter.rule && filter.rule !== ConflictRule.OTHER ? CONFLICT_RULES.filter((r) => r.rule === filter.rule) : CONFLICT_RULES;
  return {
    cik: filter.cik ?? null,
    company: filter.company ?? null,
    fy: filter.fiscalYear ?? null,
    ids: filingIds,
    // OTHER names no rule this version has: nothing matches it
    rule: filter.rule ?? null,
    elements: rules.map((r) => r.element),
    ruleOf: Object.fromEntries(CONFLICT_RULES.map((r) => [r.element, r.rule])),
    flagTrue: ConflictFinding.FLAG_TRUE_NOTHING_STATED,
    flagFalse: ConflictFinding.FLAG_FALSE_BUT_STATED,
  };
}

const ROW = `co.cik AS cik, f.id AS filingId, rule, finding, {filingId: f.id, element: fl.element, label: fl.label, value: value} AS flag, found AS relations`;

/** A page of conflicts after `after` (null: the first page), one row more than the page to tell whether more follow. */
export function conflictsPage(filter: ConflictFilter, after: readonly [string, number, string, string] | null, limit: number): Query {
  return q(
    `${conflictMatch(after !== null)}\n     RETURN ${ROW}, [co.cik, coalesce(f.fiscalYear, -1), f.id, rule] AS key ORDER BY ${orderByClause(KEYS)} LIMIT toInteger($limit) + 1`,
    {
      ...params(filter, null),
      after,
      limit,
    },
  );
}

/** How many conflicts the filter matches: a count over the same match. */
export function conflictsCount(filter: ConflictFilter): Query {
  return q(`${conflictMatch(false)}\n     RETURN count(*) AS n`, params(filter, null));
}

/** Every conflict of some filings (Filing.conflicts, batched by a DataLoader), in rule order. */
export function conflictsOfFilings(filingIds: readonly string[]): Query {
  return q(`${conflictMatch(false, true)}\n     RETURN ${ROW} ORDER BY f.id, rule`, params({}, filingIds));
}
