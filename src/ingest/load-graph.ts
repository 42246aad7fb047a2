import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import { DELETE_PER_ACT_RELATIONSHIPS, RETRACT_FACTS } from './remove-document';
import { batchRows, type BatchRows } from './batch';
import { createRelationshipsOf, mergeFactsOf } from './load-cypher';
import type { GraphRows } from './to-graph';

export interface LoadReport {
  readonly documentId: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly removedNodes: number;
  readonly removedRelationships: number;
  readonly milliseconds: number;
}

export interface LoadOptions {
  /**
   * Runs inside the load transaction after every write and before commit. Tests use it to fail a
   * load halfway and prove that nothing of it is left.
   */
  readonly beforeCommit?: (tx: ManagedTransaction) => Promise<void>;
  /** Told how long each step of the transaction took (profiling: npm run bench:scale). */
  readonly timeStep?: (step: string, milliseconds: number) => void;
}

/**
 * Replaces one document's graph in a single write transaction: what it contributed before is
 * removed, then its nodes are merged, its per-act relationships created and its facts merged.
 * A failure anywhere rolls the whole load back, leaving the database as it was. The schema must
 * have been applied (applySchema, once per process).
 */
export async function loadGraph(
  db: Database,
  graph: GraphRows,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const [report] = await loadBatch(db, [graph], options);
  return report!;
}

/**
 * Replaces the graphs of several distinct documents in one write transaction, each node, shared
 * fact and relationship type written once for the whole batch (src/ingest/batch.ts). All or
 * nothing for the batch: a caller that wants each document all-or-nothing on its own retries a
 * failed batch one document at a time (loadDocuments). The schema must have been applied.
 */
export async function loadBatch(
  db: Database,
  graphs: readonly GraphRows[],
  options: LoadOptions = {},
): Promise<LoadReport[]> {
  const started = Date.now();
  const rows = batchRows(graphs);
  const step = stepTimer(options.timeStep);
  const removed = await db.write(async (tx) => {
    const previous = await removePrevious(db, tx, rows.documentIds);
    step('remove previous versions');
    await writeBatch(db, tx, rows, step);
    await db.run(tx, cypherFile('ingest/bump-graph-version'));
    await options.beforeCommit?.(tx);
    step('before commit');
    return previous;
  });
  step('commit');
  const milliseconds = Date.now() - started;
  return graphs.map((graph) => ({
    documentId: graph.documentId,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length + graph.facts.length,
    removedNodes: removed.get(graph.documentId)?.removedNodes ?? 0,
    removedRelationships: removed.get(graph.documentId)?.removedRelationships ?? 0,
    milliseconds,
  }));
}

/** Removes what the previous versions of a batch's documents wrote, where there are some. */
async function removePrevious(
  db: Database,
  tx: ManagedTransaction,
  documentIds: string[],
): Promise<Map<string, Removed>> {
  const loaded = await db.run(tx, cypherFile('ingest/find-document-hashes'), { documentIds });
  const removed = new Map<string, Removed>();
  for (const { documentId } of loaded) {
    removed.set(String(documentId), await removeWritten(db, tx, String(documentId)));
  }
  return removed;
}

/** Times the steps of a transaction, each from the end of the one before. */
function stepTimer(report: LoadOptions['timeStep']): (step: string) => void {
  let last = performance.now();
  return (step) => {
    const now = performance.now();
    report?.(step, now - last);
    last = now;
  };
}

interface Removed {
  readonly removedNodes: number;
  readonly removedRelationships: number;
}

/** Removes what a document contributed, in a transaction of its own. */
export async function removeDocument(db: Database, documentId: string): Promise<Removed> {
  return removeDocuments(db, [documentId]);
}

/** Removes what several documents contributed, in one transaction (see removeWrittenBatch). */
export async function removeDocuments(
  db: Database,
  documentIds: readonly string[],
): Promise<Removed> {
  return db.write(async (tx) => {
    const removed = await removeWrittenBatch(db, tx, documentIds);
    await db.run(tx, cypherFile('ingest/bump-graph-version'));
    return removed;
  });
}

