import { namedValues, type OpenVocabulary } from '../domain/vocabulary';

/**
 * Filters on a stored vocabulary property (committee kind, role code, form, …), as Cypher over
 * parameters. A member matches its stored value; OTHER also matches every stored value the vocabulary
 * does not name, because that is how such values are answered (domain/vocabulary.ts).
 */
export const vocabularyMatch = (expr: string, param: string): string =>
  `($${param} IS NULL OR ${expr} = $${param} OR ($${param}Named IS NOT NULL AND NOT ${expr} IN $${param}Named))`;

/** The parameters vocabularyMatch reads: the stored value (null: no filter), and for OTHER the values it excludes. */
export function vocabularyParams(param: string, vocabulary: OpenVocabulary, value: string | null | undefined): Record<string, unknown> {
  return { [param]: value ?? null, [`${param}Named`]: value !== null && value !== undefined && value === vocabulary.OTHER ? namedValues(vocabulary) : null };
}
