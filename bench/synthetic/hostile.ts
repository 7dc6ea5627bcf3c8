/**
 * Hostile filings, invented and generated at run time by test/reliability and bench:parse. Each
 * reproduces a shape that once cost time or memory growing with the square of its size; the sizes the
 * tests use finish in well under a second now and took from half a minute to many minutes (or
 * exhausted the heap) before.
 */
export const TEXT_BLOCK = 'cyd:CybersecurityRiskRoleOfManagementTextBlock';
const NARRATIVE = 'Our Chief Information Security Officer reports to the Audit Committee of the Board of Directors each quarter on cybersecurity risk. '.repeat(3);

const IX_OPEN = '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body><ix:header></ix:header>';
const IX_CLOSE = '</body></html>';
const ixFact = (inner: string, attrs = ''): string => `<ix:nonNumeric name="${TEXT_BLOCK}" contextRef="c"${attrs}>${inner}</ix:nonNumeric>`;

/**
 * `n` ix:nonNumeric facts, each nested in the one before; fact i holds its own text ("word<i>" unless
 * given) and every fact inside it. Ingest tests give every fact the same sentence, so the linguistic
 * layer analyses one sentence, not thousands.
 */
export function nestedFacts(n: number, opts: { closed?: boolean; text?: (i: number) => string } = {}): string {
  const own = opts.text ?? ((i: number) => `word${i} `);
  const open = Array.from({ length: n }, (_, i) => `<ix:nonNumeric name="${TEXT_BLOCK}" contextRef="c" id="f${i}">${own(i)}`).join('');
  return opts.closed === false ? `${IX_OPEN}<div>${open}` : `${IX_OPEN}<div>${open}${'</ix:nonNumeric>'.repeat(n)}</div>${IX_CLOSE}`;
}

/** `depth` facts nested around `size` characters of text: each holds all of it. */
export function factsAroundText(depth: number, size: number): string {
  return `${IX_OPEN}${`<ix:nonNumeric name="${TEXT_BLOCK}" contextRef="c">`.repeat(depth)}${'word '.repeat(size / 5)}${'</ix:nonNumeric>'.repeat(depth)}${IX_CLOSE}`;
}

/** `n` facts that all name the same continuation chain of `n` links. */
export function sharedContinuationChain(n: number): string {
  const facts = Array.from({ length: n }, (_, i) => ixFact(`fact${i}`, ' continuedAt="k0"')).join('');
  const chain = Array.from({ length: n }, (_, i) => `<ix:continuation id="k${i}"${i + 1 < n ? ` continuedAt="k${i + 1}"` : ''}>link${i} </ix:continuation>`).join('');
  return `${IX_OPEN}${facts}<div>${chain}</div>${IX_CLOSE}`;
}

/** An inline XBRL 10-K naming its Item 1C heading `n` times (a table of contents gone wild) before the section itself. */
export function repeatedHeadingsHtml(n: number): string {
  return `${IX_OPEN}${ixFact('tagged')}${'<p>Item 1C. Cybersecurity</p>'.repeat(n)}<p>Item 1C. Cybersecurity</p><p>${NARRATIVE}</p><p>Item 2. Properties</p>${IX_CLOSE}`;
}

/** A plain-text 10-K with `n` Item 1C headings before the section itself. */
export function repeatedHeadingsText(n: number): string {
  return `ANNUAL REPORT\n${'Item 1C. Cybersecurity\n'.repeat(n)}Item 1C. Cybersecurity\n${NARRATIVE}\nItem 2. Properties\nNone.\n`;
}

/** `n` nested <div>s around one sentence, as an inline XBRL fact, as HTML without XBRL, or escaped in an XBRL instance's text block. */
export function nestedDivs(n: number, where: 'ixbrl' | 'html' | 'xbrl'): string {
  if (where === 'ixbrl') return `${IX_OPEN}${ixFact(`${'<div>'.repeat(n)}${NARRATIVE}${'</div>'.repeat(n)}`)}${IX_CLOSE}`;
  if (where === 'html') return `<html><body><p>Item 1C. Cybersecurity</p>${'<div>'.repeat(n)}${NARRATIVE}${'</div>'.repeat(n)}<p>Item 2. Properties</p></body></html>`;
  return xbrlInstance(`${'&lt;div&gt;'.repeat(n)}${NARRATIVE}${'&lt;/div&gt;'.repeat(n)}`);
}

/** A fact whose content sits inside `n` nested ix:exclude elements, followed by its own text. */
export function nestedExcludes(n: number): string {
  return `${IX_OPEN}${ixFact(`${'<ix:exclude>'.repeat(n)}page 12${'</ix:exclude>'.repeat(n)}kept`)}${IX_CLOSE}`;
}

