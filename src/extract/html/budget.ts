/**
 * A cooperative wall-clock deadline. Long loops call `expired()`; it reads the clock only
 * every few hundred calls, so it is cheap enough for per-node loops.
 */
export class Deadline {
  private readonly end: number;
  private calls = 0;
  private passed = false;

  constructor(budgetMs: number | undefined) {
    this.end = budgetMs === undefined || !Number.isFinite(budgetMs) ? Infinity : performance.now() + budgetMs;
  }

  /** A deadline at this share of the time left, for a stage that must leave time to the next. */
  share(fraction: number): Deadline {
    const left = this.end - performance.now();
    return new Deadline(Number.isFinite(left) ? Math.max(0, left * fraction) : undefined);
  }

  expired(): boolean {
    if (this.passed) return true;
    if ((++this.calls & 255) !== 0) return false;
    return this.check();
  }

  /** Read the clock now (between phases). */
  check(): boolean {
    if (!this.passed && performance.now() > this.end) this.passed = true;
    return this.passed;
  }

  get exceeded(): boolean {
    return this.passed;
  }
}
