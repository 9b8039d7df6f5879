import { SqlStore, type SqlBackend } from './sql-store.js';
import { isEverything, select, type Selected, type Selection } from './selection.js';
import { StoreError, type Store } from './types.js';

export { StoreError, type AddOutcome, type Store, type StoredDocument } from './types.js';
export { isEverything, isReversed, readDay, select, type Selected, type Selection } from './selection.js';

function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

/**
 * Open the store at `location`: a `postgres://` URL, or else a SQLite file's path.
 * With `create`, a missing store is made (tables included); without it, a missing store
 * is an error. Every failure is a `StoreError` that names the store.
 */
export async function openStore(location: string, { create = false }: { create?: boolean } = {}): Promise<Store> {
  // Each backend's driver loads when a store of its kind is opened, not with every command.
  const postgres = isPostgresUrl(location) ? await import('./postgres.js') : undefined;
  const name = postgres ? postgres.printableUrl(location) : location;
  let backend: SqlBackend;
  try {
    backend = postgres ? await postgres.openPostgres(location) : (await import('./sqlite.js')).openSqlite(location, create);
  } catch (err) {
    throw err instanceof StoreError ? err : new StoreError(name, err instanceof Error ? err.message : String(err));
  }
  return SqlStore.open(name, backend, create);
}

/** The stored documents a selection takes, read back, with what the selection left aside. */
export async function selectedDocuments(store: Store, selection: Selection): Promise<Awaited<ReturnType<Store['documents']>> & Omit<Selected, 'documents'>> {
  if (isEverything(selection)) return { ...(await store.documents()), undated: 0, unknownSources: [] };
  const { documents, ...aside } = select(await store.list(), selection);
  return { ...(await store.documents(documents.map((d) => d.id))), ...aside };
}

