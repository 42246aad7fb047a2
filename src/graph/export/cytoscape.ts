import type { PresentedSubgraph } from './present';

/**
 * Cytoscape.js JSON: `cytoscape({ container, elements: json.elements, style: json.style })` draws
 * it coloured by kind with short labels, no stylesheet of one's own needed. The fields a
 * stylesheet selects on (`node[kind = "State"]`, `edge[category = "speech_act"]`, `data(color)`)
 * sit at the top of `data`; the other properties under `data.properties`, so that none can clash
 * with the keys Cytoscape reserves (id, source, target, parent). Pure.
 */
export interface CytoscapeJson {
  readonly elements: {
    readonly nodes: Array<{ readonly data: Record<string, unknown> }>;
    readonly edges: Array<{ readonly data: Record<string, unknown> }>;
  };
  readonly style: ReadonlyArray<{ selector: string; style: Record<string, string | number> }>;
}

/** The stylesheet every export carries; `shortLabelEn` → `shortLabelJa` for Japanese labels. */
export const CYTOSCAPE_STYLE: CytoscapeJson['style'] = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)',
      label: 'data(shortLabelEn)',
      width: 'mapData(degree, 0, 30, 18, 60)',
      height: 'mapData(degree, 0, 30, 18, 60)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'wrap',
      'text-max-width': '140px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#333333',
    },
  },
  {
    selector: 'edge',
    style: {
      'line-color': 'data(color)',
      'line-style': 'data(lineStyle)',
      'target-arrow-color': 'data(color)',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      width: 1.5,
      'arrow-scale': 0.8,
    },
  },
];

export function toCytoscape(subgraph: PresentedSubgraph): CytoscapeJson {
  return {
    elements: {
      nodes: subgraph.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.label,
          kind: node.kind,
          nameJa: node.name.ja,
          nameEn: node.name.en,
          shortLabelJa: node.shortLabel.ja,
          shortLabelEn: node.shortLabel.en,
          degree: node.degree,
          color: node.style.color,
          shape: node.style.shape,
          icon: node.style.icon,
          properties: node.properties,
        },
      })),
      edges: subgraph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edge.label,
          type: edge.type,
          typeLabelJa: edge.typeLabel.ja,
          typeLabelEn: edge.typeLabel.en,
          category: edge.category,
          color: edge.style.color,
          lineStyle: edge.style.lineStyle,
          ...(edge.documentId === null ? {} : { documentId: edge.documentId }),
          ...(edge.evidence ?? {}),
          properties: edge.properties,
        },
      })),
    },
    style: CYTOSCAPE_STYLE,
  };
}
