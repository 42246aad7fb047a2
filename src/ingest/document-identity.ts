import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';

/**
 * Refuses to load a statement under an id that already belongs to something else: another
 * loaded statement (its text differs) or a node of another kind. Reloading the same statement,
 * or loading one that others cite (a Document without text), is allowed.
 */
export class DocumentIdError extends Error {
  override readonly name = 'DocumentIdError';
}

export async function checkDocumentId(
  db: Database,
  documentId: string,
  statement: string,
): Promise<void> {
  const [row] = await db.query(cypherFile('ingest/find-document-text'), { documentId });
  if (!row) return;
  if (row.kind !== 'Document') {
    throw new DocumentIdError(
      `id "${documentId}" already names a ${String(row.kind)} in the database; give the statement another id`,
    );
  }
  if (typeof row.text === 'string' && row.text !== statement) {
    throw new DocumentIdError(
      `id "${documentId}" is already the id of another loaded document (its text differs); give the statement another id, or unseed ${documentId} first`,
    );
  }
}
