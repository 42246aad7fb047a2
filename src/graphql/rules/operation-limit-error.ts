import { GraphQLError, type ASTNode } from 'graphql';
import { ApolloServerErrorCode } from '@apollo/server/errors';

/** The limits an operation can break; `extensions.limit` carries the name. */
export type OperationLimit = 'depth' | 'aliases' | 'complexity' | 'responseSize';

const MEASURED: Record<OperationLimit, string> = {
  depth: 'depth',
  aliases: 'alias count',
  complexity: 'complexity',
  responseSize: 'estimated response size in bytes',
};

/**
 * One shape for every limit, so a client can handle them alike. The code is Apollo's own for
 * validation errors: Apollo sets it anyway on errors from validation rules, and the complexity
 * check (which runs later, in a plugin) must look the same. `actual` is null only when the
 * operation was too large to measure at all.
 */
export function operationLimitError(
  limit: OperationLimit,
  maximum: number,
  actual: number | null,
  nodes?: readonly ASTNode[],
): GraphQLError {
  const message =
    actual === null
      ? `Operation ${MEASURED[limit]} could not be measured; it exceeds the maximum of ${maximum}`
      : `Operation ${MEASURED[limit]} ${actual} exceeds the maximum of ${maximum}`;
  return new GraphQLError(message, {
    nodes,
    extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, limit, maximum, actual },
  });
}
