import { within, type Database } from '../../db/database';
import type { GraphQuery } from '../subgraph.repository';
import type { ExportFormat, GraphExportResult } from './build-export';
import { exportPool, ThreadError, type ExportPool } from './export-pool';

/**
 * The graph's exports, queried and built on an export thread: the rows of a whole-graph export
 * are megabytes of Bolt to decode and then objects to present, and on the event loop that
 * answers every request they held light queries up by tens of milliseconds at a time (npm run
 * bench:abuse). The thread runs the same query (subgraph.repository's findGraph) on its own
 * driver, within this request's deadline; its query counts as this request's one query.
 * Null when the query's document is unknown.
 */
export async function exportGraph<F extends ExportFormat>(
  db: Database,
  query: GraphQuery,
  formats: readonly F[],
  pool: ExportPool = exportPool(),
): Promise<GraphExportResult<F>> {
  const deadline = db.answerDue();
  const reply = pool.queryGraph({
    connection: db.connection,
    queryTimeoutMs: db.queryTimeoutMs,
    deadline,
    query,
    formats,
  });
  // Counted when the thread answers, even when this request has stopped waiting for it: its
  // query ran on Neo4j all the same, and the metrics should say so. Registered before the wait
  // below, so an answer in time is counted before this function returns.
  void reply.then(
    ({ queries }) => db.recordQueries(queries),
    (error: unknown) => {
      if (error instanceof ThreadError) db.recordQueries(error.queries);
    },
  );
  try {
    // The thread keeps to the deadline; this thread holds to it too, whatever the thread does
    // (a first connection to a frozen server, a queue for the thread).
    const { result } = await within(reply, deadline - Date.now(), db.connection.uri);
    return result;
  } catch (error) {
    throw error instanceof ThreadError ? error.error : error;
  }
}