async function writeBatch(
  db: Database,
  tx: ManagedTransaction,
  rows: BatchRows,
  step: (name: string) => void,
): Promise<void> {
  const { documentIds } = rows;
  const [nodes] = await db.run(tx, cypherFile('ingest/merge-batch-nodes'), {
    documentIds,
    nodes: rows.nodes,
  });
  step('merge nodes');
  const conflicts = (nodes?.conflicts ?? []) as Array<{
    id: string;
    kind: string;
    wanted: string;
    documentId: string;
    others: string[];
  }>;
  if (conflicts.length) {
    throw new Error(
      conflicts
        .map(
          (c) =>
            `node "${c.id}" is ${article(c.kind)} ${c.kind} in ${c.others.join(', ')}; ${c.documentId} cannot make it ${article(c.wanted)} ${c.wanted}`,
        )
        .join('\n'),
    );
  }
  let expected = 0;
  let written = 0;
  for (const [type, typeRows] of rows.relationships) {
    const [result] = await db.run(tx, createRelationshipsOf(type), { rows: typeRows });
    expected += typeRows.length;
    written += Number(result?.written ?? 0);
  }
  step('create relationships');
  for (const [type, typeRows] of rows.facts) {
    const [result] = await db.run(tx, mergeFactsOf(type), { documentIds, rows: typeRows });
    expected += typeRows.length;
    written += Number(result?.written ?? 0);
  }
  step('merge facts');
  if (written !== expected) {
    // A MATCH that found no endpoint writes nothing: refuse rather than load a partial graph.
    throw new Error(
      `wrote ${written} of ${expected} relationships and facts: an endpoint is missing`,
    );
  }
  await db.run(tx, cypherFile('ingest/record-document-anchors'), { anchors: rows.anchors });
  step('record anchors');
}

/**
 * Removes what a document wrote, found by index seeks from what its load recorded on its node:
 * its per-act relationships (by `source`), its evidence on shared facts, and its name on nodes
 * (deleting those no other document names). A document loaded before these were recorded is
 * removed by scanning the graph, once.
 */
export async function removeWritten(
  db: Database,
  tx: ManagedTransaction,
  documentId: string,
): Promise<Removed> {
  return removeWrittenBatch(db, tx, [documentId]);
}

/**
 * removeWritten for several documents at once: each shared node and fact is rewritten once for
 * all of them, not once per document. Returns the totals.
 */
export async function removeWrittenBatch(
  db: Database,
  tx: ManagedTransaction,
  documentIds: readonly string[],
): Promise<Removed> {
  const anchored: string[] = [];
  const nodeIds = new Set<string>();
  const factIds = new Set<string>();
  let removedNodes = 0;
  let removedRelationships = 0;
  for (const documentId of documentIds) {
    const [anchor] = await db.run(tx, cypherFile('ingest/find-document-anchor'), { documentId });
    if (!anchor) continue;
    if (!Array.isArray(anchor.nodeIds)) {
      const [scanned] = await db.run(tx, cypherFile('ingest/remove-document-graph-by-scan'), {
        documentId,
      });
      removedNodes += Number(scanned?.removedNodes ?? 0);
      removedRelationships += Number(scanned?.removedRelationships ?? 0);
      continue;
    }
    anchored.push(documentId);
    for (const id of anchor.nodeIds as string[]) nodeIds.add(id);
    for (const id of anchor.factIds as string[]) factIds.add(id);
  }
  if (!anchored.length) return { removedNodes, removedRelationships };
  const [acts] = await db.run(tx, DELETE_PER_ACT_RELATIONSHIPS, { documentIds: anchored });
  const [facts] = await db.run(tx, RETRACT_FACTS, {
    documentIds: anchored,
    factIds: [...factIds],
  });
  const [nodes] = await db.run(tx, cypherFile('ingest/remove-document-nodes'), {
    documentIds: anchored,
    nodeIds: [...nodeIds],
  });
  return {
    removedNodes: removedNodes + Number(nodes?.removedNodes ?? 0),
    removedRelationships:
      removedRelationships + Number(acts?.removed ?? 0) + Number(facts?.retracted ?? 0),
  };
}

function article(word: string): 'a' | 'an' {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

export interface KindCounts {
  readonly nodes: Array<{ kind: string; count: number }>;
  readonly relationships: Array<{ type: string; count: number }>;
}

export async function countDocumentGraph(db: Database, documentId: string): Promise<KindCounts> {
  const [row] = await db.query(cypherFile('ingest/count-by-kind'), { documentId });
  return {
    nodes: (row?.nodes ?? []) as KindCounts['nodes'],
    relationships: (row?.relationships ?? []) as KindCounts['relationships'],
  };
}

export async function loadedContentHash(
  db: Database,
  documentId: string,
): Promise<string | undefined> {
  const [row] = await db.query(cypherFile('ingest/find-document-hash'), { documentId });
  return typeof row?.contentHash === 'string' ? row.contentHash : undefined;
}
