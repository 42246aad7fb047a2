import { PER_ACT_TYPES, PER_FACT_TYPES, type RelationType } from '../vocabulary';

/**
 * The loader's relationship writes, one statement per relationship type, built from the
 * vocabulary: a literal type lets the planner use that type's indexes and its per-type grouping
 * on busy nodes, which a dynamic `$(row.type)` does not. Endpoints are matched by label and id,
 * seeks on the `entity_id` constraint's index. Types come from the vocabulary only; values are
 * $params. Rows are those of src/ingest/batch.ts.
 */

function byType(types: readonly RelationType[], statement: (type: RelationType) => string) {
  return new Map(types.map((type) => [type, statement(type)]));
}

/**
 * Creates a batch's per-act relationships of one type: each belongs to one document only (its
 * previous version was removed in the same transaction), so CREATE, never MERGE.
 * Params: $rows [{from, to, properties (with id)}]. Returns: written.
 */
const CREATE_RELATIONSHIPS = byType(
  PER_ACT_TYPES,
  (type) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:${type}]->(b)
SET r = row.properties
RETURN count(r) AS written`,
);

/**
 * Adds a batch's assertions of shared facts of one type: one relationship per (from, type, to),
 * created by the first document to assert it (its scalar evidence is that assertion's), then
 * shared. The batch's documents join `documentIds` (kept sorted), their evidence entries are
 * appended to the parallel lists once per batch, and `documentCount` counts the documents. Their
 * previous entries were retracted in the same transaction.
 * Params: $documentIds (the batch's), $rows (BatchFactRow). Returns: written.
 */
const MERGE_FACTS = byType(
  PER_FACT_TYPES,
  (type) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
ON CREATE SET r = row.properties, r.id = row.id
WITH r, row,
     [d IN coalesce(r.documentIds, []) WHERE NOT d IN $documentIds] + row.documentIds AS documents
WITH r, row, COLLECT { UNWIND documents AS d RETURN d ORDER BY d } AS documentIds
SET r += {
  documentIds: documentIds,
  documentCount: size(documentIds),
  evidenceIds: coalesce(r.evidenceIds, []) + row.evidence.ids,
  evidenceSources: coalesce(r.evidenceSources, []) + row.evidence.sources,
  evidenceClauseIds: coalesce(r.evidenceClauseIds, []) + row.evidence.clauseIds,
  evidenceQuotes: coalesce(r.evidenceQuotes, []) + row.evidence.quotes,
  evidencePrefixes: coalesce(r.evidencePrefixes, []) + row.evidence.prefixes,
  evidenceSuffixes: coalesce(r.evidenceSuffixes, []) + row.evidence.suffixes,
  evidenceStarts: coalesce(r.evidenceStarts, []) + row.evidence.starts,
  evidenceEnds: coalesce(r.evidenceEnds, []) + row.evidence.ends
}
RETURN count(r) AS written`,
);

function lookup(statements: Map<RelationType, string>, type: RelationType, what: string): string {
  const statement = statements.get(type);
  if (!statement) throw new Error(`${type} is not a ${what} relationship type of the vocabulary`);
  return statement;
}

export function createRelationshipsOf(type: RelationType): string {
  return lookup(CREATE_RELATIONSHIPS, type, 'per-act');
}

export function mergeFactsOf(type: RelationType): string {
  return lookup(MERGE_FACTS, type, 'perFact');
}
