import {
  getNamedType,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { operationLimitError } from './operation-limit-error';

/**
 * Refuses an operation whose fields nest deeper than `maximum`; the root field is depth 1.
 * Fragments count where they are spread. Meta fields (`__schema`, `__type`, `__typename`) and
 * everything under them are exempt: they never reach the database, and the standard
 * introspection query nests `ofType` far deeper than any data query needs.
 *
 * A Relay connection's wrapper levels do not count: `edges` of a connection and `node` of its
 * edge only reach the items the plain list would return directly, so `sectorsConnection { edges
 * { node { to } } }` is as deep as `sectors { to }`. The limit then bounds the domain's nesting
 * (statement → entity → relation → entity …), whichever form a client pages it with.
 */
export function maxDepthRule(maximum: number): ValidationRule {
  return (context) => {
    // A fragment's depth is the same wherever it is spread: measure each once.
    const fragmentDepths = new Map<string, number>();
    const measuring = new Set<string>();
    const schema = context.getSchema();

    const depthOf = (
      selectionSet: SelectionSetNode | undefined,
      parent: GraphQLNamedType | undefined,
    ): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === 'Field') {
          const name = selection.name.value;
          if (name.startsWith('__')) continue;
          const type = fieldType(parent, name);
          const own = isConnectionWrapper(parent, name) ? 0 : 1;
          deepest = Math.max(deepest, own + depthOf(selection.selectionSet, type));
        } else if (selection.kind === 'InlineFragment') {
          const condition = selection.typeCondition
            ? schema.getType(selection.typeCondition.name.value)
            : parent;
          deepest = Math.max(deepest, depthOf(selection.selectionSet, condition));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      // A cycle is NoFragmentCycles' error to report; here it must only not loop forever.
      if (measuring.has(name)) return 0;
      measuring.add(name);
      const fragment = context.getFragment(name);
      const type = fragment ? schema.getType(fragment.typeCondition.name.value) : undefined;
      const depth = depthOf(fragment?.selectionSet, type);
      measuring.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation) ?? undefined;
        const actual = depthOf(operation.selectionSet, root);
        if (actual > maximum) {
          context.reportError(operationLimitError('depth', maximum, actual, [operation]));
        }
        return false;
      },
    };
  };
}

/** The named type of `parent.name`; undefined when unknown (other rules report that). */
function fieldType(parent: GraphQLNamedType | undefined, name: string) {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  return field ? getNamedType(field.type) : undefined;
}

/** `edges` of a connection (it has `edges` and `pageInfo`), or `node` of an edge (`node`, `cursor`). */
function isConnectionWrapper(parent: GraphQLNamedType | undefined, name: string): boolean {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return false;
  const fields = parent.getFields();
  if (name === 'edges') return 'pageInfo' in fields;
  if (name === 'node') return 'cursor' in fields;
  return false;
}
