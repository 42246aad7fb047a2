import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database';
import { loadGraph, removeDocument } from '../../src/ingest/load-graph';
import { toGraph } from '../../src/ingest/to-graph';
import { minimalAnnotation, renameEntity, withChange } from '../support/annotations';
import { openSeededDatabase } from '../support/database';
import { startTestServer, type TestServer } from '../support/server';

/**
 * Reads are cacheable beyond one machine: an ETag that changes only when the graph does, 304 for
 * a client or proxy that already holds the answer, and persisted queries over GET (a URL a CDN
 * can cache), with Apollo's CSRF prevention still on.
 */
const QUERY = '{ organizations(first: 3) { totalCount edges { node { id } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const PERSISTED = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } });
/** The header Apollo's CSRF prevention asks of a GET; browsers never add it cross-site. */
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

let db: Database;
let api: TestServer;

beforeAll(async () => {
  db = await openSeededDatabase();
  api = await startTestServer(db);
});

afterAll(async () => {
  await api.server.stop();
  await db.close();
});

const post = (query: string, headers: Record<string, string> = {}) =>
  fetch(api.server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

const get = (params: Record<string, string>, headers: Record<string, string> = PREFLIGHT) =>
  fetch(`${api.server.url}?${new URLSearchParams(params).toString()}`, { headers });

/** A tiny document of this run, every node its own, so that loading it changes only the version. */
function tinyDocument(documentId: string) {
  const { annotation, statement } = minimalAnnotation({ documentId });
  const own = withChange(annotation, (a) => {
    for (const entity of [...a.entities]) renameEntity(a, entity.id, `${entity.id}-${documentId}`);
  });
  return toGraph(own, statement);
}

describe('HTTP caching of reads', () => {
  it('gives a successful answer an ETag and Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = await post(QUERY);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"g\d+-[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=60, must-revalidate',
    );
    const again = await post(QUERY, { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
  });

  it('gives another operation another ETag', async () => {
    const a = (await post(QUERY)).headers.get('etag');
    const b = (await post('{ organizations(first: 2) { totalCount } }')).headers.get('etag');
    expect(a).not.toBe(b);
  });

  it('never caches an error', async () => {
    const response = await post('{ organizations(first: 1000) { totalCount } }');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('changes the ETag once a document is loaded, and answers the old one with 200', async () => {
    const before = (await post(QUERY)).headers.get('etag')!;
    const documentId = `cache-${randomUUID().slice(0, 8)}`;
    try {
      await loadGraph(db, tinyDocument(documentId));
      // The version is read at most once a second per process.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const after = await post(QUERY, { 'if-none-match': before });
      expect(after.status).toBe(200);
      expect(after.headers.get('etag')).not.toBe(before);
    } finally {
      await removeDocument(db, documentId);
    }
  });
});

describe('automatic persisted queries over GET', () => {
  it('asks for the query when the hash is unknown, then answers by hash alone, cacheably', async () => {
    const unknown = await get({ extensions: PERSISTED });
    const refusal = (await unknown.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(refusal.errors[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const registered = await get({ query: QUERY, extensions: PERSISTED });
    expect(registered.status).toBe(200);

    const byHash = await get({ extensions: PERSISTED });
    expect(byHash.status).toBe(200);
    const body = await byHash.json();
    expect(body).toStrictEqual(await (await post(QUERY)).json());
    const etag = byHash.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"g\d+-/);

    const revalidated = await get(
      { extensions: PERSISTED },
      { ...PREFLIGHT, 'if-none-match': etag },
    );
    expect(revalidated.status).toBe(304);
  });

  it('keeps CSRF prevention: a GET without a preflight-forcing header is refused', async () => {
    const response = await get({ query: QUERY }, {});
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('CSRF');
  });
});
