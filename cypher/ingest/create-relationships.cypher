// Creates one document's relationships (its previous ones were removed in the same transaction).
// $relationships rows: { id, type, from, to, properties }; type is a relationship type of
// src/vocabulary (the validator refuses any other).
// Params: $relationships. Returns: written.
UNWIND $relationships AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties, r.id = row.id
RETURN count(r) AS written
