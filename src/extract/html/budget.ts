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
