// Which of a batch's documents are loaded, and from which version of their annotation. Seeks on
// the entity_id index (a cited, not loaded, document has no contentHash).
// Params: $documentIds. Returns one row per loaded one: documentId, contentHash.
UNWIND $documentIds AS documentId
MATCH (d:Entity {id: documentId})
WHERE d:Document AND d.contentHash IS NOT NULL
RETURN documentId, d.contentHash AS contentHash
