import { createHash } from 'node:crypto';
import { NARRATIVE_ELEMENT, NARRATIVE_FORMATS, type Disclosure } from '../domain/disclosure';
import { INCIDENT_PARTS, labelOf } from '../domain/cyd-elements';
import { COMPANY_ID, TOPIC_ID, type AttributeValue, type Entity, type Extraction, type RelationType } from '../domain/extraction';
import { EXTRACTOR_VERSION } from '../domain/extraction';
import { displayName, isEntityName } from '../domain/entity-names';

/**
 * Disclosure + Extraction → the flat rows one filing writes. Pure: keys and provenance are decided here,
 * Cypher in filing-writer.ts only UNWINDs them.
 */
type Prop = string | number | boolean | string[] | number[];

export interface EntityRow {
  key: string;
  type: Exclude<Entity['type'], 'Company'>;
  /** The display name this filing gives (entity-names.ts displayName); the node's name is the fullest over its filings. */
  name: string;
  normName: string;
  aliases: string[];
  /** Same as name: written on the MENTIONS edge, from which the node's name is recomputed. */
  display: string;
  /** Every surface form this filing writes, the display name's source included. */
  names: string[];
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
    /** A plain-text filing's Item 1C / 16K text (NARRATIVE_ELEMENT), null for tagged filings. */
    narrative: string | null;
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
  const reportDate = d.periodEnd; // an 8-K's period of report is its date of report
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

/** A committee's name as compared: "&" is "and", and "of the Board (of Directors)" adds nothing to a board committee's name. */
export function committeeNorm(name: string): string {
  return normalizeName(name.replace(/&/g, ' and '))
    .replace(/\s+of (?:the |our |its )?board(?: of directors)?$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A chair title names the body it chairs: "Chair of the Audit Committee" and "Audit Committee Chairperson" are one position. */
function chairNorm(name: string): string {
  const n = normalizeName(name).replace(/\b(?:chairperson|chairman|chairwoman)\b/g, 'chair');
  const before = /^(.+?) chair$/.exec(n);
  const body = before ? before[1]! : n.replace(/^chair (?:of )?(?:the )?/, '');
  return body === n ? n : `chair of ${committeeNorm(body)}`;
}

/**
 * The key of a node: one per thing within a company (never across companies), from this filing's words.
 * Roles by their normalized code (CEO, CISO, …; a chair by the body it chairs), the full board as `board`,
 * committees by committeeNorm, everything else by normalizeName. identity.ts then joins keys that other
 * filings show to be the same committee or person.
 */
export function entityKey(cik: string, entity: Entity): string {
  if (entity.id === TOPIC_ID || entity.type === 'Topic') return TOPIC_KEY;
  const code = entity.type === 'Role' && typeof entity.attributes.normalized === 'string' ? entity.attributes.normalized : null;
  if (code === 'CHAIR') return `${cik}|Role|${chairNorm(entity.name)}`;
  if (code && code !== 'OTHER') return `${cik}|Role|${code}`;
  if (entity.type === 'Committee' && entity.attributes.kind === 'full_board') return `${cik}|Committee|board`;
  if (entity.type === 'Committee') return `${cik}|Committee|${committeeNorm(entity.name)}`;
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

/**
 * Changes whenever the rows of the same extraction change (keys, names kept per mention, the narrative of
 * plain-text filings): a stored filing written under another version is rewritten, not skipped as unchanged.
 */
export const ROWS_VERSION = 'rows-2-identity-narrative';

export function contentHashOf(d: Disclosure, x: Extraction): string {
  return createHash('sha256')
    .update(JSON.stringify([ROWS_VERSION, d.company, d.form, d.fiscalYear, d.periodEnd, d.facts, x, ...(d.filedOn ? [d.filedOn] : [])]))
    .digest('hex');
}

export function buildFilingRows(d: Disclosure, x: Extraction): FilingRows {
  const cik = d.company.cik;
  if (!cik) throw new IdentityError('no CIK for the registrant: give --cik or a <file>.meta.json sidecar with "cik"');
  const id = filingIdOf(d, cik);
  const keyOf = new Map<string, string>([[COMPANY_ID, companyKey(cik)]]);
  const entities: EntityRow[] = [];
  for (const e of x.entities) {
    // what is not an entity of its type becomes no node, and its relations go with it (entity-names.ts)
    if (e.type === 'Company' || !isEntityName(e.type, e.name)) continue;
    const key = entityKey(cik, e);
    keyOf.set(e.id, key);
    const names = [...new Set([e.name, ...e.aliases])];
    const prev = entities.find((r) => r.key === key);
    if (prev) {
      // two entities of one filing with one key (two chair titles of one committee, "CEO" and "CEOs"): one row
      prev.names = [...new Set([...prev.names, ...names])];
      continue;
    }
    entities.push({
      key,
      type: e.type,
      name: e.name,
      normName: '',
      aliases: [],
      display: '',
      names,
      cik: key === TOPIC_KEY ? null : cik,
      props: flatProps(e.attributes),
    });
  }
  for (const r of entities) {
    r.display = r.name = displayName(r.type, r.names, r.key.endsWith('|Committee|board'));
    r.normName = normalizeName(r.display);
    r.aliases = r.names.filter((n) => n !== r.display);
  }
  const narrative = NARRATIVE_FORMATS.includes(d.source.format);
  const elementOf = (element: string): string => (narrative ? NARRATIVE_ELEMENT : element);
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
        sections: r.evidence.map((e) => elementOf(e.section)),
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
      narrative: narrative ? textFacts.map((f) => f.text).join('\n\n') : null,
      filedOn: d.filedOn ?? null,
    },
    incident: incidentOf(d, id, cik),
    facts: textFacts.map((f, i) => ({
      id: `${id}#${i}`,
      element: elementOf(f.element),
      label: narrative ? 'Narrative (untagged Item 1C / 16K text)' : labelOf(f.element),
      ordinal: i,
      // the narrative keeps its paragraphs: evidence offsets of a plain-text filing are offsets into this text
      text: narrative ? f.text : String(f.value),
    })),
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
