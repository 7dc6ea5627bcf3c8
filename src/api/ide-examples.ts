import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';

/**
 * The README's example queries (its API section, in order), opened as the IDE's tabs. Each `query` is the
 * README's text as written; test/api/ide.test.ts fails when the two drift apart, and test/api/schema.test.ts
 * runs every README query against the demo data.
 */
export const README_EXAMPLES: readonly { name: string; title: string; query: string }[] = [
  {
    name: 'ChairsWhoAreDirectors',
    title: 'Committee chairs who also sit on the board',
    query: '{ chairsWhoAreDirectors { person { name } committee { name committeeKind } company { name } } }',
  },
  {
    name: 'ReportingChain',
    title: "Everything above Northwind's CISO, per fiscal year",
    query:
      '{ reportingChain(cik: "9900001", from: "CISO") { fiscalYear counterparts { name } superiors { node { name } distance } edges { from { name } to { name } reportingKind frequency filing { fiscalYear } evidence { text } } } }',
  },
  {
    name: 'Oversight',
    title: 'Which body oversees cybersecurity (committeeKind: AUDIT | RISK | TECHNOLOGY | CYBERSECURITY | FULL_BOARD | …)',
    query: '{ oversight(committeeKind: AUDIT, fiscalYear: 2024) { company { name } body { name committeeLevel } } }',
  },
  {
    name: 'SecurityOfficers',
    title: 'Security officers and whom they report to',
    query: '{ securityOfficers { company { name } officer { name roleCode } superiors { name } } }',
  },
  {
    name: 'ThirdPartyEngagements',
    title: 'Consultants engaged, and the processes they run',
    query:
      '{ thirdPartyEngagements(thirdPartyCategory: CONSULTANT) { company { name } thirdParties { name } vendorProcesses { name targets { node { name } } } } }',
  },
  {
    name: 'FlagRates',
    title: 'How often filings state a third party is engaged, per year',
    query: '{ flagRates(groupBy: YEAR, element: "cyd:CybersecurityRiskManagementThirdPartyEngagedFlag") { group trueCount total rate } }',
  },
  {
    name: 'Changes',
    title: "Northwind's year-over-year changes, 2024 to 2025",
    query:
      '{ changes(cik: "9900001", fromYear: 2024, toYear: 2025) { addedPeople removedCommittees addedReportingLines changedFlags { element from to } flagsStatedInOneYear { element fiscalYear value } } }',
  },
  {
    name: 'PeopleInSeveralCompanies',
    title: 'People named by more than one company',
    query: '{ peopleInSeveralCompanies { name people { company { name } } } }',
  },
  {
    name: 'CommitteeKindCounts',
    title: 'Committees per kind',
    query: '{ committeeKindCounts { committeeKind companies committees } }',
  },
  {
    name: 'Search',
    title: 'Full-text search over the disclosures',
    query: '{ search(text: "penetration tests") { filing { company { name } fiscalYear } element snippet } }',
  },
  {
    name: 'CedarRidgeCio',
    title: "Cedar Ridge's CIO reports to the CEO and informs the Risk Committee",
    query:
      '{ reportingChain(cik: "9900003", from: "CIO") { fiscalYear superiors { node { name } distance } edges { from { name } to { name } reportingKind frequency evidence { text } } } }',
  },
  {
    name: 'OversightMoves',
    title: 'Companies whose cyber-oversight body changed kind, 2024 to 2025',
    query: `{ oversightMoves(fromYear: 2024, toYear: 2025) { totalCount edges { node { company { name } fromKinds toKinds
    fromBodies { body { name } filing { fiscalYear } evidence { text } } toBodies { body { name } filing { fiscalYear } evidence { text } } } } } }`,
  },
  {
    name: 'DisclosureConflicts',
    title: "Where Harborlight's cyd flags and its own text disagree",
    query: `{ disclosureConflicts(filter: { cik: "9900004" }) { totalCount edges { node { filing { fiscalYear company { name } } rule finding
    flag { element value } explanation relations { type fromName toName evidence { text } } } } } }`,
  },
  {
    name: 'Incidents',
    title: 'Material incidents (8-K Item 1.05), their amendments and the governance disclosed before them',
    query: `{ incidents(first: 10) { totalCount edges { node { company { name } accession filedOn reportDate nature scope timing impact
    amendments { accession filedOn nature impact }
    governanceBefore { filing { form fiscalYear } overseers { name } reportingLines { from { name } to { name } frequency evidence { text } } } } } } }`,
  },
  {
    name: 'Navigation',
    title: "Northwind's committees and security officers, with provenance on every edge",
    query: `{ company(cik: "9900001") {
    committees { name committeeKind committeeLevel
      chairs { node { name } filing { fiscalYear } evidence { text element start end } }
      subordinates { node { name } reportingKind frequency }
      parentCommittees { node { name } } }
    securityOfficers { name holders { node { name } } superiors { node { name } } } } }`,
  },
];

export interface IdeTab {
  query: string;
}

/** One tab's text: a comment with its title, then the operation, named and pretty-printed. */
export function ideTab(name: string, title: string, query: string): IdeTab {
  const named = parse(query).definitions.map((d) =>
    d.kind === Kind.OPERATION_DEFINITION ? ({ ...d, name: { kind: Kind.NAME, value: name } } satisfies OperationDefinitionNode) : d,
  );
  return { query: `# ${title}\n${print({ kind: Kind.DOCUMENT, definitions: named })}\n` };
}

/** The IDE's tabs: the landing query first, then every README example. */
export function ideTabs(landingQuery: string): IdeTab[] {
  return [ideTab('Companies', 'Companies, their filings and flags', landingQuery), ...README_EXAMPLES.map((e) => ideTab(e.name, e.title, e.query))];
}
