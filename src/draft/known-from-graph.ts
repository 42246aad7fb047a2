import type { Database } from '../db/database';
import { cypherFile } from '../db/cypher-files';
import type { AnnotatedEntity } from '../ingest/annotation.schema';
import type { KnownDocument } from './draft';

/**
 * The entities a graph already holds, as annotation entities the drafter can link to, and its
 * documents with their signing dates (so 「…付の共同声明」 finds a loaded or cited statement).
 * One read query; the draft never writes.
 */
export interface KnownFromGraph {
  readonly entities: AnnotatedEntity[];
  readonly documents: KnownDocument[];
  /** Ids of loaded documents (with text). */
  readonly loaded: Set<string>;
}

export async function readKnownEntities(db: Database): Promise<KnownFromGraph> {
  const rows = await db.query(cypherFile('draft/known-entities'));
  const entities: AnnotatedEntity[] = [];
  const documents: KnownDocument[] = [];
  const loaded = new Set<string>();
  for (const row of rows) {
    const base = {
      id: String(row.id),
      name: { ja: String(row.nameJa ?? row.id), en: String(row.nameEn ?? row.id) },
      aliases: (row.aliases as string[]) ?? [],
    };
    const entity = toEntity(base, row);
    if (!entity) continue;
    entities.push(entity);
    if (entity.kind === 'Document') {
      documents.push({
        id: entity.id,
        documentType: entity.documentType,
        signedOn: (row.signedOn as string) ?? undefined,
      });
      if (row.loaded) loaded.add(entity.id);
    }
  }
  return { entities, documents, loaded };
}

type Base = { id: string; name: { ja: string; en: string }; aliases: string[] };

function toEntity(base: Base, row: Record<string, unknown>): AnnotatedEntity | undefined {
  switch (row.kind) {
    case 'State':
      return { ...base, kind: 'State', iso3166: String(row.iso3166) };
    case 'Organization':
      return { ...base, kind: 'Organization', organizationType: row.organizationType as never };
    case 'Document':
      return { ...base, kind: 'Document', documentType: row.documentType as never };
    case 'Person':
      return {
        ...base,
        kind: 'Person',
        office: {
          ja: String(row.officeJa ?? '(未確認)'),
          en: String(row.officeEn ?? '(to be confirmed)'),
        },
      };
    case 'Programme':
    case 'Event':
    case 'Place':
    case 'Sector':
    case 'Issue':
      return { ...base, kind: row.kind };
    default:
      return undefined;
  }
}
