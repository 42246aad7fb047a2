// The whole graph, or what one document contributed (nodes whose sources hold $documentId and
// relationships whose source is it), for graph viewers. When $limit cuts, the most connected
// nodes stay. Edges are those of $types among the nodes kept, so every edge's ends are among them.
// Params: $documentId (null: every document), $kinds (kinds of node to include), $types
//   (relationship types to include), $limit (max nodes), $edgeLimit (max edges).
// Returns one row: documentFound (false when $documentId names no Document node); nodes
//   [properties map] by degree then id; edges [{id, type, source, target, properties}] by id;
//   truncated (whether $limit or $edgeLimit cut anything).
CALL () {
  MATCH (n:Entity)
  WHERE n.kind IN $kinds AND ($documentId IS NULL OR $documentId IN n.sources)
  WITH n
  ORDER BY COUNT { (n)--() } DESC, n.id
  LIMIT $limit + 1
  RETURN collect(n) AS candidates
}
WITH candidates[..$limit] AS kept, size(candidates) > $limit AS nodesCut
CALL (kept) {
  WITH kept, [n IN kept | n.id] AS keptIds
  UNWIND kept AS a
  MATCH (a)-[r]->(b)
  WHERE type(r) IN $types AND ($documentId IS NULL OR r.source = $documentId) AND b.id IN keptIds
  WITH a, r, b
  ORDER BY r.id
  LIMIT $edgeLimit + 1
  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)}) AS found
}
RETURN
  $documentId IS NULL OR EXISTS { MATCH (d:Entity {id: $documentId}) WHERE d:Document } AS documentFound,
  [n IN kept | properties(n)] AS nodes,
  found[..$edgeLimit] AS edges,
  nodesCut OR size(found) > $edgeLimit AS truncated
