import type { Database } from '../db/database';
import type { NodeKind } from '../vocabulary';
import type { Projected, Selection } from './nodes.repository';
import { InvalidArgumentError } from './errors';
import { runPagedQuery } from './paged-query';
import { EMPTY_OPERATION } from './projection/selection';
import { record, value } from './projection/positional';
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

/**
 * Lucene refuses a query of more than 1,024 clauses; the cjk analyzer makes a clause of every
 * word and of every pair of CJK characters, so a text is held well under that.
 */
export const MAX_SEARCH_TERMS = 500;

/** Words and CJK character pairs a text becomes in the index's analyzer (an upper bound). */
export function searchTermCount(text: string): number {
  const words = text.split(/[\s\p{P}\p{S}]+/u).filter(Boolean).length;
  const cjk = [...text].filter((c) =>
    /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(c),
  ).length;
  return words + cjk;
}

export interface SearchRequest {
  readonly text: string;
  readonly kinds?: readonly NodeKind[] | null;
  readonly after?: string | null;
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
) {
  const query = toLuceneQuery(request.text);
  if (!query) throw new InvalidArgumentError('text', 'must contain at least one word');
  if (searchTermCount(request.text) > MAX_SEARCH_TERMS) {
    throw new InvalidArgumentError(
      'text',
      `is too long to search (at most ${MAX_SEARCH_TERMS} words or CJK characters)`,
    );
  }
  const projector = new Projector(selection?.operation ?? EMPTY_OPERATION);
  const b = projector.builder;
  const kindFilter = request.kinds?.length ? ` WHERE node.kind IN ${b.param(request.kinds)}` : '';
  return runPagedQuery<SearchHit>(db, b, {
    list: 'search',
    match: `CALL db.index.fulltext.queryNodes(${b.param(FULLTEXT_INDEX)}, ${b.param(query)}) YIELD node, score${kindFilter}`,
    carry: 'node, score',
    sort: [
      { expression: 'score', descending: true, type: 'number' },
      { expression: 'node.id', type: 'string' },
    ],
    item: record([
      [
        'node',
        selection
          ? projector.node('node', selection.type, selection.fieldNodes)
          : record([['kind', value('node.kind')]]),
      ],
      ['score', value('score')],
    ]),
    after: request.after,
    limit: request.limit,
    withTotalCount: request.withTotalCount,
  });
}
