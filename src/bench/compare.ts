import type { Neo4jConnection } from '../config';
import { checkAgreement, concurrent, percentile, sequential, type AnswerSize } from './measure';
import { OPERATIONS, type Operation } from './operations';
import { TARGETS, type Target } from './targets';
import { executionsIn } from '../server/metrics';
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
  /** Then A alone at `connections` for this long, the operations in turn, its RSS sampled (0: skip). */
  readonly soakSeconds: number;
  readonly queryTimeoutMs: number;
}

export const DEFAULT_OPTIONS: CompareOptions = {
  rounds: 5,
  requests: 20,
  roundBudgetMs: 4_000,
  connections: 16,
  seconds: 2,
  throughputRounds: 2,
  soakSeconds: 60,
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
  /** The size of the answer the targets agreed on (none when they did not). */
  readonly answer?: AnswerSize;
  readonly byTarget: Record<Target, TargetResult>;
}

export interface Comparison {
  readonly results: OperationResult[];
  /** A's server process: resident set size before and after the throughput rounds (MiB). */
  readonly apiRss: { before: number; after: number };
  /**
   * A's operations by how they ran, from its GET /metrics after the throughput rounds: compiled
   * (graphql-jit, an operation seen before) or on graphql-js; undefined if it could not be read.
   */
  readonly apiExecutions?: { compiled: number; interpreted: number };
  /** A alone under load for `seconds` (issue 7's memory target): its RSS (MiB) and requests. */
  readonly soak?: Soak;
}

export interface Soak {
  readonly seconds: number;
  readonly connections: number;
  readonly completed: number;
  readonly failures: number;
  /** RSS in MiB: before the warm-up, when the soak started, its highest sample, when it ended. */
  readonly rss: { beforeWarmUp: number; start: number; peak: number; end: number };
}

/**
 * Before the soak, A serves the same load untimed for this long. The first seconds at 16
 * connections are V8 sizing its heap to the load (from ~150 to ~200 MiB here, in 16 s or in 60),
 * which says nothing about a leak; a leak keeps growing after that, and the soak measures after it.
 */
const SOAK_WARM_UP_SECONDS = 20;

/**
 * A alone at `connections` for `seconds`, each operation in turn for an equal share, after the
 * same load for SOAK_WARM_UP_SECONDS: does its memory settle, or grow with the requests served?
 * RSS is sampled every second.
 */
