import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { GraphQLContext } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { complexityPlugin, validationRules } from '../graphql/limits';
import { cacheHeadersPlugin, conditionalRequests, GraphVersion } from './http-cache';
import { httpErrorHandler } from './http-errors';
import { browserPages } from './explorer/routes';
import { GRAPHIQL_PAGE } from './landing-page';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, lets in-flight ones finish, closes the HTTP server. */
  stop(): Promise<void>;
}

type ServerConfig = Pick<Config, 'host' | 'port' | 'corsOrigins' | 'introspection' | 'development'>;

/** HTTP: /graphql (Apollo Server 5 on Express 5), /health, /ready; / and /explore for people. */
export async function startHttpServer(
  config: ServerConfig,
  schema: GraphQLSchema,
  db: Database,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development),
    validationRules: validationRules(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      complexityPlugin(),
      cacheHeadersPlugin(),
      // Apollo's own landing page loads from a CDN; ours works offline (GET /graphql).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // ETags come from the graph's version (http-cache.ts), not from hashing every response body.
  app.set('etag', false);
  // Express shows stack traces unless told it is in production; our config decides, not NODE_ENV.
  app.set('env', config.development ? 'development' : 'production');
  app.use(cors({ origin: config.corsOrigins === '*' ? '*' : [...config.corsOrigins] }));

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const neo4j = await db.isReachable();
    res.status(neo4j ? 200 : 503).json({ status: neo4j ? 'ready' : 'unavailable', neo4j });
  });
  app.get('/graphql', (req, res, next) => {
    // A query, or a persisted query's hash (APQ over GET), is for Apollo; a browser gets the page.
    const asksGraphQL = req.query.query !== undefined || req.query.extensions !== undefined;
    if (asksGraphQL || !req.accepts('html')) return next();
    res.type('html').send(GRAPHIQL_PAGE);
  });
  app.use(browserPages());
  // Apollo keeps CSRF prevention on: a GET (persisted query or not) needs a non-simple header
  // such as `apollo-require-preflight: true`, which browsers never add cross-site by themselves.
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    conditionalRequests(new GraphVersion(db)),
    expressMiddleware(apollo, {
      context: async ({ res }) => ({ db, etag: (res.locals as { etag?: string }).etag }),
    }),
  );
  app.use(httpErrorHandler(config.development));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: () => apollo.stop(),
  };
}
