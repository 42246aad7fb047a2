// Creates or updates the nodes of a batch of documents by id, each node once per batch. $nodes
// rows: BatchNodeRow of src/ingest/batch.ts; kinds are node kinds of src/vocabulary (the
// validator refuses any other), set as a label next to Entity.
//
// A node's properties come from one document, `definedBy`: the first to name it, or, once that
// one no longer does, the next to load it; a loaded document always defines its own node. Other
// documents naming the node only join its `sources` (written once per batch), so loading them
// never changes what the defining document said. A document giving a node a kind other than the
// one it has while other documents also name it is returned as a conflict; the loader then rolls
// the whole batch back.
// Params: $documentIds (the batch's), $nodes. Returns: written, conflicts
// [{id, kind, wanted, documentId, others}].
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [s IN coalesce(n.sources, []) WHERE NOT s IN $documentIds] AS others
CALL (n, row) {
  WITH * WHERE n.definedBy IS NULL OR n.definedBy IN $documentIds OR row.selfDefined
  SET n:$(row.definer.kind), n += row.definer.properties, n.kind = row.definer.kind,
      n.definedBy = row.definer.documentId
}
SET n.sources = others + row.documentIds
WITH n, row, others
UNWIND range(0, size(row.kinds) - 1) AS i
WITH n, row, others, i, others + [d IN row.documentIds WHERE d <> row.documentIds[i]] AS besides
RETURN count(DISTINCT n) AS written,
       collect(CASE WHEN size(besides) > 0 AND n.kind <> row.kinds[i]
               THEN {id: row.id, kind: n.kind, wanted: row.kinds[i],
                     documentId: row.documentIds[i], others: besides} END) AS conflicts
