/**
 * The dispatcher behind `npm run bench -- <suite>` and `npm run train -- <suite>`: each
 * suite is a module `<dir>/<suite>/index.ts` exporting `run(args: string[]): Promise<void>`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export async function runSuite(command: string, dir: string, argv: string[]): Promise<void> {
  const [suite, ...args] = argv;
  const suites = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'index.ts')))
    .map((e) => e.name);
  if (!suite || suite === '--help' || suite === '-h') {
    console.log(`usage: npm run ${command} -- <suite> [options]\nsuites: ${suites.join(', ')}`);
    process.exit(suite ? 0 : 2);
  }
  if (!suites.includes(suite)) {
    console.error(`${command}: unknown suite "${suite}" (expected ${suites.join(', ')})`);
    process.exit(2);
  }
  const mod = (await import(join(dir, suite, 'index.ts'))) as { run(args: string[]): Promise<void> };
  await mod.run(args);
}
