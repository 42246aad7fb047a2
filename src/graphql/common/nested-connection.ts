import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor, type CursorValue } from '../../graph/projection/cursors';
import { toConnection } from './pagination.args';
import { projected } from './projected';

/** A connection's page as the projection compiler returns it (src/graph/projection/nested-list.ts). */
interface ProjectedPage<T> {
  /** Up to first + 1 items, each with its sort key; absent when neither edges nor pageInfo is selected. */
  readonly items?: ReadonlyArray<{ key: CursorValue[]; node: T }>;
  /** Absent unless totalCount is selected. */
  readonly totalCount?: number;
}

/**
 * A nested connection (`sectorsConnection`, `relationsConnection` …) from its root field's
 * projection: no query. Cursors are the items' sort keys, named by the field, so a cursor of
 * another list is refused on decode.
 */
export function nestedConnection<T>(
  root: object,
  info: GraphQLResolveInfo,
  args: { first: number; after?: string | null },
) {
  const { items = [], totalCount } = projected<ProjectedPage<T>>(root, info);
  return toConnection(
    items.map(({ key, node }) => ({ item: node, cursor: encodeCursor(info.fieldName, key) })),
    { first: args.first, after: args.after ?? null },
    totalCount ?? null,
  );
}
