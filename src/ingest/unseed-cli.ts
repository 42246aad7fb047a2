/**
 * `npm run unseed -- <documentId>`: removes one document's contribution in one transaction.
 */
import 'reflect-metadata';
import { ConfigError } from '../config';
import { withNeo4j } from '../local-neo4j/with-neo4j';
import { ID_PATTERN } from './annotation.schema';
import { unseed, UnseedError } from './unseed';

async function main(): Promise<void> {
  const [documentId, extra] = process.argv.slice(2);
  if (!documentId || extra !== undefined)
    throw new UnseedError('usage: npm run unseed -- <documentId>');
  if (!ID_PATTERN.test(documentId)) throw new UnseedError(`"${documentId}" is not a document id`);
  await withNeo4j(async (db) => {
    const r = await unseed(db, documentId);
    console.log(
      `Unseeded ${r.documentId}: removed ${r.removedNodes} nodes and ${r.removedRelationships} relationships` +
        (r.keptAsCited ? '; the document stays as one another document cites (loaded: false)' : ''),
    );
  });
}

main().catch((error: unknown) => {
  if (error instanceof UnseedError) console.error(`Unseed refused: ${error.message}`);
  else if (error instanceof ConfigError) console.error(`Invalid configuration: ${error.message}`);
  else console.error(`Unseed failed: ${(error as Error).message}`);
  process.exit(1);
});
