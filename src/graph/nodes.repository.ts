import type { FieldNode, GraphQLCompositeType } from 'graphql';
import type { Database } from '../db/database';
import type { NodeKind } from '../vocabulary';
import { label } from './projection/cypher-builder';
import { Projector } from './projection/project';
import type { Operation } from './projection/selection';

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
  const cypher =
    `MATCH (n:Entity {id: ${projector.builder.param(id)}})${kindCheck} ` +
    `RETURN ${projector.node('n', selection.type, selection.fieldNodes)} AS node`;
  const [row] = await db.query(cypher, projector.builder.params);
  return (row?.node as Projected | undefined) ?? null;
}

/** A condition on `n` built with the projector's parameters. */
export type Condition = (n: string, projector: Projector) => string;

export interface ListRequest {
  readonly kind?: NodeKind;
  readonly conditions: readonly Condition[];
  /** Sort keys: node properties in order; `id` breaks ties so pages are stable. */
  readonly orderBy: readonly string[];
  readonly offset: number;
  /** Rows to fetch: a page size + 1, to know whether more follow. */
  readonly limit: number;
  readonly withTotalCount: boolean;
  /** Ids that filters name, to report the ones that do not exist (argument name → id). */
  readonly referencedIds?: ReadonlyArray<{ argument: string; id: string }>;
}

export interface ListResult {
  readonly nodes: Projected[];
  readonly totalCount: number | null;
  readonly missing: Array<{ argument: string; id: string }>;
}

export async function listNodes(
  db: Database,
  selection: Selection,
  request: ListRequest,
): Promise<ListResult> {
  const projector = new Projector(selection.operation);
  const b = projector.builder;
  const match = `MATCH (n:${request.kind ? label(request.kind) : 'Entity'})`;
  const conditions = request.conditions.map((condition) => condition('n', projector));
  const where = conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  const order = [...request.orderBy, 'id'].map((key) => `n.\`${key}\``).join(', ');
  const count = request.withTotalCount
    ? `CALL () { ${match}${where} RETURN count(n) AS totalCount } `
    : 'WITH null AS totalCount ';
  const cypher =
    count +
    `CALL (totalCount) { ${match}${where} WITH n ORDER BY ${order} SKIP ${b.param(request.offset)} LIMIT ${b.param(request.limit)} ` +
    `RETURN collect(${projector.node('n', selection.type, selection.fieldNodes)}) AS nodes } ` +
    `RETURN nodes, totalCount, [ref IN ${b.param(request.referencedIds ?? [])} WHERE NOT EXISTS { MATCH (:Entity {id: ref.id}) }] AS missing`;
  const [row] = await db.query(cypher, b.params);
  return {
    nodes: (row?.nodes ?? []) as Projected[],
    totalCount: (row?.totalCount as number | null | undefined) ?? null,
    missing: (row?.missing ?? []) as ListResult['missing'],
  };
}
