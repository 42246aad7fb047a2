import type { Neo4jConnection } from '../config';
import { checkAgreement, concurrent, percentile, sequential } from './measure';
import { OPERATIONS, type Operation } from './operations';
import { TARGETS, type Target } from './targets';
import { startTarget, type RunningTarget } from './targets-client';

/**
 * One comparison of A (the project's API), B (the floor) and C (the Neo4j GraphQL Library) on
 * the same Neo4j: the answers are compared first, then every operation is timed in interleaved
 * rounds (each round visits every operation and every target, in a rotating order, so that a
 * slow spell of the machine falls on all three alike).
 */

export interface CompareOptions {
  /** Interleaved latency rounds, and requests per target and operation in each. */
  readonly rounds: number;
  readonly requests: number;
  /** A round of one target and operation stops early after this long (slow operations). */
  readonly roundBudgetMs: number;
  /** Throughput: connections, seconds per target and operation per round, rounds. */
  readonly connections: number;
  readonly seconds: number;
  readonly throughputRounds: number;
  readonly queryTimeoutMs: number;
}

export const DEFAULT_OPTIONS: CompareOptions = {
  rounds: 5,
  requests: 20,
  roundBudgetMs: 4_000,
  connections: 16,
  seconds: 2,
  throughputRounds: 2,
  queryTimeoutMs: 10_000,
};

export interface TargetResult {
  readonly times: number[];
  failures: number;
  completed: number;
  seconds: number;
}

export interface OperationResult {
  readonly op: Operation;
  /** Why the answers differ or an operation failed; then it is not timed. */
  readonly problem?: string;
  readonly byTarget: Record<Target, TargetResult>;
}

export interface Comparison {
  readonly results: OperationResult[];
  /** A's server process: resident set size before and after the throughput rounds (MiB). */
  readonly apiRss: { before: number; after: number };
}

const rotate = <T>(items: readonly T[], by: number): T[] =>
  items.map((_, i) => items[(i + by) % items.length]!);

const MiB = 2 ** 20;

export async function compare(
  connection: Neo4jConnection,
  options: CompareOptions,
  log: (line: string) => void,
): Promise<Comparison> {
  const servers: RunningTarget[] = [];
  try {
    for (const target of TARGETS)
      servers.push(await startTarget(target, connection, options.queryTimeoutMs));
    const results: OperationResult[] = [];
    for (const op of OPERATIONS) {
      const agreement = await checkAgreement(op, servers);
      const empty = () => ({ times: [], failures: 0, completed: 0, seconds: 0 });
      results.push({
        op,
        problem: agreement.ok ? undefined : agreement.why,
        byTarget: { api: empty(), floor: empty(), library: empty() },
      });
      log(
        agreement.ok
          ? `  ${agreement.note ?? `${op.id}: the three answers agree`}`
          : `  ${op.id}: NOT TIMED — ${agreement.why}`,
      );
    }
    const timed = results.filter((r) => !r.problem);
    // Warm-up: JIT, query plans and page cache, untimed.
    for (const result of timed) {
      for (const server of servers) await sequential(server, result.op, 3, options.roundBudgetMs);
    }
    for (let round = 0; round < options.rounds; round++) {
      log(`  latency round ${round + 1}/${options.rounds}`);
      for (const [i, result] of timed.entries()) {
        for (const server of rotate(servers, round + i)) {
          const { times, failures } = await sequential(
            server,
            result.op,
            options.requests,
            options.roundBudgetMs,
          );
          result.byTarget[server.target].times.push(...times);
          result.byTarget[server.target].failures += failures;
        }
      }
    }
    const api = servers.find((s) => s.target === 'api')!;
    const before = (await api.memory()).rss / MiB;
    for (let round = 0; round < options.throughputRounds; round++) {
      log(
        `  throughput round ${round + 1}/${options.throughputRounds} (${options.connections} connections)`,
      );
      for (const [i, result] of timed.entries()) {
        for (const server of rotate(servers, round + i)) {
          const run = await concurrent(server, result.op, options.connections, options.seconds);
          const into = result.byTarget[server.target];
          into.completed += run.completed;
          into.failures += run.failures;
          into.seconds += run.completed / run.perSecond || options.seconds;
        }
      }
    }
    const after = (await api.memory()).rss / MiB;
    return { results, apiRss: { before, after } };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

const ms = (v: number) => (Number.isNaN(v) ? '–' : v < 10 ? v.toFixed(1) : v.toFixed(0));
const rate = (r: TargetResult) => (r.seconds ? r.completed / r.seconds : NaN);
const ratio = (a: number, b: number) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');

/** Markdown tables: latency per target, then requests per second and the ratios per operation. */
export function formatComparison(comparison: Comparison): string {
  const lines = [
    '| op | target | p50 ms | p95 ms | p99 ms | samples | failed |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  const names: Record<Target, string> = { api: 'A api', floor: 'B floor', library: 'C library' };
  for (const { op, problem, byTarget } of comparison.results) {
    if (problem) {
      lines.push(`| ${op.id} | – | not timed: ${problem.replace(/\|/g, '/')} | | | | |`);
      continue;
    }
    for (const target of TARGETS) {
      const r = byTarget[target];
      lines.push(
        `| ${op.id} | ${names[target]} | ${ms(percentile(r.times, 0.5))} | ${ms(percentile(r.times, 0.95))} | ` +
          `${ms(percentile(r.times, 0.99))} | ${r.times.length} | ${r.failures} |`,
      );
    }
  }
  lines.push(
    '',
    '| op | A req/s | B req/s | C req/s | A/B p50 | A/C p50 | A/B req/s | A/C req/s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const { op, problem, byTarget } of comparison.results) {
    if (problem) continue;
    const p50 = (t: Target) => percentile(byTarget[t].times, 0.5);
    const [a, b, c] = TARGETS.map((t) => rate(byTarget[t]));
    lines.push(
      `| ${op.id} ${op.title} | ${ms(a!)} | ${ms(b!)} | ${ms(c!)} | ${ratio(p50('api'), p50('floor'))} | ` +
        `${ratio(p50('api'), p50('library'))} | ${ratio(a!, b!)} | ${ratio(a!, c!)} |`,
    );
  }
  const { before, after } = comparison.apiRss;
  lines.push(
    '',
    `A's process RSS: ${before.toFixed(0)} MiB before the throughput rounds, ${after.toFixed(0)} MiB after.`,
  );
  return lines.join('\n');
}
