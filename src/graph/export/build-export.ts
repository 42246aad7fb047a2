import { toCsv, type CsvFiles } from './csv';
import { toCytoscape, type CytoscapeJson } from './cytoscape';
import { toGexf } from './gexf';
import { toGraphML } from './graphml';
import type { Neo4jConnection } from '../../config';
import type { GraphQuery, SubgraphData } from '../subgraph.repository';
import { presentSubgraph, type PresentedSubgraph } from './present';

/** The formats a subgraph is exported in, and what each builds. */
export interface ExportResults {
  cytoscape: CytoscapeJson;
  graphml: string;
  gexf: string;
  csv: CsvFiles;
}
export type ExportFormat = keyof ExportResults;

/** What a pool thread is sent: the subgraph as queried, presented once there for every format. */
export interface ExportRequest<F extends ExportFormat = ExportFormat> {
  readonly formats: readonly F[];
  readonly subgraph: SubgraphData;
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

/** Presents a subgraph once and builds each of `formats` from it. */
export function buildExports<F extends ExportFormat>(
  formats: readonly F[],
  subgraph: SubgraphData,
): Pick<ExportResults, F> {
  const presented = presentSubgraph(subgraph);
  const results = {} as Pick<ExportResults, F>;
  for (const format of formats) results[format] = buildExport(format, presented);
  return results;
}

/**
 * What a pool thread is sent to query the whole graph itself and export it: the connection (the
 * thread opens its own driver once), the query and the deadline of the request.
 */
export interface GraphExportRequest<F extends ExportFormat = ExportFormat> {
  readonly connection: Neo4jConnection;
  readonly queryTimeoutMs: number;
  /** When the request's answer is due (ms since epoch): no wait on Neo4j goes past it. */
  readonly deadline: number;
  readonly query: GraphQuery;
  readonly formats: readonly F[];
}

/** A thread's answer to a GraphExportRequest: null when the query's document is unknown. */
export type GraphExportResult<F extends ExportFormat = ExportFormat> = {
  readonly truncated: boolean;
  readonly exports: Pick<ExportResults, F>;
} | null;