/** An XBRL instance whose text block holds `n` escaped <span> elements. */
export function manyTagsInXbrlTextBlock(n: number): string {
  return xbrlInstance('&lt;span&gt;word&lt;/span&gt; '.repeat(n));
}

function xbrlInstance(escaped: string): string {
  return `<?xml version="1.0"?><xbrl xmlns="http://www.xbrl.org/2003/instance" xmlns:cyd="http://xbrl.sec.gov/cyd/2024"><${TEXT_BLOCK} contextRef="c">${escaped}</${TEXT_BLOCK}></xbrl>`;
}

/** "Item 1C" and "Item 2" each followed by a run of `n` spaces that no title follows, around a real section. */
export function longSpaceRuns(n: number): string {
  return `Item 1C${' '.repeat(n)}x\nItem 1C. Cybersecurity\n${NARRATIVE}\nItem 2${' '.repeat(n)}x\nItem 2. Properties\n`;
}

/** A plain-text Item 1C hard-wrapped into `n` lines. */
export function wrappedLines(n: number): string {
  return `Item 1C. Cybersecurity\n${'the board oversees cybersecurity risk and\n'.repeat(n)}Item 2. Properties\n`;
}

/** An R page rendered as text whose text block value is wrapped into `n` lines. */
export function wrappedRpageValue(n: number): string {
  return `|Cybersecurity Risk Management\n|Cybersecurity Risk Role of Management [Text Block]\n|${'the board oversees cybersecurity risk and\n'.repeat(n)}`;
}

/** An R page rendered as text whose popup names an element "a_a_a…-" of `n` underscores that does not match. */
export function longPopupName(n: number): string {
  return `|Cybersecurity Risk Management\n|Cybersecurity Risk Role of Management [Text Block]\n|${NARRATIVE}\n|X\n- References\nName: a${'_a'.repeat(n)}-\n`;
}

/** An EDGAR submission whose SEC header has `n` blank lines before its form type. */
export function blankHeaderLines(n: number): string {
  return `<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t0000990501-24-000001\n${'\n'.repeat(n)}CONFORMED SUBMISSION TYPE:\t10-K\n</SEC-HEADER>\n<DOCUMENT>\n<TEXT>\nItem 1C. Cybersecurity\n${NARRATIVE}\nItem 2. Properties\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n`;
}

/** Inputs that carry `size` characters where a message might quote them: an element name, a label, a flag value, a continuation id. */
export function longValuesInMessages(size: number): Record<string, string> {
  const big = 'A'.repeat(size);
  return {
    'ixbrl fact name': `${IX_OPEN}<ix:nonNumeric name="cyd:${big}" contextRef="c">x</ix:nonNumeric>${ixFact('y')}${IX_CLOSE}`,
    'ixbrl continuation id': `${IX_OPEN}${ixFact('y', ` continuedAt="${big}"`)}${IX_CLOSE}`,
    'ixbrl flag value': `${IX_OPEN}<ix:nonNumeric name="cyd:CybersecurityRiskManagementThirdPartyEngagedFlag" contextRef="c">${big}</ix:nonNumeric>${IX_CLOSE}`,
    'xbrl element name': `<xbrl xmlns="http://www.xbrl.org/2003/instance"><cyd:${big}Flag contextRef="c">maybe</cyd:${big}Flag></xbrl>`,
    'rpage label': `|Cybersecurity Risk Management\n|Cybersecurity ${big} [Text Block]\n|value\n`,
    'rpage flag value': `|Cybersecurity Risk Management\n|Cybersecurity Risk Management Third Party Engaged [Flag]\n|${big}\n`,
    'rpage popup name': `|Cybersecurity Risk Management\n|Cybersecurity Risk Role of Management [Text Block]\n|value\n|X\n- References\nName: cyd_${big}\n`,
  };
}

/** `n` facts, each naming a continuation that does not exist. */
export function missingContinuations(n: number): string {
  return `${IX_OPEN}${Array.from({ length: n }, (_, i) => ixFact(`fact${i}`, ` continuedAt="gone${i}"`)).join('')}${IX_CLOSE}`;
}

/** An inline XBRL fact whose name is not a QName the model accepts, beside a good fact. */
export function invalidElementName(): string {
  return `${IX_OPEN}<ix:nonNumeric name="cyd:Not An Element" contextRef="c">x</ix:nonNumeric>${ixFact('kept')}${IX_CLOSE}`;
}
