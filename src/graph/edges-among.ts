import { RELATION_TYPE_NAMES, type RelationType } from '../vocabulary';
import { property, relType } from './projection/cypher-builder';
import { FACT_LISTS } from './projection/evidence';

/**
 * The relationship pattern's type expression for a set of types: `:A|B` (from the vocabulary
 * only), '' for every type, null for none (an empty list names nothing to follow, and cannot
 * become an empty type expression, which is no Cypher at all). Always the types wanted, never
 * the ones left out (`:!(C|D)`): Neo4j counts a busy node's relationships of named types from
 * its per-type degrees, but of a negated set by reading every one (152 k for Kazakhstan at
 * 1,200 statements).
 */
export function typeExpression(types: readonly RelationType[] | null): string | null {
  if (types === null || RELATION_TYPE_NAMES.every((type) => types.includes(type))) return '';
  if (types.length === 0) return null;
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

/** Relationship `r` as a subgraph's edge map, its ends' ids given as expressions. */
export function edgeMap(r: string, source: string, target: string): string {
  return `{id: ${r}.id, type: type(${r}), source: ${source}, target: ${target}, properties: ${storedEdgeProperties(r)}}`;
}

/** What a subgraph's `edgesAmongKept` returns: its rows `a, r, b` as edge maps (`found`). */
export const EDGE_MAPS = `collect(${edgeMap('r', 'a.id', 'b.id')}) AS found`;

/**
 * A `CALL (kept) { … }` that finds the relationships of `types` among the nodes of the list
 * `kept`, at most $edgeLimit + 1 of them, and returns what `returns` makes of the rows `a, r, b`
 * (`collect(…) AS found`). A node with fewer relationships of those types than there are kept
 * nodes expands them and keeps those that end among the kept (`b IN kept`); a busy one (a state
 * that every statement names) is instead joined to each kept node (Expand(Into)), so its
 * thousands of relationships elsewhere are never read. Its work therefore grows with the
 * answer's limit, not with the corpus.
 *
 * The cut follows the order of `kept` (the centre and the nearest nodes of a neighbourhood, the
 * starts and the nearest of an organization–sector walk, the most connected of a graph): the
 * edges of the first nodes stay. The callers sort what comes back by id. Sorting here, before
 * the cut, held every candidate row, and each row inside this subquery carries the whole `kept`
 * list: a whole graph of 2,000 nodes at 1,200 statements ran out of Neo4j's transaction memory
 * (512 MiB) sorting 10,001 such rows; it now streams them into the LIMIT (49 MB, 0.9 s).
 */
export function edgesAmongKept(types: readonly RelationType[] | null, returns: string): string {
  const typed = typeExpression(types);
  const rel = typed ?? '';
  return [
    'CALL (kept) {',
    `  UNWIND ${typed === null ? '[]' : 'kept'} AS a`,
    '  CALL (a, kept) {',
    `    WITH a WHERE COUNT { (a)-[${rel}]->() } <= size(kept)`,
    `    MATCH (a)-[r${rel}]->(b) WHERE b IN kept`,
    '    RETURN r, b',
    '    UNION ALL',
    `    WITH a WHERE COUNT { (a)-[${rel}]->() } > size(kept)`,
    `    UNWIND kept AS b MATCH (a)-[r${rel}]->(b)`,
    '    RETURN r, b',
    '  }',
    '  WITH a, r, b LIMIT $edgeLimit + 1',
    `  RETURN ${returns}`,
    '}',
  ].join('\n');
}
