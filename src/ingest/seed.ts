import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import { applySchema } from './graph-schema';
import { countDocumentGraph, loadGraph, loadedContentHash, type LoadReport } from './load-graph';
import { readAnnotation, DEFAULT_ANNOTATION } from './read-annotation';
import { toGraph, type GraphRows } from './to-graph';

/** Reads and validates an annotation (throws AnnotationError) and makes its graph rows. */
function graphOf(file: string): GraphRows {
  const { annotation, statement } = readAnnotation(file);
  return toGraph(annotation, statement);
}

/**
 * Validates an annotation, then loads it (schema first). Validation runs before any write, so a
 * refused annotation leaves the database untouched.
 */
export async function seed(db: Database, file: string = DEFAULT_ANNOTATION): Promise<LoadReport> {
  return load(db, graphOf(file));
}

async function load(db: Database, graph: GraphRows): Promise<LoadReport> {
  await applySchema(db);
  return loadGraph(db, graph);
}

/** For `npm start`: loads the statement when the database lacks it or holds an older version. */
export async function seedIfMissing(
  db: Database,
  log: (line: string) => void,
  file: string = DEFAULT_ANNOTATION,
): Promise<LoadReport | undefined> {
  const graph = graphOf(file);
  if ((await loadedContentHash(db, graph.documentId)) === graph.contentHash) return undefined;
  const report = await load(db, graph);
  log(formatReport(report, await countDocumentGraph(db, graph.documentId)));
  return report;
}

export function formatReport(
  report: LoadReport,
  counts: Awaited<ReturnType<typeof countDocumentGraph>>,
): string {
  const byKind = counts.nodes.map((n) => `${n.kind} ${n.count}`).join(', ');
  const byType = counts.relationships.map((r) => `${r.type} ${r.count}`).join(', ');
  return [
    `Loaded ${report.documentId}: ${report.nodes} nodes, ${report.relationships} relationships in ${report.milliseconds} ms` +
      ` (replaced ${report.removedNodes} nodes, ${report.removedRelationships} relationships)`,
    `  nodes by kind: ${byKind}`,
    `  relationships by type: ${byType}`,
  ].join('\n');
}

export interface DirectoryReport {
  readonly loaded: LoadReport[];
  /** Annotations refused by the validator or the loader, with why; nothing of them is stored. */
  readonly refused: Array<{ readonly file: string; readonly message: string }>;
  readonly milliseconds: number;
}

/** The annotation files under a folder: every `annotation.json`, or else every `*.json`. */
export function annotationFiles(folder: string): string[] {
  const all = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const named = all.filter((file) => path.basename(file) === 'annotation.json');
  return named.length ? named : all;
}

/**
 * Loads every annotation under a folder (`npm run seed -- <folder>`): the schema once, then each
 * document validated and loaded in a transaction of its own, so each is all-or-nothing. A bad
 * annotation is reported and the others are loaded; the caller exits non-zero when any was refused.
 */
export async function seedDirectory(
  db: Database,
  folder: string,
  log: (line: string) => void = () => undefined,
): Promise<DirectoryReport> {
  const started = Date.now();
  await applySchema(db);
  const loaded: LoadReport[] = [];
  const refused: DirectoryReport['refused'] = [];
  for (const file of annotationFiles(folder)) {
    try {
      const report = await loadGraph(db, graphOf(file));
      loaded.push(report);
      log(
        `  ${report.documentId}: ${report.nodes} nodes, ${report.relationships} relationships in ${report.milliseconds} ms`,
      );
    } catch (error) {
      refused.push({ file, message: (error as Error).message });
      log(`  refused ${file}: ${(error as Error).message}`);
    }
  }
  return { loaded, refused, milliseconds: Date.now() - started };
}
