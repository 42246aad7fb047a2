// Who said what: which speech acts answer, and which of them make this page. Continues the rows
// `speakers, agent, act, target` that src/graph/statements-cypher.ts puts before it: candidate
// speech-act edges (typed from the vocabulary, started from the most selective filter) and, for
// the actor filter, the actor and those who speak for it. Every filter is applied here, per edge:
// an act is kept when one of its edges passes (a joint act is one edge per party).
// Acts are ordered and counted by their keys alone, so that a speaker with tens of thousands of
// acts costs reading four properties of each, not its whole act: reading order is (document,
// offset, actId), the order of (document, clause, offset) because the validator keeps clauses in
// the order of the text and each quote inside its clause. The parties to each act of the page and
// its details follow (statements-cypher.ts, statement-rows.cypher).
// Params: $actorId, $targetId, $documentId (each an id or null), $jointly (boolean or null),
//   $aboutTypes (relations, either way, that make a node part of what the target is about),
//   $offset, $limit, $referenced [{argument, id}] (ids the filter names, checked to exist).
// Returns one row per act of the page, in order, each with missing [{argument, id}], totalCount,
//   row {source, actId, type, clauseId, start, target} and target; when the page is empty, one
//   row with row and target null (so that missing and totalCount still answer).
WITH speakers, agent, act, target
WHERE ($documentId IS NULL OR act.source = $documentId)
  AND ($jointly IS NULL OR act.jointly = $jointly)
  AND ($actorId IS NULL OR agent IN speakers)
  AND ($targetId IS NULL OR target.id = $targetId
       OR EXISTS { MATCH (target)-[i]-(:Entity {id: $targetId}) WHERE type(i) IN $aboutTypes })
WITH DISTINCT act.source AS source, act.actId AS actId, type(act) AS type, act.clauseId AS clauseId,
     act.start AS start, target
ORDER BY source, start, actId
WITH collect({source: source, actId: actId, type: type, clauseId: clauseId, start: start, target: target}) AS rows
CALL () {
  UNWIND $referenced AS ref
  OPTIONAL MATCH (n:Entity {id: ref.id})
  RETURN collect(CASE WHEN n IS NULL THEN ref END) AS missing
}
WITH missing, size(rows) AS totalCount, rows[$offset..($offset + $limit)] AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE page END AS row
WITH missing, totalCount, row, row.target AS target
