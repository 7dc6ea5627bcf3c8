import { createHash } from 'node:crypto';
import type { Disclosure } from '../domain/disclosure';
import { labelOf } from '../domain/cyd-elements';
import { COMPANY_ID, TOPIC_ID, type AttributeValue, type Entity, type Extraction, type RelationType } from '../domain/extraction';
import { EXTRACTOR_VERSION } from '../domain/extraction';

/**
 * Disclosure + Extraction → the flat rows one filing writes. Pure: keys and provenance are decided here,
 * Cypher in filing-writer.ts only UNWINDs them.
 */
type Prop = string | number | boolean | string[] | number[];

export interface EntityRow {
  key: string;
  type: Exclude<Entity['type'], 'Company'>;
  name: string;
  normName: string;
  aliases: string[];
  cik: string | null; // null for the shared Topic
  props: Record<string, Prop>;
}

export interface RelationRow {
  from: string;
  to: string;
  props: Record<string, Prop>;
}

export interface FilingRows {
  company: { key: string; cik: string; name: string | null; ticker: string | null };
  filing: {
    id: string;
    accession: string | null;
    form: string | null;
    fiscalYear: number | null;
    periodEnd: string | null;
    sourceName: string;
    sourceFormat: string;
    contentHash: string;
    sourceHash: string;
    filedOn?: string | null;
  };
  /** An 8-K or 8-K/A with Item 1.05 text: the incident it reports (incidentOf). */
  incident?: IncidentRow | null;
  facts: { id: string; element: string; label: string; ordinal: number; text: string }[];
  flags: { element: string; label: string; value: boolean }[];
  entities: EntityRow[];
  relations: Partial<Record<RelationType, RelationRow[]>>;
}

/**
 * A material cybersecurity incident as one 8-K (or 8-K/A) reports it (Form 8-K Item 1.05): one node per
 * filing, its id the filing's. `date` orders and links incidents: the filing date, else the date of
 * report, else '' (an 8-K/A AMENDS the company's latest 8-K incident dated on or before it).
 */
export interface IncidentRow {
  id: string;
  cik: string;
  form: string;
  accession: string | null;
  filedOn: string | null;
  reportDate: string | null;
  date: string;
  nature: string | null;
  scope: string | null;
  timing: string | null;
  impact: string | null;
  notAvailable: string | null;
}

const INCIDENT_PARTS = {
  nature: 'cyd:MaterialCybersecurityIncidentNatureTextBlock',
  scope: 'cyd:MaterialCybersecurityIncidentScopeTextBlock',
  timing: 'cyd:MaterialCybersecurityIncidentTimingTextBlock',
  impact: 'cyd:MaterialCybersecurityIncidentMaterialImpactOrReasonablyLikelyMaterialImpactTextBlock',
  notAvailable: 'cyd:MaterialCybersecurityIncidentInformationNotAvailableOrUndeterminedTextBlock',
} as const;

/** The incident an 8-K reports, or null for any other filing and an 8-K without Item 1.05 text. */
export function incidentOf(d: Disclosure, id: string, cik: string): IncidentRow | null {
  if (!d.form?.startsWith('8-K')) return null;
  const text = (element: string): string | null => {
    const parts = d.facts.flatMap((f) => (f.kind === 'text' && f.element === element ? [f.text] : []));
    return parts.length > 0 ? parts.join('\n') : null;
  };
  const parts = Object.fromEntries(Object.entries(INCIDENT_PARTS).map(([k, element]) => [k, text(element)])) as Record<
    keyof typeof INCIDENT_PARTS,
    string | null
  >;
  if (Object.values(parts).every((p) => p === null)) return null;
  const filedOn = d.filedOn ?? null;
  const reportDate = d.form.startsWith('8-K') ? d.periodEnd : null;
  return { id, cik, form: d.form, accession: d.accession, filedOn, reportDate, date: filedOn ?? reportDate ?? '', ...parts };
}

export class IdentityError extends Error {}

export const companyKey = (cik: string): string => `company|${cik}`;
export const TOPIC_KEY = 'topic|cybersecurity_risk';

/** The entity label a key was built with (see entityKey): `Topic` for the shared topic, else the middle part. */
export function labelOfKey(key: string): string {
  return key === TOPIC_KEY ? 'Topic' : (key.split('|')[1] ?? '');
}

/** Lowercase, no honorific, no leading determiner, single spaces: how names are compared. */
export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/\b(mr|ms|mrs|dr|prof)\.?\s+/g, '')
    .replace(/^(the|our|its|a|an)\s+/, '')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();
}

