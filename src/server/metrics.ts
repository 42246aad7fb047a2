import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/database';
import type { ExecutionMode } from '../graphql/compiled-execution';
import type { HeavyQueue } from '../graphql/rules/heavy-queue';

/**
 * GET /metrics in Prometheus' text format (prom-client): requests and their duration by
 * operation and result code, Neo4j query time, sessions holding pooled connections, the heavy
 * queue, and Node's own (heap, event-loop lag, GC, CPU). One registry per server, so servers side
 * by side (tests) keep their own counts.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'code'>;
  private readonly duration: Histogram<'operation' | 'code'>;
  private readonly neo4jQueries: Histogram<'outcome'>;
  private readonly executions: Counter<'mode'>;
  /** Operation names are chosen by clients: a bounded set of label values, then `other`. */
  private readonly operations = new Set<string>();
  /** Stops timing the database's queries (the server stops). */
  readonly stopObserving: () => void;

  constructor(db: Database, heavyQueue: HeavyQueue) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    this.requests = new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL requests answered, by operation name and result code (ok, or the first error code)',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'Time from receiving a GraphQL request to sending its answer',
      labelNames: ['operation', 'code'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    this.executions = new Counter({
      name: 'graphql_executions_total',
      help: 'Operations executed, by mode: compiled (graphql-jit, a repeated operation) or interpreted (graphql-js)',
      labelNames: ['mode'],
      registers: [this.registry],
    });
    this.neo4jQueries = new Histogram({
      name: 'neo4j_query_duration_seconds',
      help: 'Time Neo4j took to run one Cypher query and stream its rows, by outcome',
      labelNames: ['outcome'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    new Gauge({
      name: 'neo4j_pool_in_use',
      help: 'Driver sessions open now, each holding or waiting for one pooled Neo4j connection',
      registers: [this.registry],
      collect() {
        this.set(db.sessionsInUse);
      },
    });
    new Gauge({
      name: 'graphql_heavy_operations',
      help: 'Operations in the heavy queue (large estimated responses), running or waiting',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const { running, waiting } = heavyQueue.state;
        this.set({ state: 'running' }, running);
        this.set({ state: 'waiting' }, waiting);
      },
    });
    this.stopObserving = db.observeQueries((milliseconds, outcome) =>
      this.neo4jQueries.observe({ outcome }, milliseconds / 1000),
    );
  }

  observeRequest(operation: string | undefined, code: string, seconds: number): void {
    const labels = { operation: this.operationLabel(operation), code };
    this.requests.inc(labels);
    this.duration.observe(labels, seconds);
  }

  observeExecution(mode: ExecutionMode): void {
    this.executions.inc({ mode });
  }

  private operationLabel(name: string | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[_A-Za-z][_0-9A-Za-z]{0,63}$/.test(name)) return 'other';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= 200) return 'other';
    this.operations.add(name);
    return name;
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/**
 * How many operations ran compiled and on graphql-js, read from GET /metrics' text (the
 * benchmark prints it; tests check the modes): the reader of `graphql_executions_total` beside
 * its definition.
 */
export function executionsIn(metricsText: string): Record<ExecutionMode, number> {
  const count = (mode: ExecutionMode) =>
    Number(
      metricsText.match(
        new RegExp(`^graphql_executions_total\\{mode="${mode}"\\} (\\d+)$`, 'm'),
      )?.[1] ?? 0,
    );
  return { compiled: count('compiled'), interpreted: count('interpreted') };
}
