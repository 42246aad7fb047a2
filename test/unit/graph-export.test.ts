import neo4j from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { DatabaseUnavailableError } from '../../src/db/errors';
import { presentSubgraph, toGraphML } from '../../src/graph/export';
import { ExportPool, ThreadError } from '../../src/graph/export/export-pool';
import { exportGraph } from '../../src/graph/export/graph-export';

/** No Neo4j in these tests: nothing listens on this port. */
const connection = {
  uri: 'bolt://127.0.0.1:9',
  username: 'neo4j',
  password: 'unused',
  database: 'neo4j',
};
const driver = neo4j.driver(connection.uri, neo4j.auth.basic('neo4j', 'unused'));
afterAll(() => driver.close());
const query = { documentId: null, types: null, kinds: null, includeStructure: false, limit: 10 };

/**
 * A whole-graph export runs its query on an export thread; what goes wrong there arrives on the
 * main thread as the database error it is (so the API answers SERVICE_UNAVAILABLE, not an
 * internal error), within the request's deadline.
 */
describe('a whole-graph export on a thread, when Neo4j cannot be reached', () => {
  const db = new Database(driver, connection, { queryTimeoutMs: 2_000 });
  const pool = new ExportPool(1, 0);
  afterAll(() => pool.close());

  it('fails with DatabaseUnavailableError, not an internal error', async () => {
    await expect(exportGraph(db, query, ['graphml'], pool)).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
  });

  it('leaves the thread working for the next export', async () => {
    await expect(exportGraph(db, query, ['gexf'], pool)).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    const empty = { nodes: [], edges: [], truncated: false };
    expect(await pool.build('graphml', empty)).toBe(toGraphML(presentSubgraph(empty)));
  });
});

/**
 * When the thread answers after the request's deadline, the request has already failed, but the
 * thread's query did run on Neo4j: it is counted then, so the metrics do not miss it.
 */
describe('a whole-graph export whose thread answers after the deadline', () => {
  /** A pool whose thread answers `answer` after `ms`, whatever the deadline. */
  const lateThread = (ms: number, answer: () => unknown) =>
    ({
      queryGraph: () =>
        new Promise((resolve, reject) =>
          setTimeout(() => {
            try {
              resolve(answer());
            } catch (error) {
              reject(error);
            }
          }, ms),
        ),
    }) as unknown as ExportPool;

  it('fails the request at its deadline and counts the query when the thread answers', async () => {
    const db = new Database(driver, connection, { queryTimeoutMs: 2_000 });
    const seen: string[] = [];
    db.observeQueries((ms, outcome) => seen.push(`${ms} ${outcome}`));
    const request = db.withDeadline(Date.now() + 50);
    const pool = lateThread(300, () => ({ result: {}, queries: [{ ms: 280, outcome: 'ok' }] }));

    await expect(exportGraph(request, query, ['graphml'], pool)).rejects.toBeInstanceOf(
      DatabaseUnavailableError,
    );
    expect(db.queryCount).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(db.queryCount).toBe(1);
    expect(seen).toEqual(['280 ok']);
  });

  it('counts a late failure of the thread as the failed query it was', async () => {
    const db = new Database(driver, connection, { queryTimeoutMs: 2_000 });
    const seen: string[] = [];
    db.observeQueries((ms, outcome) => seen.push(`${ms} ${outcome}`));
    const pool = lateThread(300, () => {
      throw new ThreadError(new Error('Neo4j went away'), [{ ms: 290, outcome: 'error' }]);
    });

    await expect(
      exportGraph(db.withDeadline(Date.now() + 50), query, ['graphml'], pool),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen).toEqual(['290 error']);
  });
});
