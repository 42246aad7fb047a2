import { Extensions } from 'type-graphql';
import type { Direction, NodeKind, RelationType } from '../../vocabulary';

/**
 * How a GraphQL field is read from the graph. Each field of a graph-backed type carries its plan
 * in the field's `extensions.cypher` (like @neo4j/graphql's @relationship and @cypher directives),
 * declared beside the field in its *.type.ts. The projection compiler turns the fields a client
 * selected into one Cypher projection, so a whole operation is one query per root field.
 *
 * A field without a plan reads the node property of its own name.
 */
export type FieldPlan =
  /** A node property under another name. */
  | { readonly kind: 'property'; readonly property: string }
  /** A {ja, en} object from two node properties. */
  | { readonly kind: 'bilingual'; readonly ja: string; readonly en: string }
  /**
   * Relationships of the node, each projected as a Relation. `direction` and `types` fixed here
   * or taken from the field's arguments (`direction`, `types`); `first` caps the list.
   */
  | {
      readonly kind: 'relations';
      readonly direction?: Direction;
      readonly types?: readonly RelationType[];
      /** Only relationships whose other end is of these kinds. */
      readonly otherKinds?: readonly NodeKind[];
    }
  /** Nodes at the other end of relationships; `single` returns the first or null. */
  | {
      readonly kind: 'related';
      readonly direction: Direction;
      readonly types: readonly RelationType[];
      readonly otherKinds?: readonly NodeKind[];
      readonly single?: boolean;
      /** Order of the list: a property of the related node. */
      readonly orderBy?: string;
    }
  /** A named query shape from snippets.ts, for what is not a plain relationship hop. */
  | { readonly kind: 'snippet'; readonly name: SnippetName }
  /**
   * A Relay connection over the same list as a plain list field (`sectorsConnection` beside
   * `sectors`): `edges { cursor node }`, `pageInfo`, `totalCount`, paged by `first` and `after`.
   */
  | { readonly kind: 'connection'; readonly of: ListPlan }
  /**
   * Computed in TypeScript; nothing to query for the field itself. `needs` names the node
   * properties it is computed from, projected under their own names when the field is selected.
   */
  | { readonly kind: 'computed'; readonly needs?: readonly string[] };

/** The plans of lists a connection can page. */
export type ListPlan =
  | Extract<FieldPlan, { kind: 'relations' }>
  | Extract<FieldPlan, { kind: 'related' }>
  | { readonly kind: 'snippet'; readonly name: ListSnippetName };

/** Snippets that are lists (snippets.ts describes each as a NestedList). */
export type ListSnippetName =
  | 'documentClauses'
  | 'documentSections'
  | 'sectionClauses'
  | 'sourceDocuments'
  | 'assertedRelations';

export type SnippetName =
  | 'clauseSection'
  | 'clauseDocument'
  | 'previousClause'
  | 'nextClause'
  | 'documentClauses'
  | 'documentSections'
  | 'sectionClauses'
  | 'sourceDocuments'
  | 'assertedRelations'
  | 'documentCount'
  | 'evidences'
  | 'documentDate'
  | 'qualifiers';

/** Field decorator: attaches a plan to a type-graphql field. */
export function cypher(plan: FieldPlan): MethodDecorator & PropertyDecorator {
  return Extensions({ cypher: plan });
}

/**
 * Keys a projection carries for computed fields, under the name of the field that reads the same
 * value: a node's `kind` (always: resolveType, kindLabel), a relation's `type` (when type, label,
 * category or cameo is selected) and its own CAMEO code (when cameo is).
 */
export const BASE_KEYS = {
  kind: 'kind',
  type: 'type',
  /** A relation's own CAMEO code (each act carries one). */
  cameo: '_cameo',
} as const;
