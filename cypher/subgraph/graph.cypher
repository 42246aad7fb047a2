// The whole graph, or what one document contributed, for graph viewers: the answer, in parts.
// Continues the rows `kept, nodesCut, found` that graph-keep.cypher and the edges before it put
// (src/graph/subgraph.repository.ts).
// Params: $documentId (null: every document), $limit, $edgeLimit.
// Returns one row per part of at most 50 nodes or 50 edges, and one more (so never none), each
//   with documentFound (false when $documentId names no Document node) and truncated (whether
//   $limit or $edgeLimit cut anything); nodes [property map, without the loader's bookkeeping and
//   a text's words] by degree then id and edges [{id, type, source, target, properties}] (a
//   document's by id; the whole graph's in the order of its nodes, sorted by id by the
//   repository), in order across the rows. Parts, not one row: the driver decodes a Bolt message that spans
//   many chunks byte by byte, several times slower than messages of one chunk each.
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
