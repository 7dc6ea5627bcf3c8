/** Cypher projections the analyst statements share: what records.ts parses them with is named on each. */

/** A Filing node `f` as a map FilingRecordSchema reads (the same fields as FILING_FIELDS). */
export const FILING_MAP = (f: string): string =>
  `{id: ${f}.id, cik: ${f}.cik, accession: ${f}.accession, form: ${f}.form, fiscalYear: ${f}.fiscalYear, periodEnd: ${f}.periodEnd, sourceName: ${f}.sourceName, sourceFormat: ${f}.sourceFormat}`;

/** A relation `r`'s evidence as a list of EvidenceRecordSchema maps. */
export const EVIDENCE_LIST = (r: string): string =>
  `[ev IN range(0, size(coalesce(${r}.evidence, [])) - 1) | {text: ${r}.evidence[ev], element: ${r}.sections[ev], start: ${r}.starts[ev], end: ${r}.ends[ev]}]`;
