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
WITH r, [i IN range(0, size(r.evidenceIds) - 1) WHERE NOT r.evidenceSources[i] IN $documentIds] AS keep
WITH r, keep, CASE WHEN size(keep) = 0 THEN null ELSE {
    documentIds: [d IN r.documentIds WHERE NOT d IN $documentIds],
    documentCount: size([d IN r.documentIds WHERE NOT d IN $documentIds]),
    evidenceIds: [i IN keep | r.evidenceIds[i]],
    evidenceSources: [i IN keep | r.evidenceSources[i]],
    evidenceClauseIds: [i IN keep | r.evidenceClauseIds[i]],
    evidenceQuotes: [i IN keep | r.evidenceQuotes[i]],
    evidencePrefixes: [i IN keep | r.evidencePrefixes[i]],
    evidenceSuffixes: [i IN keep | r.evidenceSuffixes[i]],
    evidenceStarts: [i IN keep | r.evidenceStarts[i]],
    evidenceEnds: [i IN keep | r.evidenceEnds[i]],
    source: r.evidenceSources[keep[0]],
    clauseId: CASE WHEN r.evidenceClauseIds[keep[0]] = '' THEN null ELSE r.evidenceClauseIds[keep[0]] END,
    quote: CASE WHEN r.evidenceQuotes[keep[0]] = '' THEN null ELSE r.evidenceQuotes[keep[0]] END,
    prefix: CASE WHEN r.evidenceQuotes[keep[0]] = '' THEN null ELSE r.evidencePrefixes[keep[0]] END,
    suffix: CASE WHEN r.evidenceQuotes[keep[0]] = '' THEN null ELSE r.evidenceSuffixes[keep[0]] END,
    start: CASE WHEN r.evidenceStarts[keep[0]] < 0 THEN null ELSE r.evidenceStarts[keep[0]] END,
    end: CASE WHEN r.evidenceEnds[keep[0]] < 0 THEN null ELSE r.evidenceEnds[keep[0]] END
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
