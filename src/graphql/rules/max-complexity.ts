import {
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity } from 'graphql-query-complexity';
import { BYTE_UNITS, VALUE_UNITS, type CostUnits } from './cost-units';
import { firstArgumentEstimator } from './first-argument.estimator';
import { leafEstimator } from './leaf.estimator';
import { operationLimitError } from './operation-limit-error';
import { subgraphEstimator, type SubgraphCostContext } from './subgraph-cost.estimator';

export interface ComplexityCheck {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  /** The operation that will run; the only one in the document when absent. */
  readonly operation?: OperationDefinitionNode;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly maximum: number;
  /** How many items a field with a `first` argument but no default returns when it is not given. */
  readonly defaultFirst: number;
}

/**
 * The operation's cost in `units` (values by default): each field costs itself plus its
 * children, a `complexity` field extension (type-graphql's `@Field({ complexity })`) overrides
 * that, a `first` argument multiplies the children, a subgraph field costs its node and edge
 * limits and each export format it selects. Null when the operation is too large to measure (the
 * library stops after 10,000 selections, as fragments spread inside fragments multiply).
 */
export function measureComplexity(
  check: Omit<ComplexityCheck, 'maximum'>,
  units: CostUnits = VALUE_UNITS,
): number | null {
  const context: SubgraphCostContext = {};
  try {
    return getComplexity({
      schema: check.schema,
      query: onlyOperation(check.document, check.operation),
      variables: { ...check.variables },
      context: context as Record<string, unknown>,
      estimators: [
        subgraphEstimator(units),
        fieldExtensionsEstimator(),
        firstArgumentEstimator(check.defaultFirst, units),
        leafEstimator(units),
      ],
    });
  } catch {
    return null;
  }
}

/** The estimated size of the response in bytes (the response-size budget); null as above. */
export function measureResponseBytes(check: Omit<ComplexityCheck, 'maximum'>): number | null {
  return measureComplexity(check, BYTE_UNITS);
}

/** The operation that will run, or undefined when variables do not fit (execution reports that). */
export function runnableOperation(
  check: Omit<ComplexityCheck, 'maximum' | 'defaultFirst'>,
): OperationDefinitionNode | undefined {
  const operation = check.operation ?? getOperationAST(check.document) ?? undefined;
  // Variables that do not fit their types fail the request at execution, with Apollo's own
  // BAD_USER_INPUT error; without them there is no cost to measure.
  const { errors } = getVariableValues(
    check.schema,
    operation?.variableDefinitions ?? [],
    check.variables ?? {},
  );
  return errors === undefined ? operation : undefined;
}

/** The complexity limit error, or undefined when the operation is within the maximum. */
export function checkComplexity(check: ComplexityCheck): GraphQLError | undefined {
  const operation = runnableOperation(check);
  if (operation === undefined) return undefined;
  const actual = measureComplexity({ ...check, operation });
  if (actual !== null && actual <= check.maximum) return undefined;
  return operationLimitError('complexity', check.maximum, actual, [operation]);
}

/**
 * The library sums every operation in a document, though a request runs one: keep only that
 * one and the fragments it may spread.
 */
function onlyOperation(document: DocumentNode, operation?: OperationDefinitionNode): DocumentNode {
  if (operation === undefined) return document;
  const definitions = document.definitions.filter(
    (definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION,
  );
  return { ...document, definitions };
}
