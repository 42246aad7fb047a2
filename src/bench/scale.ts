/**
 * `npm run bench:scale -- --statements 1000`: loads synthetic copies of the shipped statement
 * (src/bench/synthetic-corpus.ts) with the project's loader, prints the load rate, and runs the
 * same comparison as `npm run bench` at N = 1, 100 and 1,000 statements (those up to
 * --statements). The copies are removed again at the end unless --keep 1 is given.
 */
import 'reflect-metadata';
import type { Database } from '../db/database';
import { applySchema } from '../ingest/graph-schema';
import { loadGraph, removeDocument } from '../ingest/load-graph';
import { readAnnotation } from '../ingest/read-annotation';
import { seedIfMissing } from '../ingest/seed';
import { toGraph } from '../ingest/to-graph';
import { compare, formatComparison } from './compare';
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

const CHECKPOINTS = [1, 100, 1000];
/** Shorter than `npm run bench`'s defaults, to keep three comparisons within minutes. */
const SCALE_DEFAULTS = { rounds: 3, requests: 10, 'throughput-rounds': 1 };

async function syntheticDocumentIds(db: Database, documentId: string): Promise<string[]> {
  const rows = await db.query(
    'MATCH (d:Document) WHERE d.id STARTS WITH $prefix RETURN d.id AS id',
    {
      prefix: `${documentId}.synthetic-`,
    },
  );
  return rows.map((r) => String(r.id));
}

async function main(): Promise<void> {
  const flags = numericFlags(process.argv.slice(2), [...COMPARE_FLAGS, 'statements', 'keep']);
  const statements = flags.statements ?? 1000;
  await withNeo4j(async (db, connection, queryTimeoutMs) => {
    const options = compareOptions({ ...SCALE_DEFAULTS, ...flags }, queryTimeoutMs);
    await seedIfMissing(db, () => undefined);
    await applySchema(db);
    const { annotation, statement } = readAnnotation();
    const documentId = annotation.document.id;
    const left = await syntheticDocumentIds(db, documentId);
    if (left.length) {
      console.log(`removing ${left.length} synthetic copies left by an earlier run…`);
      for (const id of left) await removeDocument(db, id);
    }
    console.log(`machine: ${describeMachine()}`);
    const loadTimes: number[] = [];
    let loaded = 1;
    try {
      for (const checkpoint of CHECKPOINTS.filter((n) => n <= statements).concat(
        CHECKPOINTS.includes(statements) ? [] : [statements],
      )) {
        const started = Date.now();
        const before = loaded;
        for (; loaded < checkpoint; loaded++) {
          const report = await loadGraph(db, toGraph(syntheticCopy(annotation, loaded), statement));
          loadTimes.push(report.milliseconds);
        }
        if (loaded > before) {
          const seconds = (Date.now() - started) / 1000;
          console.log(
            `\nloaded statements ${before + 1}–${loaded} in ${seconds.toFixed(1)} s: ` +
              `${((loaded - before) / seconds).toFixed(1)} statements/s ` +
              `(load transaction p50 ${percentile(loadTimes.slice(-(loaded - before)), 0.5)} ms, ` +
              `p95 ${percentile(loadTimes.slice(-(loaded - before)), 0.95)} ms)`,
          );
        }
        console.log(`\n## N = ${loaded} statement${loaded > 1 ? 's' : ''}: ${await graphSize(db)}`);
        const comparison = await compare(connection, options, (line) => console.log(line));
        console.log(`\n${formatComparison(comparison)}`);
      }
    } finally {
      if (!flags.keep) {
        const started = Date.now();
        const ids = await syntheticDocumentIds(db, documentId);
        for (const id of ids) await removeDocument(db, id);
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
