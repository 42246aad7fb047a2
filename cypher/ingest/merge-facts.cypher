// Adds one document's assertions of perFact facts: one relationship per (from, type, to), created
// by the first document to assert it (its scalar evidence properties are that assertion's), then
// shared. Each document joins `documentIds` (sorted) and appends its evidence entries to the
// parallel lists; `documentCount` counts the documents. Its previous entries were retracted in
// the same transaction. $facts rows: FactRow of src/ingest/to-graph.ts; type is a perFact type of
// src/vocabulary (the validator refuses any other).
// Params: $documentId, $facts. Returns: written.
UNWIND $facts AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
ON CREATE SET r = row.properties, r.id = row.id
WITH r, row,
     [d IN coalesce(r.documentIds, []) WHERE d <> $documentId] + $documentId AS documents
WITH r, row, COLLECT { UNWIND documents AS d RETURN d ORDER BY d } AS documentIds
SET r += {
  documentIds: documentIds,
  documentCount: size(documentIds),
  evidenceIds: coalesce(r.evidenceIds, []) + row.evidence.ids,
  evidenceSources: coalesce(r.evidenceSources, []) + [i IN row.evidence.ids | $documentId],
  evidenceClauseIds: coalesce(r.evidenceClauseIds, []) + row.evidence.clauseIds,
  evidenceQuotes: coalesce(r.evidenceQuotes, []) + row.evidence.quotes,
  evidencePrefixes: coalesce(r.evidencePrefixes, []) + row.evidence.prefixes,
  evidenceSuffixes: coalesce(r.evidenceSuffixes, []) + row.evidence.suffixes,
  evidenceStarts: coalesce(r.evidenceStarts, []) + row.evidence.starts,
  evidenceEnds: coalesce(r.evidenceEnds, []) + row.evidence.ends
}
RETURN count(r) AS written
