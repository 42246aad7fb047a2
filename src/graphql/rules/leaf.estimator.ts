import { isLeafType, getNamedType } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { LONG_TEXT_FIELDS, type CostUnits } from './cost-units';

/**
 * The last estimator: a leaf costs its unit price (a long text, such as a document's, what its
 * bytes can be), any other field itself plus its children.
 */
export function leafEstimator(units: CostUnits): ComplexityEstimator {
  return ({ type, field, childComplexity }) => {
    if (!isLeafType(getNamedType(field.type))) return units.object + childComplexity;
    const longText = LONG_TEXT_FIELDS[`${type.name}.${field.name}`];
    return longText === undefined ? units.leaf(field.type) : units.longText(longText);
  };
}
