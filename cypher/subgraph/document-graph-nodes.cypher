// The nodes one document contributed, for graph-keep.cypher: found by id from the list its load
// recorded on its node (loadedNodeIds), not by testing every node's sources, so the query costs
// what the document holds, not what the corpus holds. A document loaded before loads recorded
// that list is found the old way, by its name in each node's sources (the CASE reads the corpus
// only then). Those of $kinds; graph-keep.cypher orders and cuts them. None when $documentId
// names no node.
OPTIONAL MATCH (d:Entity {id: $documentId})
WITH CASE
  WHEN d IS NULL THEN []
  WHEN d.loadedNodeIds IS NOT NULL THEN d.loadedNodeIds
  ELSE COLLECT { MATCH (m:Entity) WHERE $documentId IN m.sources RETURN m.id }
END AS ids
UNWIND ids AS id
MATCH (n:Entity {id: id})
WHERE n.kind IN $kinds AND $documentId IN n.sources
