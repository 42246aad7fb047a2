import { BASE_LABEL, PER_FACT_TYPES, type RelationType } from '../vocabulary';
import { storedEdgeProperties } from './edges-among';
import { relType } from './projection/cypher-builder';

/**
 * The edges of one document's graph (`graph(filter: {documentId})`), for graph-keep.cypher's
 * `kept` nodes: what the document itself asserts, found from the document, so that the query
 * costs what the document holds, not what the corpus holds.
 * - Its per-act relationships: one seek per type on that type's `source` index. (Expanding the
 *   kept nodes instead walked every relationship of the shared ones: Japan's in all 1,100
 *   statements of the scale benchmark, 141 k rows.)
 * - Its shared facts (perFact types): the ids its load recorded (`loadedFactIds`), sought on each
 *   type's `id` index. A fact shows with this document's evidence (its first entry in the
 *   fact's parallel lists), not the lists of every document that asserts it, and so do facts
 *   another document asserted first, which testing the fact's `source` left out. A document
 *   loaded before loads recorded that list finds its facts by testing each fact's documentIds
 *   (or, stored before facts were shared, its `source`); those without lists show as stored.
 * Types come from the vocabulary (the request's, already checked); values are $params.
 * Adds found: at most $edgeLimit + 1 edges [{id, type, source, target, properties}] by id.
 */
export function documentGraphEdges(types: readonly RelationType[]): string {
  const branches = types.map((type) =>
    PER_FACT_TYPES.includes(type) ? factsOf(type) : actsOf(type),
  );
  if (branches.length === 0) return 'WITH kept, nodesCut, [] AS found';
  return [
    'CALL (kept) {',
    '  WITH [n IN kept | n.id] AS keptIds',
    `  OPTIONAL MATCH (d:${BASE_LABEL} {id: $documentId})`,
    '  CALL (d) {',
    branches.join('\n    UNION ALL\n'),
    '  }',
    '  WITH a, r, b, entry WHERE a.id IN keptIds AND b.id IN keptIds',
    '  ORDER BY r.id',
    '  LIMIT $edgeLimit + 1',
    // Properties only of the edges kept, a fact's from its entry in the lists (factEntry).
    '  CALL (r, entry) {',
    `    WITH r WHERE entry IS NULL RETURN ${storedEdgeProperties('r')} AS properties, [] AS qualifiers`,
    '    UNION ALL',
    factEntry,
    '  }',
    '  RETURN collect({id: r.id, type: type(r), source: a.id, target: b.id, properties: properties, qualifiers: qualifiers}) AS found',
    '}',
  ].join('\n');
}

function actsOf(type: RelationType): string {
  return (
    `    MATCH (a)-[r:${relType(type)}]->(b) WHERE r.source = $documentId\n` +
    '    RETURN a, r, b, null AS entry'
  );
}

/**
 * A fact's properties as this document asserts it: the document's entry of the fact's parallel
 * evidence lists (src/ingest/load-cypher.ts) in place of the first assertion's scalars, and the
 * fact's qualifiers as [key, value] pairs. The quote is the clause's text at the entry's offsets
 * (the loader checked that they hold it): the list of quotes is the longest a fact carries, a
 * sentence for each document, and reading one entry decodes the whole list. Lists hold '' and -1
 * where an entry has no quote (BROADER): no property then.
 */
const factEntry = `    WITH r, entry WHERE entry IS NOT NULL
    WITH r, entry, r.evidenceClauseIds[entry] AS clauseId,
         nullIf(r.evidenceStarts[entry], -1) AS start, nullIf(r.evidenceEnds[entry], -1) AS end
    OPTIONAL MATCH (clause:${BASE_LABEL} {id: clauseId})
    RETURN {
      id: r.id, documentCount: r.documentCount, source: $documentId,
      actId: nullIf(r.evidenceIds[entry], ''), clauseId: clause.id, start: start, end: end,
      quote: substring(clause.text, start - clause.start, end - start),
      prefix: nullIf(r.evidencePrefixes[entry], ''), suffix: nullIf(r.evidenceSuffixes[entry], '')
    } AS properties,
    [key IN keys(r) WHERE key STARTS WITH 'q_' | [key, r[key]]] AS qualifiers`;

/** This document's facts of one type, each with the index of its first entry in the lists. */
function factsOf(type: RelationType): string {
  const rel = relType(type);
  return [
    '    WITH d WHERE d IS NOT NULL',
    '    UNWIND CASE WHEN d.loadedFactIds IS NULL',
    `      THEN COLLECT { MATCH ()-[f:${rel}]->() WHERE $documentId IN coalesce(f.documentIds, [f.source]) RETURN f.id }`,
    '      ELSE d.loadedFactIds END AS factId',
    `    MATCH (a)-[r:${rel} {id: factId}]->(b)`,
    '    RETURN a, r, b,',
    '      [i IN range(0, coalesce(size(r.evidenceSources), 0) - 1) WHERE r.evidenceSources[i] = $documentId][0] AS entry',
  ].join('\n');
}
