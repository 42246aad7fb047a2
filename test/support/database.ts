import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { connectDatabase, Database } from '../../src/db/database';
import { seedIfMissing } from '../../src/ingest/seed';

/** The Neo4j that the global setup provided (its coordinates are in process.env). */
export async function openTestDatabase(): Promise<Database> {
  const { neo4j, queryTimeoutMs } = loadConfig();
  if (!neo4j) throw new Error('global setup did not provide NEO4J_URI');
  return connectDatabase(neo4j, { queryTimeoutMs });
}

/** Opens the test database with the shipped statement loaded (loaded once, reused after). */
export async function openSeededDatabase(): Promise<Database> {
  const db = await openTestDatabase();
  await seedIfMissing(db, () => undefined);
  return db;
}

/**
 * A Database whose driver points at a loopback port where nothing listens: how the API sees a
 * stopped Neo4j, without stopping the one the other tests use.
 */
export function unreachableDatabase(): Database {
  const uri = 'bolt://127.0.0.1:1';
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), {
    connectionTimeout: 1_000,
    maxTransactionRetryTime: 500,
  });
  return new Database(
    driver,
    { uri, username: 'neo4j', password: 'unused', database: 'neo4j' },
    { queryTimeoutMs: 1_000 },
  );
}
