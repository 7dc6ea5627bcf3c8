import { parseFiling } from '../src/parse';
import { MarkupParser } from '../src/parse/markup-parser';
import * as hostile from '../fixtures/synthetic/hostile';
import { fmt, timeIt } from './util';

/**
 * The hostile shapes of test/reliability (fixtures/synthetic/hostile.ts), timed against a bare pass over
 * the same input (the parsers' MarkupParser without handlers: htmlparser2's own Parser is itself
 * quadratic in nesting depth, 44 s for the nested divs; a line split for text), at one size and at
 * twice it. Linear parsing keeps the ratio to the bare pass flat and the time growth near
 * 2x when the size doubles; the quadratic code this replaced grew 4x (and took 19 s to over 90 s at
 * the first size). Run by `npm run bench:parse` after the per-format table.
 */
const SHAPES: { name: string; markup: boolean; make: (scale: number) => string }[] = [
  { name: 'nested facts 9,000', markup: true, make: (k) => hostile.nestedFacts(9_000 * k) },
  { name: 'one chain, 10,000 facts', markup: true, make: (k) => hostile.sharedContinuationChain(10_000 * k) },
  { name: 'Item 1C x40,000 (HTML)', markup: true, make: (k) => hostile.repeatedHeadingsHtml(40_000 * k) },
  { name: 'Item 1C x40,000 (text)', markup: false, make: (k) => hostile.repeatedHeadingsText(40_000 * k) },
  { name: 'nested divs 200,000', markup: true, make: (k) => hostile.nestedDivs(200_000 * k, 'ixbrl') },
  { name: 'wrapped lines 80,000', markup: false, make: (k) => hostile.wrappedLines(80_000 * k) },
  { name: 'XBRL tags 100,000', markup: true, make: (k) => hostile.manyTagsInXbrlTextBlock(100_000 * k) },
];

export function benchHostile(): void {
  console.log('\nhostile shape                 MB  parse ms   bare ms   ratio | 2x size: parse ms  growth');
  for (const shape of SHAPES) {
    const [one, two] = [shape.make(1), shape.make(2)];
    const parse = (s: string) => timeIt(() => void parseFiling({ kind: 'file', name: 'hostile', bytes: Buffer.from(s) }), 3);
    const bare = timeIt(() => void (shape.markup ? new MarkupParser({}, { lowerCaseTags: true, decodeEntities: true }).end(one) : one.split('\n')), 3);
    const [t1, t2] = [parse(one), parse(two)];
    console.log(
      `${shape.name.padEnd(26)} ${fmt(one.length / 1048576, 1)} ${fmt(t1, 0)}  ${fmt(bare, 0)} ${fmt(t1 / bare, 1)}x |        ${fmt(t2, 0)}  ${fmt(t2 / t1, 2)}x`,
    );
  }
}
