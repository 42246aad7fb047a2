import {
  getDirectiveValues,
  getNamedType,
  GraphQLSchema,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isCompositeType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';

/**
 * The part of GraphQL execution the projection compiler needs: which fields a client selected on
 * a type (through fragments and inline fragments), and their argument values.
 */
export interface Operation {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
}

/** For queries that project nothing a client selected (only counts and cursors). */
export const EMPTY_OPERATION: Operation = {
  schema: new GraphQLSchema({}),
  fragments: {},
  variables: {},
};

export interface SelectedField {
  /** The key the projection stores the value under (see `projectionKey`). */
  readonly key: string;
  readonly name: string;
  /** The type the field was selected on: the static type or a fragment's type condition. */
  readonly parentType: GraphQLCompositeType;
  readonly definition: GraphQLField<unknown, unknown>;
  readonly nodes: FieldNode[];
}

/**
 * Fields without arguments are stored under their name (aliases of them are equal); fields with
 * arguments under name@alias, since two aliases may ask for different arguments.
 * Resolvers read values back with `projectedValue`.
 */
export function projectionKey(definition: GraphQLField<unknown, unknown>, node: FieldNode): string {
  const responseKey = node.alias?.value ?? node.name.value;
  return definition.args.length ? `${node.name.value}@${responseKey}` : node.name.value;
}

/** Fields selected under `nodes` on `type`, grouped by projection key (then by parent type). */
export function selectedFields(
  operation: Operation,
  type: GraphQLCompositeType,
  nodes: readonly FieldNode[],
): SelectedField[] {
  const byKey = new Map<string, SelectedField>();
  const visit = (selectionSet: SelectionSetNode | undefined, parentType: GraphQLCompositeType) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (!isIncluded(operation, selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__') || !('getFields' in parentType)) continue;
        const definition = parentType.getFields()[name];
        if (!definition) continue;
        const key = projectionKey(definition, selection);
        // Same key on a different concrete type: a different field that happens to share a name.
        const mapKey = `${key}|${parentType.name}`;
        const existing = byKey.get(mapKey);
        if (existing) existing.nodes.push(selection);
        else byKey.set(mapKey, { key, name, parentType, definition, nodes: [selection] });
      } else {
        const condition =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.typeCondition?.name.value
            : operation.fragments[selection.name.value]?.typeCondition.name.value;
        const fragmentSet =
          selection.kind === Kind.INLINE_FRAGMENT
            ? selection.selectionSet
            : operation.fragments[selection.name.value]?.selectionSet;
        const conditionType = condition ? operation.schema.getType(condition) : parentType;
        if (conditionType && isCompositeType(conditionType)) visit(fragmentSet, conditionType);
      }
    }
  };
  for (const node of nodes) visit(node.selectionSet, type);
  return [...byKey.values()];
}

/**
 * `@skip(if: true)` and `@include(if: false)` remove a selection: it must neither be queried nor
 * checked (the complexity limit does not count it either).
 */
function isIncluded(operation: Operation, node: SelectionNode): boolean {
  const variables = operation.variables as Record<string, unknown>;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/** The field nodes selected as `name` directly inside `nodes` (e.g. `edges`, then `node`). */
export function childFieldNodes(
  operation: Operation,
  type: GraphQLCompositeType,
  nodes: readonly FieldNode[],
  name: string,
): FieldNode[] {
  return selectedFields(operation, type, nodes)
    .filter((field) => field.name === name)
    .flatMap((field) => field.nodes);
}

export function argumentValues(
  operation: Operation,
  field: SelectedField,
): Record<string, unknown> {
  // Every alias of a field with arguments has its own key, so the first node speaks for all.
  return getArgumentValues(
    field.definition,
    field.nodes[0]!,
    operation.variables as Record<string, unknown>,
  );
}

export function namedCompositeType(
  type: GraphQLField<unknown, unknown>['type'],
): GraphQLCompositeType | undefined {
  const named: GraphQLNamedType = getNamedType(type);
  return isCompositeType(named) ? named : undefined;
}

/** The edge and node types of a connection type (`edges { node }`). */
export function connectionTypes(
  connection: GraphQLCompositeType,
): { edge: GraphQLCompositeType; node: GraphQLCompositeType } | undefined {
  if (!('getFields' in connection)) return undefined;
  const edge = namedCompositeType(connection.getFields().edges!.type)!;
  if (!('getFields' in edge)) return undefined;
  return { edge, node: namedCompositeType(edge.getFields().node!.type)! };
}
