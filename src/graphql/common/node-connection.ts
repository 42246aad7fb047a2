import type { GraphQLResolveInfo } from 'graphql';
import type { Database } from '../../db/database';
import { listNodes, type ListRequest } from '../../graph/nodes.repository';
import { toConnection, toPage } from './pagination.args';
import { nestedSelection, selects } from './projected';

/**
 * A root connection of nodes in one query: checks `first`, projects what the client selected
 * under `edges.node` (nothing when only totalCount or pageInfo is asked for), counts only when
 * `totalCount` is asked for.
 */
export async function nodeConnection(
  db: Database,
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
  request: Pick<ListRequest, 'kind' | 'conditions' | 'orderBy' | 'referencedIds'>,
) {
  const page = toPage(args);
  const result = await listNodes(db, nestedSelection(info, ['edges', 'node']), {
    ...request,
    after: page.after,
    limit: page.first + 1,
    withTotalCount: selects(info, 'totalCount'),
  });
  return toConnection(result.items, page, result.totalCount);
}
