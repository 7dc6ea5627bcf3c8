import { readdirSync, readFileSync } from 'node:fs';
import { MAX_FACT_NESTING, parseIxbrl, parseIxbrlFull } from '../../src/parse/ixbrl';
import { scanIxbrl, type IxbrlScan } from '../../src/parse/ixbrl-scan';
import { hasShared, sharedPath } from '../helpers/shared';
import { syntheticFiling } from '../../fixtures/synthetic/model';
import { CORPUS_SIZE, realSizeIxbrl } from '../../fixtures/synthetic/real-size';
import { writeFiling } from '../../fixtures/synthetic/writers';

/**
 * The targeted scan of inline XBRL (src/parse/ixbrl-scan.ts): which regions it finds, when it falls back
 * to the whole document, and that parseIxbrl (targeted) gives exactly what parseIxbrlFull (every byte
 * through the tokenizer) gives, on invented markup and on the real corpus.
 */
const TB = 'cyd:CybersecurityRiskRoleOfManagementTextBlock';
const FLAG = 'cyd:CybersecurityRiskManagementThirdPartyEngagedFlag';
const HEADER =
  '<div style="display:none"><ix:header><ix:hidden><ix:nonNumeric name="dei:EntityCentralIndexKey" contextRef="c1">0000990001</ix:nonNumeric></ix:hidden>' +
  '<ix:resources><xbrli:context id="c1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0000990001</xbrli:identifier></xbrli:entity>' +
  '<xbrli:period><xbrli:startDate>2025-01-01</xbrli:startDate><xbrli:endDate>2025-12-31</xbrli:endDate></xbrli:period></xbrli:context></ix:resources></ix:header></div>';
const doc = (body: string, header = HEADER): string =>
  `<?xml version="1.0" encoding="utf-8"?>\n<!-- invented for a test --><html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><head><title>Harborview Kestrel Inc. 10-K</title></head><body>${header}${body}</body></html>\n`;
const revenue = (i: number) =>
  `<tr><td><span style="font-size:10pt">Revenue</span></td><td><ix:nonFraction name="us-gaap:Revenues" contextRef="c1" unitRef="usd" decimals="-6" scale="6">${i},100</ix:nonFraction></td></tr>`;
const table = `<table>${Array.from({ length: 5 }, (_, i) => revenue(i)).join('')}</table>`;
const cydFact = (inner: string, attrs = '') => `<ix:nonNumeric name="${TB}" contextRef="c1"${attrs}>${inner}</ix:nonNumeric>`;

const regionsOf = (html: string): string[] => {
  const scan = scanIxbrl(html, MAX_FACT_NESTING);
  if (scan.kind !== 'regions') throw new Error(`fell back: ${scan.reason}`);
  return scan.regions.map((r) => html.slice(r.start, r.end));
};
const reasonOf = (html: string): string => {
  const scan: IxbrlScan = scanIxbrl(html, MAX_FACT_NESTING);
  return scan.kind === 'fallback' ? scan.reason : 'regions';
};
const values = (html: string) => parseIxbrl(html).facts.map((f) => [f.element, f.value]);

