// The nodes a graph keeps: continues the rows `n` that graph-nodes.cypher or
// document-graph-nodes.cypher put before it (src/graph/subgraph.repository.ts), the most
// connected first, so that when $limit cuts, the most connected nodes stay. The edges come next
// (src/graph/edges-among.ts, or a document's own edges from src/graph/document-graph-edges.ts), then
// graph.cypher.
// Params: $limit (max nodes). Returns one row: kept (the nodes, by degree then id), nodesCut.
WITH n
ORDER BY COUNT { (n)--() } DESC, n.id
LIMIT $limit + 1
WITH collect(n) AS candidates
WITH candidates[..$limit] AS kept, size(candidates) > $limit AS nodesCut
