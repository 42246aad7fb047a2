import {
  RELATION_TYPE_NAMES,
  RELATION_TYPES,
  type DocumentDateBasis,
  type RelationType,
} from '../../vocabulary';
import { label, relType } from './cypher-builder';
import type { ListSnippetName, SnippetName } from './field-plan';
import type { Projector } from './project';
import { decodeEvidenceCursor } from './cursors';
import { EVIDENCE_LISTS, type EvidenceProperty } from './evidence';
import { listExpression, type NestedList } from './nested-list';
import { listOf, record, value, wrapped, type Projection } from './positional';
import {
  argumentValues,
  childFieldNodes,
  connectionTypes,
  namedCompositeType,
  type SelectedField,
} from './selection';

/**
 * Field shapes that are not one relationship hop: document structure read by order, the
 * relations a clause's words assert, qualifiers. Each returns one projection for node variable
 * `v`; nested selections go back through the projector.
 */
/** Types stored as one edge per fact with their evidence as lists (the storage contract of issue 7). */
export function isPerFact(type: RelationType): boolean {
  return (RELATION_TYPES[type] as { perFact?: boolean }).perFact === true;
}

type Snippet = (v: string, projector: Projector, field: SelectedField) => Projection;
/** A list snippet: the rows it holds, or undefined when it can hold none. */
type ListOf = (v: string, projector: Projector, field: SelectedField) => NestedList | undefined;

const childNode = (projector: Projector, field: SelectedField, variable: string) =>
  projector.node(variable, namedCompositeType(field.definition.type)!, field.nodes);

const EMPTY_LIST = value('[]');
const EMPTY_RECORD = record([]);

/** The clause of the same document at `offset` positions from `v` in reading order. */
function neighbourClause(offset: 1 | -1): Snippet {
  return (v, projector, field) => {
    const c = projector.builder.variable('c');
    const order = projector.builder.param(offset);
    return wrapped(
      childNode(projector, field, c),
      (clause) =>
        `head(COLLECT { MATCH (${c}:${label('Clause')} {documentId: ${v}.documentId, order: ${v}.order + ${order}}) ` +
        `RETURN ${clause} })`,
    );
  };
}

/** Children of `v` by PART_OF, in reading order. */
function parts(kind: 'Clause' | 'Section'): ListOf {
  return (v, projector, field) => {
    const c = projector.builder.variable('c');
    const path =
      kind === 'Clause' && field.parentType.name === 'Document'
        ? `(${c}:${label('Clause')} {documentId: ${v}.id})`
        : `(${c}:${label(kind)})-[:${relType('PART_OF')}]->(${v})`;
    return {
      match: `MATCH ${path}`,
      carry: c,
      order: [{ expression: `${c}.order`, type: 'number' }],
      tiebreak: { expression: `${c}.id`, type: 'string' },
      item: (type, nodes) => projector.node(c, type, nodes),
    };
  };
}

