import { syntheticFiling } from '../../fixtures/synthetic/model';
import { writeFiling as writeSynthetic } from '../../fixtures/synthetic/writers';
import { parseFiling } from '../../src/parse';
import { rpage } from '../helpers/fixtures';

/**
 * Issue #12: identity given from outside (flags, sidecars, an identity map) fills only what a file does
 * not say. A stated CIK, form or fiscal year is kept, and a given one that contradicts it is an error; a
 * year read off the period end is no statement, so a given fiscal year replaces it.
 */
const bytes = (s: string) => new TextEncoder().encode(s);
const ixbrl = () => {
  const written = writeSynthetic(syntheticFiling(11), 'ixbrl', 'f');
  return { model: syntheticFiling(11), input: { kind: 'file' as const, name: 'f.htm', bytes: bytes([...written.files.values()][0]!) } };
};

test('given identity fills the gaps of a file that carries none', () => {
  const d = parseFiling(
    { kind: 'file', name: 'r.txt', bytes: bytes(rpage({ period: 'Jan. 31, 2025', flags: { 'Cybersecurity Risk Management Processes Integrated': true } })) },
    {
      identity: { cik: '0000000042', company: 'Gap Filled Co', form: '10-K' },
    },
  );
  expect(d.company).toMatchObject({ cik: '0000000042', name: 'Gap Filled Co' });
  expect(d.form).toBe('10-K');
  expect(d.fiscalYear).toBe(2025); // read off the period end, as nothing stated it
});

test('a given fiscal year replaces one read off the period end (a January year end is often the prior fiscal year)', () => {
  const d = parseFiling({ kind: 'file', name: 'r.txt', bytes: bytes(rpage({ period: 'Jan. 31, 2025' })) }, { identity: { fiscalYear: 2024 } });
  expect(d.fiscalYear).toBe(2024);
});

test('a file that carries its identity keeps it; the same values given are fine', () => {
  const { model, input } = ixbrl();
  const d = parseFiling(input, { identity: { cik: model.company.cik, form: model.form, fiscalYear: model.fiscalYear } });
  expect(d.company.cik).toBe(model.company.cik);
  expect(d.fiscalYear).toBe(model.fiscalYear);
});

test('a given CIK, form or fiscal year that contradicts the file is an error naming each', () => {
  const { model, input } = ixbrl();
  const other = model.form === '10-K' ? '20-F' : '10-K';
  expect(() => parseFiling(input, { identity: { cik: '0000000001', form: other, fiscalYear: model.fiscalYear + 1 } })).toThrow(
    `cik 0000000001 contradicts the filing's own ${model.company.cik}; form ${other} contradicts the filing's own ${model.form}; fiscal year ${model.fiscalYear + 1} contradicts the filing's own ${model.fiscalYear}`,
  );
});

test('a different company name is a warning, and the filing’s own name is kept', () => {
  const { model, input } = ixbrl();
  const d = parseFiling(input, { identity: { company: 'Another Name Ltd' } });
  expect(d.company.name).toBe(model.company.name);
  expect(d.problems).toContainEqual(
    expect.objectContaining({ severity: 'warning', message: expect.stringContaining('the given company "Another Name Ltd" differs') }),
  );
});

test('a sidecar is the file’s own identity: it fills the gaps first, and a given value that contradicts it is an error', () => {
  const input = { kind: 'file' as const, name: 'r.txt', bytes: bytes(rpage({ period: 'Dec. 31, 2024' })) };
  const sidecar = { cik: '0000000042', company: 'Sidecar Co', form: '10-K' as const };
  const d = parseFiling(input, { sidecar, identity: { cik: '0000000042', fiscalYear: 2024 } });
  expect(d.company).toMatchObject({ cik: '0000000042', name: 'Sidecar Co' });
  expect(d.fiscalYear).toBe(2024);
  expect(() => parseFiling(input, { sidecar, identity: { cik: '0000000043' } })).toThrow("cik 0000000043 contradicts the filing's own 0000000042");
});
