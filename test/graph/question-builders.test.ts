import { CYD_ELEMENTS } from '../../src/domain/cyd-elements';
import { ConflictRule } from '../../src/domain/vocabulary';
import { CONFLICT_RULES, explainConflict, ruleOf } from '../../src/graph/conflict-rules';
import { conflictsCount, conflictsOfFilings, conflictsPage } from '../../src/graph/disclosure-conflicts';
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

test('disclosureConflicts: one COLLECT per rule of the table, and a cursor that skips whole filings first', () => {
  const page = conflictsPage({ cik: '0000000042', rule: ConflictRule.REPORTS_TO_BOARD }, ['0000000042', 2024, 'f-1', 'reports_to_board'], 5);
  expect(page.params).toMatchObject({ cik: '0000000042', rule: 'reports_to_board', elements: [ruleOf('reports_to_board')!.element], limit: 5 });
  const cypher = oneLine(page.cypher);
  for (const r of CONFLICT_RULES) expect(cypher).toContain(`WHEN '${r.rule}' THEN COLLECT { ${oneLine(r.pattern)}`);
  expect(cypher).toContain('WHERE (value AND size(found) = 0) OR (NOT value AND size(found) > 0)');
  expect(cypher).toMatch(/ORDER BY co\.cik ASC, coalesce\(f\.fiscalYear, -1\) ASC, f\.id ASC, rule ASC LIMIT/);
  // OTHER names no rule: every element is read, and the rule condition matches none
  expect(conflictsCount({ rule: ConflictRule.OTHER }).params).toMatchObject({ rule: 'other', elements: CONFLICT_RULES.map((r) => r.element) });
  expect(conflictsOfFilings(['f-1']).params).toMatchObject({ ids: ['f-1'], cik: null, rule: null });
});

test('every conflict rule reads a cyd flag the taxonomy has, and explains itself both ways', () => {
  for (const r of CONFLICT_RULES) {
    expect(CYD_ELEMENTS.find((e) => e.name === r.element)?.kind).toBe('flag');
    expect(explainConflict({ rule: r.rule, flag: { label: 'L', value: true }, relations: [] })).toMatch(/^L is flagged true .*, but the text states no /);
    expect(explainConflict({ rule: r.rule, flag: { label: 'L', value: false }, relations: [{}] })).toMatch(
      /^L is flagged false, but the text states .* \(1 found\)\.$/,
    );
  }
});
