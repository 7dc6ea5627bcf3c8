import { MarkupParser } from './markup-parser';
import { CYD_QNAME, type Fact } from '../domain/disclosure';
import { kindOfElementName } from '../domain/cyd-elements';
import { booleanFromTransform, identityFromDei } from './dei';
import { parseDate } from './period';
import { excerpt, problem, ParseError } from './problems';
import type { ParsedFiling } from './parsed-filing';
import { TextBuilder } from './text-builder';
import { lineIndex } from './text-lines';

/**
 * The SEC viewer's R pages (R*.htm): a `table.report` whose rows name their element exactly in the
 * label link's `Show.showAR(this, 'defref_<prefix>_<Name>', window)`. Element ids come from there,
 * never from labels. Rows of every prefix are returned, so the cover page (R1) yields dei identity.
 */
export interface RpageRow {
  element: string; // "cyd:Name", "dei:Name", "us-gaap:Name"
  label: string;
  value: string;
  text: string;
  offset: number;
}

export interface RpageTable {
  title: string;
  periodEnd: string | null;
  rows: RpageRow[];
}

export function looksLikeRpageHtml(head: string): boolean {
  return /<table[^>]*class="report"/i.test(head) || /Show\.showAR\(\s*this,\s*'defref_/.test(head);
}

export function readRpageTable(html: string): RpageTable {
  const rows: RpageRow[] = [];
  const headers: string[] = [];
  let inReport = 0;
  let row: { element: string | null; label: TextBuilder; cells: TextBuilder[]; offset: number } | null = null;
  let cell: TextBuilder | null = null;
  let header: TextBuilder | null = null;
  const parser = new MarkupParser(
    {
      onopentag(name, attrs) {
        if (name === 'table') {
          if (inReport > 0 || /\breport\b/.test(attrs.class ?? '')) inReport++;
          return;
        }
        if (inReport !== 1) return;
        if (name === 'tr') row = { element: null, label: new TextBuilder(), cells: [], offset: parser.startIndex };
        else if (name === 'th') header = new TextBuilder();
        else if (name === 'td' && row) {
          cell = /\bpl\b/.test(attrs.class ?? '') ? row.label : new TextBuilder();
          if (cell !== row.label) row.cells.push(cell);
        } else if (name === 'a' && row) {
          const m = /defref_([A-Za-z][\w-]*?)_(\w+)/.exec(attrs.onclick ?? '');
          if (m) row.element = `${m[1]}:${m[2]}`;
        }
        cell?.open(name);
        header?.open(name);
      },
      ontext(t) {
        if (inReport !== 1) return;
        cell?.text(t);
        header?.text(t);
      },
      onclosetag(name) {
        if (name === 'table' && inReport > 0) inReport--;
        if (inReport !== 1 && name !== 'table') return;
        cell?.close(name);
        header?.close(name);
        if (name === 'td') cell = null;
        else if (name === 'th' && header) {
          headers.push(header.readable());
          header = null;
        } else if (name === 'tr' && row) {
          const r = row as { element: string | null; label: TextBuilder; cells: TextBuilder[]; offset: number };
          if (r.element) {
            const first = r.cells.find((c) => c.value() !== '') ?? r.cells[0];
            rows.push({ element: r.element, label: r.label.value(), value: first?.value() ?? '', text: first?.readable() ?? '', offset: r.offset });
          }
          row = null;
        }
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.end(html);
  const periodEnd = headers.map((h) => parseDate(h)).find((d) => d !== null) ?? null;
  return { title: headers[0] ?? '', periodEnd, rows };
}

/** One R page on its own: its cyd rows as facts; identity only if it is (or includes) a cover page. */
export function parseRpageHtml(html: string, cover?: RpageTable): ParsedFiling {
  const table = readRpageTable(html);
  const { facts, problems } = factsFromRows(html, table.rows);
  if (table.rows.length === 0) throw new ParseError('R page has no element rows (no defref links)');
  const deiRows = [...(cover?.rows ?? []), ...table.rows].filter((r) => r.element.startsWith('dei:'));
  const dei = new Map(deiRows.map((r) => [r.element.slice(4), r.value]));
  const id = identityFromDei(dei, cover?.periodEnd ?? table.periodEnd);
  return { format: 'rpage-html', ...id, accession: null, facts, problems };
}

export function factsFromRows(html: string, rows: readonly RpageRow[]): Pick<ParsedFiling, 'facts' | 'problems'> {
  const facts: Fact[] = [];
  const problems = [];
  const lines = lineIndex(
    html,
    rows.filter((r) => r.element.startsWith('cyd:')).map((r) => r.offset),
  );
  for (const r of rows) {
    if (!r.element.startsWith('cyd:')) continue;
    const kind = kindOfElementName(r.element);
    if (kind === 'abstract') continue;
    const position = { offset: r.offset, line: lines.get(r.offset)! };
    if (!CYD_QNAME.test(r.element)) {
      problems.push(problem('error', `element "${excerpt(r.element)}" is not a cyd element name; the row is skipped`, position));
      continue;
    }
    if (r.value === '') {
      problems.push(problem('warning', `${r.element} has no value`, position));
      continue;
    }
    if (kind === 'flag') {
      const b = booleanFromTransform(undefined, r.value);
      if (b === null) problems.push(problem('error', `${r.element}: "${excerpt(r.value, 40)}" is not true/false`, position));
      else facts.push({ kind: 'flag', element: r.element, value: b, contextRef: null, position });
    } else facts.push({ kind: 'text', element: r.element, value: r.value, text: r.text, contextRef: null, position });
  }
  return { facts, problems };
}
