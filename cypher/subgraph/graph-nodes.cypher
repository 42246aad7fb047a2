// The nodes of the whole graph for graph-keep.cypher, which orders and cuts them: those of $kinds.
MATCH (n:Entity)
WHERE n.kind IN $kinds