/** The lists among the snippets, as NestedLists: their plain fields and connections read them. */
export const LIST_SNIPPETS: Record<ListSnippetName, ListOf> = {
  documentClauses: parts('Clause'),
  documentSections: parts('Section'),
  sectionClauses: parts('Clause'),

  /** The documents whose annotations name this node (its provenance). */
  sourceDocuments: (v, projector) => {
    const d = projector.builder.variable('d');
    return {
      match: `MATCH (${d}:${label('Document')}) WHERE ${d}.id IN ${v}.sources AND ${d}.text IS NOT NULL`,
      carry: d,
      order: [{ expression: `${d}.id`, type: 'string' }],
      item: (type, nodes) => projector.node(d, type, nodes),
    };
  },

  /**
   * Every relation whose evidence lies in this clause: what its words assert. One index seek per
   * evidenced type (generated from the vocabulary in src/ingest/graph-schema.ts), never a scan of every
   * relationship; a fact stored once for many documents is found by its list of evidence clauses.
   */
  assertedRelations: (v, projector, field) => {
    const args = argumentValues(projector.operation, field);
    const [r, a, b] = ['r', 'a', 'b'].map((p) => projector.builder.variable(p)) as [
      string,
      string,
      string,
    ];
    const wanted = (args.types as RelationType[] | undefined | null)?.length
      ? (args.types as RelationType[])
      : RELATION_TYPE_NAMES;
    const types = wanted.filter((type) => RELATION_TYPES[type].evidenced);
    const branches = types.map(
      (type) =>
        `MATCH (${a})-[${r}:${relType(type)}]->(${b}) WHERE ${r}.clauseId = ${v}.id RETURN ${a}, ${r}, ${b}`,
    );
    for (const type of types.filter(isPerFact)) {
      // Evidence entries after the first: the clause lists those facts (factIds, set by the
      // loader), found by seeks on the facts' id index rather than by scanning the type.
      branches.push(
        `MATCH (${a})-[${r}:${relType(type)}]->(${b}) WHERE ${r}.id IN ${v}.factIds AND ${r}.clauseId <> ${v}.id RETURN ${a}, ${r}, ${b}`,
      );
    }
    if (branches.length === 0) return undefined;
    return {
      match: `CALL (${v}) { ${branches.join(' UNION ALL ')} }`,
      carry: `${a}, ${r}, ${b}`,
      order: [
        { expression: `${r}.start`, type: 'number' },
        { expression: `${r}.id`, type: 'string' },
      ],
      item: (type, nodes) => projector.relation(a, r, b, type, nodes),
    };
  },
};

/** The plain list field of a list snippet: its first `first` items (all when `paged` is false). */
function plainList(name: ListSnippetName, paged: boolean): Snippet {
  return (v, projector, field) => {
    const list = LIST_SNIPPETS[name](v, projector, field);
    if (!list) return EMPTY_LIST;
    const limit = paged ? projector.first(argumentValues(projector.operation, field)) : null;
    const type = namedCompositeType(field.definition.type)!;
    return listExpression(projector.builder, list, limit, type, field.nodes);
  };
}

/** The basis a direct date relation gives a document's date. */
const DATE_BASIS_OF: Partial<Record<RelationType, DocumentDateBasis>> = {
  SIGNED_ON: 'signed',
  ADOPTED_ON: 'adopted',
  ENTERED_INTO_FORCE_ON: 'entered_into_force',
  ANNOUNCED_ON: 'announced',
};

