import { buildClientSchema, introspectionFromSchema, type GraphQLSchema } from 'graphql';
import { leaksIn } from './leaks';
import { OperationGenerator } from './operation-generator';

export interface FuzzFailure {
  readonly operation: string;
  readonly status: number;
  readonly problem: string;
  readonly response: string;
}

export interface FuzzReport {
  /** Responses by outcome: `ok`, or the error codes seen, with the HTTP status. */
  readonly outcomes: Record<string, number>;
  readonly failures: FuzzFailure[];
  /** The operation that took longest, and how long (ms). */
  readonly slowest: { ms: number; operation: string };
  /** Wall time of the whole run (ms). */
  readonly ms: number;
}

/**
 * Sends `count` generated operations to `url`, `concurrency` at a time, and sorts the answers:
 * a 5xx, an INTERNAL_SERVER_ERROR or a leak of internals is a failure.
 */
export async function fuzz(options: {
  url: string;
  schema: GraphQLSchema;
  seed: number;
  count: number;
  concurrency?: number;
}): Promise<FuzzReport> {
  // The client's view: what introspection tells any other application.
  const schema = buildClientSchema(introspectionFromSchema(options.schema));
  const generator = new OperationGenerator(schema, options.seed);
  const operations = Array.from({ length: options.count }, () => generator.next());
  const outcomes: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const slowest = { ms: 0, operation: '' };
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency ?? 4 }, async () => {
      while (next < operations.length) {
        const operation = operations[next++]!;
        const started = performance.now();
        let response: Response;
        let text: string;
        try {
          response = await fetch(options.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: operation }),
          });
          text = await response.text();
        } catch (error) {
          const problem = `no answer: ${String((error as Error).cause ?? error)}`;
          outcomes['no answer'] = (outcomes['no answer'] ?? 0) + 1;
          failures.push({ operation, status: 0, problem, response: '' });
          continue;
        }
        const ms = performance.now() - started;
        if (ms > slowest.ms) Object.assign(slowest, { ms, operation });
        if (process.env.FUZZ_TIMES) console.error(`${ms.toFixed(0)}\t${operation.slice(0, 200)}`);
        const codes = [...new Set([...text.matchAll(/"code":"([A-Z_]+)"/g)].map((m) => m[1]))];
        const outcome = `${response.status} ${codes.length ? codes.sort().join('+') : 'ok'}`;
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        const problems = [
          ...(response.status >= 500 ? [`HTTP ${response.status}`] : []),
          ...(codes.includes('INTERNAL_SERVER_ERROR') ? ['INTERNAL_SERVER_ERROR'] : []),
          ...leaksIn(text).map((leak) => `leaks ${leak}`),
        ];
        if (problems.length > 0) {
          failures.push({
            operation,
            status: response.status,
            problem: problems.join(', '),
            response: text.slice(0, 400),
          });
        }
      }
    }),
  );
  return { outcomes, failures, slowest, ms: performance.now() - started };
}

/** What `npm run fuzz` prints: the run, the outcomes, and the failures by kind. */
export function formatReport(
  report: FuzzReport,
  run: { seed: number; count: number; concurrency: number },
): string {
  const failed = (kind: string) =>
    report.failures.filter((failure) => failure.problem.includes(kind)).length;
  return [
    `seed ${run.seed}, ${run.count} operations, ${run.concurrency} in flight, ` +
      `${(report.ms / 1000).toFixed(0)} s (slowest ${report.slowest.ms.toFixed(0)} ms)`,
    'by outcome (HTTP status, error codes):',
    formatOutcomes(report.outcomes),
    `failures: ${report.failures.length} (5xx or no answer: ${failed('HTTP 5') + failed('no answer')}, ` +
      `INTERNAL_SERVER_ERROR: ${failed('INTERNAL_SERVER_ERROR')}, leaks: ${failed('leaks')})`,
  ].join('\n');
}

/** Counts by outcome, largest first, one per line. */
export function formatOutcomes(outcomes: Record<string, number>): string {
  return Object.entries(outcomes)
    .sort((a, b) => b[1] - a[1])
    .map(([outcome, count]) => `${String(count).padStart(6)}  ${outcome}`)
    .join('\n');
}
