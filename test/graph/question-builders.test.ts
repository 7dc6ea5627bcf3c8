import { CYD_ELEMENTS, INCIDENT_ELEMENT } from '../../src/domain/cyd-elements';
import type { Disclosure } from '../../src/domain/disclosure';
import { batchWriteQueries } from '../../src/graph/filing-writer';
import { governanceBefore, incidentsCount, incidentsOfCompanies, incidentsPage } from '../../src/graph/incident-repository';
import { buildFilingRows, incidentOf } from '../../src/graph/rows';
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
  // Filing.conflicts looks its filings up by id; the page and the count walk the filings under the filter
  expect(oneLine(conflictsOfFilings(['f-1']).cypher)).toMatch(/^UNWIND \$ids AS id MATCH \(co:Company\)-\[:FILED\]->\(f:Filing \{id: id\}\)/);
  expect(oneLine(page.cypher)).not.toContain('$ids');
});

test('every conflict rule reads a cyd flag the taxonomy has, and explains itself both ways', () => {
  for (const r of CONFLICT_RULES) {
    expect(CYD_ELEMENTS.find((e) => e.name === r.element)?.kind).toBe('flag');
    expect(explainConflict({ rule: r.rule, flag: { label: 'L', value: true }, relations: [] })).toMatch(
      /^L is flagged true .*, but the text states no [a-z].* \([A-Z_]+\)\.$/,
    );
    expect(explainConflict({ rule: r.rule, flag: { label: 'L', value: false }, relations: [{}] })).toMatch(
      /^L is flagged false, but the text states what it denies: [a-z].* \([A-Z_]+, 1 found\)\.$/,
    );
  }
});

test('incidents: originals and orphan amendments only, newest first, and the governance of the last annual report filed before', () => {
  const page = oneLine(incidentsPage({ cik: '0000000042', dateFrom: '2025-01-01' }, ['2025-02-05', 'x'], 3).cypher);
  expect(page).toContain('WHERE NOT (i)-[:AMENDS]->(:Incident)');
  expect(page).toContain('(i.date < $after[0] OR (i.date = $after[0] AND i.id > $after[1]))');
  expect(page).toMatch(/ORDER BY i\.date DESC, i\.id ASC LIMIT toInteger\(\$limit\) \+ 1$/);
  expect(incidentsCount({}).params).toMatchObject({ cik: null, from: null, to: null, ciks: null });
  expect(incidentsOfCompanies(['0000000042']).params).toMatchObject({ ciks: ['0000000042'] });
  expect(oneLine(incidentsOfCompanies(['0000000042']).cypher)).toMatch(/^UNWIND \$ciks AS c MATCH \(i:Incident \{cik: c\}\)/);
  const before = governanceBefore(['a']);
  expect(before.params).toEqual({ ids: ['a'], annual: ['10-K', '10-K/A', '20-F', '20-F/A'] });
  expect(oneLine(before.cypher)).toContain("coalesce(f.filedOn, f.periodEnd, toString(f.fiscalYear) + '-12-31') < i.date");
});

const eightK = (form: '8-K' | '8-K/A', facts: Disclosure['facts'], filedOn?: string): Disclosure => ({
  source: { name: 'x.txt', format: '8k-text' },
  company: { name: 'Invented Co.', cik: '0000000042', ticker: null },
  form,
  fiscalYear: null,
  periodEnd: '2025-02-03',
  accession: null,
  ...(filedOn ? { filedOn } : {}),
  facts,
  sections: [],
  problems: [],
});
const text = (element: string, t: string) => ({ kind: 'text' as const, element, value: t, text: t, contextRef: null, position: { offset: 0, line: 1 } });

test('an 8-K with Item 1.05 text is an incident row, dated by its filing date, else its date of report; other filings are none', () => {
  const nature = text(INCIDENT_ELEMENT, 'Ransomware.');
  expect(incidentOf(eightK('8-K', [nature], '2025-02-05'), 'f-1', '0000000042')).toMatchObject({
    id: 'f-1',
    form: '8-K',
    filedOn: '2025-02-05',
    reportDate: '2025-02-03',
    date: '2025-02-05',
    nature: 'Ransomware.',
    scope: null,
  });
  expect(incidentOf(eightK('8-K/A', [nature]), 'f-2', '0000000042')).toMatchObject({ filedOn: null, date: '2025-02-03' });
  expect(incidentOf(eightK('8-K', []), 'f-3', '0000000042')).toBeNull();
  expect(incidentOf({ ...eightK('8-K', [nature]), form: '10-K' }, 'f-4', '0000000042')).toBeNull();
});

test('the writer writes a batch’s incidents and relinks every amendment of the companies whose 8-Ks it touched', () => {
  const rows = buildFilingRows(eightK('8-K/A', [text(INCIDENT_ELEMENT, 'Update.')], '2025-03-01'), { entities: [], relations: [] } as never);
  const cypher = batchWriteQueries([rows], []).map((x) => oneLine(x.cypher));
  expect(cypher).toContainEqual(expect.stringContaining('MERGE (i:Incident {id: row.id}) SET i = row MERGE (f)-[:REPORTS]->(i)'));
  expect(cypher).toContainEqual(expect.stringMatching(/MATCH \(a:Incident \{cik: cik\}\) WHERE a\.form = '8-K\/A' .* MERGE \(a\)-\[:AMENDS\]->\(o\)$/));
  const replaced = batchWriteQueries([rows], [rows]).map((x) => oneLine(x.cypher));
  expect(replaced).toContain('UNWIND $ids AS id MATCH (:Filing {id: id})-[:REPORTS]->(i:Incident) DETACH DELETE i');
});
