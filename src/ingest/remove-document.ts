import { PER_ACT_TYPES, PER_FACT_TYPES, type RelationType } from '../vocabulary';

/**
 * Cypher that removes one document's relationships by index seeks, built from the vocabulary:
 * one branch per relationship type, because Neo4j indexes relationship properties per type (the
 * indexes are made in graph-schema.ts). Types come from the vocabulary only; values are $params.
 */

function union(types: readonly RelationType[], where: string): string {
  return types
    .map((type) => `MATCH ()-[r:${type}]->() WHERE ${where} RETURN r`)
    .join(' UNION ALL ');
}

/**
 * Deletes the per-act relationships whose `source` is one of $documentIds.
 * Params: $documentIds. Returns: removed.
 */
export const DELETE_PER_ACT_RELATIONSHIPS = `
CALL () { ${union(PER_ACT_TYPES, 'r.source IN $documentIds')} }
DELETE r
RETURN count(r) AS removed`;

/**
 * Retracts the evidence of $documentIds from the facts they asserted ($factIds, recorded at their
 * loads), each fact rewritten once however many of them asserted it: their entries leave the
 * parallel evidence lists and `documentIds`; the scalar evidence becomes
 * that of the first entry left ('' and -1 entries, of facts not read from a quote, become
 * absent); a fact with no entry left is deleted.
 * Params: $documentIds, $factIds. Returns: retracted (facts touched), removed (facts deleted).
 */
export const RETRACT_FACTS = `
CALL () { ${union(PER_FACT_TYPES, 'r.id IN $factIds')} }
// The lists read once into variables: indexing a stored list property reads it again on each
// access, which made retracting from a fact 1,000 documents state quadratic in its evidence.
WITH r, r.documentIds AS documentIds, r.evidenceIds AS ids, r.evidenceSources AS sources,
     r.evidenceClauseIds AS clauseIds, r.evidenceQuotes AS quotes, r.evidencePrefixes AS prefixes,
     r.evidenceSuffixes AS suffixes, r.evidenceStarts AS starts, r.evidenceEnds AS ends
WITH r, documentIds, ids, sources, clauseIds, quotes, prefixes, suffixes, starts, ends,
     [i IN range(0, size(ids) - 1) WHERE NOT sources[i] IN $documentIds] AS keep
WITH r, keep, CASE WHEN size(keep) = 0 THEN null ELSE {
    documentIds: [d IN documentIds WHERE NOT d IN $documentIds],
    documentCount: size([d IN documentIds WHERE NOT d IN $documentIds]),
    evidenceIds: [i IN keep | ids[i]],
    evidenceSources: [i IN keep | sources[i]],
    evidenceClauseIds: [i IN keep | clauseIds[i]],
    evidenceQuotes: [i IN keep | quotes[i]],
    evidencePrefixes: [i IN keep | prefixes[i]],
    evidenceSuffixes: [i IN keep | suffixes[i]],
    evidenceStarts: [i IN keep | starts[i]],
    evidenceEnds: [i IN keep | ends[i]],
    source: sources[keep[0]],
    clauseId: CASE WHEN clauseIds[keep[0]] = '' THEN null ELSE clauseIds[keep[0]] END,
    quote: CASE WHEN quotes[keep[0]] = '' THEN null ELSE quotes[keep[0]] END,
    prefix: CASE WHEN quotes[keep[0]] = '' THEN null ELSE prefixes[keep[0]] END,
    suffix: CASE WHEN quotes[keep[0]] = '' THEN null ELSE suffixes[keep[0]] END,
    start: CASE WHEN starts[keep[0]] < 0 THEN null ELSE starts[keep[0]] END,
    end: CASE WHEN ends[keep[0]] < 0 THEN null ELSE ends[keep[0]] END
  } END AS kept
CALL (r, kept) {
  WITH * WHERE kept IS NULL
  DELETE r
}
CALL (r, kept) {
  WITH * WHERE kept IS NOT NULL
  SET r += kept
}
RETURN count(*) AS retracted, count(CASE WHEN kept IS NULL THEN 1 END) AS removed`;
