import { unreachableDatabase } from '../support/database';
import { startTestServer, useSeededApi } from '../support/server';

/**
 * The documented error contract: every error has extensions.code; BAD_USER_INPUT names the
 * argument; single lookups of unknown ids are null; filters naming unknown ids are NOT_FOUND;
 * operation limits are GRAPHQL_VALIDATION_FAILED; a stopped Neo4j is SERVICE_UNAVAILABLE.
 */
describe('errors', () => {
  const suite = useSeededApi();

  /** The one error an operation must produce, compared whole (message, path and extensions). */
  async function expectError(
    operation: string,
    expected: { message?: string | RegExp; extensions: Record<string, unknown> },
  ) {
    const { errors } = await suite.api.graphql(operation);
    expect(errors).toHaveLength(1);
    const [error] = errors!;
    expect(error!.extensions).toStrictEqual(expected.extensions);
    if (expected.message) expect(error!.message).toMatch(expected.message);
    return error!;
  }

  it.each([
    ['a root page', '{ documents(first: 101) { totalCount } }'],
    ['a root page of zero', '{ clauses(first: 0) { totalCount } }'],
    ['a nested list', '{ entity(id: "japan") { relations(first: 500) { id } } }'],
  ])(
    'refuses a first above 100 or below 1 on %s, naming the argument',
    async (_what, operation) => {
      await expectError(operation, {
        message: /^first: must be between 1 and 100/,
        extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
      });
    },
  );

  it('refuses a cursor this API did not issue', async () => {
    await expectError('{ documents(after: "not-a-cursor") { totalCount } }', {
      message: /^after: "not-a-cursor" is not a cursor/,
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  });

  it('refuses a malformed date window and a window that ends before it starts', async () => {
    await expectError('{ timeline(from: "2006-02-30") { totalCount } }', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'from' },
    });
    await expectError('{ timeline(from: "2007", to: "2006") { totalCount } }', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'to' },
    });
  });

  it('refuses an empty search', async () => {
    await expectError('{ search(text: "  ") { totalCount } }', {
      extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
    });
  });

  it('answers null, not an error, for an unknown id', async () => {
    expect(
      await suite.api.graphql(
        '{ entity(id: "nobody") { id } document(id: "nothing") { id } clause(id: "x#y") { id } }',
      ),
    ).toStrictEqual({
      data: { entity: null, document: null, clause: null },
    });
  });

  it('is NOT_FOUND when a filter names an unknown id', async () => {
    await expectError('{ clauses(filter: { documentId: "no-such-document" }) { totalCount } }', {
      message: 'filter.documentId: no node has id "no-such-document"',
      extensions: { code: 'NOT_FOUND', argument: 'filter.documentId', id: 'no-such-document' },
    });
    await expectError('{ organizations(filter: { sector: "whaling" }) { totalCount } }', {
      extensions: { code: 'NOT_FOUND', argument: 'filter.sector', id: 'whaling' },
    });
  });

  it('refuses a too-deep operation before running it', async () => {
    const before = suite.db.queryCount;
    const deep =
      '{ clause(id: "jp-kz-2006#sec_1__para_1") { next { next { next { next { next { next { next { next { next { eId } } } } } } } } } } }';
    await expectError(deep, {
      message: 'Operation depth 11 exceeds the maximum of 10',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', maximum: 10, actual: 11 },
    });
    expect(suite.db.queryCount).toBe(before);
  });

  it('counts lists without a page size by their bound, so nesting them cannot dodge the complexity limit', async () => {
    const before = suite.db.queryCount;
    const { errors } = await suite.api.graphql(
      '{ document(id: "jp-kz-2006") { sections { clauses { asserts(first: 100) { to { relations(first: 100) { to { id } } } } } } } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'complexity',
    });
    expect(suite.db.queryCount).toBe(before);
  });

  it('refuses an enum value outside the vocabulary', async () => {
    const { errors } = await suite.api.graphql(
      '{ entity(id: "japan") { relations(types: [LOVES]) { id } } }',
    );
    expect(errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0]!.message).toMatch(/LOVES/);
  });

  it('is SERVICE_UNAVAILABLE, without internals, when Neo4j does not answer', async () => {
    const unreachable = unreachableDatabase();
    const down = await startTestServer(unreachable);
    try {
      const { data, errors } = await down.graphql('{ document(id: "jp-kz-2006") { id } }');
      expect(data).toStrictEqual({ document: null });
      expect(errors).toStrictEqual([
        {
          message: 'The graph database is unavailable; try again later',
          locations: [{ line: 1, column: 3 }],
          path: ['document'],
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
    } finally {
      await down.server.stop();
      await unreachable.close();
    }
  });

  it('shows stack traces only in development', async () => {
    const dev = await startTestServer(suite.db, { NODE_ENV: 'development' });
    try {
      const operation = '{ documents(first: 0) { totalCount } }';
      const [devError] = (await dev.graphql(operation)).errors!;
      const [prodError] = (await suite.api.graphql(operation)).errors!;
      expect(devError!.extensions!.stacktrace).toBeDefined();
      expect(prodError!.extensions!.stacktrace).toBeUndefined();
    } finally {
      await dev.server.stop();
    }
  });
});
