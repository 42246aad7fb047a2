import { isLeafType, getNamedType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import type { CostUnits } from './cost-units';

/** The last estimator: a leaf costs its unit price, any other field itself plus its children. */
export function leafEstimator(units: CostUnits): ComplexityEstimator {
  return ({ field, childComplexity }) =>
    isLeafType(getNamedType(field.type)) ? units.leaf(field.type) : units.object + childComplexity;
}
