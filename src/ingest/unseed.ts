import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import { removeWritten } from './load-graph';

/**
 * Removes one document's contribution in one write transaction: its relationships, its sections
 * and clauses, the entities no other document names; entities others still name stay, and the
 * document itself stays as a cited (loaded: false) document when another document cites it.
 */

export class UnseedError extends Error {
  override readonly name = 'UnseedError';
}

export interface UnseedReport {
  readonly documentId: string;
  readonly removedNodes: number;
  readonly removedRelationships: number;
  /** 1 when the document stays as a document another one cites. */
  readonly keptAsCited: number;
}

export async function unseed(db: Database, documentId: string): Promise<UnseedReport> {
  return db.write(async (tx) => {
    const [loaded] = await db.run(tx, cypherFile('ingest/find-document-hash'), { documentId });
    if (typeof loaded?.contentHash !== 'string') {
      throw new UnseedError(`no loaded document "${documentId}" in the database; nothing removed`);
    }
    const removed = await removeWritten(db, tx, documentId);
    const [unloaded] = await db.run(tx, cypherFile('ingest/unload-document-text'), { documentId });
    await db.run(tx, cypherFile('ingest/bump-graph-version'));
    return { documentId, ...removed, keptAsCited: Number(unloaded?.unloaded ?? 0) };
  });
}
