import { z } from 'zod';

/** Entity and relation types exactly as named in the ontology (gold/GUIDELINE.md §3.2, §3.3). */
export const ENTITY_TYPES = ['Company', 'Topic', 'Committee', 'Person', 'Role', 'InternalUnit', 'ThirdParty', 'VendorProcess'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_TYPES = [
  'CHAIRS',
  'MEMBER_OF',
  'IS_DIRECTOR',
  'HOLDS_ROLE',
  'REPORTS_TO',
  'OVERSEES',
  'RESPONSIBLE_FOR',
  'SUBCOMMITTEE_OF',
  'ENGAGES',
  'HAS_PROCESS',
  'TARGETS',
  'RENAMED_TO',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Normalized role codes of a chief information security officer or equivalent. */
export const SECURITY_OFFICER_CODES: readonly string[] = ['CISO', 'CSO', 'HEAD_OF_SECURITY', 'VP_SECURITY', 'CHIEF_TRUST_OFFICER'];

export type AttributeValue = string | number | boolean | null | readonly string[];

export const EvidenceSchema = z.object({
  text: z.string(),
  section: z.string(), // the cyd element the sentence sits in
  start: z.number().int().nonnegative(), // UTF-16 offsets into that fact's value
  end: z.number().int().nonnegative(),
  source: z.enum(['text', 'xbrl_field']),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly attributes: Readonly<Record<string, AttributeValue>>;
}

export interface Relation {
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  readonly evidence: readonly Evidence[];
}

export interface Extraction {
  readonly entities: readonly Entity[];
  readonly relations: readonly Relation[];
  readonly flags: readonly { element: string; value: boolean }[];
}

/** Changes whenever extraction can give a different result for the same input: stored filings with another version are re-extracted. */
export const EXTRACTOR_VERSION = 'v2-frames-5-object-frequency';

export const COMPANY_ID = 'E_CO';
export const TOPIC_ID = 'T_CYBER';
