// Removes what one document contributed by scanning every relationship and node: only for a
// document loaded before the loader recorded what each document wrote (loadedNodeIds on its
// Document node); remove-document-nodes.cypher and src/ingest/remove-document.ts do it by seeks.
// Its relationships go, and the nodes no other document also names. Nodes shared with other documents stay, with this document dropped from sources
// (and from definedBy, when it defined them).
// Params: $documentId. Returns: removedRelationships, removedNodes.
CALL (*) {
  MATCH ()-[r]->()
  WHERE r.source = $documentId
  DELETE r
  RETURN count(r) AS removedRelationships
}
CALL (*) {
  MATCH (n:Entity)
  WHERE $documentId IN n.sources
  SET n.sources = [s IN n.sources WHERE s <> $documentId],
      // The next document to load it defines it from then on (merge-batch-nodes.cypher).
      n.definedBy = CASE WHEN n.definedBy = $documentId THEN null ELSE n.definedBy END
  WITH n
  WHERE size(n.sources) = 0
  DETACH DELETE n
  RETURN count(n) AS removedNodes
}
RETURN removedRelationships, removedNodes
