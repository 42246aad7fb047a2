import { RELATION_TYPE_NAMES, type RelationType } from '../vocabulary';
import { property, relType } from './projection/cypher-builder';
import { FACT_LISTS } from './projection/evidence';

/**
 * The relationship pattern's type expression for a set of types (from the vocabulary only):
 * `:A|B`, or `:!(C|D)` when more types are wanted than left out (a whole graph without the text
 * structure: a pattern of 40 types took Neo4j half as long again to expand as one that names the
 * two left out); '' for every type, null for none (an empty list names nothing to follow, and
 * cannot become an empty type expression, which is no Cypher at all).
 */
export function typeExpression(types: readonly RelationType[] | null): string | null {
  if (types === null) return '';
  const left = RELATION_TYPE_NAMES.filter((type) => !types.includes(type));
  if (left.length === 0) return '';
  if (types.length === 0) return null;
  if (left.length < types.length) return `:!(${left.map(relType).join('|')})`;
  return `:${types.map(relType).join('|')}`;
}

/**
 * A relationship's stored properties as a subgraph shows them (`properties`, the exports),
 * without a shared fact's per-document lists (FACT_LISTS: null here, dropped when read). They
 * grow with every document that states the fact (1,200 entries each at 1,200 statements, where a
 * whole graph of 50 nodes with them took 1,269 ms and without them 524). `documentCount` says how
 * many documents state a fact, and Relation.evidences pages through their words.
 */
export function storedEdgeProperties(r: string): string {
  return `${r} {.*, ${FACT_LISTS.map((key) => `${property(key)}: null`).join(', ')}}`;
}

/**
 * A `CALL (kept) { … }` that finds the relationships of `types` among the nodes of the list
 * `kept`, at most $edgeLimit + 1 of them by id, and returns what `returns` makes of the rows
 * `a, r, b` (`collect(…) AS found`). A node with fewer relationships of those types than there
 * are kept nodes expands them and keeps those that end among the kept (`b IN kept`); a busy one
 * (a state that every statement names) is instead joined to each kept node (Expand(Into)), so
 * its thousands of relationships elsewhere are never read. Its work therefore grows with the
 * answer's limit, not with the corpus.
 */
export function edgesAmongKept(types: readonly RelationType[] | null, returns: string): string {
  const rel = typeExpression(types);
  return [
    'CALL (kept) {',
    `  UNWIND ${rel === null ? '[]' : 'kept'} AS a`,
    '  CALL (a, kept) {',
    `    WITH a WHERE COUNT { (a)-[${rel ?? ''}]->() } <= size(kept)`,
    `    MATCH (a)-[r${rel ?? ''}]->(b) WHERE b IN kept`,
    '    RETURN r, b',
    '    UNION ALL',
    `    WITH a WHERE COUNT { (a)-[${rel ?? ''}]->() } > size(kept)`,
    `    UNWIND kept AS b MATCH (a)-[r${rel ?? ''}]->(b)`,
    '    RETURN r, b',
    '  }',
    '  WITH a, r, b ORDER BY r.id LIMIT $edgeLimit + 1',
    `  RETURN ${returns}`,
    '}',
  ].join('\n');
}
