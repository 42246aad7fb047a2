// GET /ready: proves the database answers a read of the store through its id index, not only
// that Bolt accepts connections (a Neo4j restarted after a crash accepts them while it still
// recovers, and queries then wait for seconds).
// Params: none. Returns at most one row: id.
MATCH (n:Entity)
RETURN n.id AS id
LIMIT 1
