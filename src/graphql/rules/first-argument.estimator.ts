import { getNamedType, Kind, type FieldNode, type GraphQLNamedType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { VALUE_UNITS, type CostUnits } from './cost-units';

/**
 * Costs a field that takes `first` as a page of that many items: its selection is resolved once
 * per item, so the children's cost is multiplied by `first` (plus the field itself). An absent
 * `first` takes the schema's default for that field (graphql-query-complexity fills it in), so the
 * estimate and the resolvers' page sizes cannot disagree; `defaultFirst` covers a field without
 * one. A connection is costed like the list it pages: only its `edges` repeat per item, while
 * `totalCount` and `pageInfo` are answered once per connection.
 */
export function firstArgumentEstimator(
  defaultFirst: number,
  units: CostUnits = VALUE_UNITS,
): ComplexityEstimator {
  return ({ type, field, node, args, childComplexity, context }) => {
    const scratch = context as EdgesCostContext | undefined;
    if (scratch && field.name === 'edges' && isConnection(type)) {
      // Children are estimated before their parent: kept here for the connection to multiply.
      (scratch.edges ??= new WeakMap()).set(node, childComplexity);
      return undefined;
    }
    if (!field.args.some((argument) => argument.name === 'first')) return undefined;
    const first: unknown = args.first;
    // A negative `first` is the resolver's error to report; it fetches nothing meanwhile.
    const items = typeof first === 'number' ? Math.max(0, first) : defaultFirst;
    const edges = scratch?.edges && isConnection(getNamedType(field.type)) && directEdges(node);
    if (edges) {
      const perItem = edges.reduce(
        (sum, selection) => sum + (scratch!.edges!.get(selection) ?? 0),
        0,
      );
      return units.object + (childComplexity - perItem) + items * perItem;
    }
    return units.object + items * childComplexity;
  };
}

/** The estimate's scratch space: what one item of each `edges` selection costs. */
interface EdgesCostContext {
  edges?: WeakMap<FieldNode, number>;
}

/** A Relay connection type: `edges` and `pageInfo`. */
function isConnection(type: GraphQLNamedType): boolean {
  if (!('getFields' in type)) return false;
  const fields = type.getFields();
  return 'edges' in fields && 'pageInfo' in fields;
}

/**
 * The `edges` selections of a connection field, directly or in inline fragments on it; undefined
 * when a named fragment may hold more (the whole selection is then multiplied, as for a list).
 */
function directEdges(node: FieldNode): FieldNode[] | undefined {
  const found: FieldNode[] = [];
  let complete = true;
  const visit = (selections: FieldNode['selectionSet']) => {
    for (const selection of selections?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.name.value === 'edges') found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) complete = false;
    }
  };
  visit(node.selectionSet);
  return complete ? found : undefined;
}
