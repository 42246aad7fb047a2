import type { Database } from '../db/database';

/** What every resolver receives: the database, and nothing global. */
export interface GraphQLContext {
  readonly db: Database;
}
