// The overview a viewer draws before any detail: one row per node kind with how many nodes have
// it, and one per (kind, relationship type, kind) with how many relationships join them. Counts
// every node and relationship once (O(nodes + relationships)), never returns them.
// Params: $kinds (the vocabulary's node kinds), $types (its relationship types).
// Returns one row: kinds [{kind, count}] by kind; links [{from, type, to, count}] by from, type, to.
CALL () {
  MATCH (n:Entity)
  WHERE n.kind IN $kinds
  WITH n.kind AS kind, count(*) AS count
  ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS kinds
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE type(r) IN $types AND a.kind IN $kinds AND b.kind IN $kinds
  WITH a.kind AS from, type(r) AS type, b.kind AS to, count(*) AS count
  ORDER BY from, type, to
  RETURN collect({from: from, type: type, to: to, count: count}) AS links
}
RETURN kinds, links
