import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { SqlBackend } from './sql-store.js';
import { StoreError } from './types.js';

/** How long a writer waits for another process's write to finish before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/** A SQLite file as a store backend (better-sqlite3). `:memory:` keeps it in memory. */
export function openSqlite(path: string, create: boolean): SqlBackend {
  if (!create && path !== ':memory:' && !existsSync(path)) throw new StoreError(path, 'no such store (parallax add creates one)');
  const db = new Database(path, { fileMustExist: !create, timeout: BUSY_TIMEOUT_MS });
  try {
    // Readers go on while a writer commits; the first statement also proves the file is a database.
    db.pragma('journal_mode = WAL');
  } catch (err) {
    db.close();
    throw err;
  }
  const statements = new Map<string, { stmt: Database.Statement; order: number[] }>();
  // `$n` placeholders become positional `?`, with the parameters put in the order they appear.
  const bind = (sql: string, params: unknown[]) => {
    let entry = statements.get(sql);
    if (!entry) {
      const order = [...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1]) - 1);
      statements.set(sql, (entry = { stmt: db.prepare(sql.replace(/\$\d+/g, '?')), order }));
    }
    return { stmt: entry.stmt, values: entry.order.map((i) => params[i]) };
  };
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      const { stmt, values } = bind(sql, params);
      return stmt.all(...values) as T[];
    },
    async run(sql, params = []) {
      const { stmt, values } = bind(sql, params);
      stmt.run(...values);
    },
    async transaction(fn) {
      // IMMEDIATE takes the write lock at the start, so two writers never both read an id as free.
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn();
        db.exec('COMMIT');
        return result;
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
    async hasTable(name) {
      const { stmt, values } = bind(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = $1`, [name]);
      return stmt.all(...values).length > 0;
    },
    async close() {
      if (db.open) db.close();
    },
  };
}
