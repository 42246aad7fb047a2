// Records on the document's own node what its load wrote, so that removing it later finds its
// nodes and facts by id (index seeks) instead of scanning the graph.
// Params: $documentId, $nodeIds, $factIds. Returns: recorded (1).
MATCH (d:Entity {id: $documentId})
SET d.loadedNodeIds = $nodeIds, d.loadedFactIds = $factIds
RETURN count(d) AS recorded
