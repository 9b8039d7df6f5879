import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The shared seeds and benchmark data live next to the repository (`../shared`), or
 * where PARALLAX_SHARED points. Tests that read them are skipped, loudly, when they are
 * not there, unless PARALLAX_REQUIRE_SHARED is set.
 */
export const sharedDir = process.env.PARALLAX_SHARED ?? fileURLToPath(new URL('../../../shared', import.meta.url));
export const seedsDir = join(sharedDir, 'seeds');
export const hasSeeds = existsSync(seedsDir);

if (!hasSeeds) {
  if (process.env.PARALLAX_REQUIRE_SHARED) throw new Error(`seed captures not found at ${seedsDir}`);
  console.warn(`tests on the seed captures skipped: no ${seedsDir} (set PARALLAX_SHARED)`);
}
