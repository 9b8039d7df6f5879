import { Option } from 'commander';
import type { Doc, Message } from '../core/types.js';
import type { ParallaxOptions } from '../core/options.js';
import { readDocuments, type RunOptions } from '../pipeline/index.js';
import { openStore, type Store } from '../store/index.js';
import { UsageError } from './output.js';

/** The store `add`, `list` and `remove` use when none is named: $PARALLAX_STORE, else this file. */
export const DEFAULT_STORE = 'parallax.db';

export function defaultStore(): string {
  return process.env.PARALLAX_STORE || DEFAULT_STORE;
}

/** `-s, --store <location>` for the commands that work on a store. */
export function storeOption(): Option {
  return new Option('-s, --store <location>', `SQLite file or postgres:// URL (default: $PARALLAX_STORE, else ${DEFAULT_STORE})`);
}

/** `--store [location]` for `brief` and `events`: read the stored documents instead of inputs. */
export function readStoreOption(): Option {
  return new Option('-s, --store [location]', `read the documents kept by \`parallax add\` instead of inputs (SQLite file or postgres:// URL; default: $PARALLAX_STORE, else ${DEFAULT_STORE})`);
}

/** Open the store, run `fn`, and close the store whatever happens. */
export async function withStore<T>(location: string, create: boolean, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location, { create });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The documents to work on: the inputs' (analysed now) or the store's, never both. */
export async function inputDocuments(
  inputs: string[],
  store: string | boolean | undefined,
  options: Partial<ParallaxOptions>,
  run: RunOptions,
): Promise<{ docs: Doc[]; failures: Message[] }> {
  if (store === undefined || store === false) {
    if (inputs.length === 0) throw new UsageError('missing inputs (files, directories, globs or -), or --store to read stored documents');
    return readDocuments(inputs, options, run);
  }
  if (inputs.length > 0) throw new UsageError('give inputs or --store, not both (parallax add stores inputs first)');
  return withStore(store === true ? defaultStore() : store, false, (s) => s.documents());
}
