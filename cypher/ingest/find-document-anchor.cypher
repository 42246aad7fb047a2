// What a loaded document wrote, as the loader recorded it on the document's own node: the ids of
// the nodes it names and of the perFact relationships it asserts. Absent row: not loaded.
// Params: $documentId. Returns: nodeIds (null when loaded before these were recorded), factIds.
MATCH (d:Entity {id: $documentId})
RETURN d.loadedNodeIds AS nodeIds, coalesce(d.loadedFactIds, []) AS factIds
