/**
 * `npm run bench:scale -- --statements 1000`: loads synthetic copies of the shipped statement
 * (src/bench/synthetic-corpus.ts) with the project's loader, prints the load rate, and runs the
 * same comparison as `npm run bench` at N = 1, 100 and 1,000 statements (those up to
 * --statements), then the load rate into the largest graph (200 statements more), its batches
 * alternating with the write floor's (src/bench/write-floor.ts). Copies are validated and loaded
 * as a directory load does, in its batches (--batch-size, default 50); each load prints the time
 * of each step of a batch's transaction. --load-only 1 skips the comparisons. The copies are
 * removed again at the end unless --keep 1 is given.
 */
import 'reflect-metadata';
import type { Database } from '../db/database';
import { applySchema } from '../ingest/graph-schema';
import { removeDocuments } from '../ingest/load-graph';
import { batchesOf } from '../ingest/batch';
import { readAnnotation } from '../ingest/read-annotation';
import { DEFAULT_BATCH_SIZE, loadDocuments, seedIfMissing } from '../ingest/seed';
import { toGraph } from '../ingest/to-graph';
import { validateAnnotation } from '../ingest/validate-annotation';
import { compare, formatComparison, formatP95Growth, type ScaleCheckpoint } from './compare';
import {
  COMPARE_FLAGS,
  compareOptions,
  describeMachine,
  graphSize,
  numericFlags,
  withNeo4j,
} from './environment';
import { percentile } from './measure';
import { syntheticCopy } from './synthetic-corpus';
import { timeWriteFloor } from './write-floor';

const CHECKPOINTS = [1, 100, 1000];
/**
 * As many latency samples as `npm run bench` (100 per operation and server), since the target is
 * a p95 ratio and the p95 of 30 is the second-slowest answer (S4 read 1.59x with 30, 1.44x with
 * 100, in runs of the same hour); one throughput round and no soak keep it within ~25 minutes.
 */
const SCALE_DEFAULTS = { rounds: 5, requests: 20, 'throughput-rounds': 1, 'soak-seconds': 0 };

async function syntheticDocumentIds(db: Database, documentId: string): Promise<string[]> {
  const rows = await db.query(
    'MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN d.id AS id',
    {
      prefix: `${documentId}.synthetic-`,
    },
  );
  return rows.map((r) => String(r.id));
}

/** Removes documents in transactions of 50, each shared node and fact rewritten once per 50. */
async function removeAll(db: Database, documentIds: string[]): Promise<void> {
  for (const batch of batchesOf(documentIds, DEFAULT_BATCH_SIZE, (id) => id)) {
    await removeDocuments(db, batch);
  }
}

/** Statements loaded into the graph of the largest size to measure the load rate there. */
const LOAD_RATE_SAMPLE = 200;

