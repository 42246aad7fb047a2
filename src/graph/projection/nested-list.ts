import type { FieldNode, GraphQLCompositeType } from 'graphql';
import { decodeCursor } from './cursors';
import type { CypherBuilder } from './cypher-builder';
import { afterCondition, orderBy, type SortKey } from './keyset';
import { listOf, record, value, wrapped, type Projection } from './positional';

/**
 * A nested list as the compiler reads it: rows bound by `match`, carried by `WITH carry`, in the
 * order of `order`. The same description compiles to the plain list (`sectors(first)`: the first
 * page, as it always did) and to its connection (`sectorsConnection(first, after)`: any page, its
 * cursors, whether more follow and, when asked, how many there are), so the two cannot disagree
 * on which items a list holds or in what order.
 */
export interface NestedList {
  /** `MATCH …` or `CALL (v) { … }` binding the rows. */
  readonly match: string;
  /** What `WITH` carries from a row: `startNode(r0) AS a2, r0, endNode(r0) AS b3`, `DISTINCT o1`. */
  readonly carry: string;
  /** The plain list's order, over the carried variables. */
  readonly order: readonly SortKey[];
  /**
   * Appended to `order` in a connection when the order alone may tie (a clause's position is
   * unique in its document, but an id makes pages neither skip nor repeat whatever the data).
   */
  readonly tiebreak?: SortKey;
  /** The projection of one item, for the item type and the selection on it. */
  readonly item: (type: GraphQLCompositeType, nodes: readonly FieldNode[]) => Projection;
  /** How many items the list holds, counted in the database; by default its rows. */
  readonly count?: string;
}

/**
 * `COLLECT { … }` of the list's first `limit` items (all when null): the plain list field; with
 * `single`, its first item or null.
 */
export function listExpression(
  b: CypherBuilder,
  list: NestedList,
  limit: number | null,
  type: GraphQLCompositeType,
  nodes: readonly FieldNode[],
  single = false,
): Projection {
  const cut = limit === null ? '' : ` LIMIT ${b.param(limit)}`;
  const collect = (item: string) =>
    `COLLECT { ${list.match} WITH ${list.carry} ORDER BY ${orderBy(list.order)}${cut} ` +
    `RETURN ${item} }`;
  const item = list.item(type, nodes);
  return single
    ? wrapped(item, (one) => `head(${collect(one)})`)
    : listOf(collect(item.cypher), item);
}

/** What a client selected on a connection, and the page it asked for. */
export interface ConnectionRequest {
  /** Names the list in its cursors (the field's name), so another list's cursor is refused. */
  readonly list: string;
  readonly first: number;
  readonly after: string | null | undefined;
  readonly totalCount: boolean;
  /** Whether edges or pageInfo are selected: only then are items read. */
  readonly items: boolean;
  /** The item type and the selection under `edges { node }`; undefined when node is not selected. */
  readonly node?: { type: GraphQLCompositeType; nodes: readonly FieldNode[] };
}

/**
 * `{items: [{key, node}], totalCount}` of one page: up to first + 1 items after the cursor (the
 * resolver keeps `first` and tells from the extra one whether more follow), each with its sort key
 * for its cursor; the count only when selected, the items only when edges or pageInfo are.
 */
export function connectionExpression(
  b: CypherBuilder,
  list: NestedList,
  request: ConnectionRequest,
): Projection {
  const sort = list.tiebreak ? [...list.order, list.tiebreak] : list.order;
  const after =
    request.after === null || request.after === undefined
      ? null
      : decodeCursor(
          request.after,
          request.list,
          sort.map((key) => key.type),
        );
  const entries: Array<[string, Projection]> = [];
  if (request.items) {
    const keyset = after ? ` WHERE ${afterCondition(b, sort, after)}` : '';
    const item = record([
      ['key', value(`[${sort.map((key) => key.expression).join(', ')}]`)],
      ...(request.node
        ? [['node', list.item(request.node.type, request.node.nodes)] as const]
        : []),
    ]);
    entries.push([
      'items',
      listOf(
        `COLLECT { ${list.match} WITH ${list.carry}${keyset} ` +
          `ORDER BY ${orderBy(sort)} LIMIT ${b.param(request.first + 1)} ` +
          `RETURN ${item.cypher} }`,
        item,
      ),
    ]);
  }
  if (request.totalCount) {
    entries.push([
      'totalCount',
      value(list.count ?? `COUNT { ${list.match} WITH ${list.carry} RETURN 0 AS x }`),
    ]);
  }
  return record(entries);
}
