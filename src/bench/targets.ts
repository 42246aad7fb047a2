/**
 * The three servers the benchmark compares, each started in a process of its own (so that none
 * shares an event loop with the load generator or another server), on a loopback port chosen by
 * the system. Run as `node dist/bench/targets.js <api|floor|library>`; the parent reads the URL
 * from an IPC message, asks for the process's memory the same way, and stops it with SIGTERM.
 */
import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { loadConfig, type Neo4jConnection } from '../config';
import { connectDatabase } from '../db/database';
import { toNeo4jParams, toPlain } from '../db/plain';
import { buildGraphQLSchema } from '../graphql/schema';
import { startHttpServer } from '../server/http';
import { LIBRARY_TYPE_DEFS } from './library-schema';
import { OPERATIONS } from './operations';

export const TARGETS = ['api', 'floor', 'library'] as const;
export type Target = (typeof TARGETS)[number];

export type TargetMessage =
  | { readonly ready: string }
  | { readonly error: string }
  | { readonly memory: { rss: number; heapUsed: number } };

/** A, exactly as `npm start` serves it (Express, Apollo Server, limits, error formatting). */
async function serveApi(connection: Neo4jConnection, queryTimeoutMs: number): Promise<string> {
  const config = loadConfig();
  const db = await connectDatabase(connection, { queryTimeoutMs });
  const server = await startHttpServer(
    { ...config, host: '127.0.0.1', port: 0, development: false, introspection: false },
    await buildGraphQLSchema(),
    db,
  );
  return server.url;
}

/** B: POST /<operation id> runs that operation's one Cypher query and writes its row as JSON. */
async function serveFloor(connection: Neo4jConnection, queryTimeoutMs: number): Promise<string> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  await driver.verifyConnectivity({ database: connection.database });
  const byPath = new Map(
    OPERATIONS.map((op) => [
      `/${op.id}`,
      {
        cypher: op.floor.cypher,
        params: toNeo4jParams(op.floor.params) as Record<string, unknown>,
      },
    ]),
  );
  const server = http.createServer((req, res) => {
    const floor = byPath.get(req.url ?? '');
    req.resume();
    if (!floor) {
      res.writeHead(404).end();
      return;
    }
    // The driver's fastest managed read, as the API's: executeQuery pipelines BEGIN.
    driver
      .executeQuery(floor.cypher, floor.params, {
        database: connection.database,
        routing: neo4j.routing.READ,
        bookmarkManager: null,
        transactionConfig: { timeout: queryTimeoutMs },
      })
      .then((result) => {
        const body = JSON.stringify(toPlain(result.records[0]?.toObject() ?? null));
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      })
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/**
 * C: the Neo4j GraphQL Library's schema on Apollo Server's own node:http server. Its modules are
 * loaded here, so that A's and B's processes (and A's RSS, which the benchmark reports) do not
 * carry them.
 */
async function serveLibrary(connection: Neo4jConnection, queryTimeoutMs: number): Promise<string> {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
  );
  await driver.verifyConnectivity({ database: connection.database });
  const schema = await new Neo4jGraphQL({ typeDefs: LIBRARY_TYPE_DEFS, driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(apollo, {
    listen: { host: '127.0.0.1', port: 0 },
    context: async () => ({
      sessionConfig: { database: connection.database },
      transaction: { timeout: queryTimeoutMs },
    }),
  });
  return url.replace(/\/$/, '');
}

const SERVE: Record<Target, (c: Neo4jConnection, timeout: number) => Promise<string>> = {
  api: serveApi,
  floor: serveFloor,
  library: serveLibrary,
};

async function main(): Promise<void> {
  const target = process.argv[2] as Target;
  if (!TARGETS.includes(target)) throw new Error(`unknown target "${process.argv[2]}"`);
  const config = loadConfig();
  if (!config.neo4j) throw new Error('the benchmark passes NEO4J_URI to its servers');
  const url = await SERVE[target](config.neo4j, config.queryTimeoutMs);
  process.on('message', (message) => {
    if (message === 'memory') {
      const { rss, heapUsed } = process.memoryUsage();
      process.send?.({ memory: { rss, heapUsed } } satisfies TargetMessage);
    }
  });
  process.on('SIGTERM', () => process.exit(0));
  process.send?.({ ready: url } satisfies TargetMessage);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.send?.({ error: (error as Error).message } satisfies TargetMessage);
    process.exit(1);
  });
}
