/**
 * The environment, parsed and validated once at start-up. A bad setting stops start-up with one
 * line that names it (ConfigError); nothing else reads process.env.
 *
 * Neo4j settings use the official driver names (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE) so that an Aura .env file works as it is.
 */

import { RESPONSE_LIMITS, TIME_LIMITS } from './limits';

/** pino's levels; `silent` logs nothing. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'ConfigError';
  }
}

export interface Neo4jConnection {
  readonly uri: string;
  readonly username: string;
  readonly password: string;
  readonly database: string;
}

export interface Config {
  /** Null when no NEO4J_URI is given: the project then starts its own local Neo4j. */
  readonly neo4j: Neo4jConnection | null;
  readonly database: string;
  readonly localBoltPort: number;
  readonly host: string;
  readonly port: number;
  readonly corsOrigins: readonly string[] | '*';
  readonly introspection: boolean;
  /** Development shows stack traces in GraphQL errors; nothing else does. */
  readonly development: boolean;
  readonly queryTimeoutMs: number;
  /** Load the statement at start-up when the database lacks it. */
  readonly seedOnStart: boolean;
  /** The largest response an operation may be estimated to return (bytes). */
  readonly responseBudgetBytes: number;
  /** Operations estimated above this many bytes run in the heavy queue. */
  readonly heavyOperationBytes: number;
  /** Heavy operations running at once. */
  readonly heavyOperationConcurrency: number;
  /** Heavy operations running at once while there is no light work (at least the above). */
  readonly heavyOperationIdleConcurrency: number;
  /** The most of the time a stream of heavy operations keeps a slot busy, in percent. */
  readonly heavyOperationPercent: number;
  /** Runs on graphql-js before an operation is compiled (graphql-jit); 0: never compiled. */
  readonly compileAfter: number;
  readonly logLevel: LogLevel;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Schemes the official driver accepts: direct (bolt) and routed (neo4j), each with TLS variants. */
const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

export function loadConfig(env: Env = process.env): Config {
  const database = text(env, 'NEO4J_DATABASE', 'neo4j');
  const development = (env.NODE_ENV ?? 'production') === 'development';
  const heavyOperationConcurrency = integer(
    env,
    'HEAVY_OPERATION_CONCURRENCY',
    RESPONSE_LIMITS.heavyConcurrency,
    1,
    64,
  );
  return {
    neo4j: remoteNeo4j(env, database),
    database,
    localBoltPort: port(env, 'NEO4J_LOCAL_BOLT_PORT', 7687),
    host: text(env, 'HOST', '127.0.0.1'),
    port: port(env, 'PORT', 4000),
    corsOrigins: corsOrigins(env),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', true),
    development,
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', TIME_LIMITS.queryTimeoutMs, 100, 600_000),
    seedOnStart: flag(env, 'SEED_ON_START', true),
    responseBudgetBytes: integer(
      env,
      'RESPONSE_BUDGET_BYTES',
      RESPONSE_LIMITS.budgetBytes,
      1_024,
      1_073_741_824,
    ),
    heavyOperationBytes: integer(
      env,
      'HEAVY_OPERATION_BYTES',
      RESPONSE_LIMITS.heavyBytes,
      1_024,
      1_073_741_824,
    ),
    heavyOperationConcurrency,
    heavyOperationIdleConcurrency: integer(
      env,
      'HEAVY_OPERATION_IDLE_CONCURRENCY',
      // Never below the concurrency: lending fewer slots than are always there means nothing.
      Math.max(heavyOperationConcurrency, RESPONSE_LIMITS.heavyIdleConcurrency),
      heavyOperationConcurrency,
      64,
    ),
    heavyOperationPercent: integer(
      env,
      'HEAVY_OPERATION_PERCENT',
      RESPONSE_LIMITS.heavyPercent,
      5,
      100,
    ),
    compileAfter: integer(env, 'GRAPHQL_COMPILE_AFTER', 1, 0, 1_000_000),
    logLevel: logLevel(env),
  };
}

function remoteNeo4j(env: Env, database: string): Neo4jConnection | null {
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new ConfigError(
      'NEO4J_URI',
      `"${uri}" is not a URI (expected e.g. neo4j+s://<id>.databases.neo4j.io)`,
    );
  }
  if (!NEO4J_SCHEMES.includes(parsed.protocol)) {
    throw new ConfigError(
      'NEO4J_URI',
      `scheme "${parsed.protocol}" is not one of ${NEO4J_SCHEMES.map((s) => s + '//').join(', ')}`,
    );
  }
  if (!parsed.hostname) throw new ConfigError('NEO4J_URI', `"${uri}" has no host`);
  const password = env.NEO4J_PASSWORD;
  if (!password) {
    throw new ConfigError('NEO4J_PASSWORD', 'is required when NEO4J_URI is set');
  }
  return { uri, username: text(env, 'NEO4J_USERNAME', 'neo4j'), password, database };
}

function text(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value ? value : fallback;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `"${raw}" is not a whole number`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `${value} is out of range (${min}–${max})`);
  }
  return value;
}

function port(env: Env, name: string, fallback: number): number {
  // 0 lets the OS choose, which tests use to run servers side by side.
  return integer(env, name, fallback, 0, 65_535);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `"${raw}" is not a boolean (use true or false)`);
}

function corsOrigins(env: Env): readonly string[] | '*' {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw || raw === '*') return '*';
  const origins = raw.split(',').map((o) => o.trim());
  for (const origin of origins) {
    try {
      new URL(origin);
    } catch {
      throw new ConfigError(
        'CORS_ORIGINS',
        `"${origin}" is not an origin such as https://example.org`,
      );
    }
  }
  return origins;
}

function logLevel(env: Env): LogLevel {
  const raw = env.LOG_LEVEL?.trim().toLowerCase();
  if (!raw) return 'info';
  const level = LOG_LEVELS.find((known) => known === raw);
  if (!level) throw new ConfigError('LOG_LEVEL', `"${raw}" is not one of ${LOG_LEVELS.join(', ')}`);
  return level;
}
