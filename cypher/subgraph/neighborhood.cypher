// The neighbourhood of one node, for graph viewers: the nodes reachable from it in at most
// $depth steps (either direction) along relationships of $types through nodes of $kinds, nearest
// first, and every relationship of $types among the nodes kept (the induced subgraph, so every
// edge's ends are among the nodes). One shortest walk per reached node keeps depth 3 cheap.
// The quantifier is fixed at {1,3} (quantifiers take no parameters); `length(p) <= $depth` cuts it.
// Params: $id, $depth (1..3), $types (relationship types to follow), $kinds (kinds of node to
//   include; the centre is included whatever its kind), $limit (max nodes, centre included),
//   $edgeLimit (max edges).
// Returns one row (none when no node has $id): nodes [properties map], centre first, then by
//   distance and id; edges [{id, type, source, target, properties}] by id; truncated (whether
//   $limit or $edgeLimit cut anything).
MATCH (centre:Entity {id: $id})
CALL (centre) {
  MATCH p = ANY SHORTEST (centre) (()-[r]-(x:Entity) WHERE type(r) IN $types AND x.kind IN $kinds){1,3} (reached)
  WHERE reached <> centre AND length(p) <= $depth
  WITH reached, length(p) AS distance
  ORDER BY distance, reached.id
  LIMIT $limit
  RETURN collect(reached) AS reachable
}
WITH [centre] + reachable[..$limit - 1] AS kept, size(reachable) >= $limit AS nodesCut
CALL (kept) {
  WITH kept, [n IN kept | n.id] AS keptIds
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND b.id IN keptIds
  WITH a, r, b
  ORDER BY r.id
  LIMIT $edgeLimit + 1
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS found
}
RETURN
  [n IN kept | properties(n)] AS nodes,
  found[..$edgeLimit] AS edges,
  nodesCut OR size(found) > $edgeLimit AS truncated
