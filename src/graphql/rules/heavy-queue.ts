/**
 * A counting semaphore with a bounded wait: at most `concurrency` holders at once, the others
 * queue in arrival order. Heavy operations (large estimated responses) pass through it, so they
 * queue among themselves while light operations never wait.
 *
 * A slot is also held for part of the time: with `share` under 1, a slot that was held for t ms
 * rests for t × (1 / share − 1) ms before it is given again. A stream of heavy operations then
 * keeps each slot busy at most `share` of the time, leaving the rest of the cores (Neo4j's and
 * the export thread's as much as the event loop's) to the light operations; an occasional heavy
 * operation waits for nothing. A resting slot counts as running in `state`. The rest gives way to
 * a deadline: it lasts at most half the time the next operation in line has left, because
 * refusing that operation (SERVICE_UNAVAILABLE) costs its client more than a shorter rest costs
 * the light operations. And it is only taken while a light operation is in flight (`light()`),
 * ending when the last one does: a rest with no light operation to give the cores to only slowed
 * the heavy ones (a client reading whole documents one after another waited as long again after
 * each, on an idle server).
 */
export class HeavyQueue {
  private running = 0;
  /** Light operations in flight now: what a rest leaves the cores to. */
  private lightInFlight = 0;
  /** Slots resting now, each ended at once when no light operation is left in flight. */
  private readonly resting = new Set<{
    readonly timer: NodeJS.Timeout;
    readonly end: () => void;
  }>();
  /** In arrival order: how to give each its slot, and when it gives up (performance.now()). */
  private readonly waiting: Array<{ readonly grant: () => void; readonly givesUpAt: number }> = [];

  constructor(
    readonly concurrency: number,
    readonly share = 1,
  ) {
    if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], not ${share}`);
  }

  /**
   * Marks a light operation in flight until the returned function is called (once; later calls do
   * nothing). Slots rest only while some light operation is in flight.
   */
  light(): () => void {
    this.lightInFlight += 1;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.lightInFlight -= 1;
      if (this.lightInFlight === 0) for (const rest of [...this.resting]) rest.end();
    };
  }

  /** Operations running and waiting now (metrics, tests). */
  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Resolves with a release function once a slot is free; false when none freed within
   * `timeoutMs` (the caller's deadline), in which case nothing is held.
   */
  acquire(timeoutMs: number): Promise<(() => void) | false> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      const grant = () => {
        clearTimeout(timer);
        this.running += 1;
        resolve(this.releaser());
      };
      const timer = setTimeout(
        () => {
          const index = this.waiting.findIndex((each) => each.grant === grant);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(false);
        },
        Math.max(0, timeoutMs),
      );
      this.waiting.push({ grant, givesUpAt: performance.now() + Math.max(0, timeoutMs) });
    });
  }

  private releaser(): () => void {
    let released = false;
    const since = performance.now();
    return () => {
      if (released) return;
      released = true;
      const now = performance.now();
      const next = this.waiting[0];
      const restMs = Math.min(
        (now - since) * (1 / this.share - 1),
        next ? (next.givesUpAt - now) / 2 : Infinity,
      );
      if (restMs < 1 || this.lightInFlight === 0) return this.free();
      const rest = {
        timer: setTimeout(() => rest.end(), restMs).unref(),
        end: () => {
          clearTimeout(rest.timer);
          if (this.resting.delete(rest)) this.free();
        },
      };
      this.resting.add(rest);
    };
  }

  /** A slot is free: the next waiting operation takes it, else it stays free. */
  private free(): void {
    this.running -= 1;
    this.waiting.shift()?.grant();
  }
}
