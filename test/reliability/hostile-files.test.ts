import { parseFiling, ParseError, MAX_PROBLEMS } from '../../src/parse';
import { FACT_TEXT_RATIO, MAX_FACT_NESTING } from '../../src/parse/ixbrl';
import type { Disclosure, TextFact } from '../../src/domain/disclosure';
import * as hostile from '../../fixtures/synthetic/hostile';

/**
 * Every parser is linear in its input (issue #13): each shape below once took from half a minute to
 * many minutes, or exhausted a 4 GB heap, at the size used here. The tests assert outcomes (the parse
 * finishes, reads what it should, says what it dropped); speed is measured by `npm run bench:parse`.
 */
const parse = (content: string): Disclosure => parseFiling({ kind: 'file', name: 'hostile.htm', bytes: Buffer.from(content) });
const texts = (d: Disclosure): TextFact[] => d.facts.filter((f): f is TextFact => f.kind === 'text');
const messages = (d: Disclosure): string[] => d.problems.map((p) => p.message);

describe('inline XBRL facts', () => {
  test('9,000 nested facts: the outer ones hold all the text, deeper ones are reported, not read', () => {
    const n = 9_000;
    const html = hostile.nestedFacts(n);
    const d = parse(html);
    const facts = texts(d);
    expect(facts).toHaveLength(MAX_FACT_NESTING);
    // Inline XBRL 1.1 nesting: a fact's value includes the facts nested in it
    expect(facts[0]!.value.startsWith('word0 word1 ')).toBe(true);
    expect(facts[0]!.value.endsWith(`word${n - 1}`)).toBe(true);
    expect(facts[MAX_FACT_NESTING - 1]!.value.startsWith(`word${MAX_FACT_NESTING - 1} `)).toBe(true);
    expect(messages(d)).toContainEqual(
      expect.stringMatching(new RegExp(`^${n - MAX_FACT_NESTING} ix facts or continuations nested more than ${MAX_FACT_NESTING} deep were not read`)),
    );
    // the stated bound: the facts hold at most MAX_FACT_NESTING copies of the document's text
    const total = facts.reduce((sum, f) => sum + f.value.length + f.text.length, 0);
    expect(total).toBeLessThanOrEqual(2 * MAX_FACT_NESTING * html.length);
  });

  test('9,000 nested facts cut off before any closes: the same facts, and the cut is reported', () => {
    const d = parse(hostile.nestedFacts(9_000, { closed: false }));
    expect(texts(d)).toHaveLength(MAX_FACT_NESTING);
    expect(texts(d)[0]!.value.endsWith('word8999')).toBe(true);
    expect(messages(d)).toContainEqual(expect.stringMatching(/truncated/));
  });

  test('16 facts nested around 2 MB of text: together they hold at most FACT_TEXT_RATIO times the document', () => {
    const html = hostile.factsAroundText(MAX_FACT_NESTING, 2_000_000);
    const d = parse(html);
    const total = texts(d).reduce((sum, f) => sum + f.value.length + f.text.length, 0);
    expect(texts(d).length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(FACT_TEXT_RATIO * html.length + 1_000_000);
    expect(messages(d)).toContainEqual(
      `${MAX_FACT_NESTING - texts(d).length} facts were not read: with them the facts would hold over ${FACT_TEXT_RATIO} times the document's text (nested facts repeat the text they contain)`,
    );
  });

  test('10,000 facts naming one continuation chain: the first reads it, the others are reported once each', () => {
    const n = 10_000;
    const d = parse(hostile.sharedContinuationChain(n));
    const facts = texts(d);
    expect(facts).toHaveLength(n);
    expect(facts[0]!.value.startsWith('fact0 link0 link1 ')).toBe(true);
    expect(facts[0]!.value.endsWith(`link${n - 1}`)).toBe(true);
    expect(facts[1]!.value).toBe('fact1');
    expect(messages(d)[0]).toMatch(/ix:continuation "k0" already continues/);
    // a problem per fact, capped: the first ones and a count of the rest
    expect(d.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(messages(d)[MAX_PROBLEMS]).toMatch(/^\d+ more problems not listed$/);
  });

  test('200,000 nested <div>s inside a fact: its text, once', () => {
    const [fact] = texts(parse(hostile.nestedDivs(200_000, 'ixbrl')));
    expect(fact!.value).toMatch(/^Our Chief Information Security Officer reports .* cybersecurity risk\.$/);
  });

  test('200,000 nested ix:exclude elements: excluded content stays out', () => {
    const [fact] = texts(parse(hostile.nestedExcludes(200_000)));
    expect(fact!.value).toBe('kept');
  });

  test('a fact name that is not a cyd QName is a problem, not a crash; the other facts load', () => {
    const d = parse(hostile.invalidElementName());
    expect(texts(d).map((f) => f.value)).toEqual(['kept']);
    expect(messages(d)).toContainEqual(expect.stringMatching(/"cyd:Not An Element" is not a cyd element name/));
  });
});

describe('sections located by heading', () => {
  test('40,000 repeated Item 1C headings in HTML: the tagged fact and a section (the longest span, capped)', () => {
    const d = parse(hostile.repeatedHeadingsHtml(40_000));
    expect(texts(d).map((f) => f.value)).toEqual(['tagged']);
    expect(d.sections).toHaveLength(1);
  });

  test('40,000 repeated Item 1C headings in text: the section is found', () => {
    const [fact] = texts(parse(hostile.repeatedHeadingsText(40_000)));
    expect(fact!.value).toMatch(/reports to the Audit Committee/);
  });

  test('"Item 1C" and "Item 2" followed by 200,000 spaces and no title', () => {
    const [fact] = texts(parse(hostile.longSpaceRuns(200_000)));
    expect(fact!.value).toMatch(/^Our Chief Information Security Officer/);
    expect(fact!.value).toMatch(/Item 2 x$/);
  });

  test('200,000 nested <div>s in HTML without XBRL: the section is found', () => {
    const [fact] = texts(parse(hostile.nestedDivs(200_000, 'html')));
    expect(fact!.value).toMatch(/^Our Chief Information Security Officer/);
  });

  test('an Item 1C hard-wrapped into 80,000 lines: one paragraph', () => {
    const [fact] = texts(parse(hostile.wrappedLines(80_000)));
    expect(fact!.text).not.toContain('\n');
    expect(fact!.value.split('the board oversees')).toHaveLength(80_001);
  });
});

describe('XBRL instances, R pages, EDGAR submissions', () => {
  test('200,000 nested escaped <div>s in an XBRL text block', () => {
    const [fact] = texts(parse(hostile.nestedDivs(200_000, 'xbrl')));
    expect(fact!.value).toMatch(/^Our Chief Information Security Officer/);
  });

  test('100,000 escaped tags in an XBRL text block', () => {
    const [fact] = texts(parse(hostile.manyTagsInXbrlTextBlock(100_000)));
    expect(fact!.value.split(' ')).toHaveLength(100_000);
  });

  test('an R-page value wrapped into 80,000 lines', () => {
    const [fact] = texts(parse(hostile.wrappedRpageValue(80_000)));
    expect(fact!.value.split('the board oversees')).toHaveLength(80_001);
  });

  test('an R-page popup name of 100,000 underscores that does not match: the label decides', () => {
    const [fact] = texts(parse(hostile.longPopupName(100_000)));
    expect(fact!.element).toBe(hostile.TEXT_BLOCK);
  });

  test('an EDGAR submission header with 100,000 blank lines: its fields are read', () => {
    const d = parse(hostile.blankHeaderLines(100_000));
    expect(d).toMatchObject({ accession: '0000990501-24-000001', form: '10-K' });
    expect(texts(d)).toHaveLength(1);
  });
});

describe('problems and messages', () => {
  test('a filing keeps at most MAX_PROBLEMS problems and a count of the rest', () => {
    const d = parse(hostile.missingContinuations(5_000));
    expect(texts(d)).toHaveLength(5_000);
    expect(d.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(messages(d)[0]).toBe(`${hostile.TEXT_BLOCK}: ix:continuation "gone0" not found`);
    expect(messages(d)[MAX_PROBLEMS]).toMatch(/^\d{4} more problems not listed$/);
  });

  test.each(Object.entries(hostile.longValuesInMessages(900_000)))('%s of 900,000 characters: quoted as a short excerpt', (_name, content) => {
    let d: Disclosure | null;
    try {
      d = parse(content);
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as Error).message.length).toBeLessThan(300);
      return;
    }
    expect(d.problems.length).toBeGreaterThan(0);
    for (const m of messages(d)) expect(m.length).toBeLessThan(300);
  });
});
