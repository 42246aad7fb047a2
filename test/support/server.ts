import type { GraphQLSchema } from 'graphql';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/db/database';
import { openSeededDatabase } from './database';
import { buildGraphQLSchema } from '../../src/graphql/schema';
import { startHttpServer, type RunningServer, type ServerOptions } from '../../src/server/http';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

export interface TestServer {
  readonly server: RunningServer;
  readonly baseUrl: string;
  /** POSTs one operation and returns the parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
}

let schema: Promise<GraphQLSchema> | undefined;

/** The real HTTP server on a free port (port 0), against the given database. */
export async function startTestServer(
  db: Database,
  env: Record<string, string> = {},
  options: ServerOptions = {},
): Promise<TestServer> {
  schema ??= buildGraphQLSchema();
  // Quiet unless a developer asks for logs (LOG_LEVEL=debug npx jest …).
  const config = {
    ...loadConfig({ LOG_LEVEL: 'silent', ...process.env, ...env }),
    port: 0,
  };
  const server = await startHttpServer(config, await schema, db, options);
  const baseUrl = server.url.replace(/\/graphql$/, '');
  return {
    server,
    baseUrl,
    async graphql<T>(query: string, variables?: Record<string, unknown>) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
  };
}

export interface SeededApi {
  /** The test database with the statement loaded. */
  readonly db: Database;
  /** The HTTP server over it. */
  readonly api: TestServer;
}

/**
 * For a describe block: opens the seeded test database and starts the server over it before the
 * tests, stops both after. Read `suite.db` / `suite.api` inside tests (they exist from beforeAll).
 */
export function useSeededApi(): SeededApi {
  const suite = {} as { db: Database; api: TestServer };
  beforeAll(async () => {
    suite.db = await openSeededDatabase();
    suite.api = await startTestServer(suite.db);
  });
  afterAll(async () => {
    await suite.api?.server.stop();
    await suite.db?.close();
  });
  return suite;
}
