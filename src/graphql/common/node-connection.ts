import type { GraphQLResolveInfo } from 'graphql';
import type { Database } from '../../db/database';
import { listNodes, type ListRequest } from '../../graph/nodes.repository';
import { NotFoundError } from '../errors';
import { toConnection, toPage } from './pagination.args';
import { nestedSelection, selectionOf, selects } from './projected';

/**
 * A root connection of nodes in one query: checks `first`/`after`, projects what the client
 * selected under `edges.node`, counts only when `totalCount` is asked for, and turns a filter id
 * that names no node into NOT_FOUND.
 */
export async function nodeConnection(
  db: Database,
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
  request: Pick<ListRequest, 'kind' | 'conditions' | 'orderBy' | 'referencedIds'>,
) {
  const page = toPage(args);
  const result = await listNodes(
    db,
    nestedSelection(info, ['edges', 'node']) ?? selectionOf(info),
    {
      ...request,
      offset: page.offset,
      limit: page.first + 1,
      withTotalCount: selects(info, 'totalCount'),
    },
  );
  const [missing] = result.missing;
  if (missing) throw new NotFoundError(missing.argument, missing.id);
  return toConnection(result.nodes, page, result.totalCount);
}
