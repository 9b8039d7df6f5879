import { InvalidArgumentError, type Command } from 'commander';
import { openStore } from '../../store/index.js';
import { EXIT, UsageError } from '../output.js';
import { defaultStore, storeOption } from '../store.js';
import { parseThreshold } from './events.js';

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number (0 picks a free one)');
  return n;
}

/** Whether `host` is an address of this machine only. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve a store as a web app (its events and their briefings) and a JSON API, until interrupted')
    .addOption(storeOption())
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', port, 8080)
    .option('--host <host>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .option('--threshold <x>', 'how alike documents must be to be one event, as for `parallax events`', parseThreshold)
    .option('--no-token', 'serve a network without $PARALLAX_TOKEN, on purpose (behind a proxy that authenticates)')
    .addHelpText(
      'after',
      '\nWith $PARALLAX_TOKEN set, every request needs it: `Authorization: Bearer <token>`, or as the\npassword a browser asks for. Listening beyond this machine (--host 0.0.0.0) needs a token,\nunless --no-token says otherwise. On 127.0.0.1 the server answers to localhost names only,\nand refuses changes sent by pages of other sites.',
    )
    .action(async (opts: { store?: string; port: number; host: string; threshold?: number; token: boolean }) => {
      const token = process.env.PARALLAX_TOKEN || undefined;
      const loopback = isLoopback(opts.host);
      if (!loopback && !token && opts.token) {
        throw new UsageError(`listening on ${opts.host} lets anyone who can reach it read and change the store: set $PARALLAX_TOKEN, or pass --no-token`);
      }
      // The server's modules load only for this command.
      const [{ serve }, { createApp, LOOPBACK_HOSTS }] = await Promise.all([import('@hono/node-server'), import('../../server/index.js')]);
      const store = await openStore(opts.store ?? defaultStore(), { create: true });
      const app = createApp(store, { threshold: opts.threshold, access: { token: opts.token ? token : undefined, hosts: loopback ? LOOPBACK_HOSTS : undefined } });
      await new Promise<void>((resolve) => {
        const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
          const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
          const guarded = opts.token && token ? ' (token required)' : '';
          process.stdout.write(`Parallax serving ${store.location} at http://${host}:${info.port}/${guarded}\n`);
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
