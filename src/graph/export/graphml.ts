import type { AttributeSpec } from '../../vocabulary';
import { edgeColumns, edgeRecord, nodeColumns, nodeRecord, valuesOf } from './attributes';
import type { PresentedSubgraph } from './present';
import { formatValue, xmlAttributes, xmlText } from './xml';

/**
 * GraphML (http://graphml.graphdrawing.org) for yEd, Gephi, Cytoscape desktop, NetworkX: one
 * directed graph, a `<key>` per attribute of the vocabulary (the same ids in every file: `kind`,
 * `nameJa`, `shortLabelEn`, `color`, `degree`, `quote` …), then nodes and edges with their `<data>`.
 * GraphML has no list type: lists (aliases) are JSON text, `["JOGMEC","石油公団"]`. Pure.
 */
export function toGraphML(subgraph: PresentedSubgraph): string {
  const nodeKeys = nodeColumns(subgraph);
  const edgeKeys = edgeColumns(subgraph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...nodeKeys.map((key) => keyLine(key, 'node')),
    ...edgeKeys.map((key) => keyLine(key, 'edge')),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const node of subgraph.nodes) {
    lines.push(`    <node ${xmlAttributes({ id: node.id })}>`);
    lines.push(...dataLines(nodeKeys, nodeRecord(node)));
    lines.push('    </node>');
  }
  for (const edge of subgraph.edges) {
    const ends = { id: edge.id, source: edge.source, target: edge.target };
    lines.push(`    <edge ${xmlAttributes(ends)}>`);
    lines.push(...dataLines(edgeKeys, edgeRecord(edge)));
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function keyLine(key: AttributeSpec, domain: 'node' | 'edge'): string {
  const type = key.list ? 'string' : key.type;
  const attributes = { id: key.id, for: domain, 'attr.name': key.name, 'attr.type': type };
  return `  <key ${xmlAttributes(attributes)}/>`;
}

function dataLines(keys: readonly AttributeSpec[], record: Record<string, unknown>): string[] {
  return valuesOf(keys, record).map(
    ([key, value]) =>
      `      <data ${xmlAttributes({ key: key.id })}>${xmlText(formatValue(value))}</data>`,
  );
}
