import type { Disclosure, Format } from '../domain/disclosure';

/** What a format parser returns: a Disclosure without its source name (added by parseFiling). */
export type ParsedFiling = Omit<Disclosure, 'source' | 'sections'> & { format: Format; sections?: Disclosure['sections'] };
