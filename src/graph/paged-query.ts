import type { Database, Row } from '../db/database';
import { decodeCursor, encodeCursor, type CursorValue } from './projection/cursors';
import type { CypherBuilder } from './projection/cypher-builder';
import { afterCondition, orderBy, type SortKey } from './projection/keyset';

/**
 * The one paging pipeline of root lists (nodes, search hits, timeline entries): the matching rows
 * counted in the database when asked, then sorted, started after a keyset cursor and cut to
 * `limit` rows (a page size + 1, to know whether more follow).
 */
export interface PagedQuery {
  /** MATCH … WHERE … that binds the carried variables; run once for rows and once to count. */
  readonly match: string;
  /** The variables the sort keys and the item read: `n`, or `s, r, d, earliest, latest`. */
  readonly carry: string;
  /** The keys, in order; the last one must be unique (an id), so pages neither skip nor repeat. */
  readonly sort: readonly SortKey[];
  /** The map expression returned for each row. */
  readonly item: string;
  /** Names the list in its cursors, so a cursor of another list is refused. */
  readonly list: string;
  /** The previous page's endCursor: the sort key of its last item. */
  readonly after: string | null | undefined;
  /** More columns of the one row: `… AS missing`. */
  readonly extraColumns?: string;
  readonly limit: number;
  readonly withTotalCount: boolean;
}

/**
 * Cypher returning `rows` ([{item, key}], key being the row's sort key for its cursor) and
 * `totalCount` (null unless asked for). Values are parameters of `b`.
 */
export function pagedQueryCypher(b: CypherBuilder, query: PagedQuery): string {
  const after =
    query.after === null || query.after === undefined
      ? null
      : decodeCursor(
          query.after,
          query.list,
          query.sort.map((key) => key.type),
        );
  const count = query.withTotalCount
    ? `CALL () { ${query.match} RETURN count(*) AS totalCount } `
    : 'WITH null AS totalCount ';
  const order = orderBy(query.sort);
  const keyset = after ? ` WHERE ${afterCondition(b, query.sort, after)}` : '';
  return (
    count +
    `CALL () { ${query.match} WITH ${query.carry}${keyset} ` +
    `WITH ${query.carry} ORDER BY ${order} LIMIT ${b.param(query.limit)} ` +
    `RETURN collect({item: ${query.item}, key: [${query.sort.map((k) => k.expression).join(', ')}]}) AS rows } ` +
    `RETURN rows, totalCount${query.extraColumns ? `, ${query.extraColumns}` : ''}`
  );
}

export interface PagedRows<T> {
  readonly items: Array<{ item: T; cursor: string }>;
  readonly totalCount: number | null;
  /** The one row, for extra columns. */
  readonly row: Row | undefined;
}

/** Runs a paged query (one round trip) and gives each item its opaque cursor. */
export async function runPagedQuery<T>(
  db: Database,
  b: CypherBuilder,
  query: PagedQuery,
): Promise<PagedRows<T>> {
  const [row] = await db.query(pagedQueryCypher(b, query), b.params);
  const rows = (row?.rows ?? []) as Array<{ item: T; key: CursorValue[] }>;
  return {
    items: rows.map(({ item, key }) => ({ item, cursor: encodeCursor(query.list, key) })),
    totalCount: (row?.totalCount as number | null | undefined) ?? null,
    row,
  };
}
