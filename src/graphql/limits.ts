import type { ApolloServerPlugin } from '@apollo/server';
import type { ValidationRule } from 'graphql';
import { maxAliasesRule } from './rules/max-aliases.rule';
import { checkComplexity } from './rules/max-complexity';
import { maxDepthRule } from './rules/max-depth.rule';

/**
 * What one operation may ask of the API; anything more is refused before execution with
 * GRAPHQL_VALIDATION_FAILED and `extensions: { limit, maximum, actual }`.
 *
 * - depth 10: the graph is recursive (statements → entities → relations → entities …), so
 *   unbounded nesting is unbounded Neo4j work. Ten levels cover any real path through the
 *   domain with room to spare; introspection is exempt.
 * - aliases 30: enough to ask for a few dozen named lookups in one request, too few to repeat
 *   an expensive field hundreds of times (alias batching).
 * - complexity 50000: one per field, times `first` for lists, which is about the number of values
 *   a response may hold. A real traversal (20 organizations × their sectors × the organizations
 *   sharing each, lists of 25) costs ~30000 and returns a few hundred kB; three nested lists of
 *   100 (over 10^6) are refused.
 * - defaultFirst 20: what a `first` argument costs when absent; keep it equal to the resolvers'
 *   default page size.
 */
export const OPERATION_LIMITS = {
  depth: 10,
  aliases: 30,
  complexity: 50_000,
  defaultFirst: 20,
} as const;

/** Depth and alias limits: properties of the document alone, so Apollo validates them once. */
export function validationRules(): ValidationRule[] {
  return [maxDepthRule(OPERATION_LIMITS.depth), maxAliasesRule(OPERATION_LIMITS.aliases)];
}

/**
 * The complexity limit. It depends on variables (`first: $n`), which validation rules never see,
 * and Apollo caches validated documents; so it is checked per request once the operation is
 * resolved. Apollo answers an error thrown there with a 500 unless it carries `http.status`
 * (which Apollo strips from the response), so it is given the 400 of a validation error.
 */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const error = checkComplexity({
            schema,
            document,
            operation,
            variables: request.variables,
            maximum: OPERATION_LIMITS.complexity,
            defaultFirst: OPERATION_LIMITS.defaultFirst,
          });
          if (error !== undefined) {
            error.extensions.http = { status: 400 };
            throw error;
          }
        },
      };
    },
  };
}

/**
 * The complexity of a list field that takes no `first` (a document's sections, a section's
 * clauses, the documents naming a node): the estimator cannot read a page size, so it is told
 * the list's typical bound, or such lists would cost 1 however much they nest.
 */
export const UNPAGED_LIST_BOUND = 25;
export const unpagedListComplexity = ({ childComplexity }: { childComplexity: number }): number =>
  1 + UNPAGED_LIST_BOUND * childComplexity;
