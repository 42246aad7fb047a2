import http from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import type { Operation } from './operations';
import { ask, dataOf, succeeded, type RunningTarget } from './targets-client';

/** How large the agreed answer was: its canonical lines, and whether a limit cut it. */
export interface AnswerSize {
  readonly lines: number;
  readonly truncated: boolean;
}

/** One target's canonical answer to an operation, or why it has none. */
export type Agreement =
  | { readonly ok: true; readonly note?: string; readonly answer: AnswerSize }
  | { readonly ok: false; readonly why: string };

/**
 * When a limit cuts an answer (every target says `truncated true`), which items are kept at the
 * cut is each implementation's rule: the API's neighbourhood keeps, on the level where $limit
 * cuts, the nodes its bounded expansion reaches first (its limit applies before any sort, so that
 * its work does not grow with the graph), while the floor keeps the smallest ids. Such answers are
 * compared by their shape: the same number of nodes, and `truncated`.
 */
function cutShape(lines: readonly string[]): string[] {
  const nodes = lines.filter((l) => l.startsWith('node ')).length;
  return [`${nodes} nodes`, 'truncated true'];
}

/**
 * Asks every target once and compares their canonical answers with the floor's. Returns why they
 * differ (the first lines that differ), or that they agree.
 */
export async function checkAgreement(
  op: Operation,
  servers: readonly RunningTarget[],
): Promise<Agreement> {
  const agent = new http.Agent({ keepAlive: false });
  // A first request plans the query in Neo4j, which can take long on a busy machine: untimed.
  await Promise.all(servers.map((server) => ask(agent, server, op).catch(() => undefined)));
  const answers = new Map<string, string[]>();
  for (const server of servers) {
    try {
      const data = dataOf(server, op, await ask(agent, server, op));
      answers.set(
        server.target,
        op.canonical[server.target === 'api' ? 'api' : server.target](data),
      );
    } catch (error) {
      return { ok: false, why: (error as Error).message };
    }
  }
  const floor = answers.get('floor');
  if (!floor?.length) return { ok: false, why: `${op.id}: the floor's answer is empty` };
  const allCut = [...answers.values()].every((lines) => lines.includes('truncated true'));
  let note: string | undefined;
  for (const [target, lines] of answers) {
    if (isDeepStrictEqual(lines, floor)) continue;
    if (allCut && isDeepStrictEqual(cutShape(lines), cutShape(floor))) {
      note =
        `${op.id}: the limit cuts every answer (truncated); which nodes are kept at the cut is ` +
        `each one's own rule (the API: those its bounded expansion reaches first; the floor: the ` +
        `smallest ids), so only the shape is compared (${cutShape(floor).join(', ')}): agree`;
      continue;
    }
    const extra = lines.filter((l) => !floor.includes(l)).slice(0, 3);
    const missing = floor.filter((l) => !lines.includes(l)).slice(0, 3);
    return {
      ok: false,
      why:
        `${op.id}: ${target} answers ${lines.length} lines, the floor ${floor.length}` +
        (extra.length ? `; only ${target}: ${extra.join(' / ')}` : '') +
        (missing.length ? `; only the floor: ${missing.join(' / ')}` : '') +
        (!extra.length && !missing.length ? '; same lines, different order' : ''),
    };
  }
  const answer = { lines: floor.length, truncated: allCut };
  return note ? { ok: true, note, answer } : { ok: true, answer };
}

/**
 * Latency: up to `count` requests one after another on one connection, stopping early once
 * `budgetMs` is spent (at least one request). Milliseconds of the successful ones; failures counted.
 */
export async function sequential(
  server: RunningTarget,
  op: Operation,
  count: number,
  budgetMs: number,
): Promise<{ times: number[]; failures: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const times: number[] = [];
  let failures = 0;
  const started = performance.now();
  try {
    for (let i = 0; i < count && (i === 0 || performance.now() - started < budgetMs); i++) {
      const reply = await ask(agent, server, op).catch(() => undefined);
      if (reply && succeeded(reply)) times.push(reply.ms);
      else failures += 1;
    }
  } finally {
    agent.destroy();
  }
  return { times, failures };
}

/**
 * Throughput: `connections` loops, each sending its next request when the last one is answered,
 * for `seconds` (requests in flight at the end are awaited and counted). Requests per second of
 * successful answers, measured over the time the last answer took to arrive.
 */
export async function concurrent(
  server: RunningTarget,
  op: Operation,
  connections: number,
  seconds: number,
): Promise<{ completed: number; failures: number; perSecond: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  let completed = 0;
  let failures = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const reply = await ask(agent, server, op).catch(() => undefined);
      if (reply && succeeded(reply)) completed += 1;
      else failures += 1;
    }
  };
  try {
    await Promise.all(Array.from({ length: connections }, loop));
  } finally {
    agent.destroy();
  }
  const elapsed = (performance.now() - started) / 1000;
  return { completed, failures, perSecond: completed / elapsed };
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}
