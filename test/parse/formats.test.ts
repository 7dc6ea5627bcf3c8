import { syntheticFiling } from '../../fixtures/synthetic/model';
import { SYNTHETIC_FORMATS } from '../../fixtures/synthetic/writers';
import { writeCorpus } from '../../fixtures/synthetic/write-corpus';
import { parseFile } from '../../src/ingest/pipeline';
import { WHOLE_SECTION_ELEMENT } from '../../src/parse/plain-text';
import { tempDir } from '../helpers/fixtures';

/** The same invented filing, written in every format, parses to the same Disclosure. */
const dir = tempDir('dg-formats-');
const paths = writeCorpus(dir, SYNTHETIC_FORMATS.length * 2);

describe.each(paths.map((p, i) => [SYNTHETIC_FORMATS[i % SYNTHETIC_FORMATS.length]!, i, p] as const))('%s #%i', (format, index, path) => {
  const model = syntheticFiling(index);
  const d = parseFile(path);

  test('detected as its format, with identity', () => {
    expect(d.source.format).toBe(format);
    expect(d.company).toEqual({ name: model.company.name, cik: model.company.cik, ticker: model.company.ticker });
    expect(d.form).toBe(model.form);
    expect(d.fiscalYear).toBe(model.fiscalYear);
    if (format !== 'text' && format !== 'rpage-text' && format !== 'rpage-html') expect(d.periodEnd).toBe(model.periodEnd);
    if (format === 'edgar-submission') expect(d.accession).toBe(model.accession);
  });

  test('facts equal the model: text blocks with paragraphs as lines, flags as booleans', () => {
    if (format === 'text') {
      expect(d.facts).toHaveLength(1);
      const fact = d.facts[0]!;
      expect(fact.element).toBe(WHOLE_SECTION_ELEMENT);
      expect(fact.kind === 'text' && fact.text.split('\n')).toEqual(model.texts.filter((t) => t.text.join(' ').length > 60).flatMap((t) => t.text));
      return;
    }
    const texts = d.facts.filter((f) => f.kind === 'text').map((f) => [f.element, f.kind === 'text' ? f.text : '']);
    expect(texts).toEqual(model.texts.map((t) => [t.element, t.text.join('\n')]));
    const flags = d.facts.filter((f) => f.kind === 'flag').map((f) => [f.element, f.value]);
    expect(flags).toEqual(model.flags.map((f) => [f.element, f.value]));
    expect(d.problems).toEqual([]);
  });
});

test('the ix:exclude page footer never reaches a fact', () => {
  const ix = paths.find((p) => p.includes('-ixbrl'))!;
  const disclosure = parseFile(ix);
  for (const f of disclosure.facts) if (f.kind === 'text') expect(f.text).not.toMatch(/Form 10-K \| 42/);
});
