import { buildGraphQLSchema } from '../../src/graphql/schema';
import { useSeededApi } from '../support/server';
import { formatReport, fuzz } from './run-fuzz';

/**
 * Random operations from the introspected schema (test/fuzz/operation-generator.ts): whatever
 * they ask, the API answers without a 5xx, without INTERNAL_SERVER_ERROR, and without showing
 * Cypher, Neo4j's errors, stack traces or file paths. `npm test` runs FUZZ_OPERATIONS (2000);
 * `npm run fuzz` runs 10,000 and prints the counts. FUZZ_SEED replays a run: every operation is
 * generated from it before any is sent, so FUZZ_CONCURRENCY (operations in flight, default 6)
 * changes only the order answers arrive in, never what is asked.
 */
describe('fuzzing the API with generated operations', () => {
  const suite = useSeededApi();
  const count = Number(process.env.FUZZ_OPERATIONS ?? 2_000);
  const seed = Number(process.env.FUZZ_SEED ?? 20061128);
  const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 6);
  /**
   * The timeout grows with the run: most operations answer in a few ms, but the heavy ones queue
   * one at a time and a slow one takes seconds (a 400-operation sample on a loaded 2-core machine
   * averaged ~100 ms of wall time per operation); 500 ms each leaves room for a busier machine.
   */
  const timeoutMs = 120_000 + count * 500;

  it(
    `answers ${count} random operations without an internal error or a leak`,
    async () => {
      const report = await fuzz({
        url: suite.api.server.url,
        schema: await buildGraphQLSchema(),
        seed,
        count,
        concurrency,
      });
      if (process.env.FUZZ_PRINT) console.log(formatReport(report, { seed, count, concurrency }));
      // One example per kind of failure: the problem and the error messages, ids left out.
      const kinds = new Map<string, { operation: string; problem: string; response: string }>();
      for (const failure of report.failures) {
        const kind = failure.problem + failure.response.replace(/"[^"]*":/g, '').slice(0, 80);
        if (!kinds.has(kind)) {
          kinds.set(kind, { ...failure, operation: failure.operation.slice(0, 400) });
        }
      }
      expect([...kinds.values()].slice(0, 10)).toStrictEqual([]);
    },
    timeoutMs,
  );
});
