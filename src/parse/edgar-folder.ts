import { MarkupParser } from './markup-parser';
import type { ParsedFiling } from './parsed-filing';
import { decodeBytes } from './decode';
import { identityFromDei } from './dei';
import { excerpt, ParseError, problem } from './problems';
import { factsFromRows, readRpageTable, type RpageTable } from './rpage-html';

/**
 * An EDGAR filing folder: FilingSummary.xml lists the R pages; the cybersecurity report is found
 * through it (by its name, else by the page that carries cyd rows) and the cover page (R1) gives
 * registrant, CIK, form and period from its dei rows. The accession comes from the folder name when
 * it is one (0000320193-24-000123 or 000032019324000123).
 */
interface ReportEntry {
  file: string;
  longName: string;
  shortName: string;
  menuCategory: string;
}

export function parseEdgarFolder(name: string, files: ReadonlyMap<string, Uint8Array>): ParsedFiling {
  const lookup = new Map([...files.keys()].map((k) => [k.toLowerCase(), k]));
  const summaryName = lookup.get('filingsummary.xml');
  if (!summaryName) throw new ParseError('folder has no FilingSummary.xml: not an EDGAR filing folder');
  const reports = readFilingSummary(decodeBytes(files.get(summaryName)!).text);
  if (reports.length === 0) throw new ParseError('FilingSummary.xml lists no reports');
  const read = (file: string): string | null => {
    const key = lookup.get(file.toLowerCase());
    return key ? decodeBytes(files.get(key)!).text : null;
  };
  const problems = [];
  const coverEntry = reports.find((r) => /cover/i.test(r.menuCategory) || /cover|document and entity/i.test(r.shortName)) ?? reports[0]!;
  const coverHtml = read(coverEntry.file);
  const cover: RpageTable | null = coverHtml ? readRpageTable(coverHtml) : null;
  if (!cover) problems.push(problem('warning', `cover page ${excerpt(coverEntry.file)} listed in FilingSummary.xml is missing`));

  let cyd: { html: string; table: RpageTable; file: string } | null = null;
  const named = reports.filter((r) => /cybersecurity/i.test(`${r.longName} ${r.shortName}`));
  for (const entry of [...named, ...reports.filter((r) => !named.includes(r))]) {
    const html = read(entry.file);
    if (!html || !html.includes('defref_cyd_')) continue;
    cyd = { html, table: readRpageTable(html), file: entry.file };
    break;
  }
  const dei = new Map((cover?.rows ?? []).filter((r) => r.element.startsWith('dei:')).map((r) => [r.element.slice(4), r.value]));
  const id = identityFromDei(dei, cover?.periodEnd ?? cyd?.table.periodEnd ?? null);
  const { facts, problems: rowProblems } = cyd ? factsFromRows(cyd.html, cyd.table.rows) : { facts: [], problems: [] };
  if (!cyd) problems.push(problem('warning', 'no R page in this folder carries cyd (cybersecurity) rows'));
  return { format: 'edgar-folder', ...id, accession: accessionFromName(name), facts, problems: [...problems, ...rowProblems] };
}

function accessionFromName(name: string): string | null {
  const dashed = /(\d{10})-(\d{2})-(\d{6})/.exec(name);
  if (dashed) return `${dashed[1]}-${dashed[2]}-${dashed[3]}`;
  const plain = /(?:^|\D)(\d{10})(\d{2})(\d{6})(?:\D|$)/.exec(name);
  return plain ? `${plain[1]}-${plain[2]}-${plain[3]}` : null;
}

function readFilingSummary(xml: string): ReportEntry[] {
  const out: ReportEntry[] = [];
  let current: ReportEntry | null = null;
  let field: keyof ReportEntry | null = null;
  const FIELDS: Record<string, keyof ReportEntry> = { HtmlFileName: 'file', LongName: 'longName', ShortName: 'shortName', MenuCategory: 'menuCategory' };
  const parser = new MarkupParser(
    {
      onopentag(name) {
        if (name === 'Report') current = { file: '', longName: '', shortName: '', menuCategory: '' };
        else if (current && FIELDS[name]) field = FIELDS[name]!;
      },
      ontext(t) {
        if (current && field) current[field] += t;
      },
      onclosetag(name) {
        if (name === 'Report' && current) {
          if (current.file) out.push({ ...current, file: current.file.trim() });
          current = null;
        } else if (FIELDS[name]) field = null;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return out;
}
