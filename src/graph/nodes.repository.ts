import type { FieldNode, GraphQLCompositeType } from 'graphql';
import type { Database } from '../db/database';
import type { NodeKind } from '../vocabulary';
import { UnknownIdError } from './errors';
import { runPagedQuery } from './paged-query';
import { label, property } from './projection/cypher-builder';
import { record, value } from './projection/positional';
import { Projector } from './projection/project';
import type { Operation } from './projection/selection';
import { EMPTY_OPERATION } from './projection/selection';

/**
 * Reads nodes for root fields. Each function runs exactly one Cypher query, whose RETURN is the
 * projection of what the client selected.
 */

export interface Selection {
  readonly operation: Operation;
  /** The GraphQL type of the node and the field nodes that select on it. */
  readonly type: GraphQLCompositeType;
  readonly fieldNodes: readonly FieldNode[];
}

export type Projected = Record<string, unknown>;

export async function findNode(
  db: Database,
  selection: Selection,
  id: string,
  kind?: NodeKind,
): Promise<Projected | null> {
  const projector = new Projector(selection.operation);
  const kindCheck = kind ? ` WHERE n:${label(kind)}` : '';
  const node = projector.node('n', selection.type, selection.fieldNodes);
  const cypher =
    `MATCH (n:Entity {id: ${projector.builder.param(id)}})${kindCheck} ` +
    `RETURN ${node.cypher} AS node`;
  const [row] = await db.query(cypher, projector.builder.params);
  return row ? (node.read(row.node) as Projected) : null;
}

/** A condition on `n` built with the projector's parameters. */
export type Condition = (n: string, projector: Projector) => string;

export interface ListRequest {
  readonly kind?: NodeKind;
  readonly conditions: readonly Condition[];
  /**
   * Paths from `n` to a node a filter names by id (`(n)-[:MENTIONS]->(:Entity {id: $p})`): the
   * match starts at that node, sought on the id index, and expands to the nodes of the list,
   * rather than testing every node of the kind as a WHERE condition would.
   */
  readonly paths?: readonly Condition[];
  /** Sort keys before the id (which breaks ties so pages are stable), each never null. */
  readonly orderBy: ReadonlyArray<{ property: string; type: 'string' | 'number' }>;
  /** The previous page's endCursor. */
  readonly after?: string | null;
  /** Rows to fetch: a page size + 1, to know whether more follow. */
  readonly limit: number;
  readonly withTotalCount: boolean;
  /** Ids that filters name, to report the ones that do not exist (argument name → id). */
  readonly referencedIds?: ReadonlyArray<{ argument: string; id: string }>;
}

export interface ListResult {
  readonly items: Array<{ item: Projected; cursor: string }>;
  readonly totalCount: number | null;
}

/**
 * A page of nodes of a kind; a filter id that names no node is an UnknownIdError. Without a
 * selection (a client asking only for totalCount or pageInfo) each item is its kind alone.
 */
export async function listNodes(
  db: Database,
  selection: Selection | undefined,
  request: ListRequest,
): Promise<ListResult> {
  const projector = new Projector(selection?.operation ?? EMPTY_OPERATION);
  const b = projector.builder;
  const conditions = request.conditions.map((condition) => condition('n', projector));
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const paths = (request.paths ?? []).map((path) => `, ${path('n', projector)}`).join('');
  const empty = (value: 'string' | 'number') => (value === 'string' ? "''" : '-1');
  const result = await runPagedQuery<Projected>(db, b, {
    list: request.kind ?? 'Entity',
    match: `MATCH (n:${request.kind ? label(request.kind) : 'Entity'})${paths}${where}`,
    carry: 'n',
    // A node reached by several paths (a clause mentioning an entity twice) is one item.
    distinct: paths !== '',
    sort: [
      ...request.orderBy.map((key) => ({
        expression: `coalesce(n.${property(key.property)}, ${empty(key.type)})`,
        type: key.type,
      })),
      { expression: 'n.id', type: 'string' as const },
    ],
    item: selection
      ? projector.node('n', selection.type, selection.fieldNodes)
      : record([['kind', value('n.kind')]]),
    after: request.after,
    limit: request.limit,
    withTotalCount: request.withTotalCount,
    extraColumns: `[ref IN ${b.param(request.referencedIds ?? [])} WHERE NOT EXISTS { MATCH (:Entity {id: ref.id}) }] AS missing`,
  });
  const [missing] = (result.row?.missing ?? []) as Array<{ argument: string; id: string }>;
  if (missing) throw new UnknownIdError(missing.argument, missing.id);
  return { items: result.items, totalCount: result.totalCount };
}
