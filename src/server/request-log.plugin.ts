import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLContext } from '../graphql/context';
import { clientCode, ERROR_CODES } from '../graphql/errors';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

/** What the HTTP layer puts into the context for this plugin. */
export interface RequestLogContext extends GraphQLContext {
  readonly requestId: string;
  readonly receivedAt: number;
}

/**
 * One log line and one metrics observation per GraphQL request: request id, operation name,
 * duration, the result codes, the estimates. Every internal error is logged with its unmasked
 * cause (message, stack, the driver's code), server-side only: the client sees a masked message.
 */
export function requestLogPlugin(
  logger: Logger,
  metrics: Metrics,
): ApolloServerPlugin<RequestLogContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (clientCode(error) !== ERROR_CODES.INTERNAL_SERVER_ERROR) continue;
            const cause = unwrapResolverError(error);
            logger.error(
              {
                reqId: contextValue.requestId,
                operation: operationName,
                path: error.path,
                err: cause,
              },
              'internal error',
            );
          }
        },
        async willSendResponse({ response, errors, contextValue, operationName }) {
          const codes = [...new Set((errors ?? []).map((error) => clientCode(error)))];
          const durationMs = Date.now() - contextValue.receivedAt;
          const code = codes[0] ?? 'ok';
          metrics.observeRequest(operationName ?? undefined, code, durationMs / 1000);
          logger.info(
            {
              reqId: contextValue.requestId,
              operation: operationName ?? null,
              durationMs,
              status: response.http.status ?? 200,
              codes,
              complexity: contextValue.cost?.complexity,
              estimatedBytes: contextValue.cost?.bytes,
              heavy: contextValue.cost?.heavy === true || undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
