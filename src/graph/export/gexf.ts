import type { SubgraphData } from '../subgraph.repository';
import { columnsOf, formatValue, xmlAttributes, type Column } from './xml';

/**
 * GEXF 1.3 (https://gexf.net) for Gephi: one static directed graph; nodes and edges carry their
 * label natively, everything else as typed attributes (kind, names; type, document, clause,
 * quote; then one per property found). Lists are JSON text. Pure.
 */
const NODE_ATTRIBUTES = ['kind', 'nameJa', 'nameEn'];
const EDGE_ATTRIBUTES = ['type', 'documentId', 'clauseId', 'quote'];

export function toGexf(subgraph: SubgraphData): string {
  const nodeColumns = columnsOf(subgraph.nodes.map((node) => node.properties));
  const edgeColumns = columnsOf(subgraph.edges.map((edge) => edge.properties));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeDeclarations('node', NODE_ATTRIBUTES, 'np', nodeColumns),
    ...attributeDeclarations('edge', EDGE_ATTRIBUTES, 'ep', edgeColumns),
    '    <nodes>',
  ];
  for (const node of subgraph.nodes) {
    lines.push(`      <node ${xmlAttributes({ id: node.id, label: node.label })}>`);
    lines.push(
      ...attributeValues({
        kind: node.kind,
        nameJa: node.name.ja,
        nameEn: node.name.en,
        ...propertyValues('np', nodeColumns, node.properties),
      }),
    );
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of subgraph.edges) {
    const { id, source, target, label } = edge;
    lines.push(`      <edge ${xmlAttributes({ id, source, target, label })}>`);
    lines.push(
      ...attributeValues({
        type: edge.type,
        ...(edge.documentId === null ? {} : { documentId: edge.documentId }),
        ...(edge.evidence ?? {}),
        ...propertyValues('ep', edgeColumns, edge.properties),
      }),
    );
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

function attributeDeclarations(
  domain: 'node' | 'edge',
  fixed: readonly string[],
  prefix: string,
  columns: readonly Column[],
): string[] {
  const declare = (id: string, title: string, type: string) =>
    `      <attribute ${xmlAttributes({ id, title, type })}/>`;
  return [
    `    <attributes ${xmlAttributes({ class: domain, mode: 'static' })}>`,
    ...fixed.map((name) => declare(name, name, 'string')),
    ...columns.map((column, i) => declare(`${prefix}${i}`, column.name, column.type)),
    '    </attributes>',
  ];
}

function propertyValues(
  prefix: string,
  columns: readonly Column[],
  properties: Record<string, unknown>,
): Record<string, string> {
  const values: Record<string, string> = {};
  columns.forEach((column, i) => {
    const value = properties[column.name];
    if (value !== null && value !== undefined) values[`${prefix}${i}`] = formatValue(value);
  });
  return values;
}

function attributeValues(values: Record<string, string>): string[] {
  return [
    '        <attvalues>',
    ...Object.entries(values).map(
      ([id, value]) => `          <attvalue ${xmlAttributes({ for: id, value })}/>`,
    ),
    '        </attvalues>',
  ];
}
