/**
 * `npm run seed [annotation.json | folder]`: validate and load an annotation (or every annotation
 * in a folder, each all-or-nothing) into NEO4J_URI, or into the project's local Neo4j (started for the load and stopped after, unless it was already running).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { AnnotationError } from './validate-annotation';
import { countDocumentGraph } from './load-graph';
import { formatReport, seed, seedDirectory } from './seed';
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
    if (fs.statSync(file, { throwIfNoEntry: false })?.isDirectory()) {
      // A folder: every annotation in it, each all-or-nothing; refused ones reported, exit 1.
      const { loaded, refused, milliseconds } = await seedDirectory(db, file, console.log);
      console.log(
        `Loaded ${loaded.length} documents in ${(milliseconds / 1000).toFixed(1)} s` +
          (refused.length ? `; refused ${refused.length}` : ''),
      );
      if (refused.length) process.exitCode = 1;
    } else {
      const report = await seed(db, file);
      console.log(formatReport(report, await countDocumentGraph(db, report.documentId)));
    }
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
