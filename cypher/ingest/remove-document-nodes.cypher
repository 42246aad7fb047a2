// Drops documents from the nodes they name ($nodeIds, as recorded at their loads), each node
// rewritten once however many of them name it: each leaves its `sources`, loses them as
// `definedBy` (the next document to load it defines it from then on), and is deleted once no
// document names it. Their relationships are removed before this runs.
// Params: $documentIds, $nodeIds (distinct). Returns: removedNodes.
UNWIND $nodeIds AS nodeId
MATCH (n:Entity {id: nodeId})
SET n.sources = [s IN n.sources WHERE NOT s IN $documentIds],
    n.definedBy = CASE WHEN n.definedBy IN $documentIds THEN null ELSE n.definedBy END,
    // Only the removed documents' own records go: a loaded document they cite keeps its own.
    n.loadedNodeIds = CASE WHEN n.id IN $documentIds THEN null ELSE n.loadedNodeIds END,
    n.loadedFactIds = CASE WHEN n.id IN $documentIds THEN null ELSE n.loadedFactIds END
WITH n
WHERE size(n.sources) = 0
DETACH DELETE n
RETURN count(n) AS removedNodes