async function soak(
  api: RunningTarget,
  ops: readonly Operation[],
  connections: number,
  seconds: number,
): Promise<Soak> {
  const rss = async () => (await api.memory()).rss / MiB;
  const inTurn = async (total: number) => {
    let completed = 0;
    let failures = 0;
    for (const op of ops) {
      const run = await concurrent(api, op, connections, total / ops.length);
      completed += run.completed;
      failures += run.failures;
    }
    return { completed, failures };
  };
  const beforeWarmUp = await rss();
  await inTurn(SOAK_WARM_UP_SECONDS);
  const start = await rss();
  let peak = start;
  const sampler = setInterval(() => {
    void rss().then((value) => (peak = Math.max(peak, value)));
  }, 1_000);
  let served: { completed: number; failures: number };
  try {
    served = await inTurn(seconds);
  } finally {
    clearInterval(sampler);
  }
  const end = await rss();
  return {
    seconds,
    connections,
    ...served,
    rss: { beforeWarmUp, start, peak: Math.max(peak, end), end },
  };
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
        answer: agreement.ok ? agreement.answer : undefined,
        byTarget: { api: empty(), floor: empty(), library: empty() },
      });
      log(
        agreement.ok
          ? `  ${agreement.note ?? `${op.id}: the three answers agree`}`
          : `  ${op.id}: NOT TIMED — ${agreement.why}`,
      );
    }
    const timed = results.filter((r) => !r.problem);
    // Warm-up: JIT, query plans and page cache, untimed; as long as a latency round. With 3
    // requests, the first comparison of `bench:scale` (one statement, on a freshly started
    // Neo4j) still paid for the JVM's warm-up: the API's S2 p95 was 53 ms there, 24 ms at 100.
    for (const result of timed) {
      for (const server of servers) {
        await sequential(server, result.op, options.requests, options.roundBudgetMs);
      }
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
    const apiExecutions = await executionsOf(api);
    let soaked: Soak | undefined;
    if (options.soakSeconds > 0 && timed.length) {
      log(`  A alone for ${options.soakSeconds} s at ${options.connections} connections`);
      const ops = timed.map((result) => result.op);
      soaked = await soak(api, ops, options.connections, options.soakSeconds);
    }
    return { results, apiRss: { before, after }, apiExecutions, soak: soaked };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

/** How A's operations ran so far, read from its GET /metrics; undefined if it cannot be read. */
async function executionsOf(
  api: RunningTarget,
): Promise<{ compiled: number; interpreted: number } | undefined> {
  try {
    return executionsIn(await (await fetch(api.url.replace(/\/graphql$/, '/metrics'))).text());
  } catch {
    return undefined;
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
  const executions = comparison.apiExecutions;
  if (executions) {
    lines.push(
      `A ran ${executions.compiled} operations compiled and ${executions.interpreted} on graphql-js ` +
        '(the first run of each distinct operation; GRAPHQL_COMPILE_AFTER), by its GET /metrics.',
    );
  }
  const { soak: soaked } = comparison;
  if (soaked) {
    const { beforeWarmUp, start, peak, end } = soaked.rss;
    lines.push(
      `A alone, ${soaked.seconds} s at ${soaked.connections} connections (the operations in turn, ` +
        `${soaked.completed} requests, ${soaked.failures} failed) after ${SOAK_WARM_UP_SECONDS} s ` +
        `of the same (RSS ${beforeWarmUp.toFixed(0)} → ${start.toFixed(0)} MiB): RSS ` +
        `${start.toFixed(0)} → ${end.toFixed(0)} MiB (peak ${peak.toFixed(0)}), growth ` +
        `${(end - start).toFixed(0)} MiB (target < 50 MB).`,
    );
  }
  return lines.join('\n');
}

/** Issue 7: at 1,000 statements an operation's p95 stays within this multiple of its p95 at one. */
export const P95_GROWTH_TARGET = 1.5;

/** One corpus size's comparison, as `bench:scale` runs them. */
export interface ScaleCheckpoint {
  readonly statements: number;
  readonly comparison: Comparison;
}

/**
 * A Markdown table of the API's p95 per operation at each corpus size, and the largest size's
 * against the smallest's. The target is at most P95_GROWTH_TARGET, "except where the answer
 * itself is larger (then it is bounded by the operation's limit and says truncated)": such an
 * operation above the target is marked so, not failed. An operation not timed at a size shows
 * '–' there and gets no verdict. Empty with fewer than two sizes.
 */
export function formatP95Growth(checkpoints: readonly ScaleCheckpoint[]): string {
  const first = checkpoints[0];
  const last = checkpoints[checkpoints.length - 1];
  if (!first || !last || checkpoints.length < 2) return '';
  const size = (n: number) => `N = ${n.toLocaleString('en-US')}`;
  const resultOf = (checkpoint: ScaleCheckpoint, id: string) =>
    checkpoint.comparison.results.find((r) => r.op.id === id && !r.problem);
  const p95 = (checkpoint: ScaleCheckpoint, id: string) => {
    const result = resultOf(checkpoint, id);
    return result ? percentile(result.byTarget.api.times, 0.95) : NaN;
  };
  /** The answer at the largest size is larger than at the smallest, and cut by its limit. */
  const grewToItsLimit = (id: string) => {
    const [small, large] = [resultOf(first, id)?.answer, resultOf(last, id)?.answer];
    return !!small && !!large && large.truncated && large.lines > small.lines;
  };
  const lines = [
    `| op (API) | ${checkpoints.map((c) => `p95 ms, ${size(c.statements)}`).join(' | ')} | ` +
      `${size(last.statements)} / ${size(first.statements)} | ≤ ${P95_GROWTH_TARGET}× |`,
    `| --- | ${checkpoints.map(() => '---:').join(' | ')} | ---: | :---: |`,
  ];
  for (const { op } of first.comparison.results) {
    const growth = p95(last, op.id) / p95(first, op.id);
    const verdict = !Number.isFinite(growth)
      ? '–'
      : growth <= P95_GROWTH_TARGET
        ? 'yes'
        : grewToItsLimit(op.id)
          ? 'larger answer, cut at its limit'
          : 'no';
    lines.push(
      `| ${op.id} | ${checkpoints.map((c) => ms(p95(c, op.id))).join(' | ')} | ` +
        `${ratio(p95(last, op.id), p95(first, op.id))} | ${verdict} |`,
    );
  }
  return lines.join('\n');
}
