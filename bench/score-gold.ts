import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processFile } from '../src/ingest/pipeline';
import { openAnalyzer } from '../src/nlp';
import { loadEnv } from '../src/config/env';

/**
 * Extracts every filing a gold folder annotates (one linguistic layer for all of them) and runs the shared
 * scorer on the predictions. Run: npm run score -- dev|validation|relations [--verbose] [--attributes]
 */
async function main(): Promise<void> {
  const shared = resolve(__dirname, '..', '..', '..', 'shared');
  const [set = 'validation', ...flags] = process.argv.slice(2);
  const goldDir = join(shared, 'gold', set);
  const pred = join(mkdtempSync(join(tmpdir(), 'dg-pred-')), 'pred');
  mkdirSync(pred);
  const analyzer = await openAnalyzer({ url: loadEnv().NLP_URL });
  try {
    for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { input: string };
      const { extraction } = await processFile(join(shared, gold.input), analyzer);
      writeFileSync(join(pred, f), JSON.stringify(extraction));
    }
  } finally {
    await analyzer.close();
  }
  process.stdout.write(
    execFileSync(process.execPath, [join(shared, 'tools', 'score-extraction.mjs'), '--pred', pred, '--gold', goldDir, ...flags], { encoding: 'utf8' }),
  );
  process.stderr.write(`predictions: ${pred}\n`);
}

void main();
