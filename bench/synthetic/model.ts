/**
 * Synthetic filings about invented companies, for tests, the demo and the ingest benchmark. One model,
 * written out in every supported format (see writers.ts). Deterministic for a given seed.
 */
export interface SyntheticFiling {
  company: { name: string; cik: string; ticker: string };
  form: '10-K' | '20-F' | '8-K';
  fiscalYear: number;
  periodEnd: string; // ISO
  accession: string;
  texts: { element: string; text: string[] }[]; // paragraphs
  flags: { element: string; value: boolean }[];
}

const FIRST = ['Avery', 'Jordan', 'Priya', 'Mateo', 'Ingrid', 'Kwame', 'Lucia', 'Hiroshi', 'Noor', 'Tobias', 'Elena', 'Rafael', 'Mei', 'Anika', 'Dmitri', 'Sofia'];
const LAST = ['Hartley', 'Okonkwo', 'Lindqvist', 'Castellanos', 'Nakamura', 'Petrov', 'Adeyemi', 'Brennan', 'Vasquez', 'Kowalski', 'Tanaka', 'Fairweather', 'Osei', 'Marchetti', 'Dubois', 'Haddad'];
const STEMS = ['Alder', 'Brightwater', 'Cobalt', 'Driftwood', 'Ember', 'Foxglove', 'Granite', 'Harbor', 'Ironbark', 'Juniper', 'Kestrel', 'Larkspur', 'Meridian', 'Northgate', 'Oakhaven', 'Pinecrest'];
const SUFFIX = ['Robotics Inc.', 'Logistics Ltd.', 'Bancorp', 'Therapeutics, Inc.', 'Holdings Corp.', 'Software, Inc.', 'Energy Co.', 'Foods Group'];
const COMMITTEES = [
  { name: 'Audit Committee', kind: 'audit' },
  { name: 'Risk Committee', kind: 'risk' },
  { name: 'Technology Committee', kind: 'technology' },
  { name: 'Cybersecurity Committee', kind: 'cybersecurity' },
  { name: 'Nominating and Governance Committee', kind: 'nominating_governance' },
];
const OFFICERS = [
  { title: 'Chief Information Security Officer', abbr: 'CISO' },
  { title: 'Chief Information Officer', abbr: 'CIO' },
  { title: 'Chief Technology Officer', abbr: 'CTO' },
  { title: 'Vice President of Information Security', abbr: null },
];
const SUPERIORS = ['Chief Executive Officer', 'Chief Financial Officer', 'General Counsel', 'Chief Operating Officer'];
const FREQ = ['quarterly', 'at least annually', 'at each regular meeting', 'twice a year'];
const THIRD = ['an independent cybersecurity consulting firm', 'external auditors', 'third-party penetration testers', 'outside security assessors'];
const PROCESS = ['security questionnaires', 'due diligence reviews', 'risk assessments', 'contractual security requirements'];
const VENDORS = ['third-party service providers', 'cloud vendors', 'suppliers with access to our systems', 'payment processors'];

/** A small deterministic PRNG (mulberry32), so generated corpora are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const E = (local: string): string => `cyd:${local}`;

export function syntheticFiling(index: number, opts: { fiscalYear?: number; seed?: number } = {}): SyntheticFiling {
  const r = rng((opts.seed ?? 7) * 100_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const name = `${pick(STEMS)} ${pick(STEMS)} ${pick(SUFFIX)}`;
  const cik = String(8_000_000 + index).padStart(10, '0');
  const fy = opts.fiscalYear ?? 2023 + (index % 3);
  const form = index % 7 === 3 ? '20-F' : '10-K';
  const committee = pick(COMMITTEES);
  const officer = pick(OFFICERS);
  const superior = pick(SUPERIORS);
  const chair = `${pick(FIRST)} ${pick(LAST)}`;
  const officerName = `${pick(FIRST)} ${pick(LAST)}`;
  const officerLast = officerName.split(' ')[1]!;
  const named = r() < 0.6;
  const ref = officer.abbr ? `our ${officer.title} (${officer.abbr})` : `our ${officer.title}`;
  const short = officer.abbr ?? officer.title;
  const freq = pick(FREQ);
  const engages = r() < 0.75;
  const third = pick(THIRD);
  const proc = pick(PROCESS);
  const vendors = pick(VENDORS);
  const board = form === '20-F' ? 'board of directors' : 'Board of Directors';
  const processes = [
    'We maintain a cybersecurity program designed to identify, assess and manage material risks from cybersecurity threats, integrated into our enterprise risk management framework.',
    engages ? `We engage ${third} to assess our security controls.` : 'We may engage outside advisors from time to time.',
    `We conduct ${proc} of ${vendors} before granting them access to our systems.`,
  ];
  const oversight = [
    `Our ${board} oversees cybersecurity risk through its ${committee.name}.`,
    `The ${committee.name} is chaired by ${chair}, an independent director.`,
    `The ${committee.name} receives reports from ${ref} ${freq}.`,
  ];
  const management = named
    ? [`${capital(ref)}, ${officerName}, leads our security team and is responsible for assessing and managing cybersecurity risk.`, `Mr. ${officerLast} reports to our ${superior}.`]
    : [`${capital(ref)} leads our security team and is responsible for assessing and managing cybersecurity risk.`, `The ${short} reports to our ${superior}.`];
  return {
    company: { name, cik, ticker: name.slice(0, 4).toUpperCase() },
    form,
    fiscalYear: fy,
    periodEnd: `${fy}-12-31`,
    accession: `${cik}-${String(fy % 100).padStart(2, '0')}-${String(index % 1_000_000).padStart(6, '0')}`,
    texts: [
      { element: E('CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock'), text: processes },
      { element: E('CybersecurityRiskBoardOfDirectorsOversightTextBlock'), text: oversight },
      { element: E('CybersecurityRiskBoardCommitteeOrSubcommitteeResponsibleForOversightTextBlock'), text: [committee.name] },
      { element: E('CybersecurityRiskRoleOfManagementTextBlock'), text: management },
      { element: E('CybersecurityRiskManagementPositionsOrCommitteesResponsibleTextBlock'), text: [officer.title] },
      { element: E('CybersecurityRiskManagementExpertiseOfManagementResponsibleTextBlock'), text: [named ? `Mr. ${officerLast} has over ${10 + Math.floor(r() * 15)} years of experience in information security.` : `Our ${short} has over ${10 + Math.floor(r() * 15)} years of experience in information security.`] },
    ],
    flags: [
      { element: E('CybersecurityRiskManagementProcessesIntegratedFlag'), value: true },
      { element: E('CybersecurityRiskManagementThirdPartyEngagedFlag'), value: engages },
      { element: E('CybersecurityRiskThirdPartyOversightAndIdentificationProcessesFlag'), value: true },
      { element: E('CybersecurityRiskMateriallyAffectedOrReasonablyLikelyToMateriallyAffectRegistrantFlag'), value: false },
      { element: E('CybersecurityRiskManagementPositionsOrCommitteesResponsibleFlag'), value: true },
      { element: E('CybersecurityRiskManagementPositionsOrCommitteesResponsibleReportToBoardFlag'), value: true },
    ],
  };
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
