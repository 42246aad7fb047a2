// Whether a document is loaded, and from which version of its annotation. A seek on the
// entity_id index (Document alone has no index on id).
// Params: $documentId. Returns: contentHash (absent row when not loaded).
MATCH (d:Entity {id: $documentId})
WHERE d:Document
RETURN d.contentHash AS contentHash
