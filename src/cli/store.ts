import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Doc, Message } from '../core/types.js';
import type { ParallaxOptions } from '../core/options.js';
import { readDocuments, type RunOptions } from '../pipeline/index.js';
import { isEverything, isReversed, openStore, readDay, selectedDocuments, type Selected, type Selection, type Store } from '../store/index.js';
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

/** A day for `--since` and `--until`: 2021-06-16, "16 June 2021", "June 16, 2021". */
function parseDay(value: string): string {
  const day = readDay(value);
  if (!day) throw new InvalidArgumentError('expected a date, such as 2021-06-16');
  return day;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** `--since`, `--until` and `--source`: which stored documents to work on. */
export function addSelectionOptions(command: Command, what = 'stored documents'): Command {
  return command
    .option('--since <date>', `only ${what} published on or after this day (undated ones are left out)`, parseDay)
    .option('--until <date>', `only ${what} published on or before this day (undated ones are left out)`, parseDay)
    .option('--source <outlet>', `only ${what} from this outlet (case ignored; repeat for more)`, collect);
}

export interface SelectionFlags {
  since?: string;
  until?: string;
  source?: string[];
}

export function selectionOf(flags: SelectionFlags): Selection {
  const selection = { since: flags.since, until: flags.until, sources: flags.source };
  if (isReversed(selection)) throw new UsageError(`--since ${flags.since} is after --until ${flags.until}`);
  return selection;
}

/** Say on stderr what a selection left aside that the user may not expect. */
export function reportSelection(location: string, { undated, unknownSources }: Omit<Selected, 'documents'>): void {
  if (undated > 0) process.stderr.write(`parallax: ${location}: ${undated} ${undated === 1 ? 'document has' : 'documents have'} no publication date and ${undated === 1 ? 'was' : 'were'} left out by --since/--until\n`);
  for (const source of unknownSources) process.stderr.write(`parallax: ${location}: no stored document from "${source}"\n`);
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

/** The documents to work on: the inputs' (analysed now) or the store's (as selected), never both. */
export async function inputDocuments(
  inputs: string[],
  flags: SelectionFlags & { store?: string | boolean },
  options: Partial<ParallaxOptions>,
  run: RunOptions,
): Promise<{ docs: Doc[]; failures: Message[] }> {
  const selection = selectionOf(flags);
  if (flags.store === undefined || flags.store === false) {
    if (inputs.length === 0) throw new UsageError('missing inputs (files, directories, globs or -), or --store to read stored documents');
    if (!isEverything(selection)) throw new UsageError('--since, --until and --source select stored documents: use them with --store');
    return readDocuments(inputs, options, run);
  }
  if (inputs.length > 0) throw new UsageError('give inputs or --store, not both (parallax add stores inputs first)');
  const location = flags.store === true ? defaultStore() : flags.store;
  const { docs, failures, ...aside } = await withStore(location, false, (s) => selectedDocuments(s, selection));
  reportSelection(location, aside);
  return { docs, failures };
}
