// Which of a batch's documents are loaded, from which version of their annotation, and whether
// their load recorded what it wrote (then removing it is a matter of seeks). Seeks on the
// entity_id index (a cited, not loaded, document has no contentHash).
// Params: $documentIds. Returns one row per loaded one: documentId, contentHash, anchored.
UNWIND $documentIds AS documentId
MATCH (d:Entity {id: documentId})
WHERE d:Document AND d.contentHash IS NOT NULL
RETURN documentId, d.contentHash AS contentHash, d.loadedNodeIds IS NOT NULL AS anchored