export const SNIPPETS: Record<SnippetName, Snippet> = {
  clauseSection: (v, projector, field) => {
    const s = projector.builder.variable('s');
    return wrapped(
      childNode(projector, field, s),
      (section) =>
        `head(COLLECT { MATCH (${v})-[:${relType('PART_OF')}]->(${s}:${label('Section')}) RETURN ${section} })`,
    );
  },
  clauseDocument: (v, projector, field) => {
    const d = projector.builder.variable('d');
    return wrapped(
      childNode(projector, field, d),
      (document) =>
        `head(COLLECT { MATCH (${d}:${label('Document')} {id: ${v}.documentId}) RETURN ${document} })`,
    );
  },
  previousClause: neighbourClause(-1),
  nextClause: neighbourClause(1),
  documentClauses: plainList('documentClauses', true),
  documentSections: plainList('documentSections', false),
  sectionClauses: plainList('sectionClauses', false),
  sourceDocuments: plainList('sourceDocuments', false),
  assertedRelations: plainList('assertedRelations', true),

  /**
   * A document's one date, from the best source the graph has (DOCUMENT_DATE_BASES in the
   * vocabulary): signed, adopted, the adopting meeting's date, entry into force, announcement;
   * else the date of the earliest loaded document that cites it (it existed by then).
   */
  documentDate: (v, projector) => {
    const [r, d, e, c, citing] = ['r', 'd', 'e', 'c', 'citing'].map((p) =>
      projector.builder.variable(p),
    ) as [string, string, string, string, string];
    const direct = (['SIGNED_ON', 'ADOPTED_ON', 'ENTERED_INTO_FORCE_ON', 'ANNOUNCED_ON'] as const)
      .map((type, rank) => `WHEN '${type}' THEN [${[0, 1, 3, 4][rank]}, '${DATE_BASIS_OF[type]}']`)
      .join(' ');
    const date = (rank: string, basis: string) =>
      `RETURN {value: ${d}.value, precision: ${d}.precision, basis: ${basis}, rank: ${rank}} AS x`;
    // A map built and read as it is: three short keys, one per document.
    return value(
      `head(COLLECT { CALL (${v}) { ` +
        `MATCH (${v})-[${r}]->(${d}:${label('CalendarDate')}) WHERE type(${r}) IN ['SIGNED_ON', 'ADOPTED_ON', 'ENTERED_INTO_FORCE_ON', 'ANNOUNCED_ON'] ` +
        `WITH ${d}, CASE type(${r}) ${direct} END AS how ${date('how[0]', 'how[1]')} ` +
        `UNION MATCH (${v})-[:${relType('ADOPTED_AT')}]->(${e}:${label('Event')})-[:${relType('HELD_ON')}]->(${d}:${label('CalendarDate')}) ${date('2', "'adopting_event'")} ` +
        `UNION MATCH (${c}:${label('Clause')})-[:${relType('REFERENCES')}]->(${v}) ` +
        `MATCH (${citing}:${label('Document')} {id: ${c}.documentId})-[:${relType('SIGNED_ON')}]->(${d}:${label('CalendarDate')}) ${date('5', "'cited_by'")} ` +
        `} WITH x ORDER BY x.rank, x.value LIMIT 1 RETURN x {.value, .precision, .basis} })`,
    );
  },

  /** How many documents state it: a fact's count, 1 for an edge of one act. */
  documentCount: (r) => value(`coalesce(${r}.documentCount, 1)`),

  /**
   * The evidence entries of a relation, by entry id after `after`, `first` + 1 of them (the
   * resolver makes the page): a fact's parallel lists, or the scalars of an edge of one act.
   */
  evidences: (r, projector, field) => {
    const args = argumentValues(projector.operation, field);
    const b = projector.builder;
    const first = projector.first(args);
    const after = decodeEvidenceCursor(args.after as string | null | undefined);
    const i = b.variable('i');
    const id = b.variable('eid');
    const at = (name: EvidenceProperty) =>
      `CASE WHEN ${i} < 0 THEN ${r}.${name === 'end' ? '`end`' : name} ELSE ${r}.${EVIDENCE_LISTS[name]}[${i}] END`;
    const entries =
      `CASE WHEN ${r}.evidenceIds IS NULL THEN CASE WHEN ${r}.quote IS NULL THEN [] ELSE [-1] END ` +
      `ELSE range(0, size(${r}.evidenceIds) - 1) END`;
    const child = namedCompositeType(field.definition.type)!;
    const node = childFieldNodes(projector.operation, child, field.nodes, 'edges');
    const edgeType = node.length ? connectionTypes(child) : undefined;
    const nodeFields = edgeType
      ? childFieldNodes(projector.operation, edgeType.edge, node, 'node')
      : [];
    const item = record([
      ['key', value(id)],
      ['node', edgeType ? projector.evidence(at, edgeType.node, nodeFields) : EMPTY_RECORD],
    ]);
    return record([
      ['totalCount', value(`size(${entries})`)],
      [
        'items',
        listOf(
          `COLLECT { UNWIND ${entries} AS ${i} ` +
            `WITH ${i}, CASE WHEN ${i} < 0 THEN ${r}.id ELSE ${r}.evidenceIds[${i}] END AS ${id} ` +
            `WHERE ${id} > ${b.param(after ?? '')} ORDER BY ${id} LIMIT ${b.param(first + 1)} ` +
            `RETURN ${item.cypher} }`,
          item,
        ),
      ],
    ]);
  },

  /** Qualifiers are stored flat as q_<name>; returned as pairs and made an object in TypeScript. */
  qualifiers: (r) =>
    value(`[k IN keys(${r}) WHERE k STARTS WITH 'q_' | [substring(k, 2), ${r}[k]]]`),
};
