// What holds each of some document ids now, so that a document loads only under an id that is
// its own: a loaded document (its annotation's content hash, and its text when the hash differs,
// to tell a changed annotation of the same statement from another statement taking the id), a
// cited one (neither), or a node of another kind. Seeks on the entity_id index.
// Params: $documents: [{ id, contentHash }] (a null contentHash always returns the text).
// Returns one row per id that names a node: documentId, kind, contentHash, text.
UNWIND $documents AS document
MATCH (n:Entity {id: document.id})
RETURN
  document.id AS documentId,
  n.kind AS kind,
  n.contentHash AS contentHash,
  CASE WHEN n.contentHash = document.contentHash THEN null ELSE n.text END AS text
