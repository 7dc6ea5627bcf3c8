import { z } from 'zod';
import { RELATION_TYPES } from '../domain/extraction';
import {
  CommitteeKind,
  ConflictFinding,
  ConflictRule,
  CommitteeLevel,
  EntityType,
  Form,
  Frequency,
  ReportingKind,
  RoleCategory,
  RoleCode,
  SourceFormat,
  ThirdPartyCategory,
  UnitCategory,
  VendorProcessCategory,
  vocabularyValue,
  type OpenVocabulary,
} from '../domain/vocabulary';
import { labelOfKey } from './rows';

/** Rows coming back from Neo4j are parsed here: what leaves graph/ is typed plain data. */
export const CompanyRecordSchema = z.object({ cik: z.string(), name: z.string().nullable(), ticker: z.string().nullable() });
/** A company as the tuple [cik, name, ticker] (analyst answers: lists decode faster than maps). */
export const CompanyTupleSchema = z
  .tuple([z.string(), z.string().nullable(), z.string().nullable()])
  .transform(([cik, name, ticker]) => ({ cik, name, ticker }));
export type CompanyRecord = z.infer<typeof CompanyRecordSchema>;

export const FilingRecordSchema = z.object({
  id: z.string(),
  cik: z.string(),
  accession: z.string().nullable(),
  form: z
    .string()
    .nullable()
    .transform((f) => vocabularyValue(Form, f)),
  fiscalYear: z.number().nullable(),
  periodEnd: z.string().nullable(),
  sourceName: z.string(),
  sourceFormat: z.string().transform((f) => vocabularyValue(SourceFormat, f)!),
});
export type FilingRecord = z.infer<typeof FilingRecordSchema>;

export const FlagRecordSchema = z.object({ filingId: z.string(), element: z.string(), label: z.string(), value: z.boolean() });
export type FlagRecord = z.infer<typeof FlagRecordSchema>;

export const parseRows = <T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] => rows.map((r) => schema.parse(r));

export const FactRecordSchema = z.object({ filingId: z.string(), element: z.string(), label: z.string(), text: z.string() });
export type FactRecord = z.infer<typeof FactRecordSchema>;

export const ENTITY_LABELS = ['Topic', 'Committee', 'Person', 'Role', 'InternalUnit', 'ThirdParty', 'VendorProcess'] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];

/**
 * An extracted entity. Its vocabulary properties are read through their vocabularies (an unknown stored
 * value is OTHER), and the stored `category` becomes the field of its own type's vocabulary.
 */
export interface EntityRecord {
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  cik: string | null;
  committeeLevel?: CommitteeLevel | null;
  committeeKind?: CommitteeKind | null;
  roleCode?: RoleCode | null;
  roleCategory?: RoleCategory | null;
  unitCategory?: UnitCategory | null;
  thirdPartyCategory?: ThirdPartyCategory | null;
  vendorProcessCategory?: VendorProcessCategory | null;
  honorific?: string | null;
}

const detail = z.string().nullable();

/** A stored vocabulary value, read as a member of its vocabulary (unknown → OTHER); absent stays absent. */
const inVocabulary =
  <V extends OpenVocabulary>(vocabulary: V) =>
  (stored: unknown): V[keyof V] | null | undefined =>
    stored === undefined ? undefined : vocabularyValue(vocabulary, stored);
const asCommitteeLevel = inVocabulary(CommitteeLevel);
const asCommitteeKind = inVocabulary(CommitteeKind);
const asRoleCode = inVocabulary(RoleCode);
const asRoleCategory = inVocabulary(RoleCategory);
const asUnitCategory = inVocabulary(UnitCategory);
const asThirdPartyCategory = inVocabulary(ThirdPartyCategory);
const asVendorProcessCategory = inVocabulary(VendorProcessCategory);
const asReportingKind = inVocabulary(ReportingKind);
const asFrequency = inVocabulary(Frequency);
const asForm = inVocabulary(Form);

/** The vocabulary fields of one entity type, from the stored level, kind, normalized and category. */
function vocabularyFields(type: EntityLabel, level: unknown, kind: unknown, normalized: unknown, category: unknown): Partial<EntityRecord> {
  switch (type) {
    case 'Committee':
      return { committeeLevel: asCommitteeLevel(level), committeeKind: asCommitteeKind(kind) };
    case 'Role':
      return { roleCode: asRoleCode(normalized), roleCategory: asRoleCategory(category) };
    case 'InternalUnit':
      return { unitCategory: asUnitCategory(category) };
    case 'ThirdParty':
      return { thirdPartyCategory: asThirdPartyCategory(category) };
    case 'VendorProcess':
      return { vendorProcessCategory: asVendorProcessCategory(category) };
    default:
      return {};
  }
}