/** Same committee, person or role across fiscal years of one company → one node; never across companies. */
export function entityKey(cik: string, entity: Entity): string {
  if (entity.id === TOPIC_ID || entity.type === 'Topic') return TOPIC_KEY;
  if (entity.type === 'Role' && typeof entity.attributes.normalized === 'string' && entity.attributes.normalized !== 'OTHER') {
    return `${cik}|Role|${entity.attributes.normalized}`;
  }
  if (entity.type === 'Committee' && entity.attributes.kind === 'full_board') return `${cik}|Committee|board`;
  return `${cik}|${entity.type}|${normalizeName(entity.name)}`;
}

export function filingIdOf(d: Disclosure, cik: string): string {
  if (d.accession) return d.accession;
  const basis = `${cik}|${d.form ?? ''}|${d.fiscalYear ?? ''}|${d.periodEnd ?? ''}`;
  return `dg-${createHash('sha256').update(basis).digest('hex').slice(0, 16)}`;
}

/** What extraction reads of a filing, and the extractor's version: equal hashes need no new analysis or extraction. */
export function sourceHashOf(d: Disclosure): string {
  return (
    createHash('sha256')
      // the filing date only when known, so the hashes of filings without one stay as they were
      .update(
        JSON.stringify([
          EXTRACTOR_VERSION,
          d.source,
          d.accession,
          d.company,
          d.form,
          d.fiscalYear,
          d.periodEnd,
          d.facts,
          d.sections,
          ...(d.filedOn ? [d.filedOn] : []),
        ]),
      )
      .digest('hex')
  );
}

export function contentHashOf(d: Disclosure, x: Extraction): string {
  return createHash('sha256')
    .update(JSON.stringify([d.company, d.form, d.fiscalYear, d.periodEnd, d.facts, x, ...(d.filedOn ? [d.filedOn] : [])]))
    .digest('hex');
}

export function buildFilingRows(d: Disclosure, x: Extraction): FilingRows {
  const cik = d.company.cik;
  if (!cik) throw new IdentityError('no CIK for the registrant: give --cik or a <file>.meta.json sidecar with "cik"');
  const id = filingIdOf(d, cik);
  const keyOf = new Map<string, string>([[COMPANY_ID, companyKey(cik)]]);
  const entities: EntityRow[] = [];
  const seen = new Set<string>();
  for (const e of x.entities) {
    if (e.type === 'Company') continue;
    const key = entityKey(cik, e);
    keyOf.set(e.id, key);
    if (seen.has(key)) continue;
    seen.add(key);
    entities.push({
      key,
      type: e.type,
      name: e.name,
      normName: normalizeName(e.name),
      aliases: [...e.aliases],
      cik: key === TOPIC_KEY ? null : cik,
      props: flatProps(e.attributes),
    });
  }
  const relations: Partial<Record<RelationType, RelationRow[]>> = {};
  for (const r of x.relations) {
    const from = keyOf.get(r.from);
    const to = keyOf.get(r.to);
    if (!from || !to) continue;
    (relations[r.type] ??= []).push({
      from,
      to,
      props: {
        ...flatProps(r.attributes),
        filingId: id,
        evidence: r.evidence.map((e) => e.text),
        sections: r.evidence.map((e) => e.section),
        starts: r.evidence.map((e) => e.start),
        ends: r.evidence.map((e) => e.end),
      },
    });
  }
  const textFacts = d.facts.filter((f) => f.kind === 'text');
  return {
    company: { key: companyKey(cik), cik, name: d.company.name, ticker: d.company.ticker },
    filing: {
      id,
      accession: d.accession,
      form: d.form,
      fiscalYear: d.fiscalYear,
      periodEnd: d.periodEnd,
      sourceName: d.source.name,
      sourceFormat: d.source.format,
      contentHash: contentHashOf(d, x),
      sourceHash: sourceHashOf(d),
      filedOn: d.filedOn ?? null,
    },
    incident: incidentOf(d, id, cik),
    facts: textFacts.map((f, i) => ({ id: `${id}#${i}`, element: f.element, label: labelOf(f.element), ordinal: i, text: String(f.value) })),
    flags: d.facts.flatMap((f) => (f.kind === 'flag' ? [{ element: f.element, label: labelOf(f.element), value: f.value }] : [])),
    entities,
    relations,
  };
}

function flatProps(attrs: Readonly<Record<string, AttributeValue>>): Record<string, Prop> {
  const out: Record<string, Prop> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    out[k] = Array.isArray(v) ? [...v].map(String) : (v as string | number | boolean);
  }
  return out;
}
