import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';

/**
 * Refuses to load a statement under an id that already belongs to something else: another
 * loaded statement (its text differs) or a node of another kind. Reloading the same statement,
 * or loading one that others cite (a Document without text), is allowed. One check for a single
 * annotation (seed-cli) and for every batch of a folder (seed.ts), in one query each.
 */
export class DocumentIdError extends Error {
  override readonly name = 'DocumentIdError';
}

/** What holds a document id in the database now. */
export interface IdHolder {
  readonly kind: string;
  /** The content hash of the annotation it was loaded from; null when cited, not loaded. */
  readonly contentHash: string | null;
  /** Its statement; null when cited, or when its content hash is the one asked about. */
  readonly text: string | null;
}

/**
 * What holds each of `documents`' ids, by id (absent: nothing does). A document whose
 * `contentHash` is the stored one comes back without its text: it is unchanged, and the text
 * need not travel.
 */
export async function findIdHolders(
  db: Database,
  documents: ReadonlyArray<{ readonly id: string; readonly contentHash: string | null }>,
): Promise<Map<string, IdHolder>> {
  const rows = await db.query(cypherFile('ingest/find-document-id-holders'), { documents });
  return new Map(
    rows.map((row) => [
      String(row.documentId),
      {
        kind: String(row.kind),
        contentHash: (row.contentHash as string | null) ?? null,
        text: (row.text as string | null) ?? null,
      },
    ]),
  );
}

/** Why `statement` cannot be loaded as `documentId` given what holds the id; undefined if it can. */
export function documentIdProblem(
  documentId: string,
  holder: IdHolder | undefined,
  statement: string,
): string | undefined {
  if (!holder) return undefined;
  if (holder.kind !== 'Document') {
    return `id "${documentId}" already names a ${holder.kind} in the database; give the statement another id`;
  }
  if (holder.text !== null && holder.text !== statement) {
    return `id "${documentId}" is already the id of another loaded document (its text differs); give the statement another id, or unseed ${documentId} first`;
  }
  return undefined;
}

export async function checkDocumentId(
  db: Database,
  documentId: string,
  statement: string,
): Promise<void> {
  const holders = await findIdHolders(db, [{ id: documentId, contentHash: null }]);
  const problem = documentIdProblem(documentId, holders.get(documentId), statement);
  if (problem) throw new DocumentIdError(problem);
}
