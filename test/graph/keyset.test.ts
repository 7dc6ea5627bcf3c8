import { afterCondition, orderByClause, type SortKey } from '../../src/graph/keyset';

const keys: SortKey[] = [
  { expr: 'k', direction: 'DESC' },
  { expr: 'f.id', direction: 'ASC' },
];

test('a keyset condition seeks strictly after the key, each key in its own direction', () => {
  expect(orderByClause(keys)).toBe('k DESC, f.id ASC');
  expect(afterCondition(keys, '$after')).toBe('(k < $after[0] OR (k = $after[0] AND f.id > $after[1]))');
  expect(afterCondition(keys.slice(0, 1), '$after', true)).toBe('k <= $after[0]');
  expect(() => afterCondition([], '$after')).toThrow();
});
