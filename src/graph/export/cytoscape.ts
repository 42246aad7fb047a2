import type { SubgraphData } from '../subgraph.repository';

/**
 * Cytoscape.js elements JSON (`cy.add(json.elements)` or `cytoscape({ elements })`). The fields a
 * stylesheet selects on (`node[kind = "State"]`, `edge[type = "WELCOMES"]`, `data(label)`) sit at
 * the top of `data`; the other properties under `data.properties`, so that none can clash with
 * the keys Cytoscape reserves (id, source, target, parent). Pure.
 */
export interface CytoscapeJson {
  readonly elements: {
    readonly nodes: Array<{ readonly data: Record<string, unknown> }>;
    readonly edges: Array<{ readonly data: Record<string, unknown> }>;
  };
}

export function toCytoscape(subgraph: SubgraphData): CytoscapeJson {
  return {
    elements: {
      nodes: subgraph.nodes.map((node) => ({
        data: {
          id: node.id,
          label: node.label,
          kind: node.kind,
          nameJa: node.name.ja,
          nameEn: node.name.en,
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
          ...(edge.documentId === null ? {} : { documentId: edge.documentId }),
          ...(edge.evidence ?? {}),
          properties: edge.properties,
        },
      })),
    },
  };
}
