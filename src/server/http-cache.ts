import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Database } from '../db/database';
import type { GraphQLContext } from '../graphql/context';
import { cypherFile } from '../db/cypher-files';

/**
 * HTTP caching for reads. The graph changes only when a document is loaded or removed, and the
 * loader counts each change in Neo4j (cypher/ingest/bump-graph-version.cypher). A response's ETag
 * is that version and a hash of the request (query, variables, operation name, persisted-query
 * hash), so a client, reverse proxy or CDN revalidates with If-None-Match and gets a 304 without
 * the operation running, until the next load.
 *
 * The version is read from Neo4j at most once per `ttlMs` per process (concurrent requests share
 * one read, and answer with the last known version while it runs): one tiny query per second,
 * whatever the traffic. A load therefore shows in ETags about `ttlMs` later, in every API process.
 */
export const CACHE_CONTROL = 'public, max-age=0, s-maxage=60, must-revalidate';

export class GraphVersion {
  private pending: Promise<number> | undefined;
  private known: number | undefined;
  private readAt = 0;

  constructor(
    private readonly db: Database,
    private readonly ttlMs = 1_000,
    /** How long a request waits for the very first read; later reads never hold a request. */
    private readonly firstReadMs = 1_000,
    /** How long a request waits for a fresh read before answering with the last known version. */
    private readonly staleWaitMs = 250,
  ) {}

  /**
   * The graph's version. Once one is known, a request waits at most `staleWaitMs` for a fresh
   * read and otherwise answers with the last known one (stale-while-revalidate): a frozen or slow
   * Neo4j never holds a request here for long, so the request's own deadline (set after this
   * middleware) still bounds its whole wait.
   */
  current(): Promise<number> {
    if (Date.now() - this.readAt >= this.ttlMs && !this.pending) void this.refresh();
    const known = this.known;
    if (known === undefined) return this.pending ?? this.refresh();
    if (!this.pending) return Promise.resolve(known);
    // A fresh read normally answers in a millisecond or two; wait that long for it, never longer.
    const stale = new Promise<number>((resolve) => {
      setTimeout(resolve, this.staleWaitMs, known).unref();
    });
    return Promise.race([this.pending.catch(() => known), stale]);
  }

  private refresh(): Promise<number> {
    this.readAt = Date.now();
    // tx.run, not db.run: this read is HTTP bookkeeping, not a root field's query, so it stays
    // out of db.queryCount (which proves one query per root field).
    const read = this.db
      .withDeadline(
        Date.now() + (this.known === undefined ? this.firstReadMs : this.db.callLimitMs),
      )
      .read((tx) => tx.run(cypherFile('ingest/find-graph-version')))
      .then((result) => {
        this.known = Number(result.records[0]?.get('version') ?? 0);
        return this.known;
      })
      .finally(() => {
        this.pending = undefined;
      });
    // A failed background read is forgotten (the next request reads again); a request that
    // awaits the first read sees the failure and steps aside.
    read.catch(() => undefined);
    this.pending = read;
    return read;
  }
}

/** The fields of a GraphQL request over HTTP: a POST's JSON body or a GET's query string. */
export type GraphQLRequestFields = Readonly<Record<string, unknown>>;

/** What identifies a request's answer: the operation and its variables, whether GET or POST. */
function requestKey(source: unknown): string | undefined {
  if (!source || typeof source !== 'object') return undefined;
  const { query, variables, operationName, extensions } = source as GraphQLRequestFields;
  if (query === undefined && extensions === undefined) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' ? value : JSON.stringify(value ?? null);
  return createHash('sha256')
    .update([text(query), text(variables), text(operationName), text(extensions)].join('\0'))
    .digest('base64url')
    .slice(0, 22);
}

const etagOf = (version: number, key: string) => `W/"g${version}-${key}"`;

/** The ETag a request's answer gets, and whether the client's If-None-Match already holds it. */
export interface Revalidation {
  readonly etag?: string;
  /** The client holds this answer: 304, and nothing runs. */
  readonly fresh: boolean;
}

/**
 * Before Apollo: the request's ETag, fresh when If-None-Match already holds it. Without a
 * readable version (Neo4j down) there is none, and Apollo answers as usual.
 */
export async function revalidate(
  version: GraphVersion,
  fields: unknown,
  ifNoneMatch: string | undefined,
): Promise<Revalidation> {
  const key = requestKey(fields);
  if (!key) return { fresh: false };
  let etag: string;
  try {
    etag = etagOf(await version.current(), key);
  } catch {
    return { fresh: false };
  }
  const fresh = !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
  return { etag, fresh };
}

/**
 * Sets ETag and Cache-Control on successful answers only: an error (a timeout, Neo4j down, a
 * refused operation) is never cached.
 */
export function cacheHeadersPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          const { body, http } = response;
          const ok =
            body.kind === 'single' && !body.singleResult.errors && (http.status ?? 200) === 200;
          if (ok && contextValue.etag) {
            http.headers.set('etag', contextValue.etag);
            http.headers.set('cache-control', CACHE_CONTROL);
          } else {
            http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
