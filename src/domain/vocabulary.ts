/**
 * The closed vocabularies of the graph (gold/GUIDELINE.md §3.2, §3.3, and the forms and formats
 * of parse/): each enum member's name is the GraphQL enum value, its value what the graph stores.
 * codegen.yml maps the schema's enums onto these, and the API's resolver map hands them to the schema
 * as internal values, so the two cannot drift apart (test/api/schema.test.ts compares them too).
 *
 * Stored data can be older than the vocabulary: `vocabularyValue` turns any stored value a vocabulary
 * does not name into its OTHER member, so an unknown value is never a GraphQL serialization error.
 */

/** Where a committee sits (GUIDELINE §3.2 Committee.level). */
export enum CommitteeLevel {
  BOARD = 'board',
  BOARD_COMMITTEE = 'board_committee',
  MANAGEMENT = 'management',
  OTHER = 'other',
}

/** What a committee is for (GUIDELINE §3.2 Committee.kind). */
export enum CommitteeKind {
  FULL_BOARD = 'full_board',
  AUDIT = 'audit',
  RISK = 'risk',
  TECHNOLOGY = 'technology',
  CYBERSECURITY = 'cybersecurity',
  GOVERNANCE = 'governance',
  NOMINATING_GOVERNANCE = 'nominating_governance',
  COMPENSATION = 'compensation',
  SAFETY = 'safety',
  COMPLIANCE = 'compliance',
  OTHER = 'other',
}

/** A role's normalized title (GUIDELINE §3.2 Role.normalized). */
export enum RoleCode {
  CEO = 'CEO',
  CFO = 'CFO',
  CIO = 'CIO',
  CISO = 'CISO',
  CSO = 'CSO',
  CTO = 'CTO',
  CRO = 'CRO',
  CDO = 'CDO',
  COO = 'COO',
  GC = 'GC',
  PRESIDENT = 'PRESIDENT',
  CO_PRESIDENT = 'CO_PRESIDENT',
  DIRECTOR = 'DIRECTOR',
  CHAIR = 'CHAIR',
  VP_SECURITY = 'VP_SECURITY',
  HEAD_OF_SECURITY = 'HEAD_OF_SECURITY',
  CHIEF_TRUST_OFFICER = 'CHIEF_TRUST_OFFICER',
  CHIEF_PRIVACY_OFFICER = 'CHIEF_PRIVACY_OFFICER',
  FUNCTION_HEAD = 'FUNCTION_HEAD',
  BUSINESS_LINE_HEAD = 'BUSINESS_LINE_HEAD',
  OTHER = 'OTHER',
}

/** The kind of position a role is (GUIDELINE §3.2 Role.category). */
export enum RoleCategory {
  EXECUTIVE = 'executive',
  BOARD = 'board',
  SECURITY = 'security',
  FUNCTION_HEAD = 'function_head',
  BUSINESS_HEAD = 'business_head',
  OTHER = 'other',
}

/** The kind of group an internal unit is. */
export enum UnitCategory {
  MANAGEMENT = 'management_generic',
  TEAM = 'team',
  STAFF_GROUP = 'staff_group',
  OTHER = 'other',
}

/** The kind of outside party (GUIDELINE §3.2 ThirdParty.category). */
export enum ThirdPartyCategory {
  ASSESSOR = 'assessor',
  AUDITOR = 'auditor',
  CONSULTANT = 'consultant',
  PENETRATION_TESTER = 'penetration_tester',
  SERVICE_PROVIDER = 'service_provider',
  VENDOR = 'vendor',
  OTHER = 'other',
}

/** The kind of process applied to third parties (GUIDELINE §3.2 VendorProcess.category). */
export enum VendorProcessCategory {
  PRE_CONTRACT_ASSESSMENT = 'pre_contract_assessment',
  RISK_IDENTIFICATION = 'risk_identification',
  CONTRACTUAL_REQUIREMENT = 'contractual_requirement',
  MONITORING = 'monitoring',
  AUDIT = 'audit',
  OTHER = 'other',
}

