import { INCIDENT_ELEMENT, INCIDENT_PARTS } from '../domain/cyd-elements';
import type { TextFact } from '../domain/disclosure';
import { lineAt, unwrapLines } from './text-lines';
import { parseDate } from './period';

/**
 * Form 8-K Item 1.05 read from text. Item 1.05(a) asks for "the material aspects of the nature, scope,
 * and timing of the incident, and the material impact or reasonably likely material impact"; a filer that
 * writes those under their own headings gets one fact per cyd incident element (the elements an inline
 * XBRL 8-K tags), the rest of the item (and an item without headings) stays under the nature element.
 * The cover's "Date of Report (Date of earliest event reported)" is the filing's period of report, and the
 * date under the signatures is when it was signed and filed.
 */

// a heading alone on its line: "Nature of the Incident", "Scope:", "Material Impact.", "Information Not Yet Available"
const PART_HEADING =
  /^[ \t]*(nature|scope|timing|(?:(?:reasonably likely )?material )?impact|information (?:not (?:yet )?available|undetermined)(?: or (?:not available|undetermined))?)(?: of the (?:cyber ?security )?incident)?[ \t]*[.:]?[ \t]*$/gim;

function elementOf(heading: string): string {
  const h = heading.toLowerCase();
  if (h.startsWith('information')) return INCIDENT_PARTS.notAvailable;
  if (h.endsWith('impact')) return INCIDENT_PARTS.impact;
  return INCIDENT_PARTS[h as 'nature' | 'scope' | 'timing'];
}

/** The item's body (source text from `start`) as facts: one per headed part, or one under the nature element. */
export function incidentFacts(text: string, start: number, stop: number): TextFact[] {
  const body = text.slice(start, stop);
  const cuts: { at: number; end: number; element: string }[] = [];
  PART_HEADING.lastIndex = 0;
  for (let m = PART_HEADING.exec(body); m; m = PART_HEADING.exec(body)) cuts.push({ at: m.index, end: m.index + m[0].length, element: elementOf(m[1]!) });
  PART_HEADING.lastIndex = 0;
  const parts = [
    { from: 0, to: cuts[0]?.at ?? body.length, element: INCIDENT_ELEMENT },
    ...cuts.map((c, i) => ({ from: c.end, to: cuts[i + 1]?.at ?? body.length, element: c.element })),
  ];
  const facts: TextFact[] = [];
  for (const p of parts) {
    const chunk = body.slice(p.from, p.to);
    const readable = unwrapLines(chunk.split(/\r?\n/));
    if (readable.trim().length === 0) continue;
    const offset = start + p.from + (chunk.length - chunk.trimStart().length);
    const same = facts.find((f) => f.element === p.element);
    if (same) {
      same.text = `${same.text}\n${readable}`;
      same.value = same.text.replace(/\s+/g, ' ');
      continue;
    }
    facts.push({
      kind: 'text',
      element: p.element,
      value: readable.replace(/\s+/g, ' '),
      text: readable,
      contextRef: null,
      position: { offset, line: lineAt(text, offset) },
    });
  }
  return facts;
}

// a written date ("June 9, 2025", "Feb. 5, 2025"), read by parseDate
const DATE = String.raw`([A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4})`;
const REPORT_DATE = new RegExp(String.raw`date\s+of\s+report\s*\(date\s+of\s+earliest\s+event\s+reported\)\s*:?\s*${DATE}`, 'i');
const SIGNED_DATE = new RegExp(String.raw`^[ \t]*dated?\s*:?\s*${DATE}`, 'gim');

const iso = (m: RegExpExecArray): string | null => parseDate(m[1]!.replace(/\s+/g, ' '));

/** The cover's date of report, and the last "Date: …" line after the item (the signature block's), as YYYY-MM-DD. */
export function incidentDates(text: string, itemEnd: number): { reportDate: string | null; signedOn: string | null } {
  const report = REPORT_DATE.exec(text);
  let signedOn: string | null = null;
  SIGNED_DATE.lastIndex = itemEnd;
  for (let m = SIGNED_DATE.exec(text); m; m = SIGNED_DATE.exec(text)) signedOn = iso(m) ?? signedOn;
  SIGNED_DATE.lastIndex = 0;
  return { reportDate: report ? iso(report) : null, signedOn };
}
