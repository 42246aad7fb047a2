import type { SubgraphData } from '../subgraph.repository';
import type { ExportFormat, ExportResults } from './build-export';
import { exportPool, type ExportPool } from './export-pool';

interface Waiting {
  readonly format: ExportFormat;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The exports asked of one subgraph in one operation, built together: graphql-js calls sibling
 * field resolvers in one turn of the event loop, so `{ cytoscape graphml gexf }` lands here three
 * times before the first microtask runs, and goes to a pool thread as one message. The subgraph
 * is then copied to the thread and presented there once instead of once per format, which on a
 * whole-graph export was most of what the exports still cost the event loop.
 */
export class ExportBatch {
  private waiting: Waiting[] = [];

  constructor(
    private readonly subgraph: SubgraphData,
    private readonly pool: ExportPool = exportPool(),
  ) {}

  build<F extends ExportFormat>(format: F): Promise<ExportResults[F]> {
    return new Promise((resolve, reject) => {
      if (this.waiting.length === 0) queueMicrotask(() => this.flush());
      this.waiting.push({ format, resolve: resolve as (value: unknown) => void, reject });
    });
  }

  private flush(): void {
    const waiting = this.waiting;
    this.waiting = [];
    const formats = [...new Set(waiting.map((each) => each.format))];
    this.pool.buildAll(formats, this.subgraph).then(
      (results) => {
        for (const each of waiting) each.resolve(results[each.format]);
      },
      (error: unknown) => {
        for (const each of waiting) each.reject(error);
      },
    );
  }
}

const batches = new WeakMap<SubgraphData, ExportBatch>();

/** The export batch of one subgraph answer, made on its first export field. */
export function exportBatchOf(subgraph: SubgraphData): ExportBatch {
  let batch = batches.get(subgraph);
  if (!batch) {
    batch = new ExportBatch(subgraph);
    batches.set(subgraph, batch);
  }
  return batch;
}
