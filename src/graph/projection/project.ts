import { isAbstractType, isNonNullType, type FieldNode, type GraphQLCompositeType } from 'graphql';
import { type Direction, type NodeKind, type RelationType } from '../../vocabulary';
import { InvalidArgumentError } from '../errors';
import { CypherBuilder, label, property, relType } from './cypher-builder';
import { BASE_KEYS, type FieldPlan, type ListPlan } from './field-plan';
import type { SortKey } from './keyset';
import { connectionExpression, listExpression, type NestedList } from './nested-list';
import {
  argumentValues,
  childFieldNodes,
  connectionTypes,
  namedCompositeType,
  selectedFields,
  type Operation,
  type SelectedField,
} from './selection';
import { isEvidenceProperty, type EvidenceProperty } from './evidence';
import { byKind, record, value, wrapped, type Projection } from './positional';
import { LIST_SNIPPETS, SNIPPETS } from './snippets';

/**
 * The projection compiler: turns the fields a client selected into one Cypher expression,
 * nesting COLLECT subqueries for relationships, so that a root field of any depth is one query
 * (the approach of @neo4j/graphql). It reads each field's plan from `extensions.cypher`. Objects
 * travel as lists of their values and are read back into objects (positional.ts).
 */

/** The largest list a nested relationship field returns. */
export const MAX_NESTED_LIST = 100;
export const DEFAULT_NESTED_LIST = 25;

export class Projector {
  constructor(
    readonly operation: Operation,
    readonly builder: CypherBuilder = new CypherBuilder(),
  ) {}

  /** The projection of node variable `v` of a node type (an Entity or one of its kinds). */
  node(v: string, type: GraphQLCompositeType, nodes: readonly FieldNode[]): Projection {
    // `kind` is always there, and first: resolveType and kindLabel read it, and so do the
    // fields that depend on the kind when they are read back (positional.ts, byKind). Other keys
    // only when selected (or needed by a selected computed field): an object carries what the
    // answer holds.
    const keys = new Map<string, Projection>([[BASE_KEYS.kind, value(`${v}.kind`)]]);
    for (const [key, fields] of groupByKey(selectedFields(this.operation, type, nodes))) {
      for (const field of fields) {
        const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
        if (plan?.kind === 'computed')
          for (const needed of plan.needs ?? [])
            keys.set(needed, value(`${v}.${property(needed)}`));
      }
      const projection = this.nodeFieldByKind(v, type, fields);
      if (projection) keys.set(key, projection);
    }
    return record([...keys]);
  }

  /** The projection of relationship `r` from `a` to `b`, as the GraphQL type Relation. */
  relation(
    a: string,
    r: string,
    b: string,
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
  ): Projection {
    // `type` only for the fields that read it (the type itself, and the computed ones: label,
    // category and cameo come from the vocabulary entry of the type), the act's own code only for
    // cameo: a relation asked for its endpoints carries nothing else, which at a few thousand
    // relations per answer is a third of the bytes Neo4j sends.
    const fields = selectedFields(this.operation, type, nodes);
    const entries: Array<[string, Projection]> = [];
    const computed = (field: SelectedField) =>
      (field.definition.extensions?.cypher as FieldPlan | undefined)?.kind === 'computed';
    if (fields.some((field) => field.name === 'type' || computed(field))) {
      entries.push([BASE_KEYS.type, value(`type(${r})`)]);
    }
    if (fields.some((field) => field.name === 'cameo')) {
      entries.push([BASE_KEYS.cameo, value(`${r}.cameo`)]);
    }
    for (const field of fields) {
      const child = namedCompositeType(field.definition.type);
      switch (field.name) {
        case 'type':
          break;
        case 'from':
          entries.push([field.key, this.node(a, child!, field.nodes)]);
          break;
        case 'to':
          entries.push([field.key, this.node(b, child!, field.nodes)]);
          break;
        case 'evidence': {
          const evidence = this.evidence((name) => `${r}.${property(name)}`, child!, field.nodes);
          entries.push([
            field.key,
            wrapped(evidence, (map) => `CASE WHEN ${r}.quote IS NULL THEN null ELSE ${map} END`),
          ]);
          break;
        }
        default: {
          if (computed(field)) break;
          const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
          entries.push([
            field.key,
            plan?.kind === 'snippet'
              ? SNIPPETS[plan.name](r, this, field)
              : this.plainField(r, field),
          ]);
        }
      }
    }
    return record(entries);
  }