/**
 * The tuple ENTITY_PROJECTION returns: [key, name, cik, aliases, level, kind, normalized, category,
 * honorific], trailing details optional (left off when not asked for).
 */
export const EntityRecordSchema = z
  .tuple([z.string(), z.string(), z.string().nullable()])
  .rest(z.union([detail, z.array(z.string())]))
  .transform((t, ctx): EntityRecord => {
    const [id, name, cik, aliases, level, kind, normalized, category, honorific] = t as [
      string,
      string,
      string | null,
      (string[] | null)?,
      ...(string | null)[],
    ];
    if (t.length > 9 || (aliases != null && !Array.isArray(aliases)) || t.slice(4).some((x) => Array.isArray(x)))
      ctx.addIssue({ code: 'custom', message: 'malformed entity tuple' });
    const type = labelOfKey(id) as EntityLabel;
    if (!ENTITY_LABELS.includes(type)) ctx.addIssue({ code: 'custom', message: `entity key "${id}" names no entity label` });
    return {
      id,
      type,
      name,
      aliases: aliases ?? [],
      cik,
      ...vocabularyFields(type, level, kind, normalized, category),
      ...(type === 'Person' ? { honorific } : {}),
    };
  });

export const EvidenceRecordSchema = z.object({ text: z.string(), element: z.string(), start: z.number(), end: z.number() });

export const LinkRecordSchema = z.object({
  key: z.string(), // the entity the link was asked for
  type: z.string(),
  direction: z.enum(['OUT', 'IN']),
  node: EntityRecordSchema,
  filingId: z.string().nullable(),
  reportingKind: z.string().nullable().transform(asReportingKind),
  frequency: z.string().nullable().transform(asFrequency),
  evidence: z.array(EvidenceRecordSchema),
});
export type LinkRecord = z.infer<typeof LinkRecordSchema>;

export const ChairDirectorRecordSchema = z.object({ person: EntityRecordSchema, committee: EntityRecordSchema, cik: z.string(), company: CompanyTupleSchema });
export type ChairDirectorRecord = z.infer<typeof ChairDirectorRecordSchema>;

export const ReportingEdgeRecordSchema = z.object({
  from: EntityRecordSchema,
  to: EntityRecordSchema,
  filingId: z.string(),
  reportingKind: z.string().nullable().transform(asReportingKind),
  frequency: z.string().nullable().transform(asFrequency),
  evidence: z.array(EvidenceRecordSchema),
});
export type ReportingEdgeRecord = z.infer<typeof ReportingEdgeRecordSchema>;

/** One fiscal year's reporting graph above a start: its superiors get their distance from the edges (fewest steps from the start or a counterpart). */
export const ReportingGraphRecordSchema = z
  .object({
    cik: z.string(),
    fiscalYear: z.number().nullable(),
    start: EntityRecordSchema,
    counterparts: z.array(EntityRecordSchema),
    edges: z.array(ReportingEdgeRecordSchema),
  })
  .transform((g) => ({ ...g, superiors: superiorsByDistance([g.start, ...g.counterparts], g.edges) }));
export type ReportingGraphRecord = z.infer<typeof ReportingGraphRecordSchema>;

/** Breadth first from the origins along the edges: each node reached, with its fewest steps, nearest first. */
function superiorsByDistance(origins: readonly EntityRecord[], edges: readonly ReportingEdgeRecord[]): { node: EntityRecord; distance: number }[] {
  const distance = new Map<string, number>(origins.map((o) => [o.id, 0]));
  const found: { node: EntityRecord; distance: number }[] = [];
  for (let frontier = origins.map((o) => o.id), d = 1; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const e of edges) {
      if (!frontier.includes(e.from.id) || distance.has(e.to.id)) continue;
      distance.set(e.to.id, d);
      found.push({ node: e.to, distance: d });
      next.push(e.to.id);
    }
    frontier = next;
  }
  return found;
}

export const OversightRecordSchema = z.object({ cik: z.string(), fiscalYear: z.number().nullable(), body: EntityRecordSchema, company: CompanyTupleSchema });
export type OversightRecord = z.infer<typeof OversightRecordSchema>;

export const SecurityOfficerRecordSchema = z.object({
  cik: z.string(),
  officer: EntityRecordSchema,
  superiors: z.array(EntityRecordSchema),
  company: CompanyTupleSchema,
});
export type SecurityOfficerRecord = z.infer<typeof SecurityOfficerRecordSchema>;

export const EngagementRecordSchema = z.object({ cik: z.string(), thirdParties: z.array(EntityRecordSchema), vendorProcesses: z.array(EntityRecordSchema) });
export type EngagementRecord = z.infer<typeof EngagementRecordSchema>;

