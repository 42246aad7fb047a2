import { SUBGRAPH_LIMITS } from '../limits';
import { EDGE_MAPS, edgesAmongKept } from './edges-among';

/** A sector's narrower sectors start too (SKOS broader): energy finds who is active in uranium. */
const NARROWER_SECTORS = `CALL (named) {
  OPTIONAL MATCH (narrower:Sector)-[:BROADER*1..]->(sector:Sector)
  WHERE sector IN named
  RETURN collect(DISTINCT narrower) AS narrowerSectors
}`;

/**
 * The organization–sector graph another application walks: from the given organizations and
 * sectors (every organization active in a sector when none is given), along ACTIVE_IN in either
 * direction, at most `depth` steps (1: their sectors or organizations; 2: also the organizations
 * that share those sectors; …). Every ACTIVE_IN among the nodes kept is returned with its
 * evidence, so each edge's ends are among the nodes.
 * With `includeNarrowerSectors`, the sectors narrower than the given ones (BROADER, any depth)
 * start too, and the BROADER links among the nodes kept are returned beside ACTIVE_IN; without
 * it, the query has neither.
 * Params: $organizationIds, $sectorIds (lists, possibly empty), $limit (max nodes), $edgeLimit
 *   (max edges).
 * Returns one row: missing [{argument, id}] (given ids that are no node of the expected kind);
 *   nodes [properties map] starts first, then by distance and id; edges [{id, type, source,
 *   target, properties}] cut in the nodes' order (edges-among.ts), for the caller to sort;
 *   truncated.
 *
 * Built for one depth (replacing cypher/subgraph/organization-sector-graph.cypher, whose fixed
 * `{0,4}` quantifier made every depth pay for a four-step search and filtered
 * `length(p) <= $depth` afterwards): the walk stops after `depth` steps by construction.
 */
export function organizationSectorGraphCypher(
  depth: number,
  includeNarrowerSectors: boolean,
): string {
  const { min, max } = SUBGRAPH_LIMITS.activeInDepth;
  if (!Number.isInteger(depth) || depth < min || depth > max) {
    throw new Error(`ACTIVE_IN depth must be ${min}..${max} (got ${depth})`);
  }
  return `WITH [id IN $organizationIds | {argument: 'organizationIds', id: id, kind: 'Organization'}] +
     [id IN $sectorIds | {argument: 'sectorIds', id: id, kind: 'Sector'}] AS given
CALL (given) {
  UNWIND given AS ref
  OPTIONAL MATCH (n:Entity {id: ref.id}) WHERE n.kind = ref.kind
  RETURN collect(CASE WHEN n IS NULL THEN {argument: ref.argument, id: ref.id} END) AS missing,
         collect(n) AS named
}
${includeNarrowerSectors ? NARROWER_SECTORS : 'WITH given, missing, named, [] AS narrowerSectors'}
CALL (given, named, narrowerSectors) {
  OPTIONAL MATCH (o:Organization) WHERE size(given) = 0 AND EXISTS { (o)-[:ACTIVE_IN]->(:Sector) }
  WITH named, narrowerSectors, collect(o) AS everyActive
  RETURN CASE WHEN size(given) = 0 THEN everyActive
              ELSE named + [s IN narrowerSectors WHERE NOT s IN named] END AS starts
}
CALL (starts) {
  UNWIND starts AS start
  MATCH p = ANY SHORTEST (start)-[:ACTIVE_IN]-{0,${depth}}(reached)
  WITH reached, min(length(p)) AS distance
  ORDER BY distance, reached.id
  LIMIT $limit + 1
  RETURN collect(reached) AS candidates
}
WITH missing, candidates[..$limit] AS kept, size(candidates) > $limit AS nodesCut
${edgesAmongKept(includeNarrowerSectors ? ['ACTIVE_IN', 'BROADER'] : ['ACTIVE_IN'], EDGE_MAPS)}
RETURN missing,
       [n IN kept | properties(n)] AS nodes,
       found[..$edgeLimit] AS edges,
       nodesCut OR size(found) > $edgeLimit AS truncated`;
}
