// Creates or updates nodes by id. $nodes rows: { id, kind, properties }; kind is a node kind of
// src/vocabulary (the validator refuses any other), set as a label next to the base label Entity.
// Params: $documentId, $nodes. Returns: written.
UNWIND $nodes AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.kind),
    n += row.properties,
    n.kind = row.kind,
    n.sources = CASE
      WHEN $documentId IN coalesce(n.sources, []) THEN n.sources
      ELSE coalesce(n.sources, []) + $documentId
    END
RETURN count(n) AS written
