import { getNamedType, isLeafType, isListType, getNullableType, type GraphQLField } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { EDGES_PER_NODE, SUBGRAPH_LIMITS } from '../../limits';
import type { CostUnits } from './cost-units';

/** The GraphQL type of graph-viewer answers; fields returning it are costed here. */
export const SUBGRAPH_TYPE = 'Subgraph';

/** What a subgraph field selected, recorded while its children are costed. */
interface Selected {
  readonly field: GraphQLField<unknown, unknown>;
  readonly childComplexity: number;
}

/** Per-measurement scratch space: the children of the subgraph field being costed. */
export interface SubgraphCostContext {
  subgraphSelections?: Selected[];
}

/**
 * Costs a field that returns a Subgraph by what it can return: its node limit N and edge limit
 * E (`limit` and EDGES_PER_NODE × limit; for a path of `maxLength` steps, maxLength + 1 nodes and
 * maxLength edges). `nodes` costs N times its selection, `edges` E times, and every export field
 * (a string or JSON leaf: cytoscape, graphml, gexf and any added later, and csv's two files)
 * N + E elements of its format, so three exports cost three times one. Aliases of such fields
 * add up, as every field does.
 *
 * graphql-query-complexity costs a field's children before the field; their costs are set aside in
 * the context (they count as 0 where they are) and summed here once the bounds are known.
 */
export function subgraphEstimator(units: CostUnits): ComplexityEstimator {
  return ({ type, field, args, childComplexity, context }) => {
    const scratch = context as SubgraphCostContext | undefined;
    if (scratch === undefined) return undefined;
    if (type.name === SUBGRAPH_TYPE) {
      (scratch.subgraphSelections ??= []).push({ field, childComplexity });
      return 0;
    }
    if (getNamedType(field.type).name !== SUBGRAPH_TYPE) return undefined;
    const selected = scratch.subgraphSelections ?? [];
    scratch.subgraphSelections = [];
    const { nodes, edges } = subgraphBounds(args);
    let cost = units.object;
    for (const { field: child, childComplexity: perItem } of selected) {
      const childType = getNullableType(child.type);
      if (isListType(childType)) {
        const items =
          child.name === 'nodes' ? nodes : child.name === 'edges' ? edges : nodes + edges;
        cost += units.object + items * (units.object + perItem);
      } else if (isExport(child)) {
        cost +=
          (isLeafType(getNamedType(childType)) ? units.leaf(child.type) : units.object + perItem) +
          (nodes + edges) * units.exportElement(child.name);
      } else if (isLeafType(getNamedType(childType))) {
        cost += units.leaf(child.type);
      } else {
        cost += units.object + perItem;
      }
    }
    return cost + childComplexity;
  };
}

/**
 * An export is a text or JSON leaf of Subgraph (`truncated`, a Boolean, is not), or `csv`, whose
 * two files (an object of two strings) are priced together, whichever of them is selected.
 */
function isExport(field: GraphQLField<unknown, unknown>): boolean {
  const name = getNamedType(field.type).name;
  return name === 'String' || name === 'JSONObject' || field.name === 'csv';
}

/**
 * The most nodes and edges a subgraph field can return for these arguments. A value outside its
 * bounds returns nothing: the resolver refuses it with BAD_USER_INPUT naming the argument, which
 * says more than a complexity error would.
 */
export function subgraphBounds(args: Record<string, unknown>): { nodes: number; edges: number } {
  const nothing = { nodes: 0, edges: 0 };
  if (typeof args.maxLength === 'number') {
    const steps = args.maxLength;
    if (!within(steps, SUBGRAPH_LIMITS.maxLength)) return nothing;
    return { nodes: steps + 1, edges: steps };
  }
  const limit = typeof args.limit === 'number' ? args.limit : SUBGRAPH_LIMITS.graphLimit.max;
  if (!within(limit, SUBGRAPH_LIMITS.graphLimit)) return nothing;
  return { nodes: limit, edges: limit * EDGES_PER_NODE };
}

function within(value: number, bounds: { readonly min: number; readonly max: number }): boolean {
  return Number.isInteger(value) && value >= bounds.min && value <= bounds.max;
}
