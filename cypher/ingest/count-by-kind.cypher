// Node and relationship counts of one document, by kind and by type (a shared fact counts for
// every document that asserts it). Scans the graph: for reports, never on a load's path.
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
  WHERE r.source = $documentId OR $documentId IN coalesce(r.documentIds, [])
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect({type: type, count: count}) AS relationships
}
RETURN nodes, relationships
