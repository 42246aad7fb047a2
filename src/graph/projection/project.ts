import { isAbstractType, type FieldNode, type GraphQLCompositeType } from 'graphql';
import { BadUserInputError } from '../../graphql/errors';
import type { Direction, NodeKind, RelationType } from '../../vocabulary';
import { CypherBuilder, property } from './cypher-builder';
import { BASE_KEYS, type FieldPlan } from './field-plan';
import {
  argumentValues,
  namedCompositeType,
  selectedFields,
  type Operation,
  type SelectedField,
} from './selection';
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
    const entries = [
      `${BASE_KEYS.id}: ${v}.id`,
      `${BASE_KEYS.kind}: ${v}.kind`,
      `${BASE_KEYS.value}: ${v}.value`,
      `${BASE_KEYS.precision}: ${v}.precision`,
    ];
    for (const [key, fields] of groupByKey(selectedFields(this.operation, type, nodes))) {
      const expression = this.nodeFieldByKind(v, type, fields);
      if (expression) entries.push(`\`${key}\`: ${expression}`);
    }
    return `{${entries.join(', ')}}`;
  }

  /** A map expression for relationship `r` from `a` to `b`, as the GraphQL type Relation. */
  relation(
    a: string,
    r: string,
    b: string,
    type: GraphQLCompositeType,
    nodes: readonly FieldNode[],
  ): string {
    const entries = [
      `${BASE_KEYS.id}: ${r}.id`,
      `${BASE_KEYS.type}: type(${r})`,
      `${BASE_KEYS.cameo}: ${r}.cameo`,
    ];
    for (const field of selectedFields(this.operation, type, nodes)) {
      const child = namedCompositeType(field.definition.type);
      const key = `\`${field.key}\``;
      switch (field.name) {
        case 'type':
          entries.push(`${key}: type(${r})`);
          break;
        case 'from':
          entries.push(`${key}: ${this.node(a, child!, field.nodes)}`);
          break;
        case 'to':
          entries.push(`${key}: ${this.node(b, child!, field.nodes)}`);
          break;
        case 'evidence':
          entries.push(
            `${key}: CASE WHEN ${r}.quote IS NULL THEN null ELSE ${this.evidence(r, child!, field.nodes)} END`,
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

  private evidence(r: string, type: GraphQLCompositeType, nodes: readonly FieldNode[]): string {
    const entries: string[] = [];
    for (const field of selectedFields(this.operation, type, nodes)) {
      if (field.name === 'clause') {
        const c = this.builder.variable('c');
        const clause = this.node(c, namedCompositeType(field.definition.type)!, field.nodes);
        entries.push(
          `\`${field.key}\`: head(COLLECT { MATCH (${c}:Entity {id: ${r}.clauseId}) RETURN ${clause} })`,
        );
      } else {
        entries.push(`\`${field.key}\`: ${this.plainField(r, field)}`);
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
      case 'bilingual':
        return `{ja: ${v}.${property(plan.ja)}, en: ${v}.${property(plan.en)}}`;
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
    const pattern =
      direction === 'OUT'
        ? `(${v})-[${r}]->(${o})`
        : direction === 'IN'
          ? `(${v})<-[${r}]-(${o})`
          : `(${v})-[${r}]-(${o})`;
    const where = this.conditions(r, o, types, plan.otherKinds);
    const child = namedCompositeType(field.definition.type)!;
    return (
      `COLLECT { MATCH ${pattern}${where} ` +
      `WITH startNode(${r}) AS ${a}, ${r}, endNode(${r}) AS ${b} ORDER BY ${r}.id LIMIT ${this.builder.param(first)} ` +
      `RETURN ${this.relation(a, r, b, child, field.nodes)} }`
    );
  }

  /** Nodes at the other end of `v`'s relationships. */
  related(v: string, field: SelectedField, plan: Extract<FieldPlan, { kind: 'related' }>): string {
    const args = argumentValues(this.operation, field);
    const [r, o] = [this.builder.variable('r'), this.builder.variable('o')];
    const pattern =
      plan.direction === 'OUT'
        ? `(${v})-[${r}]->(${o})`
        : plan.direction === 'IN'
          ? `(${v})<-[${r}]-(${o})`
          : `(${v})-[${r}]-(${o})`;
    const where = this.conditions(r, o, plan.types, plan.otherKinds);
    const order = plan.orderBy ? `${o}.${property(plan.orderBy)}, ${o}.id` : `${o}.id`;
    const limit = plan.single ? 1 : this.first(args);
    const child = namedCompositeType(field.definition.type)!;
    const list =
      `COLLECT { MATCH ${pattern}${where} WITH DISTINCT ${o} ORDER BY ${order} LIMIT ${this.builder.param(limit)} ` +
      `RETURN ${this.node(o, child, field.nodes)} }`;
    return plan.single ? `head(${list})` : list;
  }

  private conditions(
    r: string,
    o: string,
    types?: readonly RelationType[],
    kinds?: readonly NodeKind[],
  ): string {
    const conditions: string[] = [];
    if (types?.length) conditions.push(`type(${r}) IN ${this.builder.param(types)}`);
    if (kinds?.length) conditions.push(`${o}.kind IN ${this.builder.param(kinds)}`);
    return conditions.length ? ` WHERE ${conditions.join(' AND ')}` : '';
  }

  /** Validates a nested list's `first` before the query runs. */
  first(args: Record<string, unknown>): number {
    const first = (args.first as number | undefined) ?? DEFAULT_NESTED_LIST;
    if (!Number.isInteger(first) || first < 1 || first > MAX_NESTED_LIST) {
      throw new BadUserInputError(
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
