import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { compiledExecution } from '../graphql/compiled-execution';
import { formatError } from '../graphql/errors';
import { closeExportPool } from '../graph/export/export-pool';
import { costPlugin, heavyQueue, validationRules } from '../graphql/limits';
import { BODY_LIMIT, OPERATION_LIMITS, TIME_LIMITS } from '../limits';
import { asksGraphQL, GRAPHQL_PATH, graphqlEndpoint } from './graphql-endpoint';
import { cacheHeadersPlugin, GraphVersion } from './http-cache';
import { httpErrorHandler } from './http-errors';
import { browserPages } from './explorer/routes';
import { GRAPHIQL_PAGE } from './landing-page';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { requestLogPlugin, type RequestLogContext } from './request-log.plugin';

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** Stops accepting requests, lets in-flight ones finish, closes the HTTP server. */
  stop(): Promise<void>;
}

type ServerConfig = Pick<
  Config,
  | 'host'
  | 'port'
  | 'corsOrigins'
  | 'introspection'
  | 'development'
  | 'responseBudgetBytes'
  | 'heavyOperationBytes'
  | 'heavyOperationConcurrency'
  | 'heavyOperationIdleConcurrency'
  | 'heavyOperationPercent'
  | 'compileAfter'
  | 'logLevel'
>;

export interface ServerOptions {
  /** Where the server logs; by default a logger at config.logLevel on stdout. */
  readonly logger?: Logger;
  /**
   * Start-up work that requests would compete with (the query plan warm-up): until it settles,
   * GET /ready answers 503 `warming`, so a load balancer holds traffic back; /graphql serves all
   * the same, for whoever asks.
   */
  readonly warmingUp?: Promise<unknown>;
}

/**
 * HTTP: /graphql (Apollo Server 5 on Node's HTTP server, graphql-endpoint.ts); /health, /ready,
 * /metrics, and / and /explore for people, on Express 5.
 */
export async function startHttpServer(
  config: ServerConfig,
  schema: GraphQLSchema,
  db: Database,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  let warm = options.warmingUp === undefined;
  const warmed = () => void (warm = true);
  options.warmingUp?.then(warmed, warmed);
  const heavy = heavyQueue({
    concurrency: config.heavyOperationConcurrency,
    idleConcurrency: config.heavyOperationIdleConcurrency,
    percent: config.heavyOperationPercent,
  });
  const metrics = new Metrics(db, heavy);
  const app = express();
  const httpServer = http.createServer();
  const apollo = new ApolloServer<RequestLogContext>({
    // The schema, executed by compiled functions once an operation repeats (compiled-execution.ts).
    gateway: compiledExecution(schema, {
      compileAfter: config.compileAfter,
      observe: (mode) => metrics.observeExecution(mode),
    }),
    introspection: config.introspection,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development),
    validationRules: validationRules(),
    // Apollo's own logger for the few things it reports itself (e.g. a failing plugin).
    logger: {
      debug: (message) => logger.debug(message),
      info: (message) => logger.info(message),
      warn: (message) => logger.warn(message),
      error: (message) => logger.error(message),
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestLogPlugin(logger, metrics),
      costPlugin({
        maximumComplexity: OPERATION_LIMITS.complexity,
        responseBudgetBytes: config.responseBudgetBytes,
        heavyBytes: config.heavyOperationBytes,
        heavyQueue: heavy,
      }),
      cacheHeadersPlugin(),
      // Apollo's cache-control plugin wraps every field's resolver to read @cacheControl hints,
      // which this schema has none of: Cache-Control comes from cacheHeadersPlugin. Disabled, it
      // costs nothing per field (about a tenth of the API's CPU on a whole-document answer).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's own landing page loads from a CDN; ours works offline (GET /graphql).
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  // Apollo keeps CSRF prevention on: a GET (persisted query or not) needs a non-simple header
  // such as `apollo-require-preflight: true`, which browsers never add cross-site by themselves.
  const graphql = graphqlEndpoint(apollo, {
    bodyLimitBytes: BODY_LIMIT.bytes,
    version: new GraphVersion(db),
    development: config.development,
    logger,
    context: async (req, res, etag) => {
      const receivedAt = Date.now();
      // Every request ends by its deadline: database calls and the heavy queue stop waiting then.
      const deadline = receivedAt + db.callLimitMs;
      const requestId = requestIdOf(req.headers['x-request-id']);
      res.setHeader('x-request-id', requestId);
      return { db: db.withDeadline(deadline), deadline, requestId, receivedAt, cost: {}, etag };
    },
  });
  const allowOrigins = cors({
    origin: config.corsOrigins === '*' ? '*' : [...config.corsOrigins],
  });

  app.disable('x-powered-by');
  // ETags come from the graph's version (http-cache.ts), not from hashing every response body.
  app.set('etag', false);
  // Express shows stack traces unless told it is in production; our config decides, not NODE_ENV.
  app.set('env', config.development ? 'development' : 'production');
  app.use(allowOrigins);

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  // Within TIME_LIMITS.readyMs whatever Neo4j does (a frozen server never answers).
  app.get('/ready', async (_req, res) => {
    const neo4j = await db.isReachable(TIME_LIMITS.readyMs);
    const status = !neo4j ? 'unavailable' : warm ? 'ready' : 'warming';
    res.status(status === 'ready' ? 200 : 503).json({ status, neo4j });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.text());
  });
  // GET /graphql without an operation: a browser gets the query page; anyone else, Apollo's word.
  app.get(GRAPHQL_PATH, (req, res) => {
    if (!req.accepts('html')) return graphql(req, res);
    res.type('html').send(GRAPHIQL_PAGE);
  });
  app.use(browserPages());
  app.use(GRAPHQL_PATH, (req, res) => graphql(req, res));
  app.use(httpErrorHandler(config.development, logger));

  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (asksGraphQL(req)) allowOrigins(req, res, () => graphql(req, res));
    else app(req, res);
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${port}/graphql`,
    port,
    stop: async () => {
      metrics.stopObserving();
      await apollo.stop();
      await closeExportPool();
    },
  };
}

/** The caller's request id when it is a sane token (a proxy's), else a fresh one. */
function requestIdOf(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}
