import pg from 'pg';
import type { SqlBackend } from './sql-store.js';

/** One advisory lock for every writer of a store, so that adds from many processes never interleave. */
const WRITE_LOCK = 0x70617278; // "parx"
const CONNECT_TIMEOUT_MS = 10_000;

/** The URL as it may be printed: without its password. */
export function printableUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/** A PostgreSQL database as a store backend (node-postgres). */
export async function openPostgres(url: string): Promise<SqlBackend> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, application_name: 'parallax' });
  // A connection lost while idle must not kill the process; the next query reports it.
  client.on('error', () => {});
  await client.connect();
  let open = true;
  return {
    async all<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async run(sql, params = []) {
      await client.query(sql, params);
    },
    async transaction(fn) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [WRITE_LOCK]);
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      }
    },
    async hasTable(name) {
      const { rows } = await client.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [name]);
      return rows[0]?.present === true;
    },
    async close() {
      if (!open) return;
      open = false;
      await client.end();
    },
  };
}
