import { startTestServer, useSeededApi } from '../support/server';

/**
 * Cost bounds over HTTP: a refused operation never reaches Neo4j; the response budget is set by
 * RESPONSE_BUDGET_BYTES; heavy operations queue but all complete; a read-only API says so.
 */
describe('cost limits', () => {
  const suite = useSeededApi();

  async function post(query: string, url = suite.api.server.url) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it('answers `mutation { __typename }` with a validation error that names the problem', async () => {
    expect(await post('mutation { __typename }')).toStrictEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'This API has no mutation operations: it is read-only, use a query',
            locations: [{ line: 1, column: 1 }],
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          },
        ],
      },
    });
  });

  it('refuses 30 aliases of the whole graph in every format before any query runs', async () => {
    const before = suite.db.queryCount;
    const aliases = Array.from(
      { length: 30 },
      (_, i) => `g${i}: graph(limit: 5000) { cytoscape graphml gexf }`,
    );
    const { status, body } = await post(`{ ${aliases.join(' ')} }`);
    expect(status).toBe(400);
    expect(body.errors).toStrictEqual([
      expect.objectContaining({
        extensions: {
          code: 'GRAPHQL_VALIDATION_FAILED',
          limit: 'complexity',
          maximum: 400_000,
          actual: 30 * (1 + 3 * (1 + 30_000 * 5)),
        },
      }),
    ]);
    expect(suite.db.queryCount).toBe(before);
  });

  it('refuses an operation over RESPONSE_BUDGET_BYTES with the limit shape, before it runs', async () => {
    const small = await startTestServer(suite.db, { RESPONSE_BUDGET_BYTES: '100000' });
    try {
      const before = suite.db.queryCount;
      const { status, body } = await post('{ graph(limit: 100) { graphml } }', small.server.url);
      expect(status).toBe(400);
      const [error] = body.errors as Array<{ message: string; extensions: object }>;
      expect(error!.extensions).toStrictEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'responseSize',
        maximum: 100_000,
        actual: 16 + 80 + 600 * 850, // the field, a string leaf, 600 elements of GraphML
      });
      expect(error!.message).toBe(
        'Operation estimated response size in bytes 510096 exceeds the maximum of 100000',
      );
      expect(suite.db.queryCount).toBe(before);
      // The same operation within the default budget runs.
      expect((await post('{ graph(limit: 100) { graphml } }')).status).toBe(200);
    } finally {
      await small.server.stop();
    }
  });

  it('prices CSV by the elements it writes, refused over the budget before it runs', async () => {
    const small = await startTestServer(suite.db, { RESPONSE_BUDGET_BYTES: '100000' });
    try {
      const before = suite.db.queryCount;
      const csv = '{ graph(limit: 100) { csv { nodes relationships } } }';
      const { status, body } = await post(csv, small.server.url);
      expect(status).toBe(400);
      const [error] = body.errors as Array<{ extensions: object }>;
      expect(error!.extensions).toStrictEqual({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'responseSize',
        maximum: 100_000,
        // graph; csv: its object, two strings, and 600 elements at 400 B.
        actual: 16 + 16 + 2 * 80 + 600 * 400,
      });
      expect(suite.db.queryCount).toBe(before);
      expect((await post('{ graph(limit: 100) { truncated } }', small.server.url)).status).toBe(
        200,
      );
    } finally {
      await small.server.stop();
    }
  });

  it('prices a document’s text by its length: 30 pages of texts are refused, of ids are not', async () => {
    const pages = (selection: string) =>
      `{ ${Array.from({ length: 30 }, (_, i) => `d${i}: documents(first: 100) { edges { node { ${selection} } } }`).join(' ')} }`;
    const before = suite.db.queryCount;
    const { status, body } = await post(pages('text'));
    expect(status).toBe(400);
    const [error] = body.errors as Array<{ extensions: Record<string, unknown> }>;
    expect(error!.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'complexity',
      maximum: 400_000,
    });
    expect(suite.db.queryCount).toBe(before);
    expect((await post(pages('id'))).status).toBe(200);
  });

  it('queues heavy operations beyond HEAVY_OPERATION_CONCURRENCY and completes every one', async () => {
    const narrow = await startTestServer(suite.db, {
      HEAVY_OPERATION_CONCURRENCY: '1',
      HEAVY_OPERATION_BYTES: '1024',
    });
    try {
      const heavy = '{ graph(limit: 300) { gexf } }';
      const answers = await Promise.all(
        Array.from({ length: 4 }, () => post(heavy, narrow.server.url)),
      );
      for (const { status, body } of answers) {
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect((body.data as { graph: { gexf: string } }).graph.gexf).toContain('<gexf');
      }
    } finally {
      await narrow.server.stop();
    }
  });
});
