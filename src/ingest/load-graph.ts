import type { ManagedTransaction } from 'neo4j-driver';
import type { Database } from '../db/database';
import { cypherFile, cypherStatements } from '../db/cypher-files';
import type { GraphRows } from './to-graph';

export interface LoadReport {
  readonly documentId: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly removedNodes: number;
  readonly removedRelationships: number;
  readonly milliseconds: number;
}

/** Creates constraints and indexes (idempotent). Schema changes cannot share a data transaction. */
export async function applySchema(db: Database): Promise<void> {
  const statements = [
    ...cypherStatements('schema/constraints'),
    ...cypherStatements('schema/relation-evidence-indexes'),
  ];
  for (const statement of statements) {
    await db.write((tx) => db.run(tx, statement));
  }
  await db.write((tx) => db.run(tx, 'CALL db.awaitIndexes(300)'));
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
 * removed, then its nodes are merged and its relationships created. A failure anywhere rolls the
 * whole load back, leaving the database as it was.
 */
export async function loadGraph(
  db: Database,
  graph: GraphRows,
  options: LoadOptions = {},
): Promise<LoadReport> {
  const started = Date.now();
  const { documentId } = graph;
  const counts = await db.write(async (tx) => {
    const [removed] = await db.run(tx, cypherFile('ingest/remove-document-graph'), { documentId });
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
    if (Number(relationships?.written) !== graph.relationships.length) {
      // A MATCH that found no endpoint writes nothing: refuse rather than load a partial graph.
      throw new Error(
        `wrote ${String(relationships?.written)} of ${graph.relationships.length} relationships: an endpoint is missing`,
      );
    }
    await options.beforeCommit?.(tx);
    return {
      nodes: Number(nodes?.written ?? 0),
      relationships: Number(relationships?.written ?? 0),
      removedNodes: Number(removed?.removedNodes ?? 0),
      removedRelationships: Number(removed?.removedRelationships ?? 0),
    };
  });
  return { documentId, ...counts, milliseconds: Date.now() - started };
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
