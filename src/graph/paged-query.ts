import type { Database, Row } from '../db/database';
import { decodeCursor, encodeCursor, type CursorValue } from './projection/cursors';
import type { CypherBuilder } from './projection/cypher-builder';
import { afterCondition, orderBy, type SortKey } from './projection/keyset';
import type { Projection } from './projection/positional';

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
  /**
   * The match may bind one item on several rows (a path from a named node): rows are made
   * distinct, and the count counts each item once. Only with a carry of one variable.
   */
  readonly distinct?: boolean;
  /** The keys, in order; the last one must be unique (an id), so pages neither skip nor repeat. */
  readonly sort: readonly SortKey[];
  /** The projection returned for each row. */
  readonly item: Projection;
  /** Names the list in its cursors, so a cursor of another list is refused. */
  readonly list: string;
  /** The previous page's endCursor: the sort key of its last item. */
  readonly after: string | null | undefined;
  /** More columns, computed once before the rows and repeated on each: `… AS missing`. */
  readonly extraColumns?: string;
  readonly limit: number;
  readonly withTotalCount: boolean;
}

/**
 * Cypher returning a row per item (`item`, and `key`, the item's sort key for its cursor) in
 * order, each with `totalCount` (null unless asked for) and the extra columns; one row of nulls
 * but for those when no item matches. Values are parameters of `b`.
 *
 * A row per item rather than one row holding the whole page: the driver decodes a Bolt message
 * that spans several chunks byte by byte through a combined buffer, several times slower than a
 * message of one chunk, and a page of a hundred clauses with their relations is such a message.
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
  const carry = query.distinct ? `DISTINCT ${query.carry}` : query.carry;
  const count = query.withTotalCount
    ? `CALL () { ${query.match} RETURN count(${query.distinct ? carry : '*'}) AS totalCount } `
    : 'WITH null AS totalCount ';
  const order = orderBy(query.sort);
  const keyset = after ? ` WHERE ${afterCondition(b, query.sort, after)}` : '';
  // The page is sorted inside the CALL (before LIMIT) and again by its keys outside it, because
  // Cypher promises a subquery's order only within the subquery.
  const keys = query.sort.map((k) => k.expression).join(', ');
  const outerOrder = orderBy(query.sort.map((key, i) => ({ ...key, expression: `key[${i}]` })));
  return (
    count +
    (query.extraColumns ? `WITH totalCount, ${query.extraColumns} ` : '') +
    `OPTIONAL CALL () { ${query.match} WITH ${carry}${keyset} ` +
    `WITH ${carry} ORDER BY ${order} LIMIT ${b.param(query.limit)} ` +
    `RETURN ${query.item.cypher} AS item, [${keys}] AS key } ` +
    `RETURN * ORDER BY ${outerOrder}`
  );
}

export interface PagedRows<T> {
  readonly items: Array<{ item: T; cursor: string }>;
  readonly totalCount: number | null;
  /** The first row, for the extra columns. */
  readonly row: Row | undefined;
}

/** Runs a paged query (one round trip) and gives each item its opaque cursor. */
export async function runPagedQuery<T>(
  db: Database,
  b: CypherBuilder,
  query: PagedQuery,
): Promise<PagedRows<T>> {
  const rows = await db.query(pagedQueryCypher(b, query), b.params);
  const [row] = rows;
  const found = rows.filter((r) => r.key !== null) as Array<Row & { key: CursorValue[] }>;
  const read = query.item.read;
  return {
    items: found.map(({ item, key }) => ({
      item: read(item) as T,
      cursor: encodeCursor(query.list, key),
    })),
    totalCount: (row?.totalCount as number | null | undefined) ?? null,
    row,
  };
}
