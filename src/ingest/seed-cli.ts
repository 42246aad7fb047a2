/**
 * `npm run seed [annotation.json | folder] [--dry-run]`: validate and load an annotation (or every
 * annotation in a folder, in batches of 50 per transaction, each document all-or-nothing, those
 * already loaded from the same annotation skipped) into NEO4J_URI, or into the project's local Neo4j
 * (started for the load and stopped after, unless it was already running). With --dry-run (one
 * annotation): print what loading would change and write nothing.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../config';
import { withNeo4j } from '../local-neo4j/with-neo4j';
import { AnnotationError } from './validate-annotation';
import { countDocumentGraph } from './load-graph';
import { formatReport, seed, seedDirectory } from './seed';
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
  const folder = fs.statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (folder && dry) throw new Error('--dry-run takes one annotation file, not a folder');
  // Validate before any connection: a refused annotation never reaches the database.
  const single = folder ? undefined : readAnnotation(file);
  await withNeo4j(async (db) => {
    if (!single) {
      // A folder: every annotation in it, each all-or-nothing; refused ones reported, exit 1.
      const { loaded, unchanged, refused, milliseconds } = await seedDirectory(
        db,
        file,
        console.log,
      );
      const seconds = milliseconds / 1000;
      console.log(
        `Loaded ${loaded.length} documents in ${seconds.toFixed(1)} s ` +
          `(${(loaded.length / seconds).toFixed(1)} documents/s)` +
          (unchanged.length ? `; ${unchanged.length} unchanged, left as they were` : '') +
          (refused.length ? `; refused ${refused.length}` : ''),
      );
      if (refused.length) process.exitCode = 1;
      return;
    }
    const { annotation, statement } = single;
    await checkDocumentId(db, annotation.document.id, statement);
    if (dry) {
      console.log(formatDryRun(await dryRun(db, toGraph(annotation, statement))));
      return;
    }
    const report = await seed(db, file);
    console.log(formatReport(report, await countDocumentGraph(db, report.documentId)));
  });
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
