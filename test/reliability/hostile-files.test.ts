import { parseFiling, ParseError, MAX_PROBLEMS } from '../../src/parse';
import type { Disclosure, TextFact } from '../../src/domain/disclosure';
import * as hostile from '../helpers/hostile';

/**
 * Hostile inputs, generated at test time (issue #13): a bad name or a huge value is a problem that
 * quotes a short excerpt, never a crash or an echo of the input.
 */
const parse = (content: string): Disclosure => parseFiling({ kind: 'file', name: 'hostile.htm', bytes: Buffer.from(content) });
const texts = (d: Disclosure): TextFact[] => d.facts.filter((f): f is TextFact => f.kind === 'text');
const messages = (d: Disclosure): string[] => d.problems.map((p) => p.message);

describe('inline XBRL facts', () => {
  test('a fact name that is not a cyd QName is a problem, not a crash; the other facts load', () => {
    const d = parse(hostile.invalidElementName());
    expect(texts(d).map((f) => f.value)).toEqual(['kept']);
    expect(messages(d)).toContainEqual(expect.stringMatching(/"cyd:Not An Element" is not a cyd element name/));
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

  test.each(Object.entries(hostile.longValuesInMessages(900_000)))('a %s of 900,000 characters is quoted as a short excerpt', (_name, content) => {
    let d: Disclosure | null = null;
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
