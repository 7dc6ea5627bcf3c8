import { z } from 'zod';
import { YearChangesRecordSchema, type YearChangesRecord } from './records';

/** What the changes statement reads: per fiscal year, the people and committees named, the reporting lines and the flags filed. */
export const YearStatementsSchema = z.object({
  cik: z.string(),
  fromYear: z.number(),
  toYear: z.number(),
  years: z.array(z.number()),
  mentioned: z.array(z.tuple([z.number(), z.array(z.string()), z.string()])),
  lines: z.array(z.tuple([z.number(), z.string()])),
  flags: z.array(z.tuple([z.number(), z.string(), z.string(), z.boolean()])),
});
export type YearStatements = z.infer<typeof YearStatementsSchema>;

/**
 * One fiscal year against another, as set differences; null unless both years have a filing. A flag is
 * compared only when both years' filings state it (a cyd flag is optional where Item 106 does not
 * apply): one a year does not carry is "stated in one year", never a change to or from null.
 */
export function compareYears(s: YearStatements): YearChangesRecord | null {
  if (!s.years.includes(s.fromYear) || !s.years.includes(s.toYear)) return null;
  const names = (year: number, label: string) => new Set(s.mentioned.filter(([y, l]) => y === year && l.includes(label)).map(([, , n]) => n));
  const lines = (year: number) => new Set(s.lines.filter(([y]) => y === year).map(([, l]) => l));
  const added = (before: Set<string>, after: Set<string>) => [...after].filter((x) => !before.has(x)).sort();
  const flagsOf = (year: number) => new Map(s.flags.filter(([y]) => y === year).map(([, element, label, value]) => [element, { label, value }]));
  const [before, after] = [flagsOf(s.fromYear), flagsOf(s.toYear)];
  const elements = [...new Set([...before.keys(), ...after.keys()])].sort();
  const both = elements.filter((e) => before.has(e) && after.has(e));
  return YearChangesRecordSchema.parse({
    cik: s.cik,
    fromYear: s.fromYear,
    toYear: s.toYear,
    addedPeople: added(names(s.fromYear, 'Person'), names(s.toYear, 'Person')),
    removedPeople: added(names(s.toYear, 'Person'), names(s.fromYear, 'Person')),
    addedCommittees: added(names(s.fromYear, 'Committee'), names(s.toYear, 'Committee')),
    removedCommittees: added(names(s.toYear, 'Committee'), names(s.fromYear, 'Committee')),
    addedReportingLines: added(lines(s.fromYear), lines(s.toYear)),
    removedReportingLines: added(lines(s.toYear), lines(s.fromYear)),
    changedFlags: both
      .filter((e) => before.get(e)!.value !== after.get(e)!.value)
      .map((e) => ({ element: e, label: before.get(e)!.label, from: before.get(e)!.value, to: after.get(e)!.value })),
    flagsStatedInOneYear: elements
      .filter((e) => !both.includes(e))
      .map((e) => {
        const [fiscalYear, stated] = before.has(e) ? [s.fromYear, before.get(e)!] : [s.toYear, after.get(e)!];
        return { element: e, label: stated.label, fiscalYear, value: stated.value };
      }),
  });
}