export const FlagRateRecordSchema = z.object({
  element: z.string(),
  label: z.string(),
  group: z.string(),
  trueCount: z.number(),
  total: z.number(),
  rate: z.number(),
});
export type FlagRateRecord = z.infer<typeof FlagRateRecordSchema>;

export const YearChangesRecordSchema = z.object({
  cik: z.string(),
  fromYear: z.number(),
  toYear: z.number(),
  addedPeople: z.array(z.string()),
  removedPeople: z.array(z.string()),
  addedCommittees: z.array(z.string()),
  removedCommittees: z.array(z.string()),
  addedReportingLines: z.array(z.string()),
  removedReportingLines: z.array(z.string()),
  changedFlags: z.array(z.object({ element: z.string(), label: z.string(), from: z.boolean(), to: z.boolean() })),
  flagsStatedInOneYear: z.array(z.object({ element: z.string(), label: z.string(), fiscalYear: z.number(), value: z.boolean() })),
});
export type YearChangesRecord = z.infer<typeof YearChangesRecordSchema>;

export const PossibleMatchRecordSchema = z.object({ name: z.string(), people: z.array(EntityRecordSchema) });
export type PossibleMatchRecord = z.infer<typeof PossibleMatchRecordSchema>;

export const CommitteeKindCountSchema = z.object({
  committeeKind: z.string().transform((k) => vocabularyValue(CommitteeKind, k)!),
  companies: z.number(),
  committees: z.number(),
});
export type CommitteeKindCountRecord = z.infer<typeof CommitteeKindCountSchema>;

export const RelationshipRowSchema = z.object({
  cik: z.string(),
  filingId: z.string(),
  type: z.enum(RELATION_TYPES),
  fromName: z.string(),
  toName: z.string(),
  fromType: z.string().transform((t) => vocabularyValue(EntityType, t)!),
  toType: z.string().transform((t) => vocabularyValue(EntityType, t)!),
  // the optional columns (RELATIONSHIP_COLUMNS): absent when not asked for
  companyName: z.string().nullish(),
  fiscalYear: z.number().nullish(),
  form: z.string().nullish().transform(asForm),
  reportingKind: z.string().nullish().transform(asReportingKind),
  frequency: z.string().nullish().transform(asFrequency),
  evidenceText: z.string().nullish(),
  element: z.string().nullish(),
});
export type RelationshipRowRecord = z.infer<typeof RelationshipRowSchema>;

export const SearchHitRecordSchema = z.object({ filingId: z.string(), element: z.string(), text: z.string(), score: z.number() });
export type SearchHitRecord = z.infer<typeof SearchHitRecordSchema> & { snippet: string };

/**
 * The sort key of a connection's row, which its cursor carries (keyset paging, see keyset.ts): the
 * values of the ORDER BY keys in order, the last of them unique per row.
 */
export const FILING_KEY_SCHEMAS = {
  FISCAL_YEAR: z.tuple([z.number().int(), z.string()]),
  COMPANY_NAME: z.tuple([z.string(), z.string()]),
  FORM: z.tuple([z.string(), z.string()]),
} as const;
export type FilingKey = z.infer<(typeof FILING_KEY_SCHEMAS)[keyof typeof FILING_KEY_SCHEMAS]>;
/** [cik, fiscal year (-1 when unknown), filing id, relation type, from key, to key, relationship element id]. */
export const RelationshipKeySchema = z.tuple([z.string(), z.number().int(), z.string(), z.string(), z.string(), z.string(), z.string()]);
export type RelationshipKey = z.infer<typeof RelationshipKeySchema>;

