import { COMPANY_ID, TOPIC_ID, type AttributeValue, type Entity, type EntityType } from '../domain/extraction';
import type { Mention } from './mention';

/** One entity per key per filing; names keep the most complete form, aliases every other surface form. */
export class EntityTable {
  private readonly byKey = new Map<string, { id: string; type: EntityType; names: string[]; attributes: Record<string, AttributeValue> }>();
  private readonly namesSeen = new Map<string, string[]>();
  private counter = 0;

  constructor(private readonly companyName: string) {}

  /** Every mention's surface form counts towards its entity's names, even in sentences with no relation. */
  note(m0: Mention): void {
    const m = oneLine(m0);
    if (m.text.length < 2 || /^(he|she|him|her)$/i.test(m.text)) return;
    const names = this.namesSeen.get(m.key) ?? [];
    if (!names.includes(m.text)) names.push(m.text);
    this.namesSeen.set(m.key, names);
  }

  idOf(m0: Mention): string {
    const m = oneLine(m0);
    let e = this.byKey.get(m.key);
    if (!e) {
      e = { id: `${m.type.slice(0, 2).toUpperCase()}${++this.counter}`, type: m.type, names: [], attributes: { ...m.attributes } };
      this.byKey.set(m.key, e);
    }
    if (!e.names.includes(m.text) && !/^(he|she)$/i.test(m.text)) e.names.push(m.text);
    for (const n of this.namesSeen.get(m.key) ?? []) if (!e.names.includes(n)) e.names.push(n);
    for (const [k, v] of Object.entries(m.attributes)) if (e.attributes[k] === undefined) e.attributes[k] = v;
    return e.id;
  }

  entities(used: ReadonlySet<string>): Entity[] {
    const out: Entity[] = [
      { id: COMPANY_ID, type: 'Company', name: this.companyName, aliases: [], attributes: {} },
      { id: TOPIC_ID, type: 'Topic', name: 'cybersecurity risk', aliases: [], attributes: {} },
    ];
    for (const e of this.byKey.values()) {
      // Internal units, third parties and processes exist only as arguments of relations (GUIDELINE §3.2)
      if ((e.type === 'InternalUnit' || e.type === 'ThirdParty' || e.type === 'VendorProcess') && !used.has(e.id)) continue;
      const name = canonical(e.type, e.names);
      const { anaphor: _a, ...attributes } = e.attributes;
      out.push({ id: e.id, type: e.type, name, aliases: e.names.filter((n) => n !== name), attributes });
    }
    return out;
  }
}

/** A name that crossed a soft line wrap is written on one line. */
const oneLine = (m: Mention): Mention => (/\s{2,}|[\n\r\t]/.test(m.text) ? { ...m, text: m.text.replace(/\s+/g, ' ') } : m);

/** The most complete form: the full board's canonical name, else the longest name written out. */
function canonical(type: EntityType, names: readonly string[]): string {
  if (type === 'Committee' && names.some((n) => /board/i.test(n) && !/committee/i.test(n))) return 'Board of Directors';
  const spelled = names.filter((n) => !/^[A-Z]{2,6}s?$/.test(n));
  const pool = spelled.length > 0 ? spelled : names;
  return [...pool].sort((a, b) => b.length - a.length)[0]!;
}
