import { labelOf } from '../../src/domain/cyd-elements';
import type { SyntheticFiling } from './model';

/** Writes one SyntheticFiling in each format disclosure-graph reads. */
export type SyntheticFormat = 'rpage-text' | 'rpage-html' | 'edgar-folder' | 'ixbrl' | 'xbrl' | 'text' | 'edgar-submission';
export const SYNTHETIC_FORMATS: readonly SyntheticFormat[] = ['rpage-text', 'rpage-html', 'edgar-folder', 'ixbrl', 'xbrl', 'text', 'edgar-submission'];

/** A written filing: one file, or a folder of files; plus the sidecar identity when the format lacks it. */
export interface WrittenFiling {
  files: Map<string, string>; // relative path → content; a folder when there is more than one
  meta: Record<string, unknown> | null;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const local = (element: string): string => element.replace(/^cyd:/, '');
const usDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'][Number(m) - 1]} ${Number(d)}, ${y}`;
};
const identity = (f: SyntheticFiling) => ({ cik: f.company.cik, company: f.company.name, ticker: f.company.ticker, form: f.form, fiscalYear: f.fiscalYear, accession: f.accession });

export function writeFiling(f: SyntheticFiling, format: SyntheticFormat, base: string): WrittenFiling {
  switch (format) {
    case 'rpage-text':
      return { files: new Map([[`${base}.txt`, rpageText(f)]]), meta: identity(f) };
    case 'rpage-html':
      return { files: new Map([[`${base}.htm`, rpageHtml(f, cydRows(f))]]), meta: identity(f) };
    case 'edgar-folder':
      return {
        files: new Map([
          [`${base}/FilingSummary.xml`, filingSummary()],
          [`${base}/R1.htm`, rpageHtml(f, deiRows(f), 'Cover Page')],
          [`${base}/R9.htm`, rpageHtml(f, cydRows(f))],
        ]),
        meta: null,
      };
    case 'ixbrl':
      return { files: new Map([[`${base}.htm`, ixbrl(f)]]), meta: null };
    case 'xbrl':
      return { files: new Map([[`${base}.xml`, xbrlInstance(f)]]), meta: null };
    case 'text':
      return { files: new Map([[`${base}.txt`, plainText(f)]]), meta: identity(f) };
    case 'edgar-submission':
      return { files: new Map([[`${base}.txt`, submission(f)]]), meta: null };
  }
}

function rpageText(f: SyntheticFiling): string {
  const out = ['|', 'Cybersecurity Risk Management and Strategy Disclosure', '|12 Months Ended', usDate(f.periodEnd), '|Cybersecurity Risk Management, Strategy, and Governance [Line Items]', '|'];
  for (const t of f.texts) out.push(`|${labelOf(t.element)} [Text Block]`, ...t.text.map((p) => `|${p}`));
  for (const fl of f.flags) out.push(`|${labelOf(fl.element)} [Flag]`, `|${fl.value}`);
  return out.join('\n') + '\n';
}

interface Row {
  id: string;
  label: string;
  html: string;
}

const cydRows = (f: SyntheticFiling): Row[] => [
  ...f.texts.map((t) => ({ id: `cyd_${local(t.element)}`, label: `${labelOf(t.element)} [Text Block]`, html: t.text.map((p) => `<p>${esc(p)}</p>`).join('') })),
  ...f.flags.map((fl) => ({ id: `cyd_${local(fl.element)}`, label: `${labelOf(fl.element)} [Flag]`, html: String(fl.value) })),
];

const deiRows = (f: SyntheticFiling): Row[] => [
  { id: 'dei_DocumentType', label: 'Document Type', html: f.form },
  { id: 'dei_DocumentPeriodEndDate', label: 'Document Period End Date', html: usDate(f.periodEnd) },
  { id: 'dei_DocumentFiscalYearFocus', label: 'Document Fiscal Year Focus', html: String(f.fiscalYear) },
  { id: 'dei_EntityRegistrantName', label: 'Entity Registrant Name', html: esc(f.company.name) },
  { id: 'dei_EntityCentralIndexKey', label: 'Entity Central Index Key', html: f.company.cik },
  { id: 'dei_TradingSymbol', label: 'Trading Symbol', html: f.company.ticker },
];

