import { randomUUID } from 'node:crypto';
import { connectDatabase, type Database } from '../../src/db/database';
import {
  DatabaseAuthError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  QueryTooLargeError,
} from '../../src/db/errors';
import { openTestDatabase } from '../support/database';

/** Each run writes under its own label value so that runs never see each other's nodes. */
const run = `db-test-${randomUUID()}`;

describe('the database layer against a real Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.write((tx) =>
      db.run(tx, 'MATCH (n:RoundTripProbe {run: $run}) DETACH DELETE n', { run }),
    );
    await db.close();
  });

  it('reads back what a write transaction committed, as plain JavaScript values', async () => {
    await db.write((tx) =>
      db.run(tx, 'CREATE (:RoundTripProbe {run: $run, name: $name, count: 42, on: date($day)})', {
        run,
        name: 'ウラン',
        day: '2006-08-28',
      }),
    );
    const rows = await db.query(
      'MATCH (n:RoundTripProbe {run: $run}) RETURN n.name AS name, n.count AS count, n.on AS on',
      { run },
    );
    expect(rows).toStrictEqual([{ name: 'ウラン', count: 42, on: '2006-08-28' }]);
  });

  it('reports a read that outgrows the memory Neo4j allows one transaction as QueryTooLargeError', async () => {
    // db.memory.transaction.total.max is 512 MiB in neo4j/neo4j.conf; 20 M integers need more.
    await expect(
      db.query('UNWIND range(1, 20000000) AS i WITH collect(i) AS xs RETURN size(xs) AS n'),
    ).rejects.toBeInstanceOf(QueryTooLargeError);
    // The same session pool still answers afterwards.
    expect(await db.query('RETURN 1 AS one')).toStrictEqual([{ one: 1 }]);
  });

  it('rolls back everything a transaction wrote when its work throws', async () => {
    await expect(
      db.write(async (tx) => {
        await db.run(tx, 'CREATE (:RoundTripProbe {run: $run, name: "half-written"})', { run });
        throw new Error('fails after the first write');
      }),
    ).rejects.toThrow('fails after the first write');
    const rows = await db.query(
      'MATCH (n:RoundTripProbe {run: $run, name: "half-written"}) RETURN n',
      { run },
    );
    expect(rows).toHaveLength(0);
  });

  it('refuses a write inside a read transaction', async () => {
    await expect(
      db.read((tx) =>
        db.run(tx, 'CREATE (:RoundTripProbe {run: $run, name: "read-only"})', { run }),
      ),
    ).rejects.toThrow();
    expect(
      await db.query('MATCH (n:RoundTripProbe {run: $run, name: "read-only"}) RETURN n', { run }),
    ).toHaveLength(0);
  });

  it('gives a failed query a stack from the project’s code, not the driver’s internals', async () => {
    for (const failing of [
      () => db.read((tx) => db.run(tx, 'RETURN 1 / $zero AS never', { zero: 0 })),
      () => db.query('RETURN 1 / $zero AS never', { zero: 0 }),
    ]) {
      const error = (await failing().catch((e: unknown) => e)) as Error;
      expect(error.message).toMatch(/by zero/);
      const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
      expect(frames[0]).toMatch(/at Database\.\w+ .*database\.ts/);
      expect(frames.filter((frame) => frame.includes('neo4j-driver'))).toStrictEqual([]);
    }
  });

  it('counts every query it runs', async () => {
    const before = db.queryCount;
    await db.query('RETURN 1 AS one');
    await db.query('RETURN 2 AS two');
    expect(db.queryCount - before).toBe(2);
  });

  it('reports wrong credentials as an authentication failure naming the settings', async () => {
    const attempt = connectDatabase(
      { ...db.connection, password: 'definitely-wrong' },
      { queryTimeoutMs: 1000 },
    );
    await expect(attempt).rejects.toBeInstanceOf(DatabaseAuthError);
    await expect(attempt).rejects.toThrow(/NEO4J_USERNAME and NEO4J_PASSWORD/);
  });

  it('reports an unreachable server as unavailable', async () => {
    // Port 1 on loopback: nothing listens there.
    const attempt = connectDatabase(
      { ...db.connection, uri: 'bolt://127.0.0.1:1' },
      { queryTimeoutMs: 1000 },
    );
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });

  it('reports a query still being planned at its deadline as a timeout, not as an unavailable server', async () => {
    // Neo4j enforces a transaction's timeout only once its query runs; a query of many UNION
    // branches, never seen before (a fresh comment defeats the plan cache), is planned for
    // seconds, far past this deadline of 100 + 400 ms. Neo4j stays up meanwhile.
    const slow = await connectDatabase(db.connection, {
      queryTimeoutMs: 100,
      deadlineMarginMs: 400,
    });
    const branches = Array.from(
      { length: 120 },
      (_, i) => `MATCH (a:PlanProbe${i} {id: $id})-[:PLAN_PROBE_${i}]->(b) RETURN a.id AS id`,
    );
    const cypher = `// ${randomUUID()}\n${branches.join('\nUNION\n')}`;
    const started = Date.now();
    try {
      await expect(slow.query(cypher, { id: run })).rejects.toBeInstanceOf(QueryTimeoutError);
      // Scheduling slack on a busy machine, not a speed target.
      expect(Date.now() - started).toBeLessThan(500 + 2_000);
    } finally {
      await slow.close();
    }
  });
});
