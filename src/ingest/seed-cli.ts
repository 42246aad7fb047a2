/**
 * `npm run seed [annotation.json]`: validate and load an annotation into NEO4J_URI, or into the
 * project's local Neo4j (started for the load and stopped after, unless it was already running).
 */
import 'reflect-metadata';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { AnnotationError } from './validate-annotation';
import { countDocumentGraph } from './load-graph';
import { formatReport, seed } from './seed';
import { DEFAULT_ANNOTATION } from './read-annotation';

async function main(): Promise<void> {
  const config = loadConfig();
  const file = process.argv[2] ? path.resolve(process.argv[2]) : DEFAULT_ANNOTATION;
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const connection = config.neo4j ?? local!;
  const db = await connectDatabase(connection, { queryTimeoutMs: config.queryTimeoutMs });
  try {
    const report = await seed(db, file);
    console.log(formatReport(report, await countDocumentGraph(db, report.documentId)));
  } finally {
    await db.close();
    if (local?.startedHere) await stopLocalNeo4j();
  }
}

main().catch((error: unknown) => {
  if (error instanceof AnnotationError) console.error(error.message);
  else if (error instanceof ConfigError) console.error(`Invalid configuration: ${error.message}`);
  else console.error(`Seed failed: ${(error as Error).message}`);
  process.exit(1);
});