function rpageHtml(f: SyntheticFiling, rows: Row[], title = 'Cybersecurity Risk Management and Strategy Disclosure'): string {
  const tr = rows
    .map((r, i) => `<tr class="${i % 2 ? 're' : 'ro'}">\n<td class="pl" style="border-bottom: 0px;" valign="top"><a class="a" href="javascript:void(0);" onclick="Show.showAR( this, 'defref_${r.id}', window );">${esc(r.label)}</a></td>\n<td class="text">${r.html}<span></span>\n</td>\n</tr>`)
    .join('\n');
  const auth = rows.map((r) => `<table border="0" class="authRefData" style="display: none;" id="defref_${r.id}"><tr><td><div class="body"><a>Definition</a></div></td></tr></table>`).join('\n');
  return `<html>\n<head><title></title></head>\n<body>\n<table class="report" border="0" cellspacing="2">\n<tr>\n<th class="tl" colspan="1" rowspan="2"><div style="width: 200px;"><strong>${title}</strong></div></th>\n<th class="th" colspan="1">12 Months Ended</th>\n</tr>\n<tr><th class="th"><div>${usDate(f.periodEnd)}</div></th></tr>\n${tr}\n</table>\n<div style="display: none;">${auth}</div>\n</body>\n</html>\n`;
}

function filingSummary(): string {
  const report = (n: number, long: string, short: string, cat: string) =>
    `    <Report instance="filing.htm">\n      <HtmlFileName>R${n}.htm</HtmlFileName>\n      <LongName>${long}</LongName>\n      <ShortName>${short}</ShortName>\n      <MenuCategory>${cat}</MenuCategory>\n      <Position>${n}</Position>\n    </Report>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n<FilingSummary>\n  <ReportFormat>html</ReportFormat>\n  <MyReports>\n${report(1, '0000001 - Document - Cover Page', 'Cover Page', 'Cover')}\n${report(9, '0000009 - Disclosure - Cybersecurity Risk Management and Strategy Disclosure', 'Cybersecurity Risk Management and Strategy Disclosure', 'Notes')}\n  </MyReports>\n</FilingSummary>\n`;
}

function ixbrl(f: SyntheticFiling): string {
  const ctx = 'c-1';
  const dei = (name: string, value: string) => `<ix:nonNumeric name="dei:${name}" contextRef="${ctx}">${esc(value)}</ix:nonNumeric>`;
  const body: string[] = [];
  f.texts.forEach((t, i) => {
    const id = `f-${i}`;
    if (t.text.length > 1) {
      // the first paragraph in the fact, the rest in a continuation after a page break that is excluded
      body.push(`<div><span><ix:nonNumeric contextRef="${ctx}" name="${t.element}" id="${id}" continuedAt="${id}-c" escape="true"><div><span>${esc(t.text[0]!)}</span></div></ix:nonNumeric></span></div>`);
      body.push(`<div style="page-break-after:always"><ix:exclude><span>${esc(f.company.name)} | ${f.fiscalYear} Form ${f.form} | 42</span></ix:exclude></div>`);
      body.push(`<ix:continuation id="${id}-c">${t.text.slice(1).map((p) => `<div><span>${esc(p)}</span></div>`).join('')}</ix:continuation>`);
    } else body.push(`<div><ix:nonNumeric contextRef="${ctx}" name="${t.element}" id="${id}" escape="true"><span>${esc(t.text[0]!)}</span></ix:nonNumeric></div>`);
  });
  f.flags.forEach((fl, i) => body.push(`<div><ix:nonNumeric contextRef="${ctx}" name="${fl.element}" id="g-${i}" format="ixt:fixed-${fl.value}"><span style="display:none">${fl.value ? 'Yes' : 'No'}</span></ix:nonNumeric></div>`));
  return `<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:dei="http://xbrl.sec.gov/dei/2024" xmlns:cyd="http://xbrl.sec.gov/cyd/2024">
<head><title>${esc(f.company.name)} ${f.form}</title></head>
<body>
<div style="display:none"><ix:header><ix:hidden>${dei('DocumentType', f.form)}${dei('AmendmentFlag', 'false')}${dei('DocumentFiscalYearFocus', String(f.fiscalYear))}${dei('EntityCentralIndexKey', f.company.cik)}</ix:hidden>
<ix:resources><xbrli:context id="${ctx}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">${f.company.cik}</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>${f.fiscalYear}-01-01</xbrli:startDate><xbrli:endDate>${f.periodEnd}</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header></div>
<div><span>Exact name of registrant as specified in its charter: ${dei('EntityRegistrantName', f.company.name)}</span> <span>Trading symbol: ${dei('TradingSymbol', f.company.ticker)}</span> <span>For the fiscal year ended ${dei('DocumentPeriodEndDate', usDate(f.periodEnd))}</span></div>
<div><span>Item 1C. Cybersecurity</span></div>
${body.join('\n')}
</body>
</html>
`;
}

