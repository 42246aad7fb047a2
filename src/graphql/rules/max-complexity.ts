import {
  Kind,
  getOperationAST,
  getVariableValues,
  type DocumentNode,
  type GraphQLError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { firstArgumentEstimator } from './first-argument.estimator';
import { operationLimitError } from './operation-limit-error';

export interface ComplexityCheck {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  /** The operation that will run; the only one in the document when absent. */
  readonly operation?: OperationDefinitionNode;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly maximum: number;
  /** How many items a field with a `first` argument returns when it is not given. */
  readonly defaultFirst: number;
}

/**
 * The operation's complexity: each field costs 1 plus its children, a `complexity` field
 * extension (type-graphql's `@Field({ complexity })`) overrides that, and a `first` argument
 * multiplies the children. Null when the operation is too large to measure (the library stops
 * after 10,000 selections, as fragments spread inside fragments multiply).
 */
export function measureComplexity(check: Omit<ComplexityCheck, 'maximum'>): number | null {
  try {
    return getComplexity({
      schema: check.schema,
      query: onlyOperation(check.document, check.operation),
      variables: { ...check.variables },
      estimators: [
        fieldExtensionsEstimator(),
        firstArgumentEstimator(check.defaultFirst),
        simpleEstimator({ defaultComplexity: 1 }),
      ],
    });
  } catch {
    return null;
  }
}

/** The complexity limit error, or undefined when the operation is within the maximum. */
export function checkComplexity(check: ComplexityCheck): GraphQLError | undefined {
  const operation = check.operation ?? getOperationAST(check.document) ?? undefined;
  // Variables that do not fit their types fail the request at execution, with Apollo's own
  // BAD_USER_INPUT error; without them there is no complexity to measure.
  const { errors } = getVariableValues(
    check.schema,
    operation?.variableDefinitions ?? [],
    check.variables ?? {},
  );
  if (operation === undefined || errors !== undefined) return undefined;
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
