import { extract } from '../../src/extract';
import type { Disclosure } from '../../src/domain/disclosure';
import { analyzeAndExtract, MAX_ANALYSED_SENTENCES } from '../../src/ingest/pipeline';
import { sentencesOf } from '../../src/extract';
import { testAnalyzer } from '../helpers/nlp';

/** Inputs built to trip backtracking regexes or quadratic loops must finish (jest's timeout bounds them). */
const disclosure = (text: string): Disclosure => ({
  source: { name: 'p', format: 'text' },
  company: { name: 'P', cik: null, ticker: null },
  form: '10-K',
  fiscalYear: null,
  periodEnd: null,
  accession: null,
  facts: [{ kind: 'text', element: 'cyd:CybersecurityRiskRoleOfManagementTextBlock', value: text, text, contextRef: null, position: { offset: 0, line: 1 } }],
  sections: [],
  problems: [],
});

test('a 5 MB single line', () => {
  const text = 'The Audit Committee oversees cybersecurity risk and the chief information security officer reports to it '.repeat(50_000);
  const x = extract(disclosure(text));
  expect(x.relations.length).toBeGreaterThan(0);
}, 60_000);

test('100,000 repetitions of "Committee"', () => {
  const x = extract(disclosure('Committee '.repeat(100_000)));
  expect(x.relations).toEqual([]);
}, 60_000);

test('deeply nested parentheses', () => {
  const x = extract(disclosure(`${'('.repeat(20_000)}Chief Information Security Officer${')'.repeat(20_000)} oversees cybersecurity.`));
  expect(x.entities.length).toBeGreaterThanOrEqual(2);
}, 60_000);

describe('through the linguistic layer (real CoreNLP)', () => {
  const analyzed = async (text: string) => analyzeAndExtract(disclosure(text), testAnalyzer());

  // the splitter cuts a 5 MB line into 2,000-character pieces: over the layer's 1,200-character limit, so they are read by the pattern rules alone
  test('a 5 MB single line: over-long sentences are read without a parse', async () => {
    const x = await analyzed('The Audit Committee oversees cybersecurity risk and the chief information security officer reports to it '.repeat(50_000));
    expect(x.relations.length).toBeGreaterThan(0);
  }, 60_000);

  test('100,000 repetitions of "Committee" give nothing', async () => {
    expect((await analyzed('Committee '.repeat(100_000))).relations).toEqual([]);
  }, 60_000);

  test('20,000 short sentences: at most MAX_ANALYSED_SENTENCES go to the layer, the rest are still read', async () => {
    const text =
      Array.from({ length: 20_000 }, (_, i) => `The Audit Committee met ${i} times.`).join(' ') + ' The Audit Committee oversees cybersecurity risk.';
    const sent: string[] = [];
    const counting = { analyze: (s: readonly string[]) => (sent.push(...s), testAnalyzer().analyze(s)), close: async () => undefined };
    const x = await analyzeAndExtract(disclosure(text), counting);
    expect(sent.length).toBe(MAX_ANALYSED_SENTENCES);
    expect(x.relations.map((r) => r.type)).toContain('OVERSEES');
  }, 120_000);

  test('short sentences of a long text do reach the layer and are parsed', async () => {
    const d = disclosure('The Risk Committee oversees our cyber program. '.repeat(5) + 'The platform security team reports to the Chief Technology Officer.');
    const parses = await testAnalyzer().analyze(sentencesOf(d));
    expect([...parses.values()].every((p) => p.parsed && p.tokens.length > 3)).toBe(true);
  }, 60_000);

  test('deeply nested parentheses', async () => {
    const x = await analyzed(`${'('.repeat(20_000)}Chief Information Security Officer${')'.repeat(20_000)} oversees cybersecurity.`);
    expect(x.entities.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
