import type { Disclosure, Form, Format } from '../domain/disclosure';

/** What a format parser returns: a Disclosure without its source name (added by parseFiling). */
export type ParsedFiling = Omit<Disclosure, 'source' | 'sections'> & {
  format: Format;
  sections?: Disclosure['sections'];
  /** The form a parser infers but the file does not state (a plain-text Item 1C is a 10-K's): used when none is given. */
  formGuess?: Form;
};
