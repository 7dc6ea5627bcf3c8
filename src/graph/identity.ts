import type { EntityRow, FilingRows, RelationRow } from './rows';
import { committeeNorm, normalizeName } from './rows';

/**
 * Cross-filing identity: the keys of one batch's entities resolved against what the graph already holds
 * for the same companies (and against earlier filings of the batch). Pure; filing-writer.ts reads the
 * known entities inside the write transaction, after locking the companies, and writes the result.
 *
 * A key built from one filing's words (rows.ts entityKey) already makes "Audit Committee" and "audit
 * committee", or "CEO" and "chief executive officer", one node. Two forms it cannot join need the other
 * filings: a committee that one filing names in full and abbreviates ("Audit and Finance Committee", the
 * "Audit Committee") and another names only by the short form; and a person written "Jane Roe" one year
 * and "Ms. Roe" the next. So, within one company and one type:
 * - Committee: the same node when any specific surface form is shared (a bare "Committee" or "Council",
 *   an anaphor, never joins two bodies);
 * - Person: the same node when the family names are equal and the given names agree (equal, one an
 *   initial of the other, or one side has none), and exactly one known person fits; a surname-only form
 *   that fits two people stays its own node.
 * Other types (roles by code, units, third parties, processes) are one node per key: the guideline merges
 * descriptions only when they are the same (§3.6).
 * The first key minted for a thing stays its key; names and aliases are recomputed from all mentions.
 */
export interface KnownEntity {
  key: string;
  type: 'Committee' | 'Person';
  cik: string;
  names: readonly string[];
}

interface Entry {
  key: string;
  type: 'Committee' | 'Person';
  forms: Set<string>; // committees: specific normalized forms; persons: normalized full names
}

const GENERIC_COMMITTEE = /^(?:committee|subcommittee|council|board|board of directors|directors|the committee)$/;

function committeeForms(names: readonly string[]): Set<string> {
  return new Set(names.map(committeeNorm).filter((n) => n.length > 2 && !GENERIC_COMMITTEE.test(n)));
}

const SUFFIX = /^(?:jr|sr|ii|iii|iv)$/;

/** Family name and given names of a person's normalized name ("jane q roe" → roe, [jane, q]). */
export function personParts(name: string): { family: string; given: string[] } {
  const tokens = normalizeName(name)
    .split(' ')
    .filter((t) => t && !SUFFIX.test(t));
  return { family: tokens.at(-1) ?? '', given: tokens.slice(0, -1) };
}

/** Same person by name: equal family names, and given names that agree where both are written. */
export function samePerson(a: string, b: string): boolean {
  const x = personParts(a);
  const y = personParts(b);
  if (!x.family || x.family !== y.family) return false;
  const gx = x.given[0];
  const gy = y.given[0];
  if (!gx || !gy) return true;
  return gx === gy || (gx.length === 1 && gy.startsWith(gx)) || (gy.length === 1 && gx.startsWith(gy));
}

function matchPerson(entries: readonly Entry[], names: readonly string[]): Entry | null {
  const own = new Set(names.map(normalizeName));
  const exact = entries.filter((e) => [...e.forms].some((f) => own.has(f)));
  if (exact.length === 1) return exact[0]!;
  const fits = entries.filter((e) => names.every((n) => [...e.forms].every((f) => samePerson(f, n))));
  return fits.length === 1 ? fits[0]! : null;
}

function matchCommittee(entries: readonly Entry[], forms: ReadonlySet<string>): Entry | null {
  const hits = entries.filter((e) => [...forms].some((f) => e.forms.has(f)));
  return [...hits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))[0] ?? null;
}

/** The batch with each Committee and Person key replaced by the key of the node it is; relations follow. */
export function resolveIdentities(batch: readonly FilingRows[], known: readonly KnownEntity[]): FilingRows[] {
  const registry = new Map<string, Entry[]>(); // `${cik}|${type}` → entries
  const entriesOf = (cik: string, type: string): Entry[] => {
    const k = `${cik}|${type}`;
    let list = registry.get(k);
    if (!list) registry.set(k, (list = []));
    return list;
  };
  const byKey = new Map<string, Entry>();
  const remember = (cik: string, type: Entry['type'], key: string, names: readonly string[]): void => {
    const forms = type === 'Committee' ? committeeForms(names) : new Set(names.map(normalizeName));
    let e = byKey.get(key);
    if (!e) {
      e = { key, type, forms: new Set() };
      byKey.set(key, e);
      entriesOf(cik, type).push(e);
    }
    for (const f of forms) e.forms.add(f);
  };
  for (const k of [...known].sort((a, b) => (a.key < b.key ? -1 : 1))) remember(k.cik, k.type, k.key, k.names);

  return batch.map((rows) => {
    const cik = rows.company.cik;
    const rename = new Map<string, string>();
    for (const e of rows.entities) {
      if (e.type !== 'Committee' && e.type !== 'Person') continue;
      if (byKey.has(e.key) || e.key.endsWith('|board')) continue;
      const entries = entriesOf(cik, e.type);
      const hit = e.type === 'Committee' ? matchCommittee(entries, committeeForms(e.names)) : matchPerson(entries, e.names);
      if (hit) rename.set(e.key, hit.key);
    }
    const keyOf = (k: string): string => rename.get(k) ?? k;
    const entities = mergeRows(rows.entities.map((e) => ({ ...e, key: keyOf(e.key) })));
    for (const e of entities) if (e.type === 'Committee' || e.type === 'Person') remember(cik, e.type, e.key, e.names);
    const relations: FilingRows['relations'] = {};
    for (const [type, list] of Object.entries(rows.relations) as [keyof FilingRows['relations'], RelationRow[]][]) {
      relations[type] = list.map((r) => ({ ...r, from: keyOf(r.from), to: keyOf(r.to) })).filter((r) => r.from !== r.to);
    }
    return { ...rows, entities, relations };
  });
}

/** Rows of one filing that resolved to one key become one row with all their surface forms. */
function mergeRows(rows: readonly EntityRow[]): EntityRow[] {
  const out = new Map<string, EntityRow>();
  for (const r of rows) {
    const prev = out.get(r.key);
    if (!prev) {
      out.set(r.key, r);
      continue;
    }
    const names = [...new Set([...prev.names, ...r.names])];
    const display = r.display.length > prev.display.length ? r.display : prev.display;
    out.set(r.key, { ...prev, names, display, name: display, normName: normalizeName(display), aliases: names.filter((n) => n !== display) });
  }
  return [...out.values()];
}
