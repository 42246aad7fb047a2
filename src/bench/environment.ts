import os from 'node:os';
import { loadConfig, type Neo4jConnection } from '../config';
import { connectDatabase, type Database } from '../db/database';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { DEFAULT_OPTIONS, type CompareOptions } from './compare';

/**
 * What both benchmarks share: the Neo4j they run against (NEO4J_URI, or the project's local one,
 * stopped again at the end if the benchmark started it), their flags, and a line naming the
 * machine so that numbers are never quoted without it.
 */
export async function withNeo4j<T>(
  work: (db: Database, connection: Neo4jConnection, queryTimeoutMs: number) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const connection = config.neo4j ?? local!;
  try {
    const db = await connectDatabase(connection, { queryTimeoutMs: config.queryTimeoutMs });
    try {
      return await work(db, connection, config.queryTimeoutMs);
    } finally {
      await db.close();
    }
  } finally {
    if (local?.startedHere) await stopLocalNeo4j();
  }
}

/** `--name value` flags of a command line, as numbers; unknown flags are an error. */
export function numericFlags(
  argv: readonly string[],
  known: readonly string[],
): Record<string, number> {
  const flags: Record<string, number> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i]!.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (
      !argv[i]!.startsWith('--') ||
      !known.includes(name) ||
      !Number.isFinite(value) ||
      value <= 0
    ) {
      throw new Error(
        `unknown or bad flag "${argv.slice(i, i + 2).join(' ')}"; flags: ${known.map((k) => `--${k} <n>`).join(', ')}`,
      );
    }
    flags[name] = value;
    i += 1;
  }
  return flags;
}

export const COMPARE_FLAGS = ['rounds', 'requests', 'seconds', 'connections', 'throughput-rounds'];

export function compareOptions(
  flags: Record<string, number>,
  queryTimeoutMs: number,
): CompareOptions {
  return {
    ...DEFAULT_OPTIONS,
    rounds: flags.rounds ?? DEFAULT_OPTIONS.rounds,
    requests: flags.requests ?? DEFAULT_OPTIONS.requests,
    seconds: flags.seconds ?? DEFAULT_OPTIONS.seconds,
    connections: flags.connections ?? DEFAULT_OPTIONS.connections,
    throughputRounds: flags['throughput-rounds'] ?? DEFAULT_OPTIONS.throughputRounds,
    queryTimeoutMs,
  };
}

export function describeMachine(): string {
  const cpus = os.cpus();
  return (
    `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ` +
    `${os.type()} ${os.release()}, Node ${process.version}`
  );
}

export async function graphSize(db: Database): Promise<string> {
  const [row] = await db.query(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  );
  return `${Number(row?.nodes).toLocaleString('en')} nodes, ${Number(row?.relationships).toLocaleString('en')} relationships`;
}
