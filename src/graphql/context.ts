import type { Database } from '../db/database';

/** What every resolver receives: the database (a view bounded by the request's deadline). */
export interface GraphQLContext {
  readonly db: Database;
  /** The HTTP answer's ETag when it succeeds (src/server/http-cache.ts); absent outside HTTP. */
  readonly etag?: string;
  /** When the request must have ended (ms since epoch): QUERY_TIMEOUT_MS plus a margin. */
  readonly deadline?: number;
  /** The operation's estimates, filled in by the cost plugin (logs). */
  readonly cost?: { complexity?: number; bytes?: number; heavy?: boolean };
}
