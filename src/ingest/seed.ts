import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../db/database';
import { applySchema } from './graph-schema';
import { batchesOf } from './batch';
import {
  countDocumentGraph,
  loadBatch,
  loadGraph,
  loadedContentHash,
  type LoadOptions,
  type LoadReport,
} from './load-graph';
import { AnnotationError } from './validate-annotation';
import { readAnnotation, DEFAULT_ANNOTATION } from './read-annotation';
import { statementOf, toGraph, type GraphRows } from './to-graph';
import { documentIdProblem, DocumentIdError, findIdHolders } from './document-identity';

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
  /** Documents already loaded from the same annotation (same content hash): left as they are. */
  readonly unchanged: string[];
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

/** Documents per write transaction: large enough to write shared nodes and facts once per many. */
export const DEFAULT_BATCH_SIZE = 50;

/** A document to load: where it comes from (for messages), and its rows, made when needed. */
export interface DocumentSource {
  readonly name: string;
  /** Reads and validates it; throws (AnnotationError …) when it is refused. */
  readonly graph: () => GraphRows;
}

export interface LoadDocumentsOptions {
  readonly batchSize?: number;
  readonly log?: (line: string) => void;
  /** Told how long each step of each batch's transaction took (see LoadOptions.timeStep). */
  readonly timeStep?: LoadOptions['timeStep'];
}

/**
 * Loads many documents in batches of `batchSize` per write transaction (the schema applied once
 * first). A document already loaded from the same annotation is left as it is; a changed one
 * replaces its previous version; one whose id another statement or a node of another kind holds
 * is refused (document-identity.ts). Each document stays all-or-nothing: when a batch fails, its
 * documents are loaded again one by one, so the bad one is refused with its own error and the
 * others load. Rows are made one batch at a time, so memory does not grow with the corpus.
 */
export async function loadDocuments(
  db: Database,
  sources: Iterable<DocumentSource>,
  options: LoadDocumentsOptions = {},
): Promise<DirectoryReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  await applySchema(db);
  const loaded: LoadReport[] = [];
  const unchanged: string[] = [];
  const refused: Array<{ file: string; message: string }> = [];
  const refuse = (file: string, error: unknown) => {
    const message =
      error instanceof AnnotationError
        ? annotationProblems(error)
        : String((error as Error).message);
    refused.push({ file, message });
    log(`  refused ${file}: ${message}`);
  };
  function* valid(): Generator<{ name: string; graph: GraphRows }> {
    for (const source of sources) {
      try {
        yield { name: source.name, graph: source.graph() };
      } catch (error) {
        refuse(source.name, error);
      }
    }
  }
  const batches = batchesOf(
    valid(),
    options.batchSize ?? DEFAULT_BATCH_SIZE,
    (d) => d.graph.documentId,
  );
  for (const batch of batches) {
    const holders = await findIdHolders(
      db,
      batch.map(({ graph }) => ({ id: graph.documentId, contentHash: graph.contentHash })),
    );
    const changed = batch.filter(({ name, graph }) => {
      const holder = holders.get(graph.documentId);
      if (holder?.contentHash === graph.contentHash) {
        unchanged.push(graph.documentId);
        return false;
      }
      // The single-file load's check: never replace another statement or a node of another kind.
      const problem = documentIdProblem(graph.documentId, holder, statementOf(graph));
      if (problem) refuse(name, new DocumentIdError(problem));
      return !problem;
    });
    if (!changed.length) continue;
    const loadOptions = { timeStep: options.timeStep };
    try {
      const reports = await loadBatch(
        db,
        changed.map((d) => d.graph),
        loadOptions,
      );
      loaded.push(...reports);
      log(
        `  ${reports.length} document${reports.length > 1 ? 's' : ''} (${changed[0]!.graph.documentId} …) in ${reports[0]!.milliseconds} ms`,
      );
    } catch (error) {
      if (changed.length === 1) {
        refuse(changed[0]!.name, error);
        continue;
      }
      // Which document failed the batch? Each on its own says; the others load.
      log(
        `  a batch of ${changed.length} failed (${(error as Error).message.split('\n')[0]}); loading its documents one by one`,
      );
      for (const document of changed) {
        try {
          loaded.push(...(await loadBatch(db, [document.graph], loadOptions)));
        } catch (single) {
          refuse(document.name, single);
        }
      }
    }
  }
  return { loaded, unchanged, refused, milliseconds: Date.now() - started };
}

function annotationProblems(error: AnnotationError): string {
  return error.problems.map((p) => `${p.id}: ${p.message}`).join('; ');
}

/**
 * Loads every annotation under a folder (`npm run seed -- <folder>`) with loadDocuments: in
 * batches, each document all-or-nothing, unchanged ones skipped. A bad annotation is reported
 * and the others are loaded; the caller exits non-zero when any was refused.
 */
export async function seedDirectory(
  db: Database,
  folder: string,
  log: (line: string) => void = () => undefined,
  options: Omit<LoadDocumentsOptions, 'log'> = {},
): Promise<DirectoryReport> {
  const sources = annotationFiles(folder).map((file) => ({
    name: file,
    graph: () => graphOf(file),
  }));
  return loadDocuments(db, sources, { ...options, log });
}
