import { normalizeCik, normalizeForm } from '../domain/disclosure';
import { htmlToText } from './html-text';
import { looksLikeIxbrl, parseIxbrl } from './ixbrl';
import type { ParsedFiling } from './parsed-filing';
import { parsePlainText } from './plain-text';
import { ParseError } from './problems';

/**
 * An EDGAR full submission (.txt): the SGML <SEC-HEADER> gives accession, form, period and filer,
 * and the primary <DOCUMENT>'s <TEXT> is parsed as inline XBRL when it is, else as text.
 */
export function looksLikeSubmission(head: string): boolean {
  return /<SEC-(DOCUMENT|HEADER)>/.test(head) && /ACCESSION NUMBER:/.test(head);
}

export function parseSubmission(text: string): ParsedFiling {
  const headerEnd = text.indexOf('</SEC-HEADER>');
  if (headerEnd === -1) throw new ParseError('EDGAR submission without a closing </SEC-HEADER>');
  const header = text.slice(0, headerEnd);
  // [^\S\r\n]: spaces that stay on the line; `^\s*` would run across blank lines from every line start (quadratic in a run of them)
  const field = (label: string): string | null => new RegExp(`^[^\\S\\r\\n]*${label}:[^\\S\\r\\n]*(.+)$`, 'm').exec(header)?.[1]?.trim() ?? null;
  const form = normalizeForm(field('CONFORMED SUBMISSION TYPE') ?? '');
  const period = field('CONFORMED PERIOD OF REPORT');
  const periodEnd = period && /^\d{8}$/.test(period) ? `${period.slice(0, 4)}-${period.slice(4, 6)}-${period.slice(6, 8)}` : null;
  const cik = field('CENTRAL INDEX KEY');
  const filed = field('FILED AS OF DATE');
  const filedOn = filed && /^\d{8}$/.test(filed) ? `${filed.slice(0, 4)}-${filed.slice(4, 6)}-${filed.slice(6, 8)}` : null;
  const docStart = text.indexOf('<TEXT>', headerEnd);
  const docEnd = docStart === -1 ? -1 : text.indexOf('</TEXT>', docStart);
  if (docStart === -1) throw new ParseError('EDGAR submission has no <DOCUMENT> text');
  const body = text.slice(docStart + 6, docEnd === -1 ? text.length : docEnd).replace(/<\/?XBRL>/g, '');
  const inner = looksLikeIxbrl(body.slice(0, 20_000))
    ? parseIxbrl(body)
    : parsePlainText(/<html|<body|<div|<p[\s>]/i.test(body.slice(0, 5000)) ? htmlToText(body).text : body, { form });
  return {
    ...inner,
    format: 'edgar-submission',
    company: {
      name: inner.company.name ?? field('COMPANY CONFORMED NAME'),
      cik: inner.company.cik ?? (cik ? normalizeCik(cik) : null),
      ticker: inner.company.ticker,
    },
    form: form ?? inner.form,
    periodEnd: inner.periodEnd ?? periodEnd,
    fiscalYear: inner.fiscalYear ?? null,
    accession: field('ACCESSION NUMBER'),
    // the header's filing date over a date the document's text gives
    ...(filedOn ? { filedOn } : {}),
  };
}
