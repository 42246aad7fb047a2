// The whole graph, or what one document contributed (nodes whose sources hold $documentId and
// relationships whose source is it), for graph viewers. Continues the rows `n` that
// graph-nodes.cypher or document-graph-nodes.cypher put before it (src/graph/
// subgraph.repository.ts): the most connected first, so that when $limit cuts, the most connected
// nodes stay. Edges are those of $types among the nodes kept, so every
// edge's ends are among them.
// Params: $documentId (null: every document), $kinds (kinds of node to include), $types
//   (relationship types to include), $limit (max nodes), $edgeLimit (max edges).
// Returns one row per part of at most 50 nodes or 50 edges, and one more (so never none), each
//   with documentFound (false when $documentId names no Document node) and truncated (whether
//   $limit or $edgeLimit cut anything); nodes [property map, without the loader's bookkeeping and
//   a text's words] by degree then id and edges [{id, type, source, target, properties}] by id,
//   in order across the rows. Parts, not one row: the driver decodes a Bolt message that spans
//   many chunks byte by byte, several times slower than messages of one chunk each.
WITH n
ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT $limit + 1
WITH collect(n) AS candidates
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
WITH
  $documentId IS NULL OR EXISTS { MATCH (d:Entity {id: $documentId}) WHERE d:Document } AS documentFound,
  nodesCut OR size(found) > $edgeLimit AS truncated,
  [n IN kept | n {.*, text: null, sources: null, definedBy: null, contentHash: null,
    loadedNodeIds: null, loadedFactIds: null, factIds: null}] AS nodes,
  found[..$edgeLimit] AS edges
WITH documentFound, truncated, nodes, edges, (size(nodes) + 49) / 50 AS nodeParts
UNWIND range(0, nodeParts + (size(edges) + 49) / 50) AS part
RETURN
  documentFound,
  truncated,
  CASE WHEN part < nodeParts THEN nodes[part * 50..(part + 1) * 50] ELSE [] END AS nodes,
  CASE WHEN part >= nodeParts THEN edges[(part - nodeParts) * 50..(part - nodeParts + 1) * 50] ELSE [] END AS edges
