import neo4j, { type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import type { Neo4jConnection } from '../config';
import { TIME_LIMITS } from '../limits';
import { cypherFile } from './cypher-files';
import { DatabaseUnavailableError, QueryTimeoutError, toDatabaseError } from './errors';
import { toNeo4jParams, toPlain } from './plain';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface DatabaseOptions {
  /** Server-side limit for read transactions. */
  readonly queryTimeoutMs: number;
  /**
   * How long past queryTimeoutMs the API waits for Neo4j before it gives up on its own: a frozen
   * server never reports its transaction timeout.
   */
  readonly deadlineMarginMs?: number;
}

/** Observes every Cypher query: its duration and outcome (metrics). */
export type QueryObserver = (milliseconds: number, outcome: QueryRun['outcome']) => void;

/** A query that ran: its duration and outcome (what an export thread reports of its queries). */
export interface QueryRun {
  readonly ms: number;
  readonly outcome: 'ok' | 'error';
}

/**
 * The one driver of the process and the only way the rest of the code reaches Neo4j.
 *
 * Every call is a managed transaction (executeQuery/executeRead/executeWrite retry transient
 * failures) that names the database: "always specify a database to avoid a round trip for the
 * routing table" (Neo4j GraphQL Library). Sessions close in `finally`.
 */
export class Database {
  /** Shared with every per-request view (withDeadline), so counts cover them all. */
  private readonly counters = { queries: 0, sessions: 0 };
  /** The liveness probe in flight, shared by every call that times out meanwhile (and views). */
  private readonly probe: { running?: Promise<boolean> } = {};
  /** When set (a per-request view), no call waits past this time (ms since epoch). */
  private deadline: number | undefined;
  /** Told about every query's duration (metrics); shared with the per-request views. */
  private readonly observers = new Set<QueryObserver>();

  /** Calls `observer` after every query until the returned function is called. */
  observeQueries(observer: QueryObserver): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  constructor(
    readonly driver: Driver,
    readonly connection: Neo4jConnection,
    private readonly options: DatabaseOptions,
  ) {}

  /** Cypher queries run so far; tests read it to prove one round trip per root field. */
  get queryCount(): number {
    return this.counters.queries;
  }

  /** The limit Neo4j enforces on each read transaction. */
  get queryTimeoutMs(): number {
    return this.options.queryTimeoutMs;
  }

  /** How long a call may wait in all: the transaction timeout plus the margin. */
  get callLimitMs(): number {
    return this.options.queryTimeoutMs + this.marginMs;
  }

  /**
   * A view of this database for one request: the same driver and counters, but no call waits
   * past `deadline`, so a request ends in time however long it queued before its query.
   */
  withDeadline(deadline: number): Database {
    const view = Object.create(this) as Database;
    view.deadline = deadline;
    return view;
  }

  get name(): string {
    return this.connection.database;
  }

  /**
   * One read query in its own managed read transaction, rows as plain objects: what every
   * repository runs, bounded in time as `read` is. It goes through the driver's executeQuery,
   * which is executeRead (the same retries) with the transaction's BEGIN sent together with the
   * query instead of a round trip before it: 0.85 -> 0.73 ms per small query on one connection.
   */
  async query(cypher: string, params: Params = {}): Promise<Row[]> {
    const waitMs = this.remainingMs();
    const parameters = toNeo4jParams(params) as Params;
    const result = await this.bounded(
      waitMs,
      () =>
        this.counted(() =>
          // executeQuery opens and closes its own session: counted as one while it runs.
          this.holdingSession(() =>
            withoutCallerStack(() =>
              this.driver.executeQuery(cypher, parameters, {
                database: this.name,
                routing: neo4j.routing.READ,
                // Reads need no causal chain to each other; bookmarks would only add bytes.
                bookmarkManager: null,
                transactionConfig: { timeout: this.transactionTimeout(waitMs) },
              }),
            ),
          ),
        ),
      true,
    );
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /**
   * A read transaction, bounded in time twice: Neo4j stops it after queryTimeoutMs, and the API
   * stops waiting at the request's deadline (or queryTimeoutMs plus the margin). Neo4j enforces
   * its timeout only once a query runs, not while it is planned or waits for a lock, so silence
   * at the deadline is told apart by a liveness probe started a margin before it: a server that
   * answers the probe is slow (QueryTimeoutError), one that does not is frozen or gone
   * (DatabaseUnavailableError).
   */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.readWithin(this.remainingMs(), work, true);
  }

  /** A read transaction that Neo4j stops, and the API stops waiting for, after `waitMs`. */
  private readWithin<T>(
    waitMs: number,
    work: (tx: ManagedTransaction) => Promise<T>,
    probing: boolean,
  ): Promise<T> {
    const timeout = this.transactionTimeout(waitMs);
    return this.bounded(
      waitMs,
      () => this.inSession(neo4j.session.READ, (session) => session.executeRead(work, { timeout })),
      probing,
    );
  }

  /** The timeout Neo4j enforces on a read that may wait `waitMs`: never past the query limit. */
  private transactionTimeout(waitMs: number): number {
    return Math.max(1, Math.min(this.options.queryTimeoutMs, waitMs));
  }

  /** A write transaction (loads run outside requests: no deadline unless a view sets one). */
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const waitMs = this.deadline === undefined ? undefined : this.remainingMs();
    return this.bounded(
      waitMs,
      () => this.inSession(neo4j.session.WRITE, (session) => session.executeWrite(work)),
      true,
    );
  }

  /** Waits for `start()`'s work at most `waitMs` (see `within`); driver errors mapped. */
  private async bounded<T>(
    waitMs: number | undefined,
    start: () => Promise<T>,
    probing: boolean,
  ): Promise<T> {
    const probe = probing ? { leadMs: this.marginMs, ask: () => this.liveness() } : undefined;
    try {
      const running = start();
      return waitMs === undefined
        ? await running
        : await within(running, waitMs, this.connection.uri, probe);
    } catch (error) {
      throw toDatabaseError(error, this.connection.uri);
    }
  }

  /** `work` on a session of `mode`, closed in `finally`. */
  private async inSession<T>(
    mode: typeof neo4j.session.READ,
    work: (session: Session) => Promise<T>,
  ): Promise<T> {
    return this.holdingSession(async () => {
      const session = this.driver.session({ database: this.name, defaultAccessMode: mode });
      try {
        return await work(session);
      } finally {
        // A frozen server would hold the close too: nobody waits for it past the deadline.
        await session.close().catch(() => undefined);
      }
    });
  }

  /** Counts a session (and so a pooled connection) as in use while `work` runs (metrics). */
  private async holdingSession<T>(work: () => Promise<T>): Promise<T> {
    this.counters.sessions += 1;
    try {
      return await work();
    } finally {
      this.counters.sessions -= 1;
    }
  }

  /** When a call started now must have answered (ms since epoch): the view's deadline or limit. */
  answerDue(): number {
    return Date.now() + this.remainingMs();
  }

  /**
   * Counts and reports queries another thread ran for this process (a whole-graph export runs
   * its query on an export thread), so the query count and the metrics cover them too.
   */
  recordQueries(runs: readonly QueryRun[]): void {
    for (const { ms, outcome } of runs) {
      this.counters.queries += 1;
      for (const observe of this.observers) observe(ms, outcome);
    }
  }

  private remainingMs(): number {
    const limit = this.callLimitMs;
    if (this.deadline === undefined) return limit;
    return Math.min(limit, Math.max(0, this.deadline - Date.now()));
  }

  /** Runs one statement inside a transaction and returns plain rows. Counts and times it. */
  async run(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<Row[]> {
    const result = await this.counted(() =>
      withoutCallerStack(() => tx.run(cypher, toNeo4jParams(params) as Params)),
    );
    return result.records.map((record) => toPlain(record.toObject()) as Row);
  }

  /** Counts one query and tells the observers how long it took and how it ended. */
  private async counted<T>(work: () => PromiseLike<T>): Promise<T> {
    this.counters.queries += 1;
    const started = performance.now();
    try {
      const result = await work();
      for (const observe of this.observers) observe(performance.now() - started, 'ok');
      return result;
    } catch (error) {
      for (const observe of this.observers) observe(performance.now() - started, 'error');
      throw withCallerStack(error);
    }
  }

  /**
   * True when Neo4j answers a read of the store within `withinMs` now (GET /ready); false on
   * failure or silence. Not counted in queryCount: it is no GraphQL field's query.
   */
  async isReachable(withinMs: number = TIME_LIMITS.readyMs): Promise<boolean> {
    try {
      // The probe itself is never probed.
      await this.readWithin(withinMs, (tx) => tx.run(cypherFile('system/ready')), false);
      return true;
    } catch {
      return false;
    }
  }

  /** One probe of `marginMs` at a time, whoever asks: a burst of slow queries costs one query. */
  private liveness(): Promise<boolean> {
    if (this.probe.running) return this.probe.running;
    const running = this.isReachable(this.marginMs).finally(() => {
      this.probe.running = undefined;
    });
    this.probe.running = running;
    return running;
  }

  private get marginMs(): number {
    return this.options.deadlineMarginMs ?? TIME_LIMITS.deadlineMarginMs;
  }

  /**
   * Sessions open now: each holds, or waits for, one pooled connection (metrics; the driver has
   * no public pool statistics).
   */
  get sessionsInUse(): number {
    return this.counters.sessions;
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
      connectionTimeout: TIME_LIMITS.connectMs,
      // Longer than any request may wait: the request's own deadline answers first, with
      // SERVICE_UNAVAILABLE, instead of the pool's internal error.
      connectionAcquisitionTimeout:
        options.queryTimeoutMs + (options.deadlineMarginMs ?? TIME_LIMITS.deadlineMarginMs) + 1_000,
      // A pooled connection idle this long is checked before use, so one left dead by a killed
      // server is replaced at once instead of failing the first queries after its return.
      connectionLivenessCheckTimeout: 1_000,
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

/**
 * Waits for `work` at most `ms`; past that, a DatabaseUnavailableError (the work itself goes on
 * and its result is dropped; its session closes whenever the server lets it). With `probe`, the
 * server is asked whether it is alive `probe.leadMs` before then (at once when less time is
 * left): if it has answered by `ms`, the work is merely slow and fails with QueryTimeoutError.
 */
export function within<T>(
  work: Promise<T>,
  ms: number,
  uri: string,
  probe?: { readonly leadMs: number; readonly ask: () => Promise<boolean> },
): Promise<T> {
  const timers: NodeJS.Timeout[] = [];
  let alive = false;
  const timeout = new Promise<never>((_, reject) => {
    if (probe) {
      const ask = () => void probe.ask().then((answered) => (alive = answered));
      timers.push(setTimeout(ask, Math.max(0, ms - probe.leadMs)));
    }
    timers.push(
      setTimeout(
        () =>
          reject(
            alive
              ? new QueryTimeoutError('The query took longer than its time limit')
              : new DatabaseUnavailableError(`Neo4j at ${uri} did not answer within ${ms} ms`),
          ),
        ms,
      ),
    );
  });
  work.catch(() => undefined); // a late failure after the timeout is nobody's to handle
  return Promise.race([work, timeout]).finally(() => timers.forEach(clearTimeout));
}

/**
 * Runs `start` (which creates a driver Result) without the stack trace the driver formats for
 * every Result, in case it fails: formatting it was ~8 % of the API's CPU on a small operation
 * (S1 0.69 -> 0.64 ms per request, interleaved). withCallerStack gives a failure that stack.
 */
function withoutCallerStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** A failed query's error with the caller's (async) stack, as the driver would have given it. */
function withCallerStack(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const here: { stack?: string } = {};
  Error.captureStackTrace(here, withCallerStack);
  const frames = here.stack?.split('\n').slice(1).join('\n');
  if (frames) error.stack = `${error.toString()}\n${frames}`;
  return error;
}
