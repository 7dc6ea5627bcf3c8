import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { MAX_FACT_NESTING, parseIxbrl, parseIxbrlFull } from '../src/parse/ixbrl';
import { scanIxbrl } from '../src/parse/ixbrl-scan';
import { syntheticFiling } from '../fixtures/synthetic/model';
import { realSizeIxbrl } from '../fixtures/synthetic/real-size';
import { fmt, median } from './util';

/**
 * Inline XBRL side by side, on the same decoded text in the same run: the targeted parse (parseIxbrl:
 * the scan, then only its regions through the tokenizer, and the Item 1C section), the previous parser
 * that tokenizes every byte (parseIxbrlFull, the baseline), and a bare htmlparser2 tokenization with no
 * handlers (what any parse that reads every byte costs at least). On the real corpus and on real-size
 * synthetic filings (fixtures/synthetic/real-size.ts); the three take turns in each round. Run by
 * `npm run bench:parse`.
 */
const SYNTHETIC = Number(process.env.BENCH_IXBRL_SYNTHETIC ?? 40);

export function benchIxbrl(corpusDir: string): void {
  const sets = [
    { name: 'real corpus', texts: readdirSync(corpusDir).map((f) => readFileSync(join(corpusDir, f), 'utf8')) },
    { name: `synthetic x${SYNTHETIC}`, texts: Array.from({ length: SYNTHETIC }, (_, i) => realSizeIxbrl(syntheticFiling(i), i)) },
  ];
  console.log('\ninline XBRL        files      MB  targeted MB/s  full MB/s  bare MB/s | targeted/bare  full/bare  fallbacks');
  for (const set of sets) {
    const mb = set.texts.reduce((n, t) => n + t.length, 0) / 1048576;
    const fallbacks = set.texts.filter((t) => scanIxbrl(t, MAX_FACT_NESTING).kind === 'fallback').length;
    const [targeted, full, bare] = interleaved([
      () => set.texts.forEach((t) => parseIxbrl(t)),
      () => set.texts.forEach((t) => parseIxbrlFull(t)),
      () => set.texts.forEach((t) => new Parser({}, { lowerCaseTags: true, decodeEntities: true }).end(t)),
    ]);
    console.log(
      `${set.name.padEnd(16)} ${String(set.texts.length).padStart(6)} ${fmt(mb, 1)}      ${fmt(mb / (targeted / 1000))}   ${fmt(mb / (full / 1000))}   ${fmt(mb / (bare / 1000))} |      ${fmt(targeted / bare, 2)}x  ${fmt(full / bare, 2)}x  ${String(fallbacks).padStart(9)}`,
    );
  }
}

/**
 * Median wall time of each variant over `rounds` rounds, the variants taking turns within each round
 * (after one warm-up round), so that a change in the machine's load hits all of them alike.
 */
function interleaved(variants: (() => void)[], rounds = 7): number[] {
  variants.forEach((v) => v());
  const times = variants.map((): number[] => []);
  for (let r = 0; r < rounds; r++)
    variants.forEach((v, i) => {
      const t = process.hrtime.bigint();
      v();
      times[i]!.push(Number(process.hrtime.bigint() - t) / 1e6);
    });
  return times.map(median);
}
