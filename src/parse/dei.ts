import { normalizeCik, normalizeForm, type CompanyIdentity, type Form } from '../domain/disclosure';
import { parseDate } from './period';

/** Identity from dei cover facts (EntityRegistrantName, EntityCentralIndexKey, DocumentType, …). */
export interface DeiIdentity {
  company: CompanyIdentity;
  form: Form | null;
  fiscalYear: number | null;
  periodEnd: string | null;
}

export function identityFromDei(dei: ReadonlyMap<string, string>, contextPeriodEnd: string | null): DeiIdentity {
  const get = (k: string) => dei.get(k)?.trim() || null;
  const docType = get('DocumentType');
  const amended = /^true$/i.test(get('AmendmentFlag') ?? '');
  let form = docType ? normalizeForm(docType) : null;
  if (form && amended && !form.endsWith('/A')) form = normalizeForm(`${form}/A`);
  const periodEnd = parseDate(get('DocumentPeriodEndDate') ?? '') ?? contextPeriodEnd;
  const fy = Number(get('DocumentFiscalYearFocus'));
  const cik = get('EntityCentralIndexKey');
  return {
    company: { name: get('EntityRegistrantName'), cik: cik ? normalizeCik(cik) : null, ticker: get('TradingSymbol') },
    form,
    fiscalYear: Number.isInteger(fy) && fy > 1990 ? fy : null, // stated only: a year read off the period end is filled in by parseFiling, after given identity
    periodEnd,
  };
}

/** Inline XBRL boolean transforms (ixt:fixed-true, ixt:booleantrue, ixt-sec:boolballotbox, …). */
export function booleanFromTransform(format: string | undefined, text: string): boolean | null {
  const f = (format ?? '').toLowerCase().replace(/^[\w-]+:/, '');
  if (f === 'fixed-true' || f === 'booleantrue') return true;
  if (f === 'fixed-false' || f === 'booleanfalse') return false;
  const t = text.trim().toLowerCase();
  if (f === 'boolballotbox') return t.includes('☒') || t.includes('☑') ? true : t.includes('☐') ? false : null;
  if (t === 'true' || t === 'yes') return true;
  if (t === 'false' || t === 'no') return false;
  return null;
}
