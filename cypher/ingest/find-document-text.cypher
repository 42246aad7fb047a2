// The text a loaded document was made from, to tell a reload of the same statement from another
// statement that would take its id.
// Params: $documentId. Returns: kind, text (null for a cited, not loaded, document); no row when
// no node has the id.
MATCH (n:Entity {id: $documentId})
RETURN n.kind AS kind, n.text AS text