  /**
   * An Evidence object. `at` gives the Cypher expression of an evidence property (`quote`,
   * `clauseId`, `source` …): the relationship's scalar for its first evidence, a list entry for
   * the others of a fact stated by many documents.
   */
  evidence(
    at: (name: EvidenceProperty) => string,
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
  ): Projection {
    const entries: Array<[string, Projection]> = [];
    for (const field of selectedFields(this.operation, type, nodes)) {
      if (field.name === 'clause') {
        const c = this.builder.variable('c');
        const clause = this.node(c, namedCompositeType(field.definition.type)!, field.nodes);
        entries.push([
          field.key,
          wrapped(
            clause,
            (item) =>
              `head(COLLECT { MATCH (${c}:Entity {id: ${at('clauseId')}}) RETURN ${item} })`,
          ),
        ]);
      } else if (field.name === 'documentId') {
        entries.push([field.key, value(at('source'))]);
      } else if (isEvidenceProperty(field.name)) {
        entries.push([field.key, value(at(field.name))]);
      } else {
        throw new Error(`Evidence.${field.name} has no cypher plan`);
      }
    }
    return record(entries);
  }

  /**
   * One key may be selected on the interface and in fragments on concrete kinds
   * (`relations { id } ... on Organization { relations { type } }`). Each kind's branch merges
   * its fragment's selection with the interface's; other kinds get the interface's alone.
   */
  private nodeFieldByKind(
    v: string,
    staticType: GraphQLCompositeType,
    fields: SelectedField[],
  ): Projection | undefined {
    const general = fields.filter((f) => isAbstractType(f.parentType));
    const specific = fields.filter((f) => !isAbstractType(f.parentType));
    const generalNodes = general.flatMap((f) => f.nodes);
    const merged = (field: SelectedField) => ({
      ...field,
      nodes: [...field.nodes, ...generalNodes],
    });
    if (specific.length === 0) return this.nodeField(v, { ...general[0]!, nodes: generalNodes });
    if (!isAbstractType(staticType) || (specific.length === 1 && general.length === 0)) {
      // Every selection applies to the one kind this node can be.
      return this.nodeField(v, { ...specific[0]!, nodes: fields.flatMap((f) => f.nodes) });
    }
    const branches = specific.map((f) => ({
      kind: f.parentType.name,
      when: this.builder.param(f.parentType.name),
      then: this.nodeField(v, merged(f)) ?? NULL,
    }));
    const otherwise = general.length
      ? this.nodeField(v, { ...general[0]!, nodes: generalNodes })
      : undefined;
    return byKind(`${v}.kind`, branches, otherwise ?? NULL);
  }

  private nodeField(v: string, field: SelectedField): Projection | undefined {
    const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
    if (!plan) return this.plainField(v, field);
    switch (plan.kind) {
      case 'property':
        return value(`${v}.${property(plan.property)}`);
      case 'bilingual': {
        const [ja, en] = [`${v}.${property(plan.ja)}`, `${v}.${property(plan.en)}`];
        const text = record([
          ['ja', value(ja)],
          ['en', value(en)],
        ]);
        // A nullable text (a cited document's publisher) is null unless both languages are known.
        return isNonNullType(field.definition.type)
          ? text
          : wrapped(
              text,
              (list) => `CASE WHEN ${ja} IS NULL OR ${en} IS NULL THEN null ELSE ${list} END`,
            );
      }
      case 'computed':
        return undefined;
      case 'relations':
        return this.relations(v, field, plan);
      case 'related':
        return this.related(v, field, plan);
      case 'snippet':
        return SNIPPETS[plan.name](v, this, field);
      case 'connection':
        return this.connection(v, field, plan);
    }
  }

  /** A scalar read from a node or relationship property of the field's own name. */
  private plainField(v: string, field: SelectedField): Projection {
    if (namedCompositeType(field.definition.type)) {
      throw new Error(
        `${field.parentType.name}.${field.name} is an object field without a cypher plan`,
      );
    }
    return value(`${v}.${property(field.name)}`);
  }

  /** Relationships of `v` as Relation objects, filtered by the plan and the field's arguments. */
  relations(
    v: string,
    field: SelectedField,
    plan: Extract<FieldPlan, { kind: 'relations' }>,
  ): Projection {
    const args = argumentValues(this.operation, field);
    const first = this.first(args);
    const child = namedCompositeType(field.definition.type)!;
    return listExpression(
      this.builder,
      this.relationsList(v, args, plan),
      first,
      child,
      field.nodes,
    );
  }

  /** Nodes at the other end of `v`'s relationships. */
  related(
    v: string,
    field: SelectedField,
    plan: Extract<FieldPlan, { kind: 'related' }>,
  ): Projection {
    const args = argumentValues(this.operation, field);
    const list = this.relatedList(v, plan);
    const limit = plan.single ? 1 : this.first(args);
    const child = namedCompositeType(field.definition.type)!;
    return listExpression(this.builder, list, limit, child, field.nodes, plan.single);
  }

