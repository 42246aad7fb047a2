import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * Refuses an operation of a type the schema does not have (`mutation { __typename }` on this
 * read-only API). graphql-js 16 only notices this during execution, where its error surfaces as
 * an internal one; refused here, it is a validation error that names the problem.
 */
export function knownOperationTypeRule(): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      if (!root) {
        context.reportError(
          new GraphQLError(
            `This API has no ${operation.operation} operations: it is read-only, use a query`,
            { nodes: [operation] },
          ),
        );
      }
      return false;
    },
  });
}
