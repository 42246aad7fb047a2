import { createHash } from 'node:crypto';
import { RELATION_TYPES, type NodeKind, type RelationType } from '../vocabulary';
import type { Annotation, AnnotatedEntity } from './annotation.schema';
import { codePointLength } from './code-points';

/**
 * Turns a validated annotation into the rows the loader writes: nodes with their kind and flat
 * properties (Neo4j stores no maps), relationships with their evidence. Pure; no I/O.
 */

export type PropertyValue = string | number | boolean | string[] | null;

export interface NodeRow {
  readonly id: string;
  readonly kind: NodeKind;
  readonly properties: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, PropertyValue>;
}

export interface GraphRows {
  readonly documentId: string;
  readonly contentHash: string;
  readonly nodes: NodeRow[];
  readonly relationships: RelationshipRow[];
}

/** Graph id of a clause or section: unique across documents, eId kept readable. */
export function structureId(documentId: string, eId: string): string {
  return `${documentId}#${eId}`;
}

const SECTION_NAMES = {
  preface: { ja: '前置き', en: 'Preface' },
  preamble: { ja: '前文', en: 'Preamble' },
  conclusions: { ja: '結び', en: 'Conclusions' },
} as const;

/** "第2節 第3段落" / "Section 2, paragraph 3" from sec_2__para_3. */
export function clauseName(eId: string): { ja: string; en: string } {
  const [sectionPart = '', itemPart = ''] = eId.split('__');
  const section = /^sec_(\d+)$/.exec(sectionPart);
  const sectionName = section
    ? { ja: `第${section[1]}節`, en: `Section ${section[1]}` }
    : SECTION_NAMES[sectionPart as keyof typeof SECTION_NAMES];
  const [itemType = '', number = ''] = itemPart.split('_');
  const item =
    itemType === 'signature'
      ? { ja: `署名${number}`, en: `signature ${number}` }
      : { ja: `第${number}段落`, en: `paragraph ${number}` };
  return { ja: `${sectionName.ja} ${item.ja}`, en: `${sectionName.en}, ${item.en}` };
}

export function toGraph(annotation: Annotation, statement: string): GraphRows {
  const { document } = annotation;
  const documentId = document.id;
  const contentHash = createHash('sha256')
    .update(JSON.stringify(annotation))
    .update('\0')
    .update(statement)
    .digest('hex');
  const idOf = (ref: string) =>
    annotation.clauses.some((c) => c.eId === ref) ? structureId(documentId, ref) : ref;

  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const partOf = (child: string, parent: string) =>
    relationships.push({
      id: `${child}/part_of`,
      type: 'PART_OF',
      from: child,
      to: parent,
      properties: { source: documentId },
    });

  nodes.push({
    id: documentId,
    kind: 'Document',
    properties: {
      nameJa: document.title.ja,
      nameEn: document.title.en,
      aliases: [],
      documentType: document.documentType,
      language: document.language,
      text: statement,
      publisherJa: document.source.publisher.ja,
      publisherEn: document.source.publisher.en,
      sourceNote: document.source.note,
      contentHash,
    },
  });

  annotation.sections.forEach((section, order) => {
    const id = structureId(documentId, section.eId);
    nodes.push({
      id,
      kind: 'Section',
      properties: {
        nameJa: section.heading.ja,
        nameEn: section.heading.en,
        aliases: [],
        documentId,
        eId: section.eId,
        order,
        number: section.number ?? null,
        headingText: section.headingText ?? null,
      },
    });
    partOf(id, documentId);
  });

  annotation.clauses.forEach((clause, order) => {
    const id = structureId(documentId, clause.eId);
    const name = clauseName(clause.eId);
    nodes.push({
      id,
      kind: 'Clause',
      properties: {
        nameJa: name.ja,
        nameEn: name.en,
        aliases: [],
        documentId,
        eId: clause.eId,
        sectionId: structureId(documentId, clause.section),
        order,
        text: clause.text,
        textEn: clause.en,
        start: clause.start,
        end: clause.start + codePointLength(clause.text),
      },
    });
    partOf(id, structureId(documentId, clause.section));
  });

  for (const entity of annotation.entities) nodes.push(entityRow(entity));
  // The sector thesaurus (SKOS broader) is declared on each Sector, not read from a quote.
  for (const entity of annotation.entities) {
    if (entity.kind !== 'Sector') continue;
    for (const broader of entity.broader ?? []) {
      relationships.push({
        id: `${entity.id}/broader/${broader}`,
        type: 'BROADER',
        from: entity.id,
        to: broader,
        properties: { source: documentId },
      });
    }
  }

  for (const relation of annotation.relations) {
    const agents = Array.isArray(relation.from) ? relation.from : [relation.from];
    const type = relation.type as RelationType;
    const info = RELATION_TYPES[type];
    const { evidence } = relation;
    const properties: Record<string, PropertyValue> = {
      source: documentId,
      actId: relation.id,
      jointly: agents.length > 1,
      clauseId: structureId(documentId, evidence.clause),
      quote: evidence.exact,
      prefix: evidence.prefix,
      suffix: evidence.suffix,
      start: evidence.start,
      end: evidence.end,
      // Each act carries its own CAMEO code; the type's default when the annotation names none.
      cameo: relation.cameo ?? ('cameo' in info ? (info.cameo?.code ?? null) : null),
    };
    for (const [key, value] of Object.entries(relation.qualifiers ?? {})) {
      properties[`${QUALIFIER_PREFIX}${key}`] = value;
    }
    for (const agent of agents) {
      relationships.push({
        // 双方: one edge per party, so a query for either party finds the act.
        id: agents.length > 1 ? `${relation.id}/${agent}` : relation.id,
        type,
        from: idOf(agent),
        to: idOf(relation.to),
        properties,
      });
    }
  }
  return { documentId, contentHash, nodes, relationships };
}

/** Qualifiers are stored flat on the relationship as q_<name>. */
export const QUALIFIER_PREFIX = 'q_';

function entityRow(entity: AnnotatedEntity): NodeRow {
  const common = {
    nameJa: entity.name.ja,
    nameEn: entity.name.en,
    aliases: entity.aliases,
    description: entity.description ?? null,
  };
  const specific: Record<string, PropertyValue> = {};
  switch (entity.kind) {
    case 'Document':
      specific.documentType = entity.documentType;
      specific.number = entity.number ?? null;
      break;
    case 'State':
      specific.iso3166 = entity.iso3166;
      break;
    case 'Person':
      specific.officeJa = entity.office.ja;
      specific.officeEn = entity.office.en;
      break;
    case 'Organization':
      specific.organizationType = entity.organizationType;
      break;
    case 'CalendarDate':
      specific.value = entity.value;
      specific.precision = entity.precision;
      break;
    default:
      break;
  }
  return { id: entity.id, kind: entity.kind, properties: { ...common, ...specific } };
}
