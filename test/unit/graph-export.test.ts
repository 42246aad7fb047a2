import neo4j from 'neo4j-driver';
import { Database } from '../../src/db/database';
import { DatabaseUnavailableError } from '../../src/db/errors';
import { presentSubgraph, toGraphML } from '../../src/graph/export';
import { ExportPool } from '../../src/graph/export/export-pool';
import { exportGraph } from '../../src/graph/export/graph-export';

/**
 * A whole-graph export runs its query on an export thread; what goes wrong there arrives on the
 * main thread as the database error it is (so the API answers SERVICE_UNAVAILABLE, not an
 * internal error), within the request's deadline. No Neo4j: nothing listens on the port.
 */
describe('a whole-graph export on a thread, when Neo4j cannot be reached', () => {
  const connection = {
    uri: 'bolt://127.0.0.1:9',
    username: 'neo4j',
    password: 'unused',
    database: 'neo4j',
  };
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic('neo4j', 'unused'));
  const db = new Database(driver, connection, { queryTimeoutMs: 2_000 });
  const pool = new ExportPool(1, 0);
  afterAll(async () => {
    await pool.close();
    await driver.close();
  });

  const query = { documentId: null, types: null, kinds: null, includeStructure: false, limit: 10 };

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
