import { formatP95Growth, type ScaleCheckpoint } from '../../src/bench/compare';
import type { AnswerSize } from '../../src/bench/measure';
import { OPERATIONS } from '../../src/bench/operations';
import type { Target } from '../../src/bench/targets';

/** A comparison at `statements` in which every request of the API took the given milliseconds. */
function checkpoint(
  statements: number,
  apiMs: Record<string, number>,
  problems: Record<string, string> = {},
  answers: Record<string, AnswerSize> = {},
): ScaleCheckpoint {
  const result = (ms: number) => ({
    times: Array.from({ length: 100 }, () => ms),
    failures: 0,
    completed: 100,
    seconds: 1,
  });
  return {
    statements,
    comparison: {
      apiRss: { before: 0, after: 0 },
      results: OPERATIONS.filter((op) => op.id in apiMs).map((op) => ({
        op,
        ...(problems[op.id] ? { problem: problems[op.id] } : {}),
        answer: answers[op.id] ?? { lines: 10, truncated: false },
        byTarget: {
          api: result(apiMs[op.id]!),
          floor: result(1),
          library: result(1),
        } as Record<Target, ReturnType<typeof result>>,
      })),
    },
  };
}

/** `bench:scale` prints how the API's p95 grows with the corpus, against issue 7's target. */
describe("the scale benchmark's p95 table", () => {
  const table = formatP95Growth([
    checkpoint(1, { S1: 8, S2: 10 }),
    checkpoint(100, { S1: 6, S2: 12 }),
    checkpoint(1000, { S1: 12, S2: 16 }),
  ]);
  const row = (id: string) => table.split('\n').find((line) => line.startsWith(`| ${id} `));

  it('heads a column for each corpus size and one for the largest against the smallest', () => {
    expect(table.split('\n')[0]).toBe(
      '| op (API) | p95 ms, N = 1 | p95 ms, N = 100 | p95 ms, N = 1,000 | N = 1,000 / N = 1 | ≤ 1.5× |',
    );
  });

  it('says yes when the p95 at the largest size is within 1.5× of the smallest', () => {
    expect(row('S1')).toBe('| S1 | 8.0 | 6.0 | 12 | 1.50× | yes |');
  });

  it('says no when it is not', () => {
    expect(row('S2')).toBe('| S2 | 10 | 12 | 16 | 1.60× | no |');
  });

  it('exempts an answer that grew with the corpus and was cut at its limit, as the target does', () => {
    const neighbourhood = formatP95Growth([
      checkpoint(1, { S3: 8 }, {}, { S3: { lines: 93, truncated: false } }),
      checkpoint(1000, { S3: 15 }, {}, { S3: { lines: 200, truncated: true } }),
    ]);
    expect(neighbourhood.split('\n')[2]).toBe(
      '| S3 | 8.0 | 15 | 1.88× | larger answer, cut at its limit |',
    );
  });

  it('does not exempt an answer of the same size, even when a limit cut it at both sizes', () => {
    const cutBoth = formatP95Growth([
      checkpoint(1, { S3: 8 }, {}, { S3: { lines: 200, truncated: true } }),
      checkpoint(1000, { S3: 15 }, {}, { S3: { lines: 200, truncated: true } }),
    ]);
    expect(cutBoth.split('\n')[2]).toBe('| S3 | 8.0 | 15 | 1.88× | no |');
  });

  it('gives no verdict for an operation not timed at one of the ends', () => {
    const untimed = formatP95Growth([
      checkpoint(1, { S3: 5 }),
      checkpoint(1000, { S3: 5 }, { S3: 'the answers differ' }),
    ]);
    expect(untimed.split('\n')[2]).toBe('| S3 | 5.0 | – | – | – |');
  });

  it('prints nothing for a single corpus size', () => {
    expect(formatP95Growth([checkpoint(1, { S1: 8 })])).toBe('');
  });
});
