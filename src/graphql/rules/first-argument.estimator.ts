import type { ComplexityEstimator } from 'graphql-query-complexity';

/**
 * Costs a field that takes `first` as a page of that many items: its selection is resolved once
 * per item, so the children's complexity is multiplied by `first` (plus 1 for the field itself).
 * Without `first` the resolver returns `defaultFirst` items, so that is what it costs. Any field
 * with the argument counts, list or connection alike; other fields are left to later estimators.
 */
export function firstArgumentEstimator(defaultFirst: number): ComplexityEstimator {
  return ({ field, args, childComplexity }) => {
    if (!field.args.some((argument) => argument.name === 'first')) return undefined;
    const first: unknown = args.first;
    // A negative `first` is the resolver's error to report; it fetches nothing meanwhile.
    const items = typeof first === 'number' ? Math.max(0, first) : defaultFirst;
    return 1 + items * childComplexity;
  };
}
