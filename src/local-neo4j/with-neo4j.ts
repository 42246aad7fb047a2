import { loadConfig, type Neo4jConnection } from '../config';
import { connectDatabase, type Database } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from './server';

/**
 * What every command line tool (seed, unseed, draft --db, the benchmarks) does around its work:
 * connect to NEO4J_URI, or to the project's local Neo4j (started if needed, and stopped again at
 * the end when this command started it), and close the driver whatever happens.
 */
export async function withNeo4j<T>(
  work: (db: Database, connection: Neo4jConnection, queryTimeoutMs: number) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const connection = config.neo4j ?? local!;
  try {
    const db = await connectDatabase(connection, { queryTimeoutMs: config.queryTimeoutMs });
    try {
      return await work(db, connection, config.queryTimeoutMs);
    } finally {
      await db.close();
    }
  } finally {
    if (local?.startedHere) await stopLocalNeo4j();
  }
}
