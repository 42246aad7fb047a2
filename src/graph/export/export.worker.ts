import { parentPort } from 'node:worker_threads';
import { buildExports, type ExportRequest } from './build-export';

/**
 * A thread of the export pool (export-pool.ts): presents the subgraph, builds the exports asked
 * for and posts them back.
 * Errors go back as messages, so one bad subgraph fails its own request, not the thread.
 */
parentPort?.on('message', ({ id, formats, subgraph }: ExportRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id, result: buildExports(formats, subgraph) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
