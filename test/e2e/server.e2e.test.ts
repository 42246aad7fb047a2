import { gzipSync } from 'node:zlib';
import type { Database } from '../../src/db/database';
import { openTestDatabase, unreachableDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';

describe('the HTTP server', () => {
  let db: Database;
  let api: TestServer;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestServer(db);
  });
  afterAll(async () => {
    await api.server.stop();
    await db.close();
  });

  it('GET /health answers while the process is up', async () => {
    const response = await fetch(`${api.baseUrl}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 when Neo4j is reachable', async () => {
    const response = await fetch(`${api.baseUrl}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({ status: 'ready', neo4j: true });
  });

  it('GET /ready answers 503 warming until the start-up warm-up settles, while /graphql serves', async () => {
    let settle!: () => void;
    const warmingUp = new Promise<void>((resolve) => (settle = resolve));
    const starting = await startTestServer(db, {}, { warmingUp });
    try {
      const warming = await fetch(`${starting.baseUrl}/ready`);
      expect(warming.status).toBe(503);
      expect(await warming.json()).toStrictEqual({ status: 'warming', neo4j: true });
      expect(await starting.graphql('{ health { status } }')).toStrictEqual({
        data: { health: { status: 'ok' } },
      });
      settle();
      await warmingUp;
      const ready = await fetch(`${starting.baseUrl}/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toStrictEqual({ status: 'ready', neo4j: true });
    } finally {
      await starting.server.stop();
    }
  });

  it('GET /ready says ready after a warm-up that failed: its requests plan on first use', async () => {
    const warmingUp = Promise.reject(new Error('warm-up failed'));
    warmingUp.catch(() => undefined);
    const starting = await startTestServer(db, {}, { warmingUp });
    try {
      expect((await fetch(`${starting.baseUrl}/ready`)).status).toBe(200);
    } finally {
      await starting.server.stop();
    }
  });

  it('answers the health query over /graphql', async () => {
    const body = await api.graphql('{ health { status neo4j database } }');
    expect(body).toStrictEqual({
      data: { health: { status: 'ok', neo4j: true, database: db.name } },
    });
  });

  it.each([
    ['/graphql', '<script src="/assets/graphiql.js">'],
    ['/explore', '<script src="/assets/explorer.js">'],
  ])('serves %s to a browser, loading scripts only from this server', async (page, script) => {
    const response = await fetch(`${api.baseUrl}${page}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(script);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('points GET / to the explorer and the query page', async () => {
    const html = await (await fetch(`${api.baseUrl}/`)).text();
    expect(html).toContain('<a href="/explore">');
    expect(html).toContain('<a href="/graphql">');
  });

  it('keeps CSRF prevention: a GET operation without a preflight header is refused', async () => {
    const response = await fetch(
      `${api.baseUrl}/graphql?query=${encodeURIComponent('{ health { status } }')}`,
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('GET /ready answers 503 when Neo4j is not reachable', async () => {
    const unreachable = unreachableDatabase();
    const server = await startTestServer(unreachable);
    try {
      const response = await fetch(`${server.baseUrl}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toStrictEqual({ status: 'unavailable', neo4j: false });
    } finally {
      await server.server.stop();
      await unreachable.close();
    }
  });

  it('allows only the configured CORS origins', async () => {
    const restricted = await startTestServer(db, { CORS_ORIGINS: 'https://viewer.example' });
    try {
      const preflight = (origin: string) =>
        fetch(`${restricted.baseUrl}/graphql`, {
          method: 'OPTIONS',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
      expect(
        (await preflight('https://viewer.example')).headers.get('access-control-allow-origin'),
      ).toBe('https://viewer.example');
      expect(
        (await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin'),
      ).toBeNull();
      const answer = await fetch(`${restricted.baseUrl}/graphql`, {
        method: 'POST',
        headers: { origin: 'https://viewer.example', 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ health { status } }' }),
      });
      expect(answer.headers.get('access-control-allow-origin')).toBe('https://viewer.example');
      expect(answer.headers.get('vary')).toMatch(/origin/i);
    } finally {
      await restricted.server.stop();
    }
  });

  it('answers introspection by default and refuses it when GRAPHQL_INTROSPECTION=false', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect(await api.graphql(introspection)).toStrictEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const closed = await startTestServer(db, { GRAPHQL_INTROSPECTION: 'false' });
    try {
      const { errors } = await closed.graphql(introspection);
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.server.stop();
    }
  });

  const post = (body: string | Uint8Array, headers: Record<string, string> = {}) =>
    fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
  const overLimit = JSON.stringify({ query: `{ health { status } } # ${'x'.repeat(120_000)}` });

  it.each([
    ['a body that is not JSON', '{"query": "{ health { status } }"', {}, 400, 'BAD_REQUEST'],
    ['a JSON body that is not an object', '"{ health { status } }"', {}, 400, 'BAD_REQUEST'],
    ['a body over 100 kB', overLimit, {}, 413, 'PAYLOAD_TOO_LARGE'],
    [
      'a gzip body over 100 kB once inflated',
      gzipSync(overLimit),
      { 'content-encoding': 'gzip' },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a body in a charset other than UTF-8',
      '{"query": "{ health { status } }"}',
      { 'content-type': 'application/json; charset=iso-8859-1' },
      415,
      'BAD_REQUEST',
    ],
    [
      'a body in an unknown content encoding',
      '{"query": "{ health { status } }"}',
      { 'content-encoding': 'zstd-unknown' },
      415,
      'BAD_REQUEST',
    ],
  ])(
    'answers %s in the error shape, without internals',
    async (_what, body, headers, status, code) => {
      const response = await post(body, headers);
      expect(response.status).toBe(status);
      const json = (await response.json()) as {
        errors: Array<{ message: string; extensions: Record<string, unknown> }>;
      };
      expect(json.errors).toHaveLength(1);
      expect(json.errors[0]!.extensions).toStrictEqual({ code });
      expect(json.errors[0]!.message).toMatch(/^The request (could not be read: |body is larger)/);
      expect(JSON.stringify(json)).not.toMatch(/node_modules|at [A-Za-z.]+ \(/);
      // The connection still carries the next request.
      expect((await api.graphql('{ health { status } }')).data).toStrictEqual({
        health: { status: 'ok' },
      });
    },
  );

  it('reads a gzip-compressed body', async () => {
    const response = await post(gzipSync(JSON.stringify({ query: '{ health { status } }' })), {
      'content-encoding': 'gzip',
    });
    expect(await response.json()).toStrictEqual({ data: { health: { status: 'ok' } } });
  });

  it('leaves a body that is not JSON-typed to Apollo, which refuses it as a possible CSRF', async () => {
    const response = await post('{"query": "{ health { status } }"}', {
      'content-type': 'text/plain',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });

  it('answers an empty JSON body with what an operation needs', async () => {
    const response = await post('');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/POST body missing/);
  });

  it('answers GET /graphql without an operation and without asking for HTML in Apollo’s words', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/must contain a non-empty `query`/);
  });
});
