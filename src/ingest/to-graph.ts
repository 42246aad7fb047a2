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

/**
 * One fact of a perFact type (see RelationInfo.perFact) as this document asserts it: the one
 * relationship (from, type, to) all documents share, with this document's evidence entries (one
 * per annotation relation that asserts it) as parallel lists. `properties` are the scalar
 * properties of its first assertion, which the relationship keeps while it has no other.
 */
export interface FactRow {
  readonly id: string;
  readonly type: RelationType;
  readonly from: string;
  readonly to: string;
  readonly properties: Record<string, PropertyValue>;
  readonly evidence: {
    readonly ids: string[];
    readonly clauseIds: string[];
    readonly quotes: string[];
    readonly prefixes: string[];
    readonly suffixes: string[];
    readonly starts: number[];
    readonly ends: number[];
  };
}

export interface GraphRows {
  readonly documentId: string;
  readonly contentHash: string;
  readonly nodes: NodeRow[];
  /** Relationships stored one per act or clause (types that are not perFact). */
  readonly relationships: RelationshipRow[];
  /** Facts of perFact types, one row per (from, type, to). */
  readonly facts: FactRow[];
}

/** The statement a document's rows were made from (its Document node's text). */
export function statementOf(graph: GraphRows): string {
  const document = graph.nodes.find((node) => node.id === graph.documentId);
  return String(document?.properties.text ?? '');
}

/** The id of the one relationship that stores a fact of a perFact type. */
export function factId(from: string, type: RelationType, to: string): string {
  return `fact:${from}:${type}:${to}`;
}

/** Names how the loader stores a document; changing it reloads documents stored otherwise. */
const STORAGE_MODEL = 'per-fact relationships 2, clause factIds\0';

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
    // The storage model is part of the hash, so that a graph stored the older way is reloaded.
    .update(STORAGE_MODEL)
    .update(JSON.stringify(annotation))
    .update('\0')
    .update(statement)
    .digest('hex');
  const idOf = (ref: string) =>
    annotation.clauses.some((c) => c.eId === ref) ? structureId(documentId, ref) : ref;

  const nodes: NodeRow[] = [];
  const relationships: RelationshipRow[] = [];
  const facts = new Map<string, FactRow>();
  const assertFact = (row: RelationshipRow) => {
    const id = factId(row.from, row.type, row.to);
    let fact = facts.get(id);
    if (!fact) {
      const evidence = {
        ids: [],
        clauseIds: [],
        quotes: [],
        prefixes: [],
        suffixes: [],
        starts: [],
        ends: [],
      };
      fact = {
        id,
        type: row.type,
        from: row.from,
        to: row.to,
        properties: row.properties,
        evidence,
      };
      facts.set(id, fact);
    }
    // Neo4j lists hold no nulls: a fact not read from a quote (BROADER) gets '' and -1 entries.
    const p = row.properties;
    fact.evidence.ids.push(row.id);
    fact.evidence.clauseIds.push((p.clauseId as string | undefined) ?? '');
    fact.evidence.quotes.push((p.quote as string | undefined) ?? '');
    fact.evidence.prefixes.push((p.prefix as string | undefined) ?? '');
    fact.evidence.suffixes.push((p.suffix as string | undefined) ?? '');
    fact.evidence.starts.push((p.start as number | undefined) ?? -1);
    fact.evidence.ends.push((p.end as number | undefined) ?? -1);
  };
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
      // BROADER is perFact: documents naming the same shared sectors share one edge.
      assertFact({
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
      const row = {
        // 双方: one edge per party, so a query for either party finds the act.
        id: agents.length > 1 ? `${relation.id}/${agent}` : relation.id,
        type,
        from: idOf(agent),
        to: idOf(relation.to),
        properties,
      };
      if (info.perFact) assertFact(row);
      else relationships.push(row);
    }
  }
  listFactsOnClauses(nodes, facts.values());
  return { documentId, contentHash, nodes, relationships, facts: [...facts.values()] };
}

/**
 * Each clause lists the ids of the shared facts (perFact relationships) it evidences, in
 * `factIds`: a query finds them from the clause by seeks on the facts' id index. Their evidence
 * lists say the same, but a list element cannot be indexed: finding a clause's facts through
 * them scans every relationship of the type, a cost that grows with the corpus.
 */
function listFactsOnClauses(nodes: NodeRow[], facts: Iterable<FactRow>): void {
  const byClause = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const clauseId of fact.evidence.clauseIds) {
      if (!clauseId) continue;
      const ids = byClause.get(clauseId) ?? new Set<string>();
      byClause.set(clauseId, ids.add(fact.id));
    }
  }
  for (const node of nodes) {
    if (node.kind === 'Clause') node.properties.factIds = [...(byClause.get(node.id) ?? [])].sort();
  }
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
