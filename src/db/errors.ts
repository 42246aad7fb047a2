import { Neo4jError } from 'neo4j-driver';

/**
 * Neo4j failures mapped to domain errors in exactly one place, by the driver's error codes
 * (never by message text). The GraphQL layer turns these into `extensions.code`.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

export class DatabaseAuthError extends Error {
  override readonly name = 'DatabaseAuthError';
}

export class QueryTimeoutError extends Error {
  override readonly name = 'QueryTimeoutError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

export function toDatabaseError(error: unknown, uri: string): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const code = error.code;
  if (UNAVAILABLE_CODES.has(code) || code === 'Neo.TransientError.General.DatabaseUnavailable') {
    return new DatabaseUnavailableError(`Neo4j at ${uri} is not reachable`, { cause: error });
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new DatabaseAuthError(
      `Neo4j at ${uri} refused the credentials (check NEO4J_USERNAME and NEO4J_PASSWORD)`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    return new QueryTimeoutError('The query took longer than its time limit', { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} has no such database (check NEO4J_DATABASE)`,
      {
        cause: error,
      },
    );
  }
  return error;
}
