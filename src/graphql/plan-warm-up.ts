import type { Database } from '../db/database';
import { findStatements } from '../graph/statements.repository';
import { findGraph } from '../graph/subgraph.repository';
import { toStatementsQuery } from './statement/statement.resolver';
import type { StatementFilter } from './statement/statement.args';
import { toGraphQuery, type GraphFilter } from './subgraph/subgraph.args';

/**
 * Requests whose Cypher Neo4j takes seconds to plan the first time, because it holds a UNION
 * branch per vocabulary type (each type's own index): on a freshly started Neo4j,
 * `statements(filter: {actor})` took 9.4 s and a document's `graph` 5.9 s, the next ones 0.1 and
 * 0.2 s, and the two in one operation passed the 10 s query timeout. Run once at start-up, in the
 * background, with an id that names nothing (so they read nothing), they leave their plans in
 * Neo4j's query cache: a client's first `statements(filter: {actor})` then took 2.3 s instead of
 * 12 s (the rest is the JVM warming the operators on real rows). Built by the resolvers' own
 * argument conversions, so the Cypher is the same text a default request sends.
 */
const NOTHING = '\u0000plan warm-up';

const statements = (filter: Partial<StatementFilter>) =>
  toStatementsQuery({ filter: { includeOfficials: true, ...filter } as StatementFilter, first: 1 });
const graph = (filter: Partial<GraphFilter>) =>
  toGraphQuery({ filter: filter as GraphFilter, limit: null });

export const WARM_UP_REQUESTS: ReadonlyArray<{
  readonly name: string;
  readonly run: (db: Database) => Promise<unknown>;
}> = [
  { name: 'statements(actor)', run: (db) => findStatements(db, statements({ actor: NOTHING })) },
  {
    name: 'statements(documentId)',
    run: (db) => findStatements(db, statements({ documentId: NOTHING })),
  },
  { name: 'statements(target)', run: (db) => findStatements(db, statements({ target: NOTHING })) },
  { name: 'graph(documentId)', run: (db) => findGraph(db, graph({ documentId: NOTHING })) },
  {
    name: 'graph(documentId, includeStructure)',
    run: (db) => findGraph(db, graph({ documentId: NOTHING, includeStructure: true })),
  },
];

/**
 * Runs the warm-up requests one after another, each on its own: one that fails (a client's
 * request planned at the same time may push it past the query timeout) does not stop the others.
 * Returns how long they took and which failed.
 */
export async function warmUpQueryPlans(
  db: Database,
): Promise<{ milliseconds: number; failed: string[] }> {
  const started = performance.now();
  const failed: string[] = [];
  for (const request of WARM_UP_REQUESTS) {
    try {
      await request.run(db);
    } catch (error) {
      failed.push(`${request.name}: ${(error as Error).message}`);
    }
  }
  return { milliseconds: Math.round(performance.now() - started), failed };
}
