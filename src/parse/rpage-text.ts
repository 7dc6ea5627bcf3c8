import { CYD_QNAME, type Fact } from '../domain/disclosure';
import { elementByLabel, elementByName, kindOfElementName } from '../domain/cyd-elements';
import { parseDate } from './period';
import { excerpt, problem, ParseError } from './problems';
import { unwrapLines } from './text-lines';
import type { ParsedFiling } from './parsed-filing';

/**
 * The SEC viewer's R page rendered as text: each table cell starts a line with `|`, values are
 * hard-wrapped, label rows end in "[Text Block]", "[Flag]", "[Abstract]" or "[Line Items]", and the
 * page ends with one "X - References + Details" popup per row (sometimes with "Name: cyd_…").
 */
interface Cell {
  text: string; // the cell's lines joined by '\n', without the leading '|'
  lines: string[];
  offset: number; // offset of the first character after '|'
}

const LABEL_ROW = /\[(Text Block|Flag|Abstract|Line Items|Table|Axis|Member|Domain)\]\s*$/;

export function looksLikeRpageText(text: string): boolean {
  return /^\|.*\[(Text Block|Flag|Abstract|Line Items)\]\s*$/m.test(text) && !/<\/?[a-z][\w:-]*[\s>]/i.test(text.slice(0, 2000));
}

export function parseRpageText(text: string): ParsedFiling {
  const lines = splitLines(text);
  const tailStart = lines.findIndex((l, i) => l.text === '|X' && lines[i + 1]?.text.startsWith('- References'));
  const body = tailStart === -1 ? lines : lines.slice(0, tailStart);
  const cells = toCells(body);
  if (!cells.some((c) => LABEL_ROW.test(c.text))) throw new ParseError('not an R-page rendering: no "[Text Block]" or "[Flag]" label row');

  const popupNames = tailStart === -1 ? [] : namesInPopups(lines.slice(tailStart));
  const problems = [];
  const facts: Fact[] = [];
  const periodEnd = findPeriodEnd(cells);
  let labelIndex = -1;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i]!;
    if (!LABEL_ROW.test(cell.text) || cell.lines.length > 1) continue;
    labelIndex++;
    const values: Cell[] = [];
    for (let j = i + 1; j < cells.length && !(LABEL_ROW.test(cells[j]!.text) && cells[j]!.lines.length === 1); j++) values.push(cells[j]!);
    const fromPopup = popupNames[labelIndex];
    const element = (fromPopup && elementByName(fromPopup)?.name) ?? fromPopup ?? elementByLabel(cell.text.trim())?.name;
    const position = { offset: cell.offset, line: lineOf(lines, cell.offset) };
    if (!element) {
      if (/cybersecurity|cyber/i.test(cell.text)) problems.push(problem('warning', `unknown cyd label "${excerpt(cell.text)}"`, position));
      continue;
    }
    if (!CYD_QNAME.test(element)) {
      problems.push(problem('error', `element "${excerpt(element)}" is not a cyd element name; the row is skipped`, position));
      continue;
    }
    const kind = kindOfElementName(element);
    if (kind === 'abstract') continue;
    const content = values.filter((v) => v.text.trim() !== '' && !/^[●•◦▪]$/.test(v.text.trim()));
    if (content.length === 0) {
      problems.push(problem('warning', `${element} has no value`, position));
      continue;
    }
    const valuePos = { offset: content[0]!.offset, line: lineOf(lines, content[0]!.offset) };
    if (kind === 'flag') {
      const raw = content[0]!.text.trim().toLowerCase();
      if (raw !== 'true' && raw !== 'false' && raw !== 'yes' && raw !== 'no') {
        problems.push(problem('error', `${element}: flag value "${excerpt(raw, 40)}" is not true/false`, valuePos));
        continue;
      }
      facts.push({ kind: 'flag', element, value: raw === 'true' || raw === 'yes', contextRef: null, position: valuePos });
    } else {
      const text = content.map((c) => unwrapLines(c.lines)).join('\n');
      facts.push({ kind: 'text', element, value: text.replace(/\s+/g, ' '), text, contextRef: null, position: valuePos });
    }
  }
  return {
    format: 'rpage-text',
    company: { name: null, cik: null, ticker: null },
    form: null,
    fiscalYear: null, // not stated: parseFiling derives it from the period end unless it is given
    periodEnd,
    accession: null,
    facts,
    problems,
  };
}

interface Line {
  text: string;
  offset: number;
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ text: text.slice(start, end).replace(/\r$/, ''), offset: start });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

function lineOf(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function toCells(lines: readonly Line[]): Cell[] {
  const cells: Cell[] = [];
  for (const line of lines) {
    if (line.text.startsWith('|')) {
      const first = line.text.slice(1);
      cells.push({ text: first, lines: [first], offset: line.offset + 1 });
    } else if (cells.length > 0) {
      const cell = cells[cells.length - 1]!;
      cell.lines.push(line.text);
      cell.text += '\n' + line.text;
    }
  }
  return cells;
}

/** "Name: cyd_CybersecurityRiskRoleOfManagementTextBlock" lines, one per popup, in row order. */
function namesInPopups(tail: readonly Line[]): (string | undefined)[] {
  const names: (string | undefined)[] = [];
  for (const line of tail) {
    if (line.text === '|X') names.push(undefined);
    const name = popupName(line.text);
    if (name && names.length > 0) names[names.length - 1] = name.prefix === 'cyd' ? `cyd:${name.local}` : undefined;
  }
  return names.some((n) => n !== undefined) ? names : [];
}

/**
 * "Name: cyd_CybersecurityRiskRoleOfManagementTextBlock" → { prefix: 'cyd', local: '…' }: what
 * /^Name:\s*([A-Za-z][\w-]*)_(\w+)\s*$/ reads (the prefix runs to the last underscore that leaves a
 * tail of word characters), split by hand: that regex retries every underscore of a long name that
 * does not match, quadratic in its length.
 */
function popupName(line: string): { prefix: string; local: string } | null {
  const token = /^Name:\s*([A-Za-z][\w-]*)\s*$/.exec(line)?.[1];
  if (!token) return null;
  const cut = token.lastIndexOf('_', token.length - 2);
  if (cut < 1 || token.includes('-', cut)) return null;
  return { prefix: token.slice(0, cut), local: token.slice(cut + 1) };
}

function findPeriodEnd(cells: readonly Cell[]): string | null {
  for (const cell of cells) {
    if (LABEL_ROW.test(cell.text)) return null;
    for (const l of cell.lines) {
      const d = parseDate(l);
      if (d) return d;
    }
  }
  return null;
}
