import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Parser } from 'htmlparser2';
import { parseFiling } from '../src/parse';
import { decodeBytes } from '../src/parse/decode';
import { fmt, timeIt } from './util';
import { benchHostile } from './parse-hostile';
import { benchIxbrl } from './parse-ixbrl';

/**
 * Parse throughput per format over the real corpus (../shared/corpus), side by side with a bare pass of
 * the same tokenizer over the same bytes (htmlparser2 with no handlers for markup formats; a line split
 * for text formats). Then inline XBRL side by side (parse-ixbrl.ts): the targeted parse, the full
 * parser it replaced and the bare tokenizer, on the corpus and on real-size synthetic filings; then the
 * hostile shapes (parse-hostile.ts). Run: npm run bench:parse
 */
const shared = resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
if (!existsSync(shared)) throw new Error(`no corpus at ${shared}`);

const groups: { format: string; dir: string; markup: boolean; xml: boolean }[] = [
  { format: 'ixbrl', dir: 'ixbrl', markup: true, xml: false },
  { format: 'xbrl', dir: 'xbrl', markup: true, xml: true },
  { format: 'rpage-html', dir: 'formats', markup: true, xml: false },
  { format: 'rpage-text', dir: 'rpage', markup: false, xml: false },
  { format: 'text', dir: 'text', markup: false, xml: false },
];

console.log('format        files      MB   parse MB/s   bare MB/s   ratio (parse time / bare time)');
for (const g of groups) {
  const files = readdirSync(join(shared, g.dir))
    .filter((f) => (g.dir === 'formats' ? /R\d\.html?$/.test(f) : true))
    .map((f) => readFileSync(join(shared, g.dir, f)));
  const texts = files.map((b) => decodeBytes(b).text);
  const mb = files.reduce((n, b) => n + b.length, 0) / 1048576;
  const parse = timeIt(() => {
    for (const [i, bytes] of files.entries()) parseFiling({ kind: 'file', name: String(i), bytes });
  });
  const bare = timeIt(() => {
    for (const t of texts) {
      if (g.markup) new Parser({}, { xmlMode: g.xml, lowerCaseTags: !g.xml, decodeEntities: true }).end(t);
      else t.split('\n');
    }
  });
  console.log(
    `${g.format.padEnd(12)} ${String(files.length).padStart(6)} ${fmt(mb, 2)} ${fmt(mb / (parse / 1000))}    ${fmt(mb / (bare / 1000))}   ${fmt(parse / bare, 2)}x`,
  );
}

benchIxbrl(join(shared, 'ixbrl'));
benchHostile();
