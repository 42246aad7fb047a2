// Records on each document's own node what its load wrote, so that removing it later finds its
// nodes and facts by id (index seeks) instead of scanning the graph.
// Params: $anchors [{documentId, nodeIds, factIds}]. Returns: recorded.
UNWIND $anchors AS row
MATCH (d:Entity {id: row.documentId})
SET d.loadedNodeIds = row.nodeIds, d.loadedFactIds = row.factIds
RETURN count(d) AS recorded
