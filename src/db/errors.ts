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

/** Neo4j stopped a query that needed more memory than one transaction may hold. */
export class QueryTooLargeError extends Error {
  override readonly name = 'QueryTooLargeError';
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
/** db.memory.transaction.total.max (the pool) and db.memory.transaction.max (one transaction). */
const MEMORY_LIMIT_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

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
  // Transient by Neo4j's classification, but the same query would need the same memory again.
  if (MEMORY_LIMIT_CODES.has(code)) {
    return new QueryTooLargeError(
      'The query needed more memory than the database allows one query; narrow its filter',
      { cause: error },
    );
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
