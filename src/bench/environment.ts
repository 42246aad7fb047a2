import os from 'node:os';
import type { Database } from '../db/database';
import { DEFAULT_OPTIONS, type CompareOptions } from './compare';

/**
 * What both benchmarks share: the Neo4j they run against (withNeo4j), their flags, and a line
 * naming the machine so that numbers are never quoted without it.
 */
export { withNeo4j } from '../local-neo4j/with-neo4j';

/** Flags for which 0 means "skip" (the soak); no round, request or connection at all measures nothing. */
const ZERO_ALLOWED = new Set(['soak-seconds']);

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
      value < 0 ||
      (value === 0 && !ZERO_ALLOWED.has(name))
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

export const COMPARE_FLAGS = [
  'rounds',
  'requests',
  'seconds',
  'connections',
  'throughput-rounds',
  'soak-seconds',
];

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
    soakSeconds: flags['soak-seconds'] ?? DEFAULT_OPTIONS.soakSeconds,
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
