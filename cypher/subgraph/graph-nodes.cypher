// The nodes of the whole graph for graph.cypher: those of $kinds, the most connected first, at
// most $limit + 1 (one more than kept, to know whether the limit cut).
CALL () {
  MATCH (n:Entity)
  WHERE n.kind IN $kinds
  WITH n
  ORDER BY COUNT { (n)--() } DESC, n.id
  LIMIT $limit + 1
  RETURN collect(n) AS candidates
}
