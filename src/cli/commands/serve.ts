import { InvalidArgumentError, type Command } from 'commander';
import { openStore } from '../../store/index.js';
import { EXIT } from '../output.js';
import { defaultStore, storeOption } from '../store.js';
import { parseThreshold } from './events.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 picks a free one)');
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve a store as a web app (its events and their briefings) and a JSON API, until interrupted')
    .addOption(storeOption())
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--threshold <x>', 'how alike documents must be to be one event, as for `parallax events`', parseThreshold)
    .action(async (opts: { store?: string; port: number; host: string; threshold?: number }) => {
      // The server's modules load only for this command.
      const [{ serve }, { createApp }] = await Promise.all([import('@hono/node-server'), import('../../server/index.js')]);
      const store = await openStore(opts.store ?? defaultStore(), { create: true });
      const app = createApp(store, { threshold: opts.threshold });
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          process.stdout.write(`Parallax serving ${store.location} at http://${host}:${info.port}/\n`);
        });
        const stop = () => server.close(() => void store.close().finally(resolve));
        server.on('error', (err: NodeJS.ErrnoException) => {
          process.stderr.write(`parallax: cannot listen on ${opts.host}:${opts.port}: ${err.code ?? err.message}\n`);
          process.exitCode = EXIT.usage;
          void store.close().finally(resolve);
        });
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