/** A page of a Relay connection, computed by the repository: rows, each row's sort key, whether more follow, and the total (a count, not a collection). */
export interface Page<T, K> {
  rows: T[];
  keys: K[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A keyset page from `limit + 1` fetched rows: the extra row only says that a next page exists. */
export function pageOf<T, K>(fetched: readonly T[], limit: number, keyOf: (row: T) => K, totalCount: number): Page<T, K> {
  const rows = fetched.slice(0, limit);
  return { rows, keys: rows.map(keyOf), hasNextPage: fetched.length > limit, totalCount };
}

/** A committee or person the graph holds, as the writer resolves identity against it (filing-writer.ts knownEntities). */
export const KnownEntityRowSchema = z.object({
  key: z.string(),
  type: z.enum(['Committee', 'Person']),
  cik: z.string(),
  names: z.array(z.string().nullable()).transform((ns) => ns.filter((n): n is string => n !== null)),
});

/** One body's oversight in one year: the committee, its kind (unknown → OTHER), and each filing's statement of it. */
const OversightBodySchema = z.object({
  body: EntityRecordSchema,
  kind: z.string().transform((k) => vocabularyValue(CommitteeKind, k)!),
  statements: z.array(z.object({ filing: FilingRecordSchema, evidence: z.array(EvidenceRecordSchema) })),
});
const kindsSchema = z.array(z.string().transform((k) => vocabularyValue(CommitteeKind, k)!));

/** A company whose oversight bodies changed kind between two years; `fromBodies` / `toBodies` one row per body and filing. */
export const OversightMoveRecordSchema = z
  .object({
    cik: z.string(),
    company: CompanyTupleSchema,
    fromKinds: kindsSchema,
    toKinds: kindsSchema,
    fromBodies: z.array(OversightBodySchema),
    toBodies: z.array(OversightBodySchema),
  })
  .transform(({ fromBodies, toBodies, ...m }) => ({ ...m, fromBodies: statementsOf(fromBodies), toBodies: statementsOf(toBodies) }));
export type OversightMoveRecord = z.infer<typeof OversightMoveRecordSchema> & { fromYear: number; toYear: number };
export type OversightStatementRecord = ReturnType<typeof statementsOf>[number];

function statementsOf(bodies: z.infer<typeof OversightBodySchema>[]) {
  return bodies.flatMap((b) => b.statements.map((s) => ({ body: b.body, committeeKind: b.kind, filing: s.filing, evidence: s.evidence })));
}
/** An oversight move's cursor: the company's CIK (one move per company). */
export const OversightMoveKeySchema = z.tuple([z.string()]);

/** A relation a conflict rule found in the filing, as a flat row with its evidence. */
export const ConflictRelationRecordSchema = z.object({
  type: z.enum(RELATION_TYPES),
  fromType: z.string().transform((t) => vocabularyValue(EntityType, t)!),
  fromName: z.string(),
  toType: z.string().transform((t) => vocabularyValue(EntityType, t)!),
  toName: z.string(),
  evidence: z.array(EvidenceRecordSchema),
});

/** A cyd flag the filing's own text contradicts (graph/conflict-rules.ts): the flag as filed and what the text states. */
export const DisclosureConflictRecordSchema = z.object({
  cik: z.string(),
  filingId: z.string(),
  rule: z.string().transform((r) => vocabularyValue(ConflictRule, r)!),
  finding: z.string().transform((f) => vocabularyValue(ConflictFinding, f)!),
  flag: FlagRecordSchema,
  relations: z.array(ConflictRelationRecordSchema),
});
export type DisclosureConflictRecord = z.infer<typeof DisclosureConflictRecordSchema>;
/** A conflict's cursor: [cik, fiscal year (-1 when unknown), filing id, rule]. */
export const ConflictKeySchema = z.tuple([z.string(), z.number().int(), z.string(), z.string()]);
export type ConflictKey = z.infer<typeof ConflictKeySchema>;

const nullable = z
  .string()
  .nullish()
  .transform((s) => s ?? null);
/** An Incident node's properties (graph/rows.ts IncidentRow); a property written as null is absent. */
const IncidentNodeSchema = z
  .object({
    id: z.string(),
    cik: z.string(),
    form: z.string(),
    accession: nullable,
    filedOn: nullable,
    reportDate: nullable,
    date: z.string(),
    nature: nullable,
    scope: nullable,
    timing: nullable,
    impact: nullable,
    notAvailable: nullable,
  })
  .transform(({ form, ...i }) => ({ ...i, filingId: i.id, form: vocabularyValue(Form, form)! }));
export type IncidentNodeRecord = z.infer<typeof IncidentNodeSchema>;

/** An incident with its company (a tuple) and the 8-K/As that amend it, oldest first. */
export const IncidentRecordSchema = z
  .object({ incident: IncidentNodeSchema, company: CompanyTupleSchema, amendments: z.array(IncidentNodeSchema) })
  .transform(({ incident, company, amendments }) => ({ ...incident, company, amendments: amendments.map((a) => ({ ...a, company, amendments: [] })) }));
export type IncidentRecord = z.infer<typeof IncidentRecordSchema>;
/** An incident's cursor: [date, id]. */
export const IncidentKeySchema = z.tuple([z.string(), z.string()]);
export type IncidentKey = z.infer<typeof IncidentKeySchema>;

/** The governance an incident's company disclosed in its last annual report before the incident. */
export const GovernanceBeforeRecordSchema = z.object({
  incidentId: z.string(),
  filing: FilingRecordSchema,
  overseers: z.array(EntityRecordSchema),
  reportingLines: z.array(ReportingEdgeRecordSchema),
});
export type GovernanceBeforeRecord = z.infer<typeof GovernanceBeforeRecordSchema>;
