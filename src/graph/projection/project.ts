import { isAbstractType, isNonNullType, type FieldNode, type GraphQLCompositeType } from 'graphql';
import { type Direction, type NodeKind, type RelationType } from '../../vocabulary';
import { InvalidArgumentError } from '../errors';
import { CypherBuilder, label, property, relType } from './cypher-builder';
import { BASE_KEYS, type FieldPlan } from './field-plan';
import {
  argumentValues,
  namedCompositeType,
  selectedFields,
  type Operation,
  type SelectedField,
} from './selection';
import { isEvidenceProperty, type EvidenceProperty } from './evidence';
import { SNIPPETS } from './snippets';

/**
 * The projection compiler: turns the fields a client selected into one Cypher map expression,
 * nesting COLLECT subqueries for relationships, so that a root field of any depth is one query
 * (the approach of @neo4j/graphql). It reads each field's plan from `extensions.cypher`.
 */

/** The largest list a nested relationship field returns. */
export const MAX_NESTED_LIST = 100;
export const DEFAULT_NESTED_LIST = 25;

export class Projector {
  constructor(
    readonly operation: Operation,
    readonly builder: CypherBuilder = new CypherBuilder(),
  ) {}

  /** A map expression for node variable `v` of a node type (an Entity or one of its kinds). */
  node(v: string, type: GraphQLCompositeType, nodes: readonly FieldNode[]): string {
    // `kind` is always there: resolveType and kindLabel read it. Other keys only when selected
    // (or needed by a selected computed field), so a map carries what the answer holds.
    const keys = new Map<string, string>([['kind', `${v}.kind`]]);
    for (const [key, fields] of groupByKey(selectedFields(this.operation, type, nodes))) {
      for (const field of fields) {
        const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
        if (plan?.kind === 'computed')
          for (const needed of plan.needs ?? []) keys.set(needed, `${v}.${property(needed)}`);
      }
      const expression = this.nodeFieldByKind(v, type, fields);
      if (expression) keys.set(key, expression);
    }
    return `{${[...keys].map(([key, expression]) => `\`${key}\`: ${expression}`).join(', ')}}`;
  }

  /** A map expression for relationship `r` from `a` to `b`, as the GraphQL type Relation. */
  relation(
    a: string,
    r: string,
    b: string,
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
  ): string {
    // `type` is always there: label and category are computed from it; cameo from the act's code.
    const entries = [`${BASE_KEYS.type}: type(${r})`, `${BASE_KEYS.cameo}: ${r}.cameo`];
    for (const field of selectedFields(this.operation, type, nodes)) {
      const child = namedCompositeType(field.definition.type);
      const key = `\`${field.key}\``;
      switch (field.name) {
        case 'type':
          break;
        case 'from':
          entries.push(`${key}: ${this.node(a, child!, field.nodes)}`);
          break;
        case 'to':
          entries.push(`${key}: ${this.node(b, child!, field.nodes)}`);
          break;
        case 'evidence':
          entries.push(
            `${key}: CASE WHEN ${r}.quote IS NULL THEN null ELSE ${this.evidence((name) => `${r}.${property(name)}`, child!, field.nodes)} END`,
          );
          break;
        default: {
          const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
          if (plan?.kind === 'computed') break;
          const expression =
            plan?.kind === 'snippet'
              ? SNIPPETS[plan.name](r, this, field)
              : this.plainField(r, field);
          entries.push(`${key}: ${expression}`);
        }
      }
    }
    return `{${entries.join(', ')}}`;
  }

  /**
   * An Evidence map. `at` gives the Cypher expression of an evidence property (`quote`,
   * `clauseId`, `source` …): the relationship's scalar for its first evidence, a list entry for
   * the others of a fact stated by many documents.
   */
  evidence(
    at: (name: EvidenceProperty) => string,
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
  ): string {
    const entries: string[] = [];
    for (const field of selectedFields(this.operation, type, nodes)) {
      const key = `\`${field.key}\``;
      if (field.name === 'clause') {
        const c = this.builder.variable('c');
        const clause = this.node(c, namedCompositeType(field.definition.type)!, field.nodes);
        entries.push(
          `${key}: head(COLLECT { MATCH (${c}:Entity {id: ${at('clauseId')}}) RETURN ${clause} })`,
        );
      } else if (field.name === 'documentId') {
        entries.push(`${key}: ${at('source')}`);
      } else if (isEvidenceProperty(field.name)) {
        entries.push(`${key}: ${at(field.name)}`);
      } else {
        throw new Error(`Evidence.${field.name} has no cypher plan`);
      }
    }
    return `{${entries.join(', ')}}`;
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
  ): string | undefined {
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
    const branches = specific.map(
      (f) =>
        `WHEN ${this.builder.param(f.parentType.name)} THEN ${this.nodeField(v, merged(f)) ?? 'null'}`,
    );
    const otherwise = general.length
      ? this.nodeField(v, { ...general[0]!, nodes: generalNodes })
      : undefined;
    return `CASE ${v}.kind ${branches.join(' ')} ELSE ${otherwise ?? 'null'} END`;
  }

  private nodeField(v: string, field: SelectedField): string | undefined {
    const plan = field.definition.extensions?.cypher as FieldPlan | undefined;
    if (!plan) return this.plainField(v, field);
    switch (plan.kind) {
      case 'property':
        return `${v}.${property(plan.property)}`;
      case 'bilingual': {
        const [ja, en] = [`${v}.${property(plan.ja)}`, `${v}.${property(plan.en)}`];
        // A nullable text (a cited document's publisher) is null unless both languages are known.
        return isNonNullType(field.definition.type)
          ? `{ja: ${ja}, en: ${en}}`
          : `CASE WHEN ${ja} IS NULL OR ${en} IS NULL THEN null ELSE {ja: ${ja}, en: ${en}} END`;
      }
      case 'computed':
        return undefined;
      case 'relations':
        return this.relations(v, field, plan);
      case 'related':
        return this.related(v, field, plan);
      case 'snippet':
        return SNIPPETS[plan.name](v, this, field);
    }
  }

  /** A scalar read from a node or relationship property of the field's own name. */
  private plainField(v: string, field: SelectedField): string {
    if (namedCompositeType(field.definition.type)) {
      throw new Error(
        `${field.parentType.name}.${field.name} is an object field without a cypher plan`,
      );
    }
    return `${v}.${property(field.name)}`;
  }

  /** Relationships of `v` as Relation maps, filtered by the plan and the field's arguments. */
  relations(
    v: string,
    field: SelectedField,
    plan: Extract<FieldPlan, { kind: 'relations' }>,
  ): string {
    const args = argumentValues(this.operation, field);
    const direction = (args.direction as Direction | undefined) ?? plan.direction ?? 'BOTH';
    const types = (args.types as RelationType[] | undefined) ?? plan.types;
    const first = this.first(args);
    const [r, o, a, b] = ['r', 'o', 'a', 'b'].map((p) => this.builder.variable(p)) as [
      string,
      string,
      string,
      string,
    ];
    const pattern = relationshipPattern(v, r, o, direction, types, plan.otherKinds);
    const child = namedCompositeType(field.definition.type)!;
    return (
      `COLLECT { MATCH ${pattern} ` +
      `WITH startNode(${r}) AS ${a}, ${r}, endNode(${r}) AS ${b} ORDER BY ${r}.id LIMIT ${this.builder.param(first)} ` +
      `RETURN ${this.relation(a, r, b, child, field.nodes)} }`
    );
  }

  /** Nodes at the other end of `v`'s relationships. */
  related(v: string, field: SelectedField, plan: Extract<FieldPlan, { kind: 'related' }>): string {
    const args = argumentValues(this.operation, field);
    const [r, o] = [this.builder.variable('r'), this.builder.variable('o')];
    const pattern = relationshipPattern(v, r, o, plan.direction, plan.types, plan.otherKinds);
    const order = plan.orderBy ? `${o}.${property(plan.orderBy)}, ${o}.id` : `${o}.id`;
    const limit = plan.single ? 1 : this.first(args);
    const child = namedCompositeType(field.definition.type)!;
    const list =
      `COLLECT { MATCH ${pattern} WITH DISTINCT ${o} ORDER BY ${order} LIMIT ${this.builder.param(limit)} ` +
      `RETURN ${this.node(o, child, field.nodes)} }`;
    return plan.single ? `head(${list})` : list;
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
