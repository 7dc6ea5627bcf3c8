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

// Item-1C-sized: each disclosure's text joined with the next one's until it is at least 10 KB
const sized: Disclosure[] = disclosures.map((d, i) => {
  let text = '';
  for (let k = i; text.length < 10_240; k = (k + 1) % disclosures.length) for (const f of disclosures[k]!.facts) if (f.kind === 'text') text += f.text + '\n';
  return { ...d, facts: [{ kind: 'text', element: 'cyd:CybersecurityRiskManagementProcessesForAssessingIdentifyingAndManagingThreatsTextBlock', value: text, text, contextRef: null, position: { offset: 0, line: 1 } }] };
});
const kb10 = sized.reduce((s, d) => s + (d.facts[0]!.kind === 'text' ? d.facts[0]!.text.length : 0), 0) / sized.length / 1024;
const full10 = timeIt(() => {
  for (let r = 0; r < ROUNDS; r++) for (const d of sized) extract(d);
});
const bare10 = timeIt(() => {
  for (let r = 0; r < ROUNDS; r++) for (const d of sized) for (const f of d.facts) if (f.kind === 'text') splitSentences(f.text);
});
console.log(`at ${kb10.toFixed(1)} KB each: extract ${fmt(n / (full10 / 1000), 0)} filings/s | sentence split ${fmt(n / (bare10 / 1000), 0)} filings/s`);
