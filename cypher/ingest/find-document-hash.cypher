// Whether a document is loaded, and from which version of its annotation.
// Params: $documentId. Returns: contentHash (absent row when not loaded).
MATCH (d:Document {id: $documentId})
RETURN d.contentHash AS contentHash
