import { ConflictRule, CommitteeLevel } from '../domain/vocabulary';

/**
 * Where a cyd [Flag] and the filing's own text can disagree: each rule names a boolean flag and the
 * relations of the same filing that state what the flag asserts. A flag filed true with none of them
 * stated, or filed false with one stated, is a disclosure conflict (disclosure-conflicts.ts). Data, not
 * code: a new rule is a row here, its relation pattern a Cypher pattern over the filing `f` and its
 * company `co` that binds the relation `r` and its ends `a` and `b`.
 */
export interface ConflictRuleRow {
  readonly rule: ConflictRule;
  /** The cyd flag element. */
  readonly element: string;
  /** What the flag asserts when true, in words.  */
  readonly asserts: string;
  /** What the relations state, a noun phrase with the relation type in an unclosed parenthesis: "process applied to third parties (HAS_PROCESS". */
  readonly statedAs: string;
  /** The relations that state it in filing `f`: a MATCH … WHERE over `co`, `f`, binding `a`, `r`, `b`. */
  readonly pattern: string;
}

const BOARD_LEVELS = `['${CommitteeLevel.BOARD}', '${CommitteeLevel.BOARD_COMMITTEE}']`;

export const CONFLICT_RULES: readonly ConflictRuleRow[] = [
  {
    // Reg. S-K Item 106(b)(1)(ii): assessors, consultants, auditors or other third parties engaged
    rule: ConflictRule.THIRD_PARTY_ENGAGED,
    element: 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag',
    asserts: 'third parties are engaged in its cybersecurity processes',
    statedAs: 'engaged third party (ENGAGES',
    pattern: 'MATCH (a:Company {cik: co.cik})-[r:ENGAGES]->(b:ThirdParty) WHERE r.filingId = f.id',
  },
  {
    // Item 106(b)(1)(iii): processes to oversee and identify risks from third-party service providers
    rule: ConflictRule.THIRD_PARTY_PROCESSES,
    element: 'cyd:CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag',
    asserts: 'it has processes to oversee and identify risks from third-party service providers',
    statedAs: 'process applied to third parties (HAS_PROCESS',
    pattern: 'MATCH (a:Company {cik: co.cik})-[r:HAS_PROCESS]->(b:VendorProcess) WHERE r.filingId = f.id',
  },
  {
    // Item 106(c)(2)(iii): the management positions or committees report to the board (or a committee of it)
    rule: ConflictRule.REPORTS_TO_BOARD,
    element: 'cyd:CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag',
    asserts: 'the management positions or committees responsible report to the board',
    statedAs: 'reporting line from management to the board or a board committee (REPORTS_TO',
    pattern: `MATCH (f)-[:MENTIONS]->(a:Entity)-[r:REPORTS_TO]->(b:Committee)
      WHERE r.filingId = f.id AND b.level IN ${BOARD_LEVELS} AND NOT (a:Committee AND a.level IN ${BOARD_LEVELS})`,
  },
];

export const ruleOf = (rule: string): ConflictRuleRow | undefined => CONFLICT_RULES.find((r) => r.rule === rule);

/** A conflict in one sentence, from its rule's row: the flag as filed, and what the text states or does not. */
export function explainConflict(c: { rule: string; flag: { label: string; value: boolean }; relations: readonly unknown[] }): string {
  const row = ruleOf(c.rule);
  if (!row) return `${c.flag.label} is flagged ${c.flag.value}, and a rule this version does not know disagrees.`;
  return c.flag.value
    ? `${c.flag.label} is flagged true (${row.asserts}), but the text states no ${row.statedAs}).`
    : `${c.flag.label} is flagged false, but the text states what it denies: ${row.statedAs}, ${c.relations.length} found).`;
}
