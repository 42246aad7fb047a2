import type { ComplexityEstimator } from 'graphql-query-complexity';
import { VALUE_UNITS, type CostUnits } from './cost-units';

/**
 * Costs a field that takes `first` as a page of that many items: its selection is resolved once
 * per item, so the children's cost is multiplied by `first` (plus the field itself). An absent
 * `first` takes the schema's default for that field (graphql-query-complexity fills it in), so the
 * estimate and the resolvers' page sizes cannot disagree; `defaultFirst` covers a field without
 * one. Any field with the argument counts, list or connection alike.
 */
export function firstArgumentEstimator(
  defaultFirst: number,
  units: CostUnits = VALUE_UNITS,
): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((argument) => argument.name === 'first')) return undefined;
    const first: unknown = args.first;
    // A negative `first` is the resolver's error to report; it fetches nothing meanwhile.
    const items = typeof first === 'number' ? Math.max(0, first) : defaultFirst;
    return units.object + items * childComplexity;
  };
}
