/**
 * The cyd taxonomy elements (SEC Cybersecurity Disclosure taxonomy, Reg. S-K Item 106 / Form 20-F Item 16K,
 * Form 8-K Item 1.05), with their standard labels. Parsers resolve R-page labels to element names here.
 */
export type ElementKind = 'text' | 'flag' | 'abstract';

export interface CydElement {
  readonly name: string; // QName, "cyd:…"
  readonly label: string; // standard label without the "[Text Block]" / "[Flag]" suffix
  readonly kind: ElementKind;
  /** The Reg. S-K Item 106 paragraph the element implements; "8-K 1.05" for incident elements. */
  readonly rule: string;
}

const el = (local: string, label: string, kind: ElementKind, rule: string): CydElement => ({
  name: `cyd:${local}`,
  label,
  kind,
  rule,
});

export const CYD_ELEMENTS: readonly CydElement[] = [
  el('CybersecurityRiskManagementStrategyAndGovernanceAbstract', 'Cybersecurity Risk Management, Strategy, and Governance', 'abstract', '106'),
  el('CybersecurityRiskManagementStrategyAndGovernanceLineItems', 'Cybersecurity Risk Management, Strategy, and Governance', 'abstract', '106'),
  el(
    'CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock',
    'Cybersecurity Risk Management Processes for Assessing, Identifying, and Managing Threats',
    'text',
    '106(b)(1)',
  ),
  el('CybersecurityRiskManagementProcessesIntegratedFlag', 'Cybersecurity Risk Management Processes Integrated', 'flag', '106(b)(1)(i)'),
  el('CybersecurityRiskManagementProcessesIntegratedTextBlock', 'Cybersecurity Risk Management Processes Integrated', 'text', '106(b)(1)(i)'),
  el('CybersecurityRiskManagementThirdPartyEngagedFlag', 'Cybersecurity Risk Management Third Party Engaged', 'flag', '106(b)(1)(ii)'),
  el(
    'CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag',
    'Cybersecurity Risk Third Party Oversight and Identification Processes',
    'flag',
    '106(b)(1)(iii)',
  ),
  el(
    'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag',
    'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant',
    'flag',
    '106(b)(2)',
  ),
  el(
    'CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantTextBlock',
    'Cybersecurity Risk Materially Affected or Reasonably Likely to Materially Affect Registrant',
    'text',
    '106(b)(2)',
  ),
  el('CybersecurityRiskBoardOfDirectorsOversightTextBlock', 'Cybersecurity Risk Board of Directors Oversight', 'text', '106(c)(1)'),
  el(
    'CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    'Cybersecurity Risk Board Committee or Subcommittee Responsible for Oversight',
    'text',
    '106(c)(1)',
  ),
  el(
    'CybersecurityRiskProcessForInformingBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock',
    'Cybersecurity Risk Process for Informing Board Committee or Subcommittee Responsible for Oversight',
    'text',
    '106(c)(1)',
  ),
  el('CybersecurityRiskRoleOfManagementTextBlock', 'Cybersecurity Risk Role of Management', 'text', '106(c)(2)'),
  el(
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag',
    'Cybersecurity Risk Management Positions or Committees Responsible',
    'flag',
    '106(c)(2)(i)',
  ),
  el(
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock',
    'Cybersecurity Risk Management Positions or Committees Responsible',
    'text',
    '106(c)(2)(i)',
  ),
  el(
    'CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock',
    'Cybersecurity Risk Management Expertise of Management Responsible',
    'text',
    '106(c)(2)(i)',
  ),
  el(
    'CybersecurityRiskProcessForInformingManagementOrCommitteesResponsibleTextBlock',
    'Cybersecurity Risk Process for Informing Management or Committees Responsible',
    'text',
    '106(c)(2)(ii)',
  ),
  el(
    'CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag',
    'Cybersecurity Risk Management Positions or Committees Responsible Report to Board',
    'flag',
    '106(c)(2)(iii)',
  ),
  el('MaterialCybersecurityIncidentNatureTextBlock', 'Material Cybersecurity Incident Nature', 'text', '8-K 1.05'),
  el('MaterialCybersecurityIncidentScopeTextBlock', 'Material Cybersecurity Incident Scope', 'text', '8-K 1.05'),
  el('MaterialCybersecurityIncidentTimingTextBlock', 'Material Cybersecurity Incident Timing', 'text', '8-K 1.05'),
  el(
    'MaterialCybersecurityIncidentMaterialImpactOrReasonablyLikelyMaterialImpactTextBlock',
    'Material Cybersecurity Incident Material Impact or Reasonably Likely Material Impact',
    'text',
    '8-K 1.05',
  ),
  el(
    'MaterialCybersecurityIncidentInformationNotAvailableOrUndeterminedTextBlock',
    'Material Cybersecurity Incident Information Not Available or Undetermined',
    'text',
    '8-K 1.05',
  ),
];

