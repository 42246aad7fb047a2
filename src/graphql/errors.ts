import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  DatabaseAuthError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  QueryTooLargeError,
} from '../db/errors';
import { InvalidArgumentError, UnknownIdError } from '../graph/errors';

/**
 * The API's one error contract: every error has `extensions.code`.
 *
 * - BAD_USER_INPUT: an argument is wrong; `extensions.argument` names it.
 * - NOT_FOUND: a list filter names an id that does not exist (single lookups return null, as
 *   GraphQL convention has it).
 * - SERVICE_UNAVAILABLE: Neo4j does not answer.
 * - QUERY_TIMEOUT: Neo4j took longer than QUERY_TIMEOUT_MS.
 * - QUERY_TOO_LARGE: Neo4j stopped the query at its memory limit for one transaction.
 * - GRAPHQL_VALIDATION_FAILED: the operation breaks a rule, including the depth, alias and
 *   complexity limits (`extensions.limit` says which).
 * - BAD_REQUEST / PAYLOAD_TOO_LARGE: the HTTP body is not JSON or too large (server/http-errors.ts).
 * - INTERNAL_SERVER_ERROR: anything else; its message is masked outside development.
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_LARGE: 'QUERY_TOO_LARGE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`${argument}: ${message}`, {
      extensions: { code: ERROR_CODES.BAD_USER_INPUT, argument },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(argument: string, id: string) {
    super(`${argument}: no node has id "${id}"`, {
      extensions: { code: ERROR_CODES.NOT_FOUND, argument, id },
    });
  }
}

/**
 * The database layer's errors as the client sees them: a code, and a message that says what to do
 * (an unreachable or refusing Neo4j is one message, whatever the driver said). The one place they
 * are mapped.
 */
function fromDatabase(original: unknown): { code: string; message: string } | undefined {
  if (original instanceof DatabaseUnavailableError || original instanceof DatabaseAuthError) {
    return {
      code: ERROR_CODES.SERVICE_UNAVAILABLE,
      message: 'The graph database is unavailable; try again later',
    };
  }
  if (original instanceof QueryTimeoutError) {
    return { code: ERROR_CODES.QUERY_TIMEOUT, message: original.message };
  }
  if (original instanceof QueryTooLargeError) {
    return { code: ERROR_CODES.QUERY_TOO_LARGE, message: original.message };
  }
  return undefined;
}

/**
 * The graph layer's own errors (it knows nothing of GraphQL) as the client sees them: its message,
 * and the code and extensions of the GraphQL error they stand for. The one place they are mapped.
 */
function fromGraphLayer(
  original: unknown,
): { message: string; extensions: { code: string } & Record<string, unknown> } | undefined {
  if (original instanceof InvalidArgumentError) {
    const { extensions } = new BadUserInputError(original.argument, original.reason);
    return {
      message: original.message,
      extensions: { ...extensions, code: ERROR_CODES.BAD_USER_INPUT },
    };
  }
  if (original instanceof UnknownIdError) {
    const { extensions } = new NotFoundError(original.argument, original.id);
    return {
      message: original.message,
      extensions: { ...extensions, code: ERROR_CODES.NOT_FOUND },
    };
  }
  return undefined;
}

/**
 * The code a client sees for this error (as formatError answers it): domain errors by class,
 * others by their own `extensions.code`, INTERNAL_SERVER_ERROR for anything without one.
 */
export function clientCode(error: unknown): string {
  const original = unwrapResolverError(error);
  const database = fromDatabase(original);
  if (database) return database.code;
  const mapped = fromGraphLayer(original);
  if (mapped) return mapped.extensions.code;
  const code = error instanceof GraphQLError ? error.extensions?.code : undefined;
  return typeof code === 'string' ? code : ERROR_CODES.INTERNAL_SERVER_ERROR;
}

/** Apollo's formatError hook: codes for domain errors, masking for the unknown. */
export function formatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const withCode = (code: string, message: string): GraphQLFormattedError => ({
      message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    });
    const database = fromDatabase(original);
    if (database) return withCode(database.code, database.message);
    const mapped = fromGraphLayer(original);
    if (mapped) {
      return {
        message: mapped.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: mapped.extensions,
      };
    }
    const code = formatted.extensions?.code;
    if (code === undefined || code === ERROR_CODES.INTERNAL_SERVER_ERROR) {
      if (development) return formatted;
      return withCode(ERROR_CODES.INTERNAL_SERVER_ERROR, 'Internal server error');
    }
    if (development) return formatted;
    // Outside development no stack traces, whatever a library put into extensions.
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  };
}
