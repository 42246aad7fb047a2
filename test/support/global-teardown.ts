import { stopLocalNeo4j } from '../../src/local-neo4j/server';

/** Stops the local Neo4j only if this run started it; a server the developer runs stays up. */
export default async function globalTeardown(): Promise<void> {
  if ((globalThis as { startedNeo4j?: boolean }).startedNeo4j) {
    await stopLocalNeo4j({ log: () => undefined });
  }
}