describe('regions found', () => {
  test('the header and the cyd fact, not the financial statements around them', () => {
    const html = doc(`${table}<div><span>Item 1C. Cybersecurity</span></div><div>${cydFact('<p>The CISO reports to the CFO.</p>')}</div>${table}`);
    const regions = regionsOf(html);
    expect(regions).toHaveLength(2);
    expect(regions[0]).toMatch(/^<ix:header>.*<\/ix:header>$/);
    expect(regions[1]).toBe(cydFact('<p>The CISO reports to the CFO.</p>'));
    expect(regions.join('')).not.toContain('us-gaap:Revenues');
    expect(values(html)).toEqual([[TB, 'The CISO reports to the CFO.']]);
  });

  test('a continuation chain: every link the fact names, transitively, and no other continuation', () => {
    const html = doc(
      `${cydFact('First part.', ' continuedAt="k1"')}${table}<ix:continuation id="k1" continuedAt="k2"><p>Second part.</p></ix:continuation>` +
        `<ix:continuation id="other"><p>A note about leases.</p></ix:continuation><div><ix:continuation id="k2">Third part.</ix:continuation></div>`,
    );
    const regions = regionsOf(html);
    expect(regions.slice(1).map((r) => r.replace(/<[^>]+>/g, ''))).toEqual(['First part.', 'Second part.', 'Third part.']);
    expect(values(html)).toEqual([[TB, 'First part. Second part. Third part.']]);
  });

  test("a cyd fact nested in another taxonomy's fact: the outer fact is the region, so nesting reads as in the document", () => {
    const inner = cydFact('Oversight by the Audit Committee.');
    const html = doc(`<ix:nonNumeric name="us-gaap:OtherTextBlock" contextRef="c1"><div>Other text. ${inner}</div></ix:nonNumeric>`);
    expect(regionsOf(html)[1]).toMatch(/^<ix:nonNumeric name="us-gaap:OtherTextBlock"/);
    expect(values(html)).toEqual([[TB, 'Oversight by the Audit Committee.']]);
  });

  test('facts nested in facts, and ix:exclude inside a fact', () => {
    const html = doc(cydFact(`Outer ${cydFact('inner')} <ix:exclude>page 42</ix:exclude>tail`));
    expect(regionsOf(html)).toHaveLength(2);
    expect(values(html)).toEqual([
      [TB, 'Outer inner tail'],
      [TB, 'inner'],
    ]);
  });

  test('a cyd fact inside the hidden section is read from the header region', () => {
    const hidden = HEADER.replace('</ix:hidden>', `<ix:nonNumeric name="${FLAG}" contextRef="c1" format="ixt:fixed-true">Yes</ix:nonNumeric></ix:hidden>`);
    const html = doc(table, hidden);
    expect(regionsOf(html)).toHaveLength(1);
    expect(values(html)).toEqual([[FLAG, true]]);
  });

  test('ix tags inside comments and the title are not tags, for the scan as for the tokenizer', () => {
    const html = doc(`<!-- <ix:nonNumeric name="${TB}"> --><div>${cydFact('kept')}</div>`).replace('<title>', `<title>&lt;x&gt; <ix:nonNumeric name="${TB}">`);
    expect(regionsOf(html)).toHaveLength(2);
    expect(values(html)).toEqual([[TB, 'kept']]);
  });
});

describe('falls back to the whole document, with the reason', () => {
  const cases: [string, string, RegExp][] = [
    ['a script', doc(`<script>if (a<ix) go()</script>${cydFact('kept')}`), /<script.*not read as tags/],
    ['a quoted attribute holding <', doc(`<div title="a <ix:nonNumeric name='${TB}'>">${cydFact('kept')}</div>`), /< inside the tag/],
    ['an ix tag inside another tag', doc(`<div <ix:nonNumeric name="${TB}">x</div>`), /< inside the tag/],
    ['an unquoted value before />', doc(`<ix:continuation id=k/>${cydFact('x', ' continuedAt="k"')}`), /unquoted value/],
    ['a truncated document', doc(cydFact('cut')).replace('</ix:nonNumeric></body></html>\n', ''), /never closed/],
    ['a context outside the header', doc(`<xbrli:context id="c9"></xbrli:context>${cydFact('kept')}`), /context tag .* outside the ix:header/],
    ['CDATA', doc(`<![CDATA[ x ]]>${cydFact('kept')}`), /CDATA/],
    ['foreign content', doc(`<svg><title>${cydFact('in svg')}</title></svg>`), /<svg/],
    ['nesting deeper than the parse reads', doc(`${cydFact('x').repeat(1)}${'<ix:exclude>'.repeat(MAX_FACT_NESTING + 1)}`), /nest more than/],
  ];
  test.each(cases)('%s', (_name, html, reason) => {
    expect(reasonOf(html)).toMatch(reason);
    expect(parseIxbrl(html)).toEqual(parseIxbrlFull(html));
  });

  test('a closing tag inside a region that closes an element opened outside it: the region pass refuses, the full parse answers', () => {
    // the </div> closes the fact in the document; alone, the region would read past it
    const html = doc(`<div>${cydFact('before</div>after')}`);
    expect(reasonOf(html)).toBe('regions');
    expect(values(html)).toEqual([[TB, 'before']]);
    expect(parseIxbrl(html)).toEqual(parseIxbrlFull(html));
  });
});

