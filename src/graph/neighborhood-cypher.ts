import { NODE_KIND_NAMES, type NodeKind, type RelationType } from '../vocabulary';
import { edgesAmongKept, storedEdgeProperties, typeExpression } from './edges-among';
import { label } from './projection/cypher-builder';

/**
 * How much of each node and edge a subgraph query returns: `all` their stored properties (for
 * `properties` fields and the exports), `drawing` only what a viewer draws and the evidence
 * (ids, kind, names, type, ends, document, clause and quote), or `outline` the structure alone
 * (ids, kinds, types, ends). A neighbourhood's edges carry their whole evidence lists, and its
 * names and quotes are most of what the driver decodes; leaving them in Neo4j when nobody asked
 * is most of the answer's cost.
 */
export type SubgraphDetail = 'all' | 'drawing' | 'outline';

/** A node's or an edge's properties beyond its ids, kind, type and ends; none for an outline. */
const NODE_PROPERTIES: Record<SubgraphDetail, string | null> = {
  all: 'n {.*, text: null}',
  drawing: 'n {.nameJa, .nameEn}',
  outline: null,
};
const EDGE_PROPERTIES: Record<SubgraphDetail, string | null> = {
  all: storedEdgeProperties('r'),
  drawing: 'r {.source, .clauseId, .quote}',
  outline: null,
};

/**
 * The neighbourhood query, built for one depth, type set and kind set (replacing
 * cypher/subgraph/neighborhood.cypher, whose fixed `{1,3}` quantifier made depth 2 pay for a
 * depth-3 search and whose `type(r) IN $types` expanded every relationship of a busy node).
 *
 * Bounded by construction: it walks one level per step, only to the requested depth; each level
 * stops pulling once $limit new nodes are found (LIMIT inside the CALL, before any sort), a level
 * is not walked once $limit nodes are known, and edges among the kept nodes are looked up from a
 * busy node into the kept ones (Expand(Into), edges-among.ts) instead of through all its
 * relationships. Its work therefore grows with $limit, not with the graph; the answer says
 * `truncated` when a limit cut it.
 *
 * It answers in columns, one list per field (nodeIds, nodeKinds, edgeTypes …), not one map per
 * node and edge: Bolt then carries and the driver decodes each value alone, without the keys
 * that a map repeats for every element (a quarter of the query's time for OSCE's 93 nodes and
 * 246 edges, measured through the driver).
 *
 * Params: $id, $limit (max nodes, centre included), $edgeLimit (max edges).
 * Returns one row (none when no node has $id), the nodes centre first, then by distance and id,
 *   the edges in the nodes' order (edges-among.ts; the repository sorts them by id): nodeIds,
 *   nodeKinds, nodeProperties [property maps without a document's text, or only what a drawing
 *   needs (SubgraphDetail); null for an outline]; edgeIds, edgeTypes, edgeSources, edgeTargets,
 *   edgeProperties [likewise]; truncated.
 */
export function neighborhoodCypher(
  depth: number,
  types: readonly RelationType[] | null,
  kinds: readonly NodeKind[] | null,
  detail: SubgraphDetail = 'all',
): string {
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw new Error(`neighbourhood depth must be 1..3 (got ${depth})`);
  }
  // An empty list names nothing to follow (or to reach): the neighbourhood is the centre alone.
  // It cannot become an empty type or label expression, which is no Cypher at all.
  const typed = typeExpression(types);
  const noTypes = typed === null;
  const noKinds = kinds !== null && kinds.length === 0;
  const rel = typed ?? '';
  const nodeLabel =
    kinds === null || noKinds || NODE_KIND_NAMES.every((k) => kinds.includes(k))
      ? ''
      : `:${kinds.map(label).join('|')}`;
  const canWalk = (seen: string) => (noTypes || noKinds ? 'false' : `size(${seen}) <= $limit`);
  const lines = ['MATCH (centre:Entity {id: $id})', 'WITH centre, [centre] AS seen0'];
  for (let level = 1; level <= depth; level++) {
    const seen = `seen${level - 1}`;
    const from = level === 1 ? seen : `level${level - 1}`;
    lines.push(
      level === 1 ? `CALL (${seen}) {` : `CALL (${seen}, ${from}) {`,
      `  UNWIND CASE WHEN ${canWalk(seen)} THEN ${from} ELSE [] END AS f`,
      `  MATCH (f)-[${rel}]-(x${nodeLabel})`,
      `  WHERE NOT x IN ${seen}`,
      '  WITH DISTINCT x LIMIT $limit',
      '  WITH x ORDER BY x.id',
      `  RETURN collect(x) AS level${level}`,
      '}',
      `WITH centre, ${seen}, ${seen} + level${level} AS seen${level}` +
        (level < depth ? `, level${level}` : ''),
    );
  }
  const reached = `seen${depth}`;
  const [nodeProperties, edgeProperties] = [NODE_PROPERTIES[detail], EDGE_PROPERTIES[detail]];
  lines.push(
    `WITH ${reached}[..$limit] AS kept, size(${reached}) > $limit AS nodesCut`,
    edgesAmongKept(
      types,
      'collect(r.id) AS ids, collect(type(r)) AS types, collect(a.id) AS sources, ' +
        `collect(b.id) AS targets, ${edgeProperties ? `collect(${edgeProperties})` : 'null'} AS properties`,
    ),
    'RETURN',
    '  [n IN kept | n.id] AS nodeIds,',
    '  [n IN kept | n.kind] AS nodeKinds,',
    `  ${nodeProperties ? `[n IN kept | ${nodeProperties}]` : 'null'} AS nodeProperties,`,
    '  ids[..$edgeLimit] AS edgeIds,',
    '  types[..$edgeLimit] AS edgeTypes,',
    '  sources[..$edgeLimit] AS edgeSources,',
    '  targets[..$edgeLimit] AS edgeTargets,',
    '  properties[..$edgeLimit] AS edgeProperties,',
    '  nodesCut OR size(ids) > $edgeLimit AS truncated',
  );
  return lines.join('\n');
}
