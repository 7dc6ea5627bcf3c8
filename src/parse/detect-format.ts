import type { Format } from '../domain/disclosure';
import { ParseError } from './problems';
import { looksLikeRpageText } from './rpage-text';
import { looksLikeIxbrl } from './ixbrl';
import { looksLikeXbrlInstance } from './xbrl-instance';

/** Detects a filing's format from its content (never from its file name). */
export function detectFormat(text: string): Format {
  const head = text.slice(0, 20_000);
  if (looksLikeIxbrl(head)) return 'ixbrl';
  if (looksLikeXbrlInstance(head)) return 'xbrl';
  if (looksLikeRpageText(text)) return 'rpage-text';
  throw new ParseError('unrecognized format: not an R page, inline XBRL, XBRL instance or 10-K/20-F/8-K text');
}
