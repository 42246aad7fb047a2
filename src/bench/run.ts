/**
 * `npm run bench`: prints latency and round trips of the three uses over HTTP, and the time to
 * (re)load the statement, against NEO4J_URI or the project's local Neo4j. Numbers, not
 * assertions: compare runs on the same machine.
 */
import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/database';
import { buildGraphQLSchema } from '../graphql/schema';
import { loadGraph } from '../ingest/load-graph';
import { readAnnotation } from '../ingest/read-annotation';
import { seedIfMissing } from '../ingest/seed';
import { toGraph } from '../ingest/to-graph';
import { startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/server';
import { startHttpServer } from '../server/http';

const RUNS = 50;

const OPERATIONS: Record<string, string> = {
  'clause references (use 1)':
    '{ clause(id: "jp-kz-2006#preamble__para_2") { references { to { id ... on Document { signedOn { value } } } evidence { quote } } } }',
  'organization → sectors → organizations (use 2)':
    '{ organizations(first: 20) { totalCount edges { node { id sectors { to { id ... on Sector { organizations { from { id } } } } evidence { quote } } } } } }',
  'OSCE neighbourhood, depth 2 (use 3)':
    '{ neighborhood(id: "osce", depth: 2) { nodes { id kind label } edges { id source target type } truncated } }',
  'whole document, deeply nested':
    '{ document(id: "jp-kz-2006") { sections { clauses { eId asserts(first: 50) { type from { id } to { id } evidence { quote } } } } } }',
  'search ウラン':
    '{ search(text: "ウラン", first: 20) { totalCount edges { score node { id } } } }',
};

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function main(): Promise<void> {
  const config = loadConfig();
  const local = config.neo4j
    ? undefined
    : await startLocalNeo4j({ boltPort: config.localBoltPort });
  const db = await connectDatabase(config.neo4j ?? local!, {
    queryTimeoutMs: config.queryTimeoutMs,
  });
  try {
    await seedIfMissing(db, () => undefined);
    const { annotation, statement } = readAnnotation();
    const graph = toGraph(annotation, statement);
    const reloads: number[] = [];
    for (let i = 0; i < 5; i++) reloads.push((await loadGraph(db, graph)).milliseconds);
    console.log(
      `reload of the statement (${graph.nodes.length} nodes, ${graph.relationships.length} relationships), 5 runs: ${reloads.join(', ')} ms`,
    );

    const server = await startHttpServer(
      { ...config, port: 0, development: false },
      await buildGraphQLSchema(),
      db,
    );
    try {
      console.log(
        `\n${'operation'.padEnd(48)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'max ms'.padStart(7)} ${'kB'.padStart(6)} queries`,
      );
      for (const [name, query] of Object.entries(OPERATIONS)) {
        const times: number[] = [];
        let bytes = 0;
        let queries = 0;
        for (let i = 0; i < RUNS; i++) {
          const before = db.queryCount;
          const started = performance.now();
          const response = await fetch(server.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query }),
          });
          const body = await response.text();
          times.push(performance.now() - started);
          if (JSON.parse(body).errors) throw new Error(`${name}: ${body}`);
          bytes = body.length;
          queries = db.queryCount - before;
        }
        times.sort((a, b) => a - b);
        const ms = (v: number) => v.toFixed(1).padStart(7);
        console.log(
          `${name.padEnd(48)} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.95))} ${ms(times[times.length - 1]!)} ${(bytes / 1024).toFixed(1).padStart(6)} ${queries}`,
        );
      }
      const memory = process.memoryUsage();
      console.log(
        `\nAPI process: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB (${RUNS} runs per operation)`,
      );
    } finally {
      await server.stop();
    }
  } finally {
    await db.close();
    if (local?.startedHere) await stopLocalNeo4j();
  }
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
