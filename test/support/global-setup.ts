import { loadConfig } from '../../src/config';
import { startLocalNeo4j } from '../../src/local-neo4j/server';

/**
 * Provides a real Neo4j for the whole run: NEO4J_URI when set, else the project's local server
 * (reused when already running). Its coordinates go into process.env, where loadConfig() in every
 * test file finds them. Only the Neo4j project (jest.config.js) runs it: unit tests start none.
 * Test files that need the statement load it (test/support/database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const config = loadConfig();
  if (config.neo4j) return;
  const local = await startLocalNeo4j({
    boltPort: config.localBoltPort,
    log: (l) => console.log(`\n${l}`),
  });
  (globalThis as { startedNeo4j?: boolean }).startedNeo4j = local.startedHere;
  process.env.NEO4J_URI = local.uri;
  process.env.NEO4J_USERNAME = local.username;
  process.env.NEO4J_PASSWORD = local.password;
  process.env.NEO4J_DATABASE = local.database;
}