  /**
   * A page of a list as `{items: [{key, node}], totalCount}`, for the connection field beside a
   * plain list field. Reads only what is selected: no items when only totalCount is asked for,
   * no count unless it is, no node map unless `edges { node }` is.
   */
  connection(
    v: string,
    field: SelectedField,
    plan: Extract<FieldPlan, { kind: 'connection' }>,
  ): Projection {
    const args = argumentValues(this.operation, field);
    const first = this.first(args);
    const type = namedCompositeType(field.definition.type)!;
    const { edge, node } = connectionTypes(type)!;
    const selected = selectedFields(this.operation, type, field.nodes);
    const selects = (...names: string[]) => selected.some((f) => names.includes(f.name));
    const edges = childFieldNodes(this.operation, type, field.nodes, 'edges');
    const nodes = childFieldNodes(this.operation, edge, edges, 'node');
    const list = this.listOf(v, field, args, plan.of);
    if (!list) return EMPTY_CONNECTION;
    return connectionExpression(this.builder, list, {
      list: field.name,
      first,
      after: args.after as string | null | undefined,
      totalCount: selects('totalCount'),
      items: selects('edges', 'pageInfo'),
      node: nodes.length ? { type: node, nodes } : undefined,
    });
  }

  private listOf(
    v: string,
    field: SelectedField,
    args: Record<string, unknown>,
    plan: ListPlan,
  ): NestedList | undefined {
    switch (plan.kind) {
      case 'relations':
        return this.relationsList(v, args, plan);
      case 'related':
        return this.relatedList(v, plan);
      case 'snippet':
        return LIST_SNIPPETS[plan.name](v, this, field);
    }
  }

  /** `v`'s relationships of the plan's (or the arguments') direction and types, by id. */
  private relationsList(
    v: string,
    args: Record<string, unknown>,
    plan: Extract<FieldPlan, { kind: 'relations' }>,
  ): NestedList {
    const direction = (args.direction as Direction | undefined) ?? plan.direction ?? 'BOTH';
    const types = (args.types as RelationType[] | undefined) ?? plan.types;
    const [r, o, a, b] = ['r', 'o', 'a', 'b'].map((p) => this.builder.variable(p)) as [
      string,
      string,
      string,
      string,
    ];
    const pattern = relationshipPattern(v, r, o, direction, types, plan.otherKinds);
    return {
      match: `MATCH ${pattern}`,
      carry: `startNode(${r}) AS ${a}, ${r}, endNode(${r}) AS ${b}`,
      order: [{ expression: `${r}.id`, type: 'string' }],
      item: (type, nodes) => this.relation(a, r, b, type, nodes),
      count: `COUNT { ${pattern} }`,
    };
  }

  /** The distinct nodes at the other end of `v`'s relationships, in the plan's order. */
  private relatedList(v: string, plan: Extract<FieldPlan, { kind: 'related' }>): NestedList {
    const [r, o] = [this.builder.variable('r'), this.builder.variable('o')];
    const pattern = relationshipPattern(v, r, o, plan.direction, plan.types, plan.otherKinds);
    const id: SortKey = { expression: `${o}.id`, type: 'string' };
    return {
      match: `MATCH ${pattern}`,
      carry: `DISTINCT ${o}`,
      order: plan.orderBy
        ? [{ expression: `${o}.${property(plan.orderBy)}`, type: 'string' }, id]
        : [id],
      item: (type, nodes) => this.node(o, type, nodes),
    };
  }

  /** Validates a nested list's `first` before the query runs. */
  first(args: Record<string, unknown>): number {
    const first = (args.first as number | undefined) ?? DEFAULT_NESTED_LIST;
    if (!Number.isInteger(first) || first < 1 || first > MAX_NESTED_LIST) {
      throw new InvalidArgumentError(
        'first',
        `must be between 1 and ${MAX_NESTED_LIST} (got ${first})`,
      );
    }
    return first;
  }
}

const NULL = value('null');
const EMPTY_CONNECTION = record([
  ['items', value('[]')],
  ['totalCount', value('0')],
]);

function groupByKey(fields: SelectedField[]): Map<string, SelectedField[]> {
  const groups = new Map<string, SelectedField[]>();
  for (const field of fields) groups.set(field.key, [...(groups.get(field.key) ?? []), field]);
  return groups;
}

/**
 * `(v)-[r:A|B]->(o:K)`: types and kinds as pattern labels (from the vocabulary only), so Neo4j
 * expands only relationships of those types (its per-type degree grouping on busy nodes) instead
 * of every relationship filtered afterwards.
 */
export function relationshipPattern(
  v: string,
  r: string,
  o: string,
  direction: Direction,
  types?: readonly RelationType[] | null,
  kinds?: readonly NodeKind[] | null,
): string {
  const typeLabel = types?.length ? `:${types.map(relType).join('|')}` : '';
  const kindLabel = kinds?.length ? `:${kinds.map(label).join('|')}` : '';
  const rel = `[${r}${typeLabel}]`;
  const other = `(${o}${kindLabel})`;
  if (direction === 'OUT') return `(${v})-${rel}->${other}`;
  if (direction === 'IN') return `(${v})<-${rel}-${other}`;
  return `(${v})-${rel}-${other}`;
}