function range(first: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Per-step times of every batch transaction, for the profile printed after each load. */
class StepTimes {
  private readonly steps = new Map<string, number[]>();
  readonly record = (step: string, milliseconds: number) => {
    const times = this.steps.get(step) ?? [];
    this.steps.set(step, times);
    times.push(milliseconds);
  };
  /** "step p50 ms (share of the total)" for each step, then forgets them. */
  drain(): string {
    const total = [...this.steps.values()].flat().reduce((a, b) => a + b, 0);
    const line = [...this.steps]
      .map(
        ([step, times]) =>
          `${step} ${percentile(times, 0.5).toFixed(0)} ms (${((100 * times.reduce((a, b) => a + b, 0)) / total).toFixed(0)}%)`,
      )
      .join(', ');
    this.steps.clear();
    return line;
  }
}

async function main(): Promise<void> {
  const flags = numericFlags(process.argv.slice(2), [
    ...COMPARE_FLAGS,
    'statements',
    'keep',
    'batch-size',
    'load-only',
  ]);
  const statements = flags.statements ?? 1000;
  const batchSize = flags['batch-size'] ?? DEFAULT_BATCH_SIZE;
  await withNeo4j(async (db, connection, queryTimeoutMs) => {
    const options = compareOptions({ ...SCALE_DEFAULTS, ...flags }, queryTimeoutMs);
    await seedIfMissing(db, () => undefined);
    await applySchema(db);
    const { annotation, statement } = readAnnotation();
    const documentId = annotation.document.id;
    const left = await syntheticDocumentIds(db, documentId);
    if (left.length) {
      console.log(`removing ${left.length} synthetic copies left by an earlier run…`);
      await removeAll(db, left);
    }
    console.log(`machine: ${describeMachine()}`);
    const steps = new StepTimes();
    /** Copy `copy`'s graph rows, validated as a directory load validates each annotation. */
    const copyGraph = (copy: number) => {
      const name = `synthetic copy ${copy}`;
      return toGraph(
        validateAnnotation(syntheticCopy(annotation, copy), statement, name),
        statement,
      );
    };
    /** Loads copies [first, end) with the project's batched loader. */
    const load = async (first: number, end: number) => {
      function* sources() {
        for (let copy = first; copy < end; copy++) {
          yield { name: `synthetic copy ${copy}`, graph: () => copyGraph(copy) };
        }
      }
      const report = await loadDocuments(db, sources(), { batchSize, timeStep: steps.record });
      if (report.refused.length) {
        throw new Error(
          `the loader refused ${report.refused[0]!.file}: ${report.refused[0]!.message}`,
        );
      }
      return report;
    };
    /** load(), then prints its rate and the profile of its transactions. */
    const loadCopies = async (first: number, end: number, what: string) => {
      const report = await load(first, end);
      const seconds = report.milliseconds / 1000;
      const batches = report.loaded
        .filter((_, i) => i % batchSize === 0)
        .map((r) => r.milliseconds);
      console.log(
        `\n${what}: ${end - first} in ${seconds.toFixed(1)} s: ` +
          `${((end - first) / seconds).toFixed(1)} statements/s ` +
          `(batches of ${batchSize}, one write transaction each: p50 ${percentile(batches, 0.5)} ms, ` +
          `p95 ${percentile(batches, 0.95)} ms)\n  per batch: ${steps.drain()}`,
      );
    };
    /**
     * The load rate into the graph as it stands: the loader's batches (copies from `first`, kept)
     * alternate with the write floor's (copies after them, removed again), so that both meet the
     * same graph and the same machine; prints both rates and their ratio.
     */
    const loadRate = async (first: number) => {
      const rounds = Math.ceil(LOAD_RATE_SAMPLE / batchSize);
      const loaderMs: number[] = [];
      const floorMs: number[] = [];
      const floorFirst = first + rounds * batchSize;
      for (let round = 0; round < rounds; round++) {
        const floorGraphs = range(floorFirst + round * batchSize, batchSize).map(copyGraph);
        const loaderFirst = first + round * batchSize;
        const runLoader = async () =>
          loaderMs.push((await load(loaderFirst, loaderFirst + batchSize)).milliseconds);
        const runFloor = async () => floorMs.push(await timeWriteFloor(db, floorGraphs));
        for (const run of round % 2 ? [runFloor, runLoader] : [runLoader, runFloor]) await run();
      }
      const rate = (times: number[]) =>
        ((rounds * batchSize) / (times.reduce((a, b) => a + b, 0) / 1000)).toFixed(1);
      const ratio = loaderMs.reduce((a, b) => a + b, 0) / floorMs.reduce((a, b) => a + b, 0);
      console.log(
        `\nload rate into a graph of ${first} statements: ${rounds * batchSize} statements ` +
          `in batches of ${batchSize}, alternating with the write floor's\n` +
          `  loader: ${rate(loaderMs)} statements/s (validating, converting and writing; ` +
          `p50 ${percentile(loaderMs, 0.5).toFixed(0)} ms a batch)\n` +
          `  write floor: ${rate(floorMs)} statements/s (the same rows created plainly in one ` +
          `transaction per batch: src/bench/write-floor.ts; p50 ${percentile(floorMs, 0.5).toFixed(0)} ms a batch)\n` +
          `  loader/floor: ${ratio.toFixed(2)}× the time per statement\n` +
          `  loader per batch: ${steps.drain()}`,
      );
    };
    let loaded = 1;
    const checkpoints: ScaleCheckpoint[] = [];
    try {
      const sizes = CHECKPOINTS.filter((n) => n <= statements).concat(
        CHECKPOINTS.includes(statements) ? [] : [statements],
      );
      for (const checkpoint of sizes) {
        if (checkpoint > loaded) {
          await loadCopies(loaded, checkpoint, `loaded statements ${loaded + 1}–${checkpoint}`);
          loaded = checkpoint;
        }
        console.log(`\n## N = ${loaded} statement${loaded > 1 ? 's' : ''}: ${await graphSize(db)}`);
        if (flags['load-only']) continue;
        const comparison = await compare(connection, options, (line) => console.log(line));
        console.log(`\n${formatComparison(comparison)}`);
        checkpoints.push({ statements: loaded, comparison });
      }
      if (checkpoints.length > 1) {
        console.log(`\n## The API's p95 as the corpus grows\n\n${formatP95Growth(checkpoints)}`);
      }
      // The target is a rate into a graph that already holds the corpus: load some more there.
      await loadRate(loaded);
    } finally {
      if (!flags.keep) {
        const started = Date.now();
        const ids = await syntheticDocumentIds(db, documentId);
        await removeAll(db, ids);
        if (ids.length) {
          console.log(
            `\nremoved the ${ids.length} synthetic copies in ${((Date.now() - started) / 1000).toFixed(1)} s (--keep 1 keeps them)`,
          );
        }
      }
    }
  });
}

main().catch((error: unknown) => {
  console.error(`bench:scale failed: ${(error as Error).message}`);
  process.exit(1);
});
