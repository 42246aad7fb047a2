// Creates or updates one document's nodes by id. $nodes rows: { id, kind, properties }; kind is
// a node kind of src/vocabulary (the validator refuses any other), set as a label next to Entity.
//
// A node that other documents also name is theirs as much as this one's: loading this document
// never changes it, beyond adding this document to `sources` (the first document to name an
// entity defines it). A kind that contradicts theirs is returned as a conflict; the loader then
// rolls the whole load back.
// Params: $documentId, $nodes. Returns: written, conflicts [{id, kind, wanted, others}].
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [s IN coalesce(n.sources, []) WHERE s <> $documentId] AS others
CALL (n, row, others) {
  WITH * WHERE size(others) = 0
  SET n:$(row.kind), n += row.properties, n.kind = row.kind
}
SET n.sources = others + $documentId
RETURN count(n) AS written,
       collect(CASE WHEN n.kind <> row.kind THEN {id: row.id, kind: n.kind, wanted: row.kind, others: others} END) AS conflicts
