import {
  EDGE_PRESENTATION_ATTRIBUTES,
  EDGE_PROPERTY_ATTRIBUTES,
  NODE_KINDS,
  NODE_PRESENTATION_ATTRIBUTES,
  NODE_PROPERTY_ATTRIBUTES,
  QUALIFIER_ATTRIBUTE_PREFIX,
  type AttributeSpec,
} from '../../vocabulary';
import type { PresentedEdge, PresentedNode, PresentedSubgraph } from './present';
import { columnsOf } from './xml';

/**
 * Nodes and edges as flat records keyed by attribute name, and the attribute columns an export
 * declares: every attribute of the vocabulary (src/vocabulary/export-attributes.ts), so each file
 * declares the same ids, then any property the vocabulary does not know yet. Pure.
 */

export type AttributeRecord = Record<string, unknown>;

export function nodeRecord(node: PresentedNode): AttributeRecord {
  const kindLabel = NODE_KINDS[node.kind].label;
  return {
    ...node.properties,
    label: node.label,
    kind: node.kind,
    kindLabelJa: kindLabel.ja,
    kindLabelEn: kindLabel.en,
    nameJa: node.name.ja,
    nameEn: node.name.en,
    shortLabelJa: node.shortLabel.ja,
    shortLabelEn: node.shortLabel.en,
    degree: node.degree,
    color: node.style.color,
    shape: node.style.shape,
    icon: node.style.icon,
  };
}

export function edgeRecord(edge: PresentedEdge): AttributeRecord {
  return {
    ...edge.properties,
    label: edge.label,
    type: edge.type,
    typeLabelJa: edge.typeLabel.ja,
    typeLabelEn: edge.typeLabel.en,
    category: edge.category,
    color: edge.style.color,
    documentId: edge.documentId,
    clauseId: edge.evidence?.clauseId ?? null,
    quote: edge.evidence?.quote ?? null,
  };
}

const NODE_DECLARED = [...NODE_PRESENTATION_ATTRIBUTES, ...NODE_PROPERTY_ATTRIBUTES];
const EDGE_DECLARED = [...EDGE_PRESENTATION_ATTRIBUTES, ...EDGE_PROPERTY_ATTRIBUTES];

/** Every declared attribute, then one per property found that the vocabulary does not declare. */
function columns(
  declared: readonly AttributeSpec[],
  records: readonly AttributeRecord[],
  idOf: (name: string) => string,
): AttributeSpec[] {
  const known = new Set(declared.map((spec) => spec.name));
  const extra = columnsOf(
    records.map((record) =>
      Object.fromEntries(Object.entries(record).filter(([name]) => !known.has(name))),
    ),
  ).map((column): AttributeSpec =>
    column.type === 'string' && records.some((r) => Array.isArray(r[column.name]))
      ? { id: idOf(column.name), name: column.name, type: 'string', list: true }
      : { id: idOf(column.name), name: column.name, type: column.type },
  );
  return [...declared, ...extra];
}

export function nodeColumns(subgraph: PresentedSubgraph): AttributeSpec[] {
  return columns(NODE_DECLARED, subgraph.nodes.map(nodeRecord), (name) => `n_${name}`);
}

export function edgeColumns(subgraph: PresentedSubgraph): AttributeSpec[] {
  return columns(EDGE_DECLARED, subgraph.edges.map(edgeRecord), (name) =>
    name.startsWith(QUALIFIER_ATTRIBUTE_PREFIX) ? name : `e_${name}`,
  );
}

/** The record's values by column, without the empty ones. */
export function valuesOf(
  columns: readonly AttributeSpec[],
  record: AttributeRecord,
): Array<[AttributeSpec, unknown]> {
  return columns
    .map((column): [AttributeSpec, unknown] => [column, record[column.name]])
    .filter(([, value]) => value !== null && value !== undefined && value !== '');
}
