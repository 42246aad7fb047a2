import type { Database } from '../db/database';

/** What every resolver receives: the database, and nothing global. */
export interface GraphQLContext {
  readonly db: Database;
  /** The HTTP answer's ETag when it succeeds (src/server/http-cache.ts); absent outside HTTP. */
  readonly etag?: string;
}
