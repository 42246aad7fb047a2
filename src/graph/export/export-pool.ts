import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QueryRun } from '../../db/database';
import {
  DatabaseAuthError,
  DatabaseUnavailableError,
  QueryTimeoutError,
  QueryTooLargeError,
} from '../../db/errors';
import type { SubgraphData } from '../subgraph.repository';
import {
  buildExports,
  type ExportFormat,
  type ExportResults,
  type GraphExportRequest,
  type GraphExportResult,
} from './build-export';

/** What a thread answers: a result, or an error by name and message; the queries it ran. */
interface Reply {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: { name: string; message: string; stack?: string };
  readonly queries?: readonly QueryRun[];
}

/** The database's own errors keep their class across the thread (the API maps them to codes). */
const DATABASE_ERRORS: Record<string, new (message: string) => Error> = {
  DatabaseUnavailableError,
  DatabaseAuthError,
  QueryTimeoutError,
  QueryTooLargeError,
};

/** An error a thread reported, with the queries it ran before failing. */
export class ThreadError extends Error {
  constructor(
    readonly error: Error,
    readonly queries: readonly QueryRun[],
  ) {
    super(error.message, { cause: error });
  }
}

/**
 * Builds exports (GraphML, GEXF, Cytoscape JSON, CSV) on worker threads, so that writing
 * megabytes of XML for one heavy operation does not hold the event loop that answers every other
 * request (~85 ms for the whole graph in three formats). Subgraphs under `inlineBelow` nodes and
 * edges are built inline: posting them to a thread would cost more than building them.
 *
 * The threads are unref'd (they never keep a process alive) and started on first use. Under jest
 * the module is TypeScript: the thread then compiles the worker's modules with `typescript` (a
 * dev dependency) as it requires them; from dist/ it loads the compiled JavaScript.
 */
export class ExportPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queued: Array<(worker: Worker) => void> = [];
  private readonly pending = new Map<
    number,
    { worker: Worker; resolve: (reply: Reply) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor(
    readonly size = Math.max(1, Math.min(2, availableParallelism() - 1)),
    readonly inlineBelow = 500,
  ) {}

  /** The export of `subgraph` in `format`, byte for byte what the in-process builder returns. */
  async build<F extends ExportFormat>(
    format: F,
    subgraph: SubgraphData,
  ): Promise<ExportResults[F]> {
    return (await this.buildAll([format], subgraph))[format];
  }

  /**
   * The exports of `subgraph` in each of `formats`, from one message to one thread: the subgraph
   * is copied to the thread and presented there once, whatever the number of formats.
   */
  async buildAll<F extends ExportFormat>(
    formats: readonly F[],
    subgraph: SubgraphData,
  ): Promise<Pick<ExportResults, F>> {
    if (subgraph.nodes.length + subgraph.edges.length < this.inlineBelow) {
      return buildExports(formats, subgraph);
    }
    const reply = await this.send({ formats, subgraph });
    if (reply.error) throw threadError(reply).error;
    return reply.result as Pick<ExportResults, F>;
  }

  /**
   * Queries the whole graph on a thread and exports it there (export.worker.ts): the main thread
   * receives the finished exports only. The queries the thread ran come back with the result or
   * on the ThreadError.
   */
  async queryGraph<F extends ExportFormat>(
    request: GraphExportRequest<F>,
  ): Promise<{ result: GraphExportResult<F>; queries: readonly QueryRun[] }> {
    const reply = await this.send({ graph: request });
    if (reply.error) throw threadError(reply);
    return { result: reply.result as GraphExportResult<F>, queries: reply.queries ?? [] };
  }

  /** Posts one message to a free thread and waits for its reply. */
  private async send(message: object): Promise<Reply> {
    const worker = await this.take();
    const id = this.nextId++;
    try {
      return await new Promise<Reply>((resolve, reject) => {
        this.pending.set(id, { worker, resolve, reject });
        worker.postMessage({ id, ...message });
      });
    } finally {
      this.pending.delete(id);
      this.give(worker);
    }
  }

  /** Stops the threads; the next build starts new ones. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0);
    this.idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private take(): Promise<Worker> {
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.workers.length < this.size) return Promise.resolve(this.start());
    return new Promise((resolve) => this.queued.push(resolve));
  }

  private give(worker: Worker): void {
    if (!this.workers.includes(worker)) return;
    const waiting = this.queued.shift();
    if (waiting) waiting(worker);
    else this.idle.push(worker);
  }

  private start(): Worker {
    const worker = startWorker();
    worker.unref();
    worker.on('message', (reply: Reply) => this.pending.get(reply.id)?.resolve(reply));
    worker.on('error', (error) => this.fail(worker, error));
    worker.on('exit', (code) => this.fail(worker, new Error(`export thread exited with ${code}`)));
    this.workers.push(worker);
    return worker;
  }

  /** A thread died: its request fails, it leaves the pool, and a waiting request gets a new one. */
  private fail(worker: Worker, error: Error): void {
    const index = this.workers.indexOf(worker);
    if (index < 0) return;
    this.workers.splice(index, 1);
    const idle = this.idle.indexOf(worker);
    if (idle >= 0) this.idle.splice(idle, 1);
    for (const [id, call] of this.pending) {
      if (call.worker !== worker) continue;
      this.pending.delete(id);
      call.reject(error);
    }
    const waiting = this.queued.shift();
    if (waiting) waiting(this.start());
  }
}

/** The worker script beside this module: .js from dist/, .ts under jest (compiled on require). */
function startWorker(): Worker {
  const extension = extname(__filename);
  const script = join(__dirname, `export.worker${extension}`);
  if (extension === '.js') return new Worker(script);
  return new Worker(
    `
    const ts = require('typescript');
    const fs = require('node:fs');
    require.extensions['.ts'] = (module, filename) => {
      const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
        fileName: filename,
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          esModuleInterop: true,
          experimentalDecorators: true,
          emitDecoratorMetadata: true,
        },
      });
      module._compile(outputText, filename);
    };
    require(${JSON.stringify(script)});
    `,
    { eval: true },
  );
}

/** A thread's reported error as the error the main thread throws. */
function threadError({ error, queries = [] }: Reply): ThreadError {
  const DatabaseError = DATABASE_ERRORS[error!.name];
  const cause = DatabaseError
    ? new DatabaseError(error!.message)
    : new Error(`export failed: ${error!.message}`);
  // The thread's stack, for the server log (internal errors are logged unmasked, never sent).
  if (error!.stack) cause.stack = `${cause.stack}\n    on the export thread: ${error!.stack}`;
  return new ThreadError(cause, queries);
}

let shared: ExportPool | undefined;

/** The process's export pool. */
export function exportPool(): ExportPool {
  return (shared ??= new ExportPool());
}

/** Stops the process's export threads (a server's stop); a later export starts new ones. */
export async function closeExportPool(): Promise<void> {
  await shared?.close();
}
