import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Set-up hooks run the CLI or launch Chromium; on a loaded two-core machine that can pass 10 s.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
