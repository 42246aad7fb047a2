import { availableParallelism } from 'node:os';
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SubgraphData } from '../subgraph.repository';
import { buildExports, type ExportFormat, type ExportResults } from './build-export';

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
    { worker: Worker; resolve: (value: unknown) => void; reject: (error: Error) => void }
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
    const worker = await this.take();
    const id = this.nextId++;
    try {
      return await new Promise<Pick<ExportResults, F>>((resolve, reject) => {
        this.pending.set(id, { worker, resolve: resolve as (value: unknown) => void, reject });
        worker.postMessage({ id, formats, subgraph });
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
    worker.on(
      'message',
      ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
        const call = this.pending.get(id);
        if (!call) return;
        if (error === undefined) call.resolve(result);
        else call.reject(new Error(`export failed: ${error}`));
      },
    );
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

let shared: ExportPool | undefined;

/** The process's export pool. */
export function exportPool(): ExportPool {
  return (shared ??= new ExportPool());
}

/** Stops the process's export threads (a server's stop); a later export starts new ones. */
export async function closeExportPool(): Promise<void> {
  await shared?.close();
}
