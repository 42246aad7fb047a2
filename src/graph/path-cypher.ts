import { SUBGRAPH_LIMITS } from '../limits';
import type { RelationType } from '../vocabulary';
import { edgeMap, typeExpression } from './edges-among';

/**
 * The shortest-path query, built for one maximum length and one set of relationship types
 * (replacing cypher/subgraph/shortest-path.cypher, whose fixed `{0,6}` quantifier searched six
 * steps whatever length was asked and filtered `length(p) <= $maxLength` afterwards, and whose
 * `type(r) IN $types` expanded every relationship of a busy node before testing its type).
 *
 * Bounded by construction: the quantifier is the requested length, so Neo4j's breadth-first
 * search (from both ends) stops after that many steps whether it found a path or not, and only
 * relationships of the requested types are expanded (their per-type grouping on busy nodes).
 *
 * Params: $from, $to.
 * Returns one row (none when either id is unknown): found (whether a path of at most
 *   `maxLength` steps exists); nodes [properties map] in path order from $from to $to (the two
 *   ends when no path; one node from a node to itself); edges [{id, type, source, target,
 *   properties}] in path order (empty when no path).
 */
export function shortestPathCypher(
  maxLength: number,
  types: readonly RelationType[] | null,
): string {
  const { min, max } = SUBGRAPH_LIMITS.maxLength;
  if (!Number.isInteger(maxLength) || maxLength < min || maxLength > max) {
    throw new Error(`path length must be ${min}..${max} (got ${maxLength})`);
  }
  // No type to follow (null): only a node's path to itself (length 0) exists, and the quantifier
  // {0,0} is one Neo4j refuses.
  const rel = typeExpression(types);
  return [
    'MATCH (a:Entity {id: $from}), (b:Entity {id: $to})',
    rel === null
      ? 'OPTIONAL MATCH p = (a) WHERE a = b'
      : `OPTIONAL MATCH p = ANY SHORTEST (a) (()-[${rel}]-()){0,${maxLength}} (b)`,
    'RETURN',
    '  p IS NOT NULL AS found,',
    '  CASE',
    '    WHEN p IS NULL THEN [properties(a), properties(b)]',
    '    ELSE [n IN nodes(p) | properties(n)]',
    '  END AS nodes,',
    '  CASE',
    '    WHEN p IS NULL THEN []',
    `    ELSE [r IN relationships(p) | ${edgeMap('r', 'startNode(r).id', 'endNode(r).id')}]`,
    '  END AS edges',
  ].join('\n');
}
