import type { Format } from '../domain/disclosure';
import { looksLikeSubmission } from './edgar-submission';
import { looksLikeIxbrl } from './ixbrl';
import { looksLikePlainFiling } from './plain-text';
import { looksLikeRpageHtml } from './rpage-html';
import { looksLikeRpageText } from './rpage-text';
import { ParseError } from './problems';
import { looksLikeXbrlInstance } from './xbrl-instance';

/** Detects a filing's format from its content (never from its file name). */
export function detectFormat(text: string): Format {
  const head = text.slice(0, 20_000);
  if (looksLikeSubmission(head)) return 'edgar-submission';
  if (looksLikeIxbrl(head)) return 'ixbrl';
  if (looksLikeXbrlInstance(head)) return 'xbrl';
  if (looksLikeRpageHtml(text.slice(0, 200_000))) return 'rpage-html';
  if (looksLikeRpageText(text)) return 'rpage-text';
  if (looksLikePlainFiling(text)) return /\bitem\s*1\.05\b/i.test(text) && !/\bitem\s*(1c|16k)\b/i.test(text) ? '8k-text' : 'text';
  if (/^\s*<(!doctype|html|\?xml|xbrl)/i.test(head))
    throw new ParseError('HTML/XML document with no inline XBRL, XBRL instance, R-page table or Item 1C/16K/1.05 section');
  throw new ParseError('unrecognized format: not an R page, inline XBRL, XBRL instance, EDGAR submission or 10-K/20-F/8-K text');
}
