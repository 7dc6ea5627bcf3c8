import { z } from 'zod';

/** The formats a filing comes in; parsers detect them by content (see parse/detect-format.ts). */
export const FORMATS = ['rpage-text', 'rpage-html', 'edgar-folder', 'edgar-submission', 'ixbrl', 'xbrl', 'text', '8k-text'] as const;
export const FormatSchema = z.enum(FORMATS);

/**
 * Where a plain-text filing's Item 1C / Item 16K text is stored: the filing's narrative, not a cyd
 * element. A plain-text 10-K tags nothing, so filing its whole section under one cyd text block would
 * claim a tag the company never used; the graph keeps it as `Filing.narrative` (searchable like facts).
 */
export const NARRATIVE_ELEMENT = 'narrative';
/** Formats whose text facts are the filing's narrative (parse/plain-text.ts). */
export const NARRATIVE_FORMATS: readonly Format[] = ['text'];
export type Format = z.infer<typeof FormatSchema>;

export const FORMS = ['10-K', '10-K/A', '20-F', '20-F/A', '8-K', '8-K/A'] as const;
export const FormSchema = z.enum(FORMS);
export type Form = z.infer<typeof FormSchema>;

/** Where a fact sits in its source: a character offset (JS string index) and 1-based line. */
export const SourcePositionSchema = z.object({ offset: z.number().int().nonnegative(), line: z.number().int().positive() });
export type SourcePosition = z.infer<typeof SourcePositionSchema>;

/** A cyd element's QName as facts carry it (the longest cyd name has 84 characters); parsers report other names instead of loading them. */
export const CYD_QNAME = /^cyd:\w{1,200}$/;

export const FactSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    element: z.string().regex(CYD_QNAME),
    /** The fact's XBRL value: its text content, whitespace collapsed, nothing added at element boundaries. */
    value: z.string(),
    /** Readable rendering: paragraphs and list items on their own lines. Evidence offsets index into this. */
    text: z.string(),
    contextRef: z.string().nullable(),
    position: SourcePositionSchema,
  }),
  z.object({
    kind: z.literal('flag'),
    element: z.string().regex(CYD_QNAME),
    value: z.boolean(),
    contextRef: z.string().nullable(),
    position: SourcePositionSchema,
  }),
]);
export type Fact = z.infer<typeof FactSchema>;
export type TextFact = Extract<Fact, { kind: 'text' }>;

export const ProblemSchema = z.object({
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  position: SourcePositionSchema.nullable(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const CompanySchema = z.object({
  name: z.string().nullable(),
  cik: z
    .string()
    .regex(/^\d{10}$/)
    .nullable(),
  ticker: z.string().nullable(),
});
export type CompanyIdentity = z.infer<typeof CompanySchema>;

/** Narrative the filing gives outside cyd tags (the whole Item 1C of an inline XBRL 10-K): read by extraction, never a fact. */
export const SectionSchema = z.object({ name: z.string(), text: z.string(), position: SourcePositionSchema });
export type Section = z.infer<typeof SectionSchema>;

export const DisclosureSchema = z.object({
  source: z.object({ name: z.string(), format: FormatSchema }),
  company: CompanySchema,
  form: FormSchema.nullable(),
  fiscalYear: z.number().int().min(1990).max(2100).nullable(),
  periodEnd: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  accession: z
    .string()
    .regex(/^\d{10}-\d{2}-\d{6}$/)
    .nullable(),
  /** When the filing was filed (YYYY-MM-DD), when the content or the identity gives it: an 8-K's signature date. Absent for most annual reports. */
  filedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullish(),
  facts: z.array(FactSchema),
  sections: z.array(SectionSchema),
  problems: z.array(ProblemSchema),
});
export type Disclosure = z.infer<typeof DisclosureSchema>;

/** Identity given from outside the file (CLI options or a `<file>.meta.json` sidecar). */
export const IdentityOverrideSchema = z
  .object({
    cik: z
      .union([z.string(), z.number()])
      .transform((v) => String(v).replace(/\D/g, '').padStart(10, '0'))
      .optional(),
    company: z.string().min(1).optional(),
    ticker: z.string().min(1).optional(),
    form: FormSchema.optional(),
    fiscalYear: z.coerce.number().int().min(1990).max(2100).optional(),
    periodEnd: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    accession: z
      .string()
      .regex(/^\d{10}-\d{2}-\d{6}$/)
      .optional(),
    /** The filing date (YYYY-MM-DD), e.g. EDGAR's "filed as of" date. */
    filedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();
export type IdentityOverride = z.infer<typeof IdentityOverrideSchema>;

export function normalizeCik(raw: string | number): string | null {
  const digits = String(raw).replace(/\D/g, '');
  return digits.length > 0 && digits.length <= 10 ? digits.padStart(10, '0') : null;
}

export function normalizeForm(raw: string): Form | null {
  const s = raw.trim().toUpperCase().replace(/\s+/g, '');
  return (FORMS as readonly string[]).includes(s) ? (s as Form) : null;
}
