import { toCsv, type CsvFiles } from './csv';
import { toCytoscape, type CytoscapeJson } from './cytoscape';
import { toGexf } from './gexf';
import { toGraphML } from './graphml';
import type { PresentedSubgraph } from './present';

/** The formats a subgraph is exported in, and what each builds. */
export interface ExportResults {
  cytoscape: CytoscapeJson;
  graphml: string;
  gexf: string;
  csv: CsvFiles;
}
export type ExportFormat = keyof ExportResults;

export interface ExportRequest<F extends ExportFormat = ExportFormat> {
  readonly format: F;
  readonly subgraph: PresentedSubgraph;
}

/** Builds one export in this thread: what the pool's threads run, and small subgraphs inline. */
export function buildExport<F extends ExportFormat>(
  format: F,
  subgraph: PresentedSubgraph,
): ExportResults[F] {
  const builders: { [K in ExportFormat]: (s: PresentedSubgraph) => ExportResults[K] } = {
    cytoscape: toCytoscape,
    graphml: toGraphML,
    gexf: toGexf,
    csv: toCsv,
  };
  return builders[format](subgraph);
}
