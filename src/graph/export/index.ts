/** Subgraphs in the formats graph viewers read; pure functions of the nodes and edges. */
export { toCytoscape, type CytoscapeJson } from './cytoscape';
export { toGexf } from './gexf';
export { toGraphML } from './graphml';
