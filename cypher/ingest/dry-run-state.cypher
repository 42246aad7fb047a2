// What the database holds that loading one document would touch (read only, for --dry-run).
// Params: $documentId, $ids (the node ids the annotation makes), $factIds (its per-fact ids).
// Returns: nodes [{id, kind, sources, definedBy, properties}] among $ids; orphans [{id, kind}]
// (nodes only this document names that it would no longer make); relationships
// [{id, type, properties}] this document contributed (per act, or its evidence on a fact);
// facts [{id, type, documentIds}] among $factIds that exist already.
CALL (*) {
  UNWIND $ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect({id: n.id, kind: n.kind, sources: n.sources, definedBy: n.definedBy,
                  properties: properties(n)}) AS nodes
}
CALL (*) {
  MATCH (n:Entity)
  WHERE n.sources = [$documentId] AND NOT n.id IN $ids
  RETURN collect({id: n.id, kind: n.kind}) AS orphans
}
CALL (*) {
  MATCH ()-[r]->()
  WHERE r.source = $documentId OR $documentId IN coalesce(r.documentIds, [])
  RETURN collect({id: r.id, type: type(r), properties: properties(r)}) AS relationships
}
CALL (*) {
  MATCH ()-[r]->()
  WHERE r.id IN $factIds
  RETURN collect({id: r.id, type: type(r), documentIds: r.documentIds}) AS facts
}
RETURN nodes, orphans, relationships, facts
