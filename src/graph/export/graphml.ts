import type { SubgraphData } from '../subgraph.repository';
import { columnsOf, formatValue, xmlAttributes, xmlText, type Column } from './xml';

/**
 * GraphML (http://graphml.graphdrawing.org) for yEd, Gephi, Cytoscape desktop, NetworkX: one
 * directed graph, `<key>` declarations first (label, kind, names; edge label, type, document,
 * clause, quote; then one per property found, typed), then nodes and edges with their `<data>`.
 * Lists are JSON text. Pure.
 */
const NODE_KEYS = [
  { id: 'label', name: 'label' },
  { id: 'kind', name: 'kind' },
  { id: 'nameJa', name: 'nameJa' },
  { id: 'nameEn', name: 'nameEn' },
];
const EDGE_KEYS = [
  { id: 'edgeLabel', name: 'label' },
  { id: 'type', name: 'type' },
  { id: 'documentId', name: 'documentId' },
  { id: 'clauseId', name: 'clauseId' },
  { id: 'quote', name: 'quote' },
];

export function toGraphML(subgraph: SubgraphData): string {
  const nodeColumns = columnsOf(subgraph.nodes.map((node) => node.properties));
  const edgeColumns = columnsOf(subgraph.edges.map((edge) => edge.properties));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map((key) => keyLine(key.id, 'node', key.name, 'string')),
    ...nodeColumns.map((column, i) => keyLine(`np${i}`, 'node', column.name, column.type)),
    ...EDGE_KEYS.map((key) => keyLine(key.id, 'edge', key.name, 'string')),
    ...edgeColumns.map((column, i) => keyLine(`ep${i}`, 'edge', column.name, column.type)),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of subgraph.nodes) {
    lines.push(`    <node ${xmlAttributes({ id: node.id })}>`);
    lines.push(dataLine('label', node.label));
    lines.push(dataLine('kind', node.kind));
    lines.push(dataLine('nameJa', node.name.ja));
    lines.push(dataLine('nameEn', node.name.en));
    lines.push(...propertyLines('np', nodeColumns, node.properties));
    lines.push('    </node>');
  }
  for (const edge of subgraph.edges) {
    const ends = { id: edge.id, source: edge.source, target: edge.target };
    lines.push(`    <edge ${xmlAttributes(ends)}>`);
    lines.push(dataLine('edgeLabel', edge.label));
    lines.push(dataLine('type', edge.type));
    if (edge.documentId !== null) lines.push(dataLine('documentId', edge.documentId));
    if (edge.evidence) {
      lines.push(dataLine('clauseId', edge.evidence.clauseId));
      lines.push(dataLine('quote', edge.evidence.quote));
    }
    lines.push(...propertyLines('ep', edgeColumns, edge.properties));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keyLine(id: string, domain: 'node' | 'edge', name: string, type: string): string {
  const attributes = { id, for: domain, 'attr.name': name, 'attr.type': type };
  return `  <key ${xmlAttributes(attributes)}/>`;
}

function dataLine(key: string, value: string): string {
  return `      <data ${xmlAttributes({ key })}>${xmlText(value)}</data>`;
}

function propertyLines(
  prefix: string,
  columns: readonly Column[],
  properties: Record<string, unknown>,
): string[] {
  return columns.flatMap((column, i) => {
    const value = properties[column.name];
    return value === null || value === undefined
      ? []
      : [dataLine(`${prefix}${i}`, formatValue(value))];
  });
}
