// Node and relationship counts of one document, by kind and by type.
// Params: $documentId. Returns: nodes [{kind, count}], relationships [{type, count}].
CALL (*) {
  MATCH (n:Entity)
  WHERE $documentId IN n.sources
  WITH n.kind AS kind, count(*) AS count
  ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS nodes
}
CALL (*) {
  MATCH ()-[r]->()
  WHERE r.source = $documentId
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({type: type, count: count}) AS relationships
}
RETURN nodes, relationships
