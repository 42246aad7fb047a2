/**
 * `npm run bench [-- --rounds 5 --requests 20 --seconds 2 --connections 16]`: the project's API
 * (A), the floor (B: one hand-written Cypher per operation on plain node:http) and the Neo4j
 * GraphQL Library (C) on the same Neo4j (NEO4J_URI, or the project's local one) with the shipped
 * statement loaded. Prints numbers, asserts nothing but that the three answer alike.
 */
import 'reflect-metadata';
import { seedIfMissing } from '../ingest/seed';
import { compare, formatComparison } from './compare';
import {
  COMPARE_FLAGS,
  compareOptions,
  describeMachine,
  graphSize,
  numericFlags,
  withNeo4j,
} from './environment';

async function main(): Promise<void> {
  const flags = numericFlags(process.argv.slice(2), COMPARE_FLAGS);
  await withNeo4j(async (db, connection, queryTimeoutMs) => {
    await seedIfMissing(db, () => undefined);
    const options = compareOptions(flags, queryTimeoutMs);
    console.log(`machine: ${describeMachine()}`);
    console.log(`graph: ${await graphSize(db)} (${connection.uri})`);
    const comparison = await compare(connection, options, (line) => console.log(line));
    console.log(`\n${formatComparison(comparison)}`);
    if (comparison.results.some((r) => r.problem)) process.exitCode = 1;
  });
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).message}`);
  process.exit(1);
});
