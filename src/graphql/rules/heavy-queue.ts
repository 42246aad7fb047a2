/**
 * A counting semaphore with a bounded wait: at most `concurrency` holders at once, the others
 * queue in arrival order. Heavy operations (large estimated responses) pass through it, so they
 * queue among themselves while light operations never wait.
 */
export class HeavyQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly concurrency: number) {}

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
          const index = this.waiting.indexOf(grant);
          if (index >= 0) this.waiting.splice(index, 1);
          resolve(false);
        },
        Math.max(0, timeoutMs),
      );
      this.waiting.push(grant);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running -= 1;
      this.waiting.shift()?.();
    };
  }
}
