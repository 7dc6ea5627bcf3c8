import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extract } from '../src/extract';
import { splitSentences } from '../src/extract/sentences';
import { parseFiling } from '../src/parse';
import type { Disclosure } from '../src/domain/disclosure';
import { fmt, timeIt } from './util';

/**
 * Extraction throughput on Item-1C-sized disclosures (the real plain-text sections in ../shared, about
 * 3–12 KB each), side by side with a bare sentence split of the same text. One core. Run: npm run bench:extract
 */
const dir = resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'text');
const disclosures: Disclosure[] = readdirSync(dir)
  .map((f) => parseFiling({ kind: 'file', name: f, bytes: readFileSync(join(dir, f)) }))
  .filter((d) => d.facts.length > 0);
const kb = disclosures.reduce((n, d) => n + d.facts.reduce((m, f) => m + (f.kind === 'text' ? f.text.length : 0), 0), 0) / disclosures.length / 1024;
const ROUNDS = 20;
const full = timeIt(() => {
  for (let r = 0; r < ROUNDS; r++) for (const d of disclosures) extract(d);
});
const bare = timeIt(() => {
  for (let r = 0; r < ROUNDS; r++) for (const d of disclosures) for (const f of d.facts) if (f.kind === 'text') splitSentences(f.text);
});
const n = ROUNDS * disclosures.length;
console.log(`disclosures: ${disclosures.length}, mean text ${kb.toFixed(1)} KB`);
console.log(`extract          ${fmt(n / (full / 1000), 0)} filings/s`);
console.log(`sentence split   ${fmt(n / (bare / 1000), 0)} filings/s   (extract takes ${(full / bare).toFixed(1)}x the bare split)`);
