import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFiling } from '../../src/parse';
import { collapseWhitespace } from '../../src/parse/text-lines';
import { hasShared, sharedPath } from '../helpers/shared';

/**
 * Every gold fact in ../shared/gold/facts is recovered exactly (text compared with whitespace
 * collapsed, flags exactly), in order, no cyd fact is invented, and the identity fields (registrant
 * name, CIK, form, fiscal year) match where the gold has them.
 */
interface GoldFacts {
  dei: Record<string, string>;
  cyd_facts: { element: string; value: string }[];
}

const goldDir = sharedPath('gold', 'facts');
const goldFiles = hasShared
  ? readdirSync(goldDir)
      .filter((f) => f.endsWith('.cyd-facts.json'))
      .sort()
  : [];

/** Gold file stem → the corpus file it annotates (same stem under rpage/, ixbrl/ or xbrl/). */
function corpusFile(stem: string): string {
  for (const dir of ['rpage', 'ixbrl', 'xbrl']) {
    for (const ext of ['.txt', '.htm', '.xml']) {
      const p = sharedPath('corpus', dir, stem + ext);
      if (existsSync(p)) return p;
    }
  }
  throw new Error(`no corpus file for gold ${stem}`);
}

test('../shared is present with all 15 gold fact files', () => {
  expect(hasShared).toBe(true);
  expect(goldFiles).toHaveLength(15);
});

describe.each(goldFiles.map((f) => [f.replace('.cyd-facts.json', '')]))('%s', (stem) => {
  const gold = JSON.parse(readFileSync(join(goldDir, `${stem}.cyd-facts.json`), 'utf8')) as GoldFacts;
  const path = corpusFile(stem);
  const d = parseFiling({ kind: 'file', name: path, bytes: readFileSync(path) });

  test('every gold fact recovered with the same value, in order, none invented', () => {
    const got = d.facts.map((f) => ({ element: f.element, value: f.kind === 'flag' ? String(f.value) : collapseWhitespace(f.value) }));
    const want = gold.cyd_facts.map((f) => ({ element: f.element, value: collapseWhitespace(f.value) }));
    expect(got).toEqual(want);
  });

  test('identity matches the gold dei facts', () => {
    if (!gold.dei.DocumentType) return expect(d.company.cik).toBeNull();
    expect({ name: d.company.name, cik: d.company.cik, form: d.form, fiscalYear: d.fiscalYear, ticker: d.company.ticker }).toEqual({
      name: gold.dei.EntityRegistrantName,
      cik: gold.dei.EntityCentralIndexKey,
      form: gold.dei.DocumentType,
      fiscalYear: Number(gold.dei.DocumentFiscalYearFocus),
      ticker: gold.dei.TradingSymbol,
    });
  });

  test('text facts also carry readable text that differs from the value only in whitespace at boundaries', () => {
    for (const f of d.facts) if (f.kind === 'text') expect(f.text.replace(/\s+/g, '')).toBe(f.value.replace(/\s+/g, ''));
  });
});
