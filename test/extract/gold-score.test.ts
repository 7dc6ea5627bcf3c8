import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile } from '../../src/ingest/pipeline';
import { sharedPath, SHARED } from '../helpers/shared';
import { tempDir } from '../helpers/fixtures';
import { testAnalyzer } from '../helpers/nlp';
import { shortfalls, type Floor } from './gold-floors';

/**
 * The shared scorer over ../shared/gold/dev (the tuning files) and ../shared/gold/validation (real filings
 * the rules were not written on), through the real linguistic layer, as regression floors at the levels
 * reached (the README's extraction section has the figures). Raise them when the extractor improves.
 */
const FLOORS: Record<'dev' | 'validation', Floor> = {
  dev: {
    overall: 0.85,
    recall: 0.86,
    attributes: 0.88,
    frequency: 0.75,
    byType: {
      SUBCOMMITTEE_OF: 0.99,
      RESPONSIBLE_FOR: 0.87,
      ENGAGES: 0.88,
      OVERSEES: 0.88,
      REPORTS_TO: 0.92,
      CHAIRS: 0.76,
      HOLDS_ROLE: 0.99,
      MEMBER_OF: 0.82,
      TARGETS: 0.67,
      HAS_PROCESS: 0.71,
    },
  },
  validation: {
    overall: 0.81,
    recall: 0.77,
    attributes: 0.94,
    frequency: 0.87,
    byType: {
      SUBCOMMITTEE_OF: 0.99,
      RESPONSIBLE_FOR: 0.82,
      ENGAGES: 0.91,
      OVERSEES: 0.88,
      REPORTS_TO: 0.87,
      CHAIRS: 0.85,
      MEMBER_OF: 0.91,
      TARGETS: 0.59,
      HAS_PROCESS: 0.68,
    },
  },
};

async function score(set: 'dev' | 'validation'): Promise<string> {
  const goldDir = sharedPath('gold', set);
  const pred = join(tempDir('dg-pred-'), 'pred');
  mkdirSync(pred);
  for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { input: string };
    const { extraction } = await processFile(join(SHARED, gold.input), testAnalyzer());
    writeFileSync(join(pred, f), JSON.stringify(extraction));
  }
  return execFileSync(process.execPath, [sharedPath('tools', 'score-extraction.mjs'), '--pred', pred, '--gold', goldDir, '--attributes'], { encoding: 'utf8' });
}

// shortfalls() reads every figure and reports what is missing or low; gold-floors.test.ts shows each check failing
test.each(['dev', 'validation'] as const)(
  'on gold/%s relation F1, recall, F1 per type, attribute accuracy and frequency stay at or above their floors, with no duplicates',
  async (set) => {
    expect(shortfalls(await score(set), FLOORS[set])).toEqual([]);
  },
);
