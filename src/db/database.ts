import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { toDatabaseError } from './errors';
import { toNeo4jParams, toPlain } from './plain';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  /** Server-side limit for read transactions. */
  readonly queryTimeoutMs: number;
}

/**
 * The one driver of the process and the only way the rest of the code reaches Neo4j.
 *
 * Every call is a managed transaction (executeRead/executeWrite retry transient failures) on a
 * session that names the database: "always specify a database to avoid a round trip for the
 * routing table" (Neo4j GraphQL Library). Sessions close in `finally`.
 */
export class Database {
  /** Cypher queries run so far; tests read it to prove one round trip per root field. */
  queryCount = 0;

  constructor(
    readonly driver: Driver,
    readonly connection: Neo4jConnection,
    private readonly options: DatabaseOptions,
  ) {}

  get name(): string {
    return this.connection.database;
  }

  /** One read query in its own read transaction, rows as plain objects. */
  async query(cypher: string, params: Params = {}): Promise<Row[]> {
    return this.read((tx) => this.run(tx, cypher, params));
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work, { timeout: this.options.queryTimeoutMs });
    } catch (error) {
      throw toDatabaseError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.name,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite(work);
    } catch (error) {
      throw toDatabaseError(error, this.connection.uri);
    } finally {
      await session.close();
    }
  }

  /** Runs one statement inside a transaction and returns plain rows. Counts it. */
  async run(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<Row[]> {
    this.queryCount += 1;
    const result = await tx.run(cypher, toNeo4jParams(params) as Params);
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** True when Neo4j answers a trivial query now (GET /ready). */
  async isReachable(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.name });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

/**
 * Creates the driver and proves the connection works before anything else starts, turning the
 * driver's failures into one line that says what is wrong.
 */
export async function connectDatabase(
  connection: Neo4jConnection,
  options: DatabaseOptions,
): Promise<Database> {
  const driver = neo4j.driver(
    connection.uri,
    neo4j.auth.basic(connection.username, connection.password),
    {
      userAgent: 'diplomatic-knowledge-graph/0.1',
      connectionTimeout: 5_000,
      connectionAcquisitionTimeout: 10_000,
      // Managed transactions retry transient errors; a stopped server should fail within seconds.
      maxTransactionRetryTime: 3_000,
    },
  );
  try {
    await driver.verifyConnectivity({ database: connection.database });
  } catch (error) {
    await driver.close();
    const mapped = toDatabaseError(error, connection.uri);
    throw mapped instanceof Error && mapped !== error
      ? mapped
      : new Error(`Cannot connect to Neo4j at ${connection.uri}: ${(error as Error).message}`);
  }
  return new Database(driver, connection, options);
}
