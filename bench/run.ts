/**
 * `npm run bench -- <suite> [options]`: score one suite against the shared data
 * (`../shared/data`, see its README for the metrics). Each suite is a module in
 * `bench/<suite>/index.ts` exporting `run(args: string[]): Promise<void>`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [suite, ...args] = process.argv.slice(2);

if (!suite || suite === '--help' || suite === '-h') {
  console.log('usage: npm run bench -- <suite> [options]\nsuites: extract, statements, briefing');
  process.exit(suite ? 0 : 2);
}
const entry = join(here, suite, 'index.ts');
if (!existsSync(entry)) {
  console.error(`bench: unknown suite "${suite}"`);
  process.exit(2);
}
const mod = (await import(entry)) as { run(args: string[]): Promise<void> };
await mod.run(args);
