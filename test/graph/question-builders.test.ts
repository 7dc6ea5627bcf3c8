import { oversightMovesCount, oversightMovesPage } from '../../src/graph/oversight-moves';

/** The statements behind the questions of issue #11, as values (STYLE.md principle 10). */
const oneLine = (cypher: string): string => cypher.replace(/\s+/g, ' ').trim();

test('oversightMoves: a page after a CIK, and a count over the same match without a cursor', () => {
  const page = oversightMovesPage(2023, 2024, ['0000000042'], 10, []);
  expect(page.params).toMatchObject({
    from: 2023,
    to: 2024,
    after: ['0000000042'],
    limit: 10,
    boardLevels: ['board', 'board_committee'],
    currentForms: ['8-K', '8-K/A'],
  });
  expect(oneLine(page.cypher)).toContain('AND co.cik > $after[0]');
  expect(oneLine(page.cypher)).toMatch(
    /WHERE a IS NOT NULL AND b IS NOT NULL AND a\.kinds <> b\.kinds RETURN .* ORDER BY cik LIMIT toInteger\(\$limit\) \+ 1$/,
  );
  const first = oversightMovesPage(2023, 2024, null, 10, []);
  expect(first.cypher).not.toContain('$after');
  const count = oversightMovesCount(2023, 2024);
  expect(count.params).not.toHaveProperty('after');
  expect(oneLine(count.cypher)).toMatch(/RETURN count\(co\) AS n$/);
  expect(oneLine(count.cypher)).not.toContain('ORDER BY cik');
});
