// After a document's contribution is removed, a document node that others still cite goes back
// to being a cited document (loaded: false): its text and source properties go, its name stays.
// Params: $documentId. Returns: unloaded (0 or 1).
// A seek on the entity_id index (Document alone has no index on id).
OPTIONAL MATCH (d:Entity {id: $documentId})
WHERE d:Document AND d.text IS NOT NULL
REMOVE d.text, d.contentHash, d.language, d.publisherJa, d.publisherEn, d.sourceNote
RETURN count(d) AS unloaded
