import { extract } from '../../src/extract';
import type { Disclosure } from '../../src/domain/disclosure';

/** Inputs built to trip backtracking regexes or quadratic loops must finish (jest's timeout bounds them). */
const disclosure = (text: string): Disclosure => ({
  source: { name: 'p', format: 'text' }, company: { name: 'P', cik: null, ticker: null }, form: '10-K', fiscalYear: null, periodEnd: null, accession: null,
  facts: [{ kind: 'text', element: 'cyd:CybersecurityRiskRoleOfManagementTextBlock', value: text, text, contextRef: null, position: { offset: 0, line: 1 } }], sections: [], problems: [],
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
