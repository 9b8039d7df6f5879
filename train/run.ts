/**
 * `npm run train -- <suite> [options]`: train one suite's models on the shared data's
 * train split and write them under `data/models/`. Suites: the folders beside this file.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSuite } from '../scripts/run-suite.js';

await runSuite('train', dirname(fileURLToPath(import.meta.url)), process.argv.slice(2));
