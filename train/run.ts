/**
 * `npm run train -- <suite> [options]`: train one suite's models on the shared data's
 * train split and write them under `data/models/`. Each suite is a module in
 * `train/<suite>/index.ts` exporting `run(args: string[]): Promise<void>`.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const [suite, ...args] = process.argv.slice(2);

if (!suite || suite === '--help' || suite === '-h') {
  console.log('usage: npm run train -- <suite> [options]\nsuites: statements');
  process.exit(suite ? 0 : 2);
}
const entry = join(here, suite, 'index.ts');
if (!existsSync(entry)) {
  console.error(`train: unknown suite "${suite}"`);
  process.exit(2);
}
const mod = (await import(entry)) as { run(args: string[]): Promise<void> };
await mod.run(args);
