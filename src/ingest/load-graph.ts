import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import { DELETE_PER_ACT_RELATIONSHIPS, RETRACT_FACTS } from './remove-document';
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
  const started = Date.now();
  const counts = await db.write(async (tx) => {
    const written = await writeGraph(db, tx, graph);
    await db.run(tx, cypherFile('ingest/bump-graph-version'));
    await options.beforeCommit?.(tx);
    return written;
  });
  return { documentId: graph.documentId, ...counts, milliseconds: Date.now() - started };
}

/** Removes what a document contributed, in a transaction of its own. */
export async function removeDocument(db: Database, documentId: string): Promise<Removed> {
  return db.write(async (tx) => {
    const removed = await removeWritten(db, tx, documentId);
    await db.run(tx, cypherFile('ingest/bump-graph-version'));
    return removed;
  });
}

interface Removed {
  readonly removedNodes: number;
  readonly removedRelationships: number;
}

async function writeGraph(
  db: Database,
  tx: ManagedTransaction,
  graph: GraphRows,
): Promise<Omit<LoadReport, 'documentId' | 'milliseconds'>> {
  const { documentId } = graph;
  const removed = await removeWritten(db, tx, documentId);
  const [nodes] = await db.run(tx, cypherFile('ingest/merge-nodes'), {
    documentId,
    nodes: graph.nodes,
  });
  const conflicts = (nodes?.conflicts ?? []) as Array<{
    id: string;
    kind: string;
    wanted: string;
    others: string[];
  }>;
  if (conflicts.length) {
    throw new Error(
      conflicts
        .map(
          (c) =>
            `node "${c.id}" is ${article(c.kind)} ${c.kind} in ${c.others.join(', ')}; ${documentId} cannot make it ${article(c.wanted)} ${c.wanted}`,
        )
        .join('\n'),
    );
  }
  const [relationships] = await db.run(tx, cypherFile('ingest/create-relationships'), {
    relationships: graph.relationships,
  });
  const [facts] = await db.run(tx, cypherFile('ingest/merge-facts'), {
    documentId,
    facts: graph.facts,
  });
  const written = Number(relationships?.written ?? 0);
  const merged = Number(facts?.written ?? 0);
  if (written !== graph.relationships.length || merged !== graph.facts.length) {
    // A MATCH that found no endpoint writes nothing: refuse rather than load a partial graph.
    throw new Error(
      `wrote ${written} of ${graph.relationships.length} relationships and ${merged} of ` +
        `${graph.facts.length} facts: an endpoint is missing`,
    );
  }
  await db.run(tx, cypherFile('ingest/record-document-anchor'), {
    documentId,
    nodeIds: graph.nodes.map((n) => n.id),
    factIds: graph.facts.map((f) => f.id),
  });
  return {
    nodes: Number(nodes?.written ?? 0),
    relationships: written + merged,
    ...removed,
  };
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
  const [anchor] = await db.run(tx, cypherFile('ingest/find-document-anchor'), { documentId });
  if (!anchor) return { removedNodes: 0, removedRelationships: 0 };
  if (!Array.isArray(anchor.nodeIds)) {
    const [scanned] = await db.run(tx, cypherFile('ingest/remove-document-graph-by-scan'), {
      documentId,
    });
    return {
      removedNodes: Number(scanned?.removedNodes ?? 0),
      removedRelationships: Number(scanned?.removedRelationships ?? 0),
    };
  }
  const [acts] = await db.run(tx, DELETE_PER_ACT_RELATIONSHIPS, { documentId });
  const [facts] = await db.run(tx, RETRACT_FACTS, { documentId, factIds: anchor.factIds });
  const [nodes] = await db.run(tx, cypherFile('ingest/remove-document-nodes'), {
    documentId,
    nodeIds: anchor.nodeIds,
  });
  return {
    removedNodes: Number(nodes?.removedNodes ?? 0),
    removedRelationships: Number(acts?.removed ?? 0) + Number(facts?.retracted ?? 0),
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
