import type { Progress } from '../pipeline/index.js';

/**
 * A one-line progress counter on stderr, only when both stdout and stderr are terminals
 * (so piped or redirected output stays clean).
 */
export function terminalProgress(label: string): { progress?: Progress; done(): void } {
  if (!process.stdout.isTTY || !process.stderr.isTTY) return { done() {} };
  let seen = 0;
  let failed = 0;
  const width = () => Math.max(20, (process.stderr.columns ?? 80) - 1);
  return {
    progress({ input, failed: f }) {
      seen++;
      if (f) failed++;
      const line = `${label}: ${seen} input${seen === 1 ? '' : 's'}${failed ? `, ${failed} failed` : ''} · ${input}`;
      process.stderr.write(`\r${line.slice(0, width()).padEnd(width())}`);
    },
    done() {
      if (seen) process.stderr.write(`\r${' '.repeat(width())}\r`);
    },
  };
}
