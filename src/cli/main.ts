#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { registerBrief } from './commands/brief.js';
import { registerEvents } from './commands/events.js';
import { registerExtract } from './commands/extract.js';
import { registerStatements } from './commands/statements.js';
import { registerServe } from './commands/serve.js';
import { registerStore } from './commands/store.js';
import { StoreError } from '../store/index.js';
import { EXIT, UsageError } from './output.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

const program = new Command()
  .name('parallax')
  .description('Turn raw news coverage of one event into a sourced briefing.')
  .version(version)
  .showHelpAfterError()
  .exitOverride();

registerBrief(program);
registerEvents(program);
registerExtract(program);
registerStatements(program);
registerStore(program);
registerServe(program);

// A reader that stops early (`parallax extract … | head`) closes the pipe: stop quietly,
// as Unix tools do, instead of dying on an unhandled write error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(EXIT.ok);
});

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    // --help and --version exit through here with code 0.
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (err instanceof StoreError) {
    process.stderr.write(`parallax: ${err.message}\n`);
    process.exitCode = EXIT.store;
  } else if (err instanceof UsageError) {
    process.stderr.write(`parallax: ${err.message}\n`);
    process.exitCode = EXIT.usage;
  } else {
    process.stderr.write(`parallax: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70; // EX_SOFTWARE: a bug, not bad input
  }
}
