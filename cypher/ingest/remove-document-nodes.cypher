// Drops one document from the nodes it names ($nodeIds, as recorded at its load): each leaves its
// `sources`, loses it as `definedBy` (the next document to load it defines it from then on), and
// is deleted once no document names it. Its relationships are removed before this runs.
// Params: $documentId, $nodeIds. Returns: removedNodes.
UNWIND $nodeIds AS nodeId
MATCH (n:Entity {id: nodeId})
SET n.sources = [s IN n.sources WHERE s <> $documentId],
    n.definedBy = CASE WHEN n.definedBy = $documentId THEN null ELSE n.definedBy END
REMOVE n.loadedNodeIds, n.loadedFactIds
WITH n
WHERE size(n.sources) = 0
DETACH DELETE n
RETURN count(n) AS removedNodes
