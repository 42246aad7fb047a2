/**
 * `npm run seed [annotation.json] [--dry-run]`: validate and load an annotation into NEO4J_URI, or
 * into the project's local Neo4j (started for the load and stopped after, unless it was already
 * running). With --dry-run: print what loading would change and write nothing.
 */
import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { AnnotationError } from './validate-annotation';
import { countDocumentGraph } from './load-graph';
import { formatReport, seed } from './seed';
import { DEFAULT_ANNOTATION, readAnnotation } from './read-annotation';
import { dryRun, formatDryRun } from './dry-run';
import { toGraph } from './to-graph';
import { checkDocumentId, DocumentIdError } from './document-identity';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dry = args.includes('--dry-run');
  const unknown = args.find((a) => a.startsWith('--') && a !== '--dry-run');
  if (unknown) throw new Error(`unknown option ${unknown} (expected --dry-run)`);
  const given = args.find((a) => !a.startsWith('--'));
  const file = given ? path.resolve(given) : DEFAULT_ANNOTATION;
  // Validate before any connection: a refused annotation never reaches the database.
  const { annotation, statement } = readAnnotation(file);
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const connection = config.neo4j ?? local!;
  const db = await connectDatabase(connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    await checkDocumentId(db, annotation.document.id, statement);
    if (dry) {
      console.log(formatDryRun(await dryRun(db, toGraph(annotation, statement))));
      return;
    }
    const report = await seed(db, file);
    console.log(formatReport(report, await countDocumentGraph(db, report.documentId)));
  } finally {
    await db.close();
    if (local?.startedHere) await stopLocalNeo4j();
  }
}

main().catch((error: unknown) => {
  // One line per problem, each naming file, item and what is wrong.
  if (error instanceof AnnotationError) {
    for (const p of error.problems)
      console.error(`Annotation refused: ${p.file}: ${p.id}: ${p.message}`);
  } else if (error instanceof DocumentIdError) console.error(`Seed refused: ${error.message}`);
  else if (error instanceof ConfigError) console.error(`Invalid configuration: ${error.message}`);
  else console.error(`Seed failed: ${(error as Error).message}`);
  process.exit(1);
});
