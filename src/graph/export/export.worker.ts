import { parentPort } from 'node:worker_threads';
import { buildExport, type ExportRequest } from './build-export';

/**
 * A thread of the export pool (export-pool.ts): builds the export asked for and posts it back.
 * Errors go back as messages, so one bad subgraph fails its own request, not the thread.
 */
parentPort?.on('message', ({ id, format, subgraph }: ExportRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id, result: buildExport(format, subgraph) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