/** Plain-text filings have no XBRL: their Item 1C / 16K section is filed under this project-defined element. */
export const ITEM_1C_ELEMENT = 'cyd:CybersecurityRiskManagementStrategyAndGovernanceTextBlock';
/** An 8-K Item 1.05 read from text: the whole item, under the incident "nature" element. */
export const INCIDENT_ELEMENT = 'cyd:MaterialCybersecurityIncidentNatureTextBlock';

/** The parts of an 8-K Item 1.05 and the text block each is tagged with (Incident node properties). */
export const INCIDENT_PARTS = {
  nature: INCIDENT_ELEMENT,
  scope: 'cyd:MaterialCybersecurityIncidentScopeTextBlock',
  timing: 'cyd:MaterialCybersecurityIncidentTimingTextBlock',
  impact: 'cyd:MaterialCybersecurityIncidentMaterialImpactOrReasonablyLikelyMaterialImpactTextBlock',
  notAvailable: 'cyd:MaterialCybersecurityIncidentInformationNotAvailableOrUndeterminedTextBlock',
} as const;

const byName = new Map(CYD_ELEMENTS.map((e) => [e.name, e]));
const normLabel = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const byLabelKind = new Map<string, CydElement>();
for (const e of CYD_ELEMENTS) {
  const suffix = e.kind === 'text' ? 'text block' : e.kind === 'flag' ? 'flag' : '';
  byLabelKind.set(normLabel(`${e.label} ${suffix}`), e);
}
byLabelKind.set(
  normLabel('Cybersecurity Risk Management, Strategy, and Governance [Abstract]'),
  byName.get('cyd:CybersecurityRiskManagementStrategyAndGovernanceAbstract')!,
);
byLabelKind.set(
  normLabel('Cybersecurity Risk Management, Strategy, and Governance [Line Items]'),
  byName.get('cyd:CybersecurityRiskManagementStrategyAndGovernanceLineItems')!,
);

/** Resolves an R-page row label such as "Cybersecurity Risk Role of Management [Text Block]". */
export function elementByLabel(label: string): CydElement | undefined {
  return byLabelKind.get(normLabel(label));
}

export function elementByName(name: string): CydElement | undefined {
  return byName.get(name.includes(':') ? name : `cyd:${name}`);
}

/** Element kind by local-name convention, for cyd elements this table does not know yet. */
export function kindOfElementName(name: string): ElementKind {
  const known = elementByName(name);
  if (known) return known.kind;
  if (name.endsWith('Flag')) return 'flag';
  if (name.endsWith('Abstract') || name.endsWith('LineItems') || name.endsWith('Axis') || name.endsWith('Member')) return 'abstract';
  return 'text';
}

export function labelOf(name: string): string {
  const known = elementByName(name);
  if (known) return known.label;
  return name
    .replace(/^cyd:/, '')
    .replace(/(TextBlock|Flag)$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2');
}