/** A REPORTS_TO edge's kind (GUIDELINE §3.3): a hierarchical line, or informing / briefing. */
export enum ReportingKind {
  LINE = 'line',
  INFORMS = 'informs',
  OTHER = 'other',
}

/** How often a reporting relation is stated to happen (extract/rules/grammar.ts `frequency`). */
export enum Frequency {
  MONTHLY = 'monthly',
  BIMONTHLY = 'bimonthly',
  QUARTERLY = 'quarterly',
  SEMIANNUALLY = 'semiannually',
  ANNUALLY = 'annually',
  REGULARLY = 'regularly',
  PERIODICALLY = 'periodically',
  ONGOING = 'ongoing',
  AS_NEEDED = 'as_needed',
  OTHER = 'other',
}

/** The SEC form of a filing (domain/disclosure.ts FORMS). */
export enum Form {
  FORM_10_K = '10-K',
  FORM_10_K_A = '10-K/A',
  FORM_20_F = '20-F',
  FORM_20_F_A = '20-F/A',
  FORM_8_K = '8-K',
  FORM_8_K_A = '8-K/A',
  OTHER = 'other',
}

/** The format a filing was read from (domain/disclosure.ts FORMATS). */
export enum SourceFormat {
  RPAGE_TEXT = 'rpage-text',
  RPAGE_HTML = 'rpage-html',
  EDGAR_FOLDER = 'edgar-folder',
  EDGAR_SUBMISSION = 'edgar-submission',
  IXBRL = 'ixbrl',
  XBRL = 'xbrl',
  TEXT = 'text',
  TEXT_8K = '8k-text',
  OTHER = 'other',
}

/** The type of a relationship's end (the node label). */
export enum EntityType {
  COMPANY = 'Company',
  TOPIC = 'Topic',
  COMMITTEE = 'Committee',
  PERSON = 'Person',
  ROLE = 'Role',
  INTERNAL_UNIT = 'InternalUnit',
  THIRD_PARTY = 'ThirdParty',
  VENDOR_PROCESS = 'VendorProcess',
  OTHER = 'other',
}

/** A rule comparing a cyd flag with the filing's own text (graph/conflict-rules.ts holds what each reads). */
export enum ConflictRule {
  THIRD_PARTY_ENGAGED = 'third_party_engaged',
  THIRD_PARTY_PROCESSES = 'third_party_processes',
  REPORTS_TO_BOARD = 'reports_to_board',
  OTHER = 'other',
}

/** Which way a flag and the text disagree. */
export enum ConflictFinding {
  FLAG_TRUE_NOTHING_STATED = 'flag_true_nothing_stated',
  FLAG_FALSE_BUT_STATED = 'flag_false_but_stated',
  OTHER = 'other',
}

/** What ingesting one filing did. */
export enum IngestOutcome {
  WRITTEN = 'written',
  UNCHANGED = 'unchanged',
}

/** A vocabulary with an OTHER member: the ones stored data is read through. */
export type OpenVocabulary = Record<string, string> & { OTHER: string };

/** A stored value as a member of its vocabulary: null stays null, anything the vocabulary does not name is OTHER. */
export function vocabularyValue<V extends OpenVocabulary>(vocabulary: V, stored: unknown): V[keyof V] | null {
  if (stored === null || stored === undefined) return null;
  const values = Object.values(vocabulary) as string[];
  return (typeof stored === 'string' && values.includes(stored) ? stored : vocabulary.OTHER) as V[keyof V];
}

/** The stored values a vocabulary names, besides OTHER: a stored value outside them reads as OTHER. */
export function namedValues(vocabulary: OpenVocabulary): string[] {
  return Object.entries(vocabulary)
    .filter(([name]) => name !== 'OTHER')
    .map(([, v]) => v);
}
