import type { Database } from '../db/database';
import type { NodeKind } from '../vocabulary';
import type { Projected, Selection } from './nodes.repository';
import { CypherBuilder } from './projection/cypher-builder';
import { Projector } from './projection/project';

/** The full-text index over names, aliases and clause text (cypher/schema/constraints.cypher). */
export const FULLTEXT_INDEX = 'entity_text';

/**
 * Lucene query syntax treats these as operators; a client's words are searched as words, so each
 * is escaped (and AND/OR/NOT lower-cased so they are not operators either).
 */
export function toLuceneQuery(text: string): string {
  return text
    .replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (c) => `\\${c}`)
    .replace(/\b(AND|OR|NOT)\b/g, (word) => word.toLowerCase())
    .trim();
}

export interface SearchRequest {
  readonly text: string;
  readonly kinds?: readonly NodeKind[] | null;
  readonly offset: number;
  readonly limit: number;
  readonly withTotalCount: boolean;
}

export interface SearchHit {
  readonly node: Projected;
  readonly score: number;
}

/** One query: the hits, best first (ties by id), and how many there are in all. */
export async function searchNodes(
  db: Database,
  selection: Selection | undefined,
  request: SearchRequest,
): Promise<{ hits: SearchHit[]; totalCount: number | null }> {
  const projector = selection ? new Projector(selection.operation) : undefined;
  const b = projector?.builder ?? new CypherBuilder();
  const query = `CALL db.index.fulltext.queryNodes(${b.param(FULLTEXT_INDEX)}, ${b.param(toLuceneQuery(request.text))}) YIELD node, score`;
  const kindFilter = request.kinds?.length ? ` WHERE node.kind IN ${b.param(request.kinds)}` : '';
  const node =
    projector && selection
      ? projector.node('node', selection.type, selection.fieldNodes)
      : '{_id: node.id, _kind: node.kind}';
  const count = request.withTotalCount
    ? `CALL () { ${query}${kindFilter} RETURN count(node) AS totalCount } `
    : 'WITH null AS totalCount ';
  const cypher =
    count +
    `CALL () { ${query}${kindFilter} WITH node, score ORDER BY score DESC, node.id ` +
    `SKIP ${b.param(request.offset)} LIMIT ${b.param(request.limit)} RETURN collect({node: ${node}, score: score}) AS hits } ` +
    'RETURN hits, totalCount';
  const [row] = await db.query(cypher, b.params);
  return {
    hits: (row?.hits ?? []) as SearchHit[],
    totalCount: (row?.totalCount as number | null | undefined) ?? null,
  };
}
