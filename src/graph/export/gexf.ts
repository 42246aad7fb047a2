import { GEXF_SHAPES, rgbOf, type AttributeSpec } from '../../vocabulary';
import { edgeColumns, edgeRecord, nodeColumns, nodeRecord, valuesOf } from './attributes';
import type { PresentedSubgraph } from './present';
import { formatValue, xmlAttributes } from './xml';

/**
 * GEXF 1.3 (https://gexf.net) for Gephi: one static directed graph. Nodes and edges carry their
 * label natively and everything else as declared attributes with the same ids as the GraphML
 * export; lists (aliases) as GEXF 1.3 `liststring`. Each node has `viz:color` (its kind's),
 * `viz:size` (grows with its degree in the subgraph) and `viz:shape`; each edge its category's
 * colour, so Gephi draws it coloured before any layout or partition. Pure.
 */
export function toGexf(subgraph: PresentedSubgraph): string {
  const nodeAttributes = nodeColumns(subgraph);
  const edgeAttributes = edgeColumns(subgraph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations('node', nodeAttributes),
    ...declarations('edge', edgeAttributes),
    '    <nodes>',
  ];
  for (const node of subgraph.nodes) {
    lines.push(`      <node ${xmlAttributes({ id: node.id, label: node.shortLabel.en })}>`);
    lines.push(...attributeValues(nodeAttributes, nodeRecord(node)));
    lines.push(`        <viz:color ${xmlAttributes(channels(node.style.color))}/>`);
    lines.push(`        <viz:size value="${sizeOf(node.degree)}"/>`);
    lines.push(`        <viz:shape value="${GEXF_SHAPES[node.style.shape]}"/>`);
    lines.push('      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of subgraph.edges) {
    const { id, source, target } = edge;
    lines.push(`      <edge ${xmlAttributes({ id, source, target, label: edge.typeLabel.en })}>`);
    lines.push(...attributeValues(edgeAttributes, edgeRecord(edge)));
    lines.push(`        <viz:color ${xmlAttributes(channels(edge.style.color))}/>`);
    lines.push('      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/** Node size: 10 for an isolated node, growing with the square root of the degree. */
export function sizeOf(degree: number): number {
  return Math.round((10 + 6 * Math.sqrt(degree)) * 10) / 10;
}

function channels(color: string): Record<string, string> {
  const { r, g, b } = rgbOf(color);
  return { r: String(r), g: String(g), b: String(b) };
}

function declarations(domain: 'node' | 'edge', attributes: readonly AttributeSpec[]): string[] {
  return [
    `    <attributes ${xmlAttributes({ class: domain, mode: 'static' })}>`,
    ...attributes.map((spec) => {
      const type = spec.list ? `list${spec.type}` : spec.type;
      return `      <attribute ${xmlAttributes({ id: spec.id, title: spec.name, type })}/>`;
    }),
    '    </attributes>',
  ];
}

function attributeValues(
  attributes: readonly AttributeSpec[],
  record: Record<string, unknown>,
): string[] {
  return [
    '        <attvalues>',
    // A GEXF 1.3 list is written [a, "b, c"]: JSON's array syntax is that form.
    ...valuesOf(attributes, record).map(
      ([spec, value]) =>
        `          <attvalue ${xmlAttributes({ for: spec.id, value: formatValue(value) })}/>`,
    ),
    '        </attvalues>',
  ];
}
