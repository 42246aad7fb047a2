import { parentPort } from 'node:worker_threads';
import { connectDatabase, type Database, type QueryRun } from '../../db/database';
import { findGraph } from '../subgraph.repository';
import { buildExports, type ExportRequest, type GraphExportRequest } from './build-export';

/**
 * A thread of the export pool (export-pool.ts). Two kinds of work:
 * - a subgraph already queried: presents it, builds the exports asked for, posts them back;
 * - a whole-graph export (`graph` with nothing but exports selected): runs the graph's one query
 *   on this thread's own driver, then builds the exports, so that decoding megabytes of Bolt
 *   never reaches the event loop that answers every other request. The queries it ran go back
 *   with the result, for the main thread's query count and metrics.
 * Errors go back as messages (name and message), so one failure fails its own request, not the
 * thread.
 */
const databases = new Map<string, Promise<Database>>();

/** This thread's driver for a connection, opened on first use; a failed open is forgotten. */
function databaseFor({ connection, queryTimeoutMs }: GraphExportRequest): Promise<Database> {
  const key = JSON.stringify([connection, queryTimeoutMs]);
  let database = databases.get(key);
  if (!database) {
    database = connectDatabase(connection, { queryTimeoutMs });
    database.catch(() => databases.delete(key)); // the next request tries to connect again
    databases.set(key, database);
  }
  return database;
}

async function graphExport(request: GraphExportRequest) {
  const { deadline, query, formats } = request;
  const db = (await databaseFor(request)).withDeadline(deadline);
  const queries: QueryRun[] = [];
  const stop = db.observeQueries((ms, outcome) => queries.push({ ms, outcome }));
  try {
    const subgraph = await findGraph(db, query);
    const exports = subgraph && buildExports(formats, subgraph);
    return { result: subgraph && { truncated: subgraph.truncated, exports }, queries };
  } catch (error) {
    throw Object.assign(error as Error, { queries });
  } finally {
    stop();
  }
}

type Message = (ExportRequest | { graph: GraphExportRequest }) & { id: number };

parentPort?.on('message', (message: Message) => {
  const { id } = message;
  const fail = (error: unknown) => {
    const { name, message: text, stack, queries } = error as Error & { queries?: unknown };
    parentPort!.postMessage({ id, error: { name, message: text, stack }, queries });
  };
  if ('graph' in message) {
    graphExport(message.graph).then(({ result, queries }) => {
      parentPort!.postMessage({ id, result, queries });
    }, fail);
    return;
  }
  try {
    parentPort!.postMessage({ id, result: buildExports(message.formats, message.subgraph) });
  } catch (error) {
    fail(error);
  }
});
