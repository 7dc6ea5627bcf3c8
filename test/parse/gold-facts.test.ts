import { readdirSync, readFileSync } from 'node:fs';
import { parseFiling } from '../../src/parse';
import { collapseWhitespace } from '../../src/parse/text-lines';
import { hasShared, sharedPath, SHARED } from '../helpers/shared';
import { join } from 'node:path';

/**
 * Every gold fact in ../shared/gold/facts is recovered exactly (text compared with whitespace
 * collapsed, flags exactly), no cyd fact is invented, and identity matches where the gold has it.
 */
interface GoldFacts {
  meta: { source: string };
  dei: Record<string, string>;
  cyd_facts: { element: string; value: string }[];
}

const goldDir = sharedPath('gold', 'facts');
const goldFiles = hasShared ? readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort() : [];
const SUPPORTED = (source: string) => /corpus\/(rpage)\//.test(source);

test('../shared is present', () => {
  expect(hasShared).toBe(true);
  expect(goldFiles.length).toBeGreaterThanOrEqual(15);
});

describe.each(goldFiles.map((f) => [f]))('%s', (file) => {
  const gold = JSON.parse(readFileSync(join(goldDir, file), 'utf8')) as GoldFacts;
  const run = SUPPORTED(gold.meta.source) ? test : test.skip;
  run('every gold fact recovered with the same value, none invented', () => {
    const path = join(SHARED, gold.meta.source);
    const d = parseFiling({ kind: 'file', name: path, bytes: readFileSync(path) });
    const got = d.facts.map((f) => ({ element: f.element, value: f.kind === 'flag' ? String(f.value) : collapseWhitespace(f.value) }));
    const want = gold.cyd_facts.map((f) => ({ element: f.element, value: collapseWhitespace(f.value) }));
    expect(got).toEqual(want);
  });
});