function xbrlInstance(f: SyntheticFiling): string {
  const ctx = 'C_1';
  const fact = (name: string, value: string) => `  <${name} contextRef="${ctx}">${value}</${name}>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024" xmlns:dei="http://xbrl.sec.gov/dei/2024">
  <context id="${ctx}"><entity><identifier scheme="http://www.sec.gov/CIK">${f.company.cik}</identifier></entity><period><startDate>${f.fiscalYear}-01-01</startDate><endDate>${f.periodEnd}</endDate></period></context>
${fact('dei:DocumentType', f.form)}
${fact('dei:EntityRegistrantName', esc(f.company.name))}
${fact('dei:EntityCentralIndexKey', f.company.cik)}
${fact('dei:DocumentFiscalYearFocus', String(f.fiscalYear))}
${fact('dei:TradingSymbol', f.company.ticker)}
${f.texts.map((t) => fact(t.element, esc(t.text.map((p) => `<p style="margin:0">${esc(p)}</p>`).join('')))).join('\n')}
${f.flags.map((fl) => fact(fl.element, String(fl.value))).join('\n')}
</xbrl>
`;
}

function plainText(f: SyntheticFiling): string {
  const heading = f.form === '20-F' ? 'Item 16K. Cybersecurity' : 'Item 1C. Cybersecurity';
  const next = f.form === '20-F' ? 'PART III\nItem 17. Financial Statements' : 'Item 2. Properties';
  const toc = f.form === '20-F' ? 'Item 16J. Insider Trading Policies 140\nItem 16K. Cybersecurity 141\nItem 17. Financial Statements 142' : 'Item 1B. Unresolved Staff Comments 30\nItem 1C. Cybersecurity 31\nItem 2. Properties 32';
  const paragraphs = f.texts.filter((t) => t.text.join(' ').length > 60).flatMap((t) => t.text);
  return `${f.company.name}\nAnnual Report on Form ${f.form} for the fiscal year ended ${usDate(f.periodEnd)}\n\nTable of Contents\n${toc}\n\nItem 1A. Risk Factors\nOur business is subject to many risks, including cybersecurity threats described in Item 1C.\n\n${heading}\n${paragraphs.join('\n')}\n\n${next}\nWe lease our headquarters.\n`;
}

function submission(f: SyntheticFiling): string {
  const date = f.periodEnd.replace(/-/g, '');
  return `<SEC-DOCUMENT>${f.accession}.txt : ${date}
<SEC-HEADER>${f.accession}.hdr.sgml : ${date}
ACCESSION NUMBER:\t\t${f.accession}
CONFORMED SUBMISSION TYPE:\t${f.form}
PUBLIC DOCUMENT COUNT:\t\t3
CONFORMED PERIOD OF REPORT:\t${date}

FILER:

\tCOMPANY DATA:
\t\tCOMPANY CONFORMED NAME:\t\t\t${f.company.name}
\t\tCENTRAL INDEX KEY:\t\t\t${f.company.cik}
</SEC-HEADER>
<DOCUMENT>
<TYPE>${f.form}
<SEQUENCE>1
<FILENAME>primary.htm
<TEXT>
<XBRL>
${ixbrl(f)}</XBRL>
</TEXT>
</DOCUMENT>
</SEC-DOCUMENT>
`;
}
