// Creates or updates one document's nodes by id. $nodes rows: { id, kind, properties }; kind is
// a node kind of src/vocabulary (the validator refuses any other), set as a label next to Entity.
//
// A node's properties come from one document, `definedBy`: the first to name it, or, once that
// one no longer does, the next to load it. Another document naming the node only joins its
// `sources`, so loading it never changes what the defining document said. A kind that
// contradicts a node other documents also name is returned as a conflict; the loader then rolls
// the whole load back.
// Params: $documentId, $nodes. Returns: written, conflicts [{id, kind, wanted, others}].
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [s IN coalesce(n.sources, []) WHERE s <> $documentId] AS others
CALL (n, row) {
  // A loaded document always defines its own node, also when others cited it first.
  WITH * WHERE n.definedBy IS NULL OR n.definedBy = $documentId OR n.id = $documentId
  SET n:$(row.kind), n += row.properties, n.kind = row.kind, n.definedBy = $documentId
}
SET n.sources = others + $documentId
RETURN count(n) AS written,
       collect(CASE WHEN size(others) > 0 AND n.kind <> row.kind
               THEN {id: row.id, kind: n.kind, wanted: row.kind, others: others} END) AS conflicts
