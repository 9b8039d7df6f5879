import type { Progress } from '../pipeline/index.js';

const BAR_WIDTH = 24;

/**
 * A progress bar on stderr (files read of files found, documents, failures, the current
 * input), only when both stdout and stderr are terminals, so that piped or redirected
 * output stays clean.
 */
export function terminalProgress(label: string): { progress?: Progress; done(): void } {
  if (!process.stdout.isTTY || !process.stderr.isTTY) return { done() {} };
  let docs = 0;
  let failed = 0;
  const width = () => Math.max(20, (process.stderr.columns || 80) - 1);
  return {
    progress({ input, failed: f, files }) {
      if (f) failed++;
      else docs++;
      // The file being read counts as half done.
      const share = files.total ? Math.min(1, (files.done + 0.5) / files.total) : 0;
      const filled = Math.round(share * BAR_WIDTH);
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
      const counts = `${files.done}/${files.total || '?'} files · ${docs} docs${failed ? ` · ${failed} failed` : ''}`;
      process.stderr.write(`\r${`${label} ${bar} ${counts} · ${input}`.slice(0, width()).padEnd(width())}`);
    },
    done() {
      if (docs + failed) process.stderr.write(`\r${' '.repeat(width())}\r`);
    },
  };
}
