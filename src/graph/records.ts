import { z } from 'zod';

/** Rows coming back from Neo4j are parsed here: what leaves graph/ is typed plain data. */
export const CompanyRecordSchema = z.object({ cik: z.string(), name: z.string().nullable(), ticker: z.string().nullable() });
export type CompanyRecord = z.infer<typeof CompanyRecordSchema>;

export const FilingRecordSchema = z.object({
  id: z.string(),
  cik: z.string(),
  accession: z.string().nullable(),
  form: z.string().nullable(),
  fiscalYear: z.number().nullable(),
  periodEnd: z.string().nullable(),
  sourceName: z.string(),
  sourceFormat: z.string(),
});
export type FilingRecord = z.infer<typeof FilingRecordSchema>;

export const FlagRecordSchema = z.object({ filingId: z.string(), element: z.string(), label: z.string(), value: z.boolean() });
export type FlagRecord = z.infer<typeof FlagRecordSchema>;

export const parseRows = <T>(schema: z.ZodType<T>, rows: readonly unknown[]): T[] => rows.map((r) => schema.parse(r));
