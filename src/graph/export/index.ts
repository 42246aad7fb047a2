/** Subgraphs in the formats graph viewers read; pure functions of the presented nodes and edges. */
export {
  presentSubgraph,
  SubgraphPresentation,
  type Legend,
  type PresentedEdge,
  type PresentedNode,
  type PresentedSubgraph,
} from './present';
export { toCytoscape, CYTOSCAPE_STYLE, type CytoscapeJson } from './cytoscape';
export { toCsv, type CsvFiles } from './csv';
export { toGexf } from './gexf';
export { toGraphML } from './graphml';
