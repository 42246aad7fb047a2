import { RELATION_TYPE_NAMES, type RelationType } from '../vocabulary';

/**
 * The floor's hand-written Cypher (B), and the pieces the Neo4j GraphQL Library's `@cypher`
 * fields (C) reuse: what a developer who knows the model writes by hand for each operation.
 * Relationship types come from the vocabulary; values are parameters.
 */

/** Every evidenced relationship type: a clause asserts relationships of these types. */
const ASSERTED_TYPES: readonly RelationType[] = RELATION_TYPE_NAMES.filter((t) => t !== 'PART_OF');

/**
 * The relationships whose evidence lies in the clause bound to `clause`, one typed branch per
 * type so that each is a seek on that type's `clauseId` index, the first `first` in text order.
 */
export function assertedBy(clause: string, first: string): string {
  const branches = ASSERTED_TYPES.map(
    (type) =>
      `MATCH (a)-[r:${type}]->(b) WHERE r.clauseId = ${clause}.id ` +
      `RETURN r.start AS start, r.id AS id, {type: type(r), from: a.id, to: b.id, quote: r.quote} AS relation`,
  );
  return (
    `CALL (${clause}) { ${branches.join(' UNION ALL ')} } ` +
    `WITH start, id, relation ORDER BY start, id LIMIT ${first} RETURN relation`
  );
}

/** S1: the documents a clause references, with their date and the quote, in text order. */
export const CLAUSE_REFERENCES = `
MATCH (:Entity:Clause {id: $clauseId})-[r:REFERENCES]->(d:Document)
WITH r, d ORDER BY r.start, r.id
RETURN collect({
  id: d.id,
  signedOn: COLLECT { MATCH (d)-[:SIGNED_ON]->(date:CalendarDate) RETURN date.value }[0],
  quote: r.quote
}) AS references`;

/** S2: organizations by English name, their sectors, and the organizations active in those. */
export const ORGANIZATION_SECTORS = `
MATCH (o:Organization)
WITH o ORDER BY o.nameEn, o.id LIMIT $first
RETURN collect({
  id: o.id,
  sectors: COLLECT {
    MATCH (o)-[r:ACTIVE_IN]->(s:Sector)
    WITH r, s ORDER BY r.start, r.id LIMIT $nested
    RETURN {
      id: s.id,
      quote: r.quote,
      organizations: COLLECT {
        MATCH (s)<-[r2:ACTIVE_IN]-(other:Organization)
        WITH r2, other ORDER BY r2.start, r2.id LIMIT $nested
        RETURN other.id
      }
    }
  }
}) AS organizations`;

/**
 * S3: the neighbourhood of $id within $depth steps (either direction, every type): the nearest
 * $limit nodes by distance then id, and the relationships among them by id (at most 5 per node).
 * One shortest walk per node, its length bounded before expansion.
 */
export function neighborhood(depth: number): string {
  return `
MATCH (centre:Entity {id: $id})
CALL (centre) {
  MATCH p = ANY SHORTEST (centre)-[*1..${depth}]-(reached:Entity)
  WHERE reached <> centre
  WITH reached, length(p) AS distance ORDER BY distance, reached.id LIMIT $limit
  RETURN collect(reached) AS reachable
}
WITH [centre] + reachable[..$limit - 1] AS kept, size(reachable) >= $limit AS nodesCut
CALL (kept) {
  WITH kept, [n IN kept | n.id] AS keptIds
  UNWIND kept AS a
  MATCH (a)-[r]->(b) WHERE b.id IN keptIds
  WITH a, r, b ORDER BY r.id LIMIT 5 * $limit + 1
  RETURN collect({source: a.id, type: type(r), target: b.id}) AS found
}
RETURN {
  nodes: [n IN kept | {id: n.id, kind: n.kind}],
  edges: found[..5 * $limit],
  truncated: nodesCut OR size(found) > 5 * $limit
} AS subgraph`;
}

/**
 * S4: a document's clauses in reading order, each with the relations it asserts. `c.order IS NOT
 * NULL` lets the planner seek the composite (documentId, order) index, in order, instead of
 * scanning every Clause of every document.
 */
export const DOCUMENT_ASSERTS = `
MATCH (c:Clause {documentId: $documentId})
WHERE c.order IS NOT NULL
WITH c ORDER BY c.order LIMIT $clauses
RETURN collect({eId: c.eId, asserts: COLLECT { ${assertedBy('c', '$first')} }}) AS clauses`;
