import { createRequire } from 'node:module';
import { makeMessage } from '../core/messages.js';
import type { Doc, Message } from '../core/types.js';
import { contentHash, fromAnalysis, toRow } from './rows.js';
import { CREATE_TABLES, ID_BATCH, SQL, STORE_FORMAT } from './schema.js';
import { StoreError, type AddOutcome, type Store, type StoredDocument } from './types.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The little a backend must do: run SQL (written with `$n` placeholders) and transactions. */
export interface SqlBackend {
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  /** Run `fn` in a transaction that excludes other writers, committing if it returns. */
  transaction<T>(fn: () => Promise<T>): Promise<T>;
  hasTable(name: string): Promise<boolean>;
  close(): Promise<void>;
}

type Row = Record<string, string | null>;
type AnalysisRow = { id: string; analysis: string };

/** The store's behaviour, the same over SQLite and PostgreSQL. */
export class SqlStore implements Store {
  /** Calls on one store run one at a time: one connection cannot hold two transactions. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly location: string,
    private readonly db: SqlBackend,
  ) {}

  /** Open a store, creating its tables when `create` is set; refuse a store of another format. */
  static async open(location: string, db: SqlBackend, create: boolean): Promise<SqlStore> {
    try {
      if (create) {
        await db.transaction(async () => {
          for (const sql of CREATE_TABLES) await db.run(sql);
          await db.run(SQL.setFormat, [STORE_FORMAT]);
        });
      } else if (!(await db.hasTable('parallax_documents'))) {
        throw new StoreError(location, 'no Parallax store here (parallax add creates one)');
      }
      const [format] = await db.all<{ value: string }>(SQL.format);
      if (format?.value !== STORE_FORMAT) {
        throw new StoreError(location, `store format ${format?.value ?? 'unknown'}, but this Parallax reads format ${STORE_FORMAT}; add the documents to a new store`);
      }
      return new SqlStore(location, db);
    } catch (err) {
      await db.close().catch(() => {});
      throw asStoreError(location, err);
    }
  }

  add(docs: Doc[]): Promise<AddOutcome[]> {
    const added = new Date().toISOString();
    return this.guard(() =>
      this.db.transaction(async () => {
        const outcomes: AddOutcome[] = [];
        for (const doc of docs) outcomes.push(await this.addOne(doc, added));
        return outcomes;
      }),
    );
  }

  /**
   * Same content stored already: unchanged. The document's id free: added. Its id held by
   * the same input: replaced. Held by another input: added under the first free `id-N`.
   */
  private async addOne(doc: Doc, added: string): Promise<AddOutcome> {
    const hash = contentHash(doc);
    const row = toRow(doc, doc.id, hash, added, version);
    const [same] = await this.db.all<{ id: string }>(SQL.byHash, [hash]);
    if (same) return { id: same.id, input: doc.input, status: 'unchanged' };
    const [holder] = await this.db.all<{ input: string }>(SQL.inputOf, [doc.id]);
    if (!holder) {
      await this.db.run(SQL.insert, row);
      return { id: doc.id, input: doc.input, status: 'added' };
    }
    if (holder.input === doc.input) {
      await this.db.run(SQL.replace, row);
      return { id: doc.id, input: doc.input, status: 'replaced' };
    }
    const id = await this.freeId(doc.id);
    await this.db.run(SQL.insert, toRow(doc, id, hash, added, version));
    return { id, input: doc.input, status: 'added' };
  }

  private async freeId(base: string): Promise<string> {
    for (let n = 2; ; n++) {
      const id = `${base}-${n}`;
      if ((await this.db.all(SQL.inputOf, [id])).length === 0) return id;
    }
  }

  list(): Promise<StoredDocument[]> {
    return this.guard(async () =>
      (await this.db.all<Row>(SQL.list)).map((r) => ({
        id: r.id!,
        input: r.input!,
        source: r.source!,
        ...(r.title !== null && { title: r.title }),
        ...(r.published !== null && { published: r.published }),
        ...(r.language !== null && { language: r.language }),
        added: r.added!,
        parallax: r.parallax!,
      })),
    );
  }

  documents(ids?: string[]): Promise<{ docs: Doc[]; failures: Message[] }> {
    return this.guard(async () => {
      const rows = ids === undefined ? await this.db.all<AnalysisRow>(SQL.all) : await this.byIds(ids);
      const docs: Doc[] = [];
      const failures: Message[] = [];
      for (const row of rows) {
        const doc = fromAnalysis(row.analysis);
        if (typeof doc === 'string') failures.push(makeMessage('error', 'ingest', `${this.location}#${row.id}`, doc, { doc: row.id }));
        else docs.push(doc);
      }
      return { docs, failures };
    });
  }

  /** The rows of these ids, in the order they were added. */
  private async byIds(ids: string[]): Promise<AnalysisRow[]> {
    const rows = new Map<string, AnalysisRow & { seq: number | string }>();
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      const batch = ids.slice(i, i + ID_BATCH);
      const params = Array.from({ length: ID_BATCH }, (_, k) => batch[Math.min(k, batch.length - 1)]);
      for (const row of await this.db.all<AnalysisRow & { seq: number | string }>(SQL.some, params)) rows.set(row.id, row);
    }
    // PostgreSQL gives a BIGINT as a string.
    return [...rows.values()].sort((a, b) => Number(a.seq) - Number(b.seq));
  }

  remove(ids: string[]): Promise<string[]> {
    return this.guard(() =>
      this.db.transaction(async () => {
        const removed: string[] = [];
        for (const id of ids) removed.push(...(await this.db.all<{ id: string }>(SQL.remove, [id])).map((r) => r.id));
        return removed;
      }),
    );
  }

  close(): Promise<void> {
    return this.guard(() => this.db.close());
  }

  /** Run after the calls before it, and report any failure as a StoreError naming the store. */
  private guard<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn).catch((err: unknown) => {
      throw asStoreError(this.location, err);
    });
    this.queue = run.catch(() => {});
    return run;
  }
}

function asStoreError(location: string, err: unknown): StoreError {
  if (err instanceof StoreError) return err;
  return new StoreError(location, err instanceof Error ? err.message : String(err));
}
