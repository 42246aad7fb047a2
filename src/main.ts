/**
 * Start-up as a story: configuration → Neo4j (the given one, or the project's own) → database
 * schema and the statement → GraphQL schema → HTTP server. Shutdown runs it backwards.
 */
// First: .env and NODE_ENV, before any library reads them as it loads.
import './node-env';
import 'reflect-metadata';
import { ConfigError, loadConfig, type Neo4jConnection } from './config';
import { connectDatabase, type Database } from './db/database';
import { warmUpQueryPlans } from './graphql/plan-warm-up';
import { buildGraphQLSchema } from './graphql/schema';
import { seedIfMissing } from './ingest/seed';
import { startLocalNeo4j, stopLocalNeo4j } from './local-neo4j/server';
import { startHttpServer, type RunningServer } from './server/http';
import { createLogger } from './server/logger';

/** Shutdown steps, latest first: the server, then the driver, then a Neo4j this process started. */
const cleanup: Array<() => Promise<unknown>> = [];

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const shutdown = installShutdown();

  let connection: Neo4jConnection;
  if (config.neo4j) {
    connection = config.neo4j;
  } else {
    // Stop only what this process launched (even if interrupted while it starts); a server
    // someone else runs stays up.
    connection = await startLocalNeo4j({
      boltPort: config.localBoltPort,
      onLaunch: () => cleanup.unshift(() => stopLocalNeo4j()),
    });
  }

  const db: Database = await connectDatabase(connection, { queryTimeoutMs: config.queryTimeoutMs });
  cleanup.unshift(() => db.close());
  if (config.seedOnStart) await seedIfMissing(db, (line) => logger.info(line));

  // Plans that take Neo4j seconds to make, made before a client waits on them; /ready says
  // `warming` meanwhile.
  const warmingUp = warmUpQueryPlans(db).then(({ milliseconds, failed }) =>
    failed.length
      ? logger.warn(
          { milliseconds, failed },
          'Some query plans were not warmed up; their first requests plan them',
        )
      : logger.info(
          { milliseconds },
          `Query plans warmed up in ${milliseconds} ms; /ready says ready`,
        ),
  );
  const schema = await buildGraphQLSchema();
  const server: RunningServer = await startHttpServer(config, schema, db, { logger, warmingUp });
  cleanup.unshift(() => server.stop());
  logger.info(
    { url: server.url, neo4j: connection.uri, database: db.name },
    `GraphQL API serving at ${server.url} (Neo4j ${connection.uri}, database ${db.name}); ` +
      'GET /ready says ready once the query plans are warm',
  );

  await shutdown;
}

/** Runs the cleanup steps once, in order; later calls wait for the first. */
let stopping: Promise<number> | undefined;
function runCleanup(): Promise<number> {
  stopping ??= (async () => {
    let code = 0;
    for (const step of cleanup) {
      try {
        await step();
      } catch (error) {
        code = 1;
        console.error(`shutdown: ${(error as Error).message}`);
      }
    }
    return code;
  })();
  return stopping;
}

/** Resolves never; SIGINT/SIGTERM run the cleanup and exit. */
function installShutdown(): Promise<void> {
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    process.exit(await runCleanup());
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return new Promise<void>(() => undefined);
}

main().catch(async (error: unknown) => {
  const message =
    error instanceof ConfigError
      ? `Invalid configuration: ${error.message}`
      : (error as Error).message;
  console.error(`Cannot start: ${message}`);
  // A Neo4j started for this run must not outlive a failed start.
  await runCleanup();
  process.exit(1);
});
