/**
 * Keyset ("seek") paging: a page starts strictly after the sort key of the last row of the previous
 * page, not after a number of rows. A row written while a client pages (a filing ingested mid-pull)
 * then never shifts the rows behind it: no row comes twice and none that existed is skipped, which an
 * OFFSET cannot promise. Every sort key must be total and never null (wrap nullable properties in
 * coalesce), and the last key must be unique per row.
 */
export interface SortKey {
  /** A Cypher expression over variables in scope, never null. */
  readonly expr: string;
  readonly direction: 'ASC' | 'DESC';
}

export const orderByClause = (keys: readonly SortKey[]): string => keys.map((k) => `${k.expr} ${k.direction}`).join(', ');

/**
 * A condition true for rows that sort strictly after the key values in list parameter `param` (one
 * value per key, in order): `k0 > p0 OR (k0 = p0 AND (k1 > p1 OR …))`, with `<` for a DESC key.
 * `inclusive` also admits rows equal on every key (used on a prefix of the keys, to skip whole groups).
 */
export function afterCondition(keys: readonly SortKey[], param: string, inclusive = false): string {
  const at = (i: number): string => {
    const k = keys[i]!;
    const op = k.direction === 'ASC' ? '>' : '<';
    if (i === keys.length - 1) return `${k.expr} ${op}${inclusive ? '=' : ''} ${param}[${i}]`;
    return `(${k.expr} ${op} ${param}[${i}] OR (${k.expr} = ${param}[${i}] AND ${at(i + 1)}))`;
  };
  if (keys.length === 0) throw new Error('a keyset needs at least one key');
  return at(0);
}
