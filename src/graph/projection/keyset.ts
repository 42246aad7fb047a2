import type { CursorValue } from './cursors';
import type { CypherBuilder } from './cypher-builder';

/** One key of a keyset-paged list's order. */
export interface SortKey {
  /** A Cypher expression over the carried variables, never null (callers coalesce). */
  readonly expression: string;
  readonly descending?: boolean;
  readonly type: 'string' | 'number';
}

/** `k1, k2 DESC, …`: the ORDER BY of a list. */
export function orderBy(sort: readonly SortKey[]): string {
  return sort.map((key) => `${key.expression}${key.descending ? ' DESC' : ''}`).join(', ');
}

/**
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …, with < for descending keys: the rows after the row
 * whose keys were `after`, wherever that row now sits.
 */
export function afterCondition(
  b: CypherBuilder,
  sort: readonly SortKey[],
  after: readonly CursorValue[],
): string {
  const values = after.map((value) => b.param(value));
  const branches = sort.map((key, i) => {
    const equal = sort.slice(0, i).map((k, j) => `${k.expression} = ${values[j]}`);
    const beyond = `${key.expression} ${key.descending ? '<' : '>'} ${values[i]}`;
    return `(${[...equal, beyond].join(' AND ')})`;
  });
  return `(${branches.join(' OR ')})`;
}
