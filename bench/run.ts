/**
 * `npm run bench -- <suite> [options]`: score one suite against the shared data
 * (`../shared/data`, see its README for the metrics). Suites: the folders beside this file.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../scripts/run-suite.js';

await runSuite('bench', dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
