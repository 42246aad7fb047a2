import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import {
  CACHE_CONTROL,
  revalidate,
  type GraphQLRequestFields,
  type GraphVersion,
} from './http-cache';
import { sendHttpError } from './http-errors';
import type { Logger } from './logger';
import { readJsonBody } from './request-body';
import { sendBody } from './send-in-slices';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLEndpointOptions<TContext extends BaseContext> {
  /** The largest request body read, once inflated (413 past it). */
  readonly bodyLimitBytes: number;
  /** The graph's version, which with the request makes the answer's ETag. */
  readonly version: GraphVersion;
  /** The operation's context; `etag` is the answer's, when there is one. */
  readonly context: (req: IncomingMessage, res: ServerResponse, etag?: string) => Promise<TContext>;
  readonly development: boolean;
  readonly logger: Logger;
}

/**
 * Whether a request is an operation for Apollo: POST /graphql, or GET /graphql with a query or a
 * persisted query's hash. Anything else at /graphql (a browser asking for the page, a preflight)
 * is the pages' to answer.
 */
export function asksGraphQL(req: IncomingMessage): boolean {
  const { path, search } = splitUrl(req.url);
  if (path !== GRAPHQL_PATH) return false;
  if (req.method === 'POST') return true;
  if (req.method !== 'GET' || !search) return false;
  const params = new URLSearchParams(search);
  return params.has('query') || params.has('extensions');
}

/** A request URL's path and its query string (with its `?`, as Apollo takes it; '' when none). */
function splitUrl(url = ''): { path: string; search: string } {
  const q = url.indexOf('?');
  return q < 0 ? { path: url, search: '' } : { path: url.slice(0, q), search: url.slice(q) };
}

/**
 * /graphql on Node's own HTTP server, straight to Apollo Server's `executeHTTPGraphQLRequest`
 * (what its Express integration calls too): the body read and parsed, the ETag computed and a
 * 304 answered before anything runs, then Apollo's status, headers and body, a large body in
 * slices. Express served this path until it was measured costing ~0.15–0.2 ms of CPU per request
 * of its routing and middleware (a fifth of a small operation's); it still serves the pages.
 */
export function graphqlEndpoint<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: GraphQLEndpointOptions<TContext>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const { search } = splitUrl(req.url);
    const body =
      req.method === 'POST' ? await readJsonBody(req, options.bodyLimitBytes) : undefined;
    const fields = req.method === 'POST' ? body : queryStringFields(search);
    const { etag, fresh } = await revalidate(options.version, fields, req.headers['if-none-match']);
    if (fresh) {
      res.writeHead(304, { etag, 'cache-control': CACHE_CONTROL }).end();
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search, body },
      context: () => options.context(req, res, etag),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      sendBody(res, response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  return (req, res) => {
    answer(req, res).catch((error: Error & { status?: number }) => {
      if (!res.headersSent) sendHttpError(res, error, options.development, options.logger);
      else res.destroy(error);
    });
  };
}

/** A GET's operation fields, as Apollo reads them from the query string. */
function queryStringFields(search: string): GraphQLRequestFields {
  const params = new URLSearchParams(search);
  const fields: Record<string, string> = {};
  for (const name of ['query', 'variables', 'operationName', 'extensions']) {
    const value = params.get(name);
    if (value !== null) fields[name] = value;
  }
  return fields;
}
