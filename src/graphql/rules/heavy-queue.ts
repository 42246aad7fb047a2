/**
 * A counting semaphore with a bounded wait: at most `concurrency` holders at once (more while
 * there is no light work, see below), the others queue in arrival order. Heavy operations (large
 * estimated responses) pass through it, so they queue among themselves while light operations
 * never wait.
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
 *
 * For the same reason the queue lends more slots, up to `idleConcurrency`, to operations acquired
 * as `lendable` while no light operation is in flight and none has ended for `quietMs`: with
 * nobody to protect, holding heavy operations to one at a time only left a core idle while the one
 * running waited for Neo4j. A light operation that arrives then shares the cores with the lent
 * ones until they end, so only short operations are lendable (the caller decides: the cost plugin
 * lends to operations estimated at a few times the heavy threshold, tens of milliseconds, not to
 * exports of megabytes that run for a second). From then on no heavy operation starts until fewer
 * than `concurrency` run.
 */
export class HeavyQueue {
  private running = 0;
  /** Light operations in flight now: what a rest leaves the cores to. */
  private lightInFlight = 0;
  /** No light operation in flight, and none ended within `quietMs`: slots may be lent. */
  private quiet = true;
  /** Ends the wait for quiet after the last light operation, then fills the lent slots. */
  private quietTimer: NodeJS.Timeout | undefined;
  /** Slots resting now, each ended at once when no light operation is left in flight. */
  private readonly resting = new Set<{
    readonly timer: NodeJS.Timeout;
    readonly end: () => void;
  }>();
  /**
   * In arrival order: how to give each its slot, when it gives up (performance.now()), and
   * whether it may take a lent slot.
   */
  private readonly waiting: Array<{
    readonly grant: () => void;
    readonly givesUpAt: number;
    readonly lendable: boolean;
  }> = [];

  constructor(
    readonly concurrency: number,
    readonly share = 1,
    readonly idleConcurrency = concurrency,
    readonly quietMs = 1_000,
  ) {
    if (!(share > 0 && share <= 1)) throw new RangeError(`share must be in (0, 1], not ${share}`);
    if (idleConcurrency < concurrency) {
      throw new RangeError(
        `idleConcurrency (${idleConcurrency}) must not be below concurrency (${concurrency})`,
      );
    }
  }

  /**
   * Marks a light operation in flight until the returned function is called (once; later calls do
   * nothing). Slots rest only while some light operation is in flight.
   */
  light(): () => void {
    this.lightInFlight += 1;
    this.quiet = false;
    clearTimeout(this.quietTimer);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.lightInFlight -= 1;
      if (this.lightInFlight > 0) return;
      for (const rest of [...this.resting]) rest.end();
      // Without slots to lend, quiet changes nothing: no timer per burst of light requests.
      if (this.idleConcurrency === this.concurrency) return;
      this.quietTimer = setTimeout(() => {
        this.quiet = true;
        this.admit();
      }, this.quietMs).unref();
    };
  }

  /** A free slot, or a lent one for a lendable operation once light work has been quiet. */
  private mayStart(lendable: boolean): boolean {
    return (
      this.running < this.concurrency ||
      (lendable && this.quiet && this.running < this.idleConcurrency)
    );
  }

  /** Operations running and waiting now (metrics, tests). */
  get state(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * Resolves with a release function once a slot is free; false when none freed within
   * `timeoutMs` (the caller's deadline), in which case nothing is held. A `lendable` operation
   * may also take a lent slot while there is no light work.
   */
  acquire(timeoutMs: number, lendable = false): Promise<(() => void) | false> {
    if (this.mayStart(lendable)) {
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
      this.waiting.push({
        grant,
        givesUpAt: performance.now() + Math.max(0, timeoutMs),
        lendable,
      });
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
    this.admit();
  }

  /**
   * Gives slots to waiting operations in arrival order. One that is not lendable waits for a slot
   * of its own without holding back the lendable ones behind it from a lent slot.
   */
  private admit(): void {
    for (let i = 0; i < this.waiting.length;) {
      const next = this.waiting[i]!;
      if (!this.mayStart(next.lendable)) {
        i += 1;
        continue;
      }
      this.waiting.splice(i, 1);
      next.grant();
    }
  }
}
