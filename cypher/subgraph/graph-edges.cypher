// The edges of the whole graph among the nodes graph-keep.cypher kept: those of $types, every
// edge's ends among the nodes. (A document's graph takes its own edges instead:
// src/graph/document-graph-edges.ts.)
// Params: $types (relationship types to include), $edgeLimit (max edges). Adds found: at most
//   $edgeLimit + 1 edges [{id, type, source, target, properties}] by id.
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
