/**
 * `npm run unseed -- <documentId>`: removes one document's contribution in one transaction.
 */
import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { ID_PATTERN } from './annotation.schema';
import { unseed, UnseedError } from './unseed';

async function main(): Promise<void> {
  const [documentId, extra] = process.argv.slice(2);
  if (!documentId || extra !== undefined)
    throw new UnseedError('usage: npm run unseed -- <documentId>');
  if (!ID_PATTERN.test(documentId)) throw new UnseedError(`"${documentId}" is not a document id`);
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const db = await connectDatabase(config.neo4j ?? local!, {
    queryTimeoutMs: config.queryTimeoutMs,
  });
  try {
    const r = await unseed(db, documentId);
    console.log(
      `Unseeded ${r.documentId}: removed ${r.removedNodes} nodes and ${r.removedRelationships} relationships` +
        (r.keptAsCited ? '; the document stays as one another document cites (loaded: false)' : ''),
    );
  } finally {
    await db.close();
    if (local?.startedHere) await stopLocalNeo4j();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UnseedError) console.error(`Unseed refused: ${error.message}`);
  else if (error instanceof ConfigError) console.error(`Invalid configuration: ${error.message}`);
  else console.error(`Unseed failed: ${(error as Error).message}`);
  process.exit(1);
});
