import { compareYears, type YearStatements } from '../../src/graph/year-changes';

const base: YearStatements = { cik: '0000000042', fromYear: 2023, toYear: 2024, years: [2023, 2024], mentioned: [], lines: [], flags: [] };

test('flags are compared only where both years state them', () => {
  const changes = compareYears({
    ...base,
    flags: [
      [2023, 'cyd:A', 'A', true],
      [2024, 'cyd:A', 'A', false],
      [2023, 'cyd:B', 'B', true],
      [2024, 'cyd:C', 'C', false],
      [2023, 'cyd:D', 'D', true],
      [2024, 'cyd:D', 'D', true],
    ],
  });
  expect(changes?.changedFlags).toEqual([{ element: 'cyd:A', label: 'A', from: true, to: false }]);
  expect(changes?.flagsStatedInOneYear).toEqual([
    { element: 'cyd:B', label: 'B', fiscalYear: 2023, value: true },
    { element: 'cyd:C', label: 'C', fiscalYear: 2024, value: false },
  ]);
});

test('a year without a filing gives no comparison; names and lines are set differences', () => {
  expect(compareYears({ ...base, years: [2023] })).toBeNull();
  const changes = compareYears({
    ...base,
    mentioned: [
      [2023, ['Entity', 'Person'], 'Jane Roe'],
      [2024, ['Entity', 'Person'], 'John Doe'],
      [2024, ['Entity', 'Committee'], 'Risk Committee'],
    ],
    lines: [
      [2023, 'A → B'],
      [2024, 'A → B'],
      [2024, 'A → C'],
    ],
  });
  expect(changes).toMatchObject({
    addedPeople: ['John Doe'],
    removedPeople: ['Jane Roe'],
    addedCommittees: ['Risk Committee'],
    removedCommittees: [],
    addedReportingLines: ['A → C'],
    removedReportingLines: [],
  });
});
