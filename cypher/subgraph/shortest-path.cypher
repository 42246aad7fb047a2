// One shortest path between two nodes, in either direction, along relationships of $types.
// A node to itself is the path of length 0 (that node alone).
// Params: $from, $to, $maxLength (1..6), $types (relationship types to follow).
// Returns one row (none when either id is unknown): found (whether a path of at most $maxLength
//   steps exists); nodes [properties map] in path order from $from to $to (the two ends when no
//   path); edges [{id, type, source, target, properties}] in path order (empty when no path).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
OPTIONAL MATCH p = ANY SHORTEST (a) (()-[r]-() WHERE type(r) IN $types){0,6} (b)
WHERE length(p) <= $maxLength
RETURN
  p IS NOT NULL AS found,
  CASE
    WHEN p IS NULL THEN [properties(a), properties(b)]
    ELSE [n IN nodes(p) | properties(n)]
  END AS nodes,
  CASE
    WHEN p IS NULL THEN []
    ELSE [r IN relationships(p) | {
      id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
      properties: properties(r)
    }]
  END AS edges