describe('the same result as the full parse', () => {
  const shapes = [
    doc(
      `${table}${cydFact('<div><span>One.</span></div>', ' id="a" continuedAt="k"')}<div style="page-break-after:always"><ix:exclude>3</ix:exclude></div><ix:continuation id="k"><div>Two.</div></ix:continuation>`,
    ),
    doc(`${cydFact('A', ' continuedAt="k"')}${cydFact('B', ' continuedAt="k"')}<ix:continuation id="k">shared</ix:continuation>`),
    doc(`${cydFact('A', ' continuedAt="gone"')}`),
    doc(`<ix:nonNumeric name="cyd:Not An Element" contextRef="c1">x</ix:nonNumeric>${cydFact('kept')}`),
    doc(
      `<IX:NONNUMERIC NAME="${TB}" CONTEXTREF="c1">Upper &amp; case</IX:NONNUMERIC><ix:nonNumeric name="cyd&#58;CybersecurityRiskRoleOfManagementTextBlock" contextRef="c1">entity</ix:nonNumeric>`,
    ),
    doc(`<ix:continuation id="k"/>${cydFact('self-closing link', ' continuedAt="k"')}`),
    doc(`<p>a < b</p>${cydFact('after a stray <')}`),
    doc(`<div title="a > b, ix:nonNumeric name='x'> c" class='d "e" f'>${cydFact('after > in quoted values')}</div>`),
  ];
  test.each(shapes.map((s, i) => [i, s]))('invented shape %i', (_i, html) => {
    expect(reasonOf(html)).toBe('regions');
    expect(parseIxbrl(html)).toEqual(parseIxbrlFull(html));
  });

  const corpus = hasShared ? readdirSync(sharedPath('corpus', 'ixbrl')).map((f) => [f]) : [];
  (hasShared ? test.each(corpus) : test.skip.each([['(no ../shared corpus)']]))('real filing %s: targeted, and equal', (file) => {
    const html = readFileSync(sharedPath('corpus', 'ixbrl', file), 'utf8');
    expect(reasonOf(html)).toBe('regions');
    expect(parseIxbrl(html)).toEqual(parseIxbrlFull(html));
  });
});

describe('real-size synthetic filings (fixtures/synthetic/real-size.ts)', () => {
  test.each([0, 1, 4])('filing %i: corpus-like size, targeted, equal to the full parse, and the same facts as the small writer', (i) => {
    const f = syntheticFiling(i);
    const html = realSizeIxbrl(f, i);
    expect(html.length).toBeGreaterThan(CORPUS_SIZE.minBytes * 0.8);
    expect(html.length).toBeLessThan(CORPUS_SIZE.maxBytes * 1.2 + 100_000);
    expect(html.split('<ix:nonFraction').length).toBeGreaterThan(1_000);
    expect(reasonOf(html)).toBe('regions');
    const targeted = parseIxbrl(html);
    expect(targeted).toEqual(parseIxbrlFull(html));
    const small = parseIxbrl([...writeFiling(f, 'ixbrl', 'x').files.values()][0]!);
    const withoutPosition = (d: typeof small) => d.facts.map((x) => ({ ...x, position: null }));
    expect(withoutPosition(targeted)).toEqual(withoutPosition(small));
    expect(targeted.company).toEqual(small.company);
    expect(targeted.problems).toEqual([]);
    expect(targeted.sections).toHaveLength(1);
  });
});
