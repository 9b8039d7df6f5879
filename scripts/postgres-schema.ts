import pg from 'pg';

let counter = 0;

/**
 * A new schema in the PostgreSQL database at `url`, for one test or bench run, and a URL
 * whose connections use it (`search_path`); `drop()` removes it with everything in it.
 */
export async function freshSchema(url: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `${prefix}_${process.pid}_${Date.now()}_${counter++}`;
  await runSql(url, `CREATE SCHEMA ${schema}`);
  const scoped = new URL(url);
  scoped.searchParams.set('options', `-c search_path=${schema}`);
  return { url: scoped.toString(), drop: () => runSql(url, `DROP SCHEMA ${schema} CASCADE`) };
}

/** Run SQL on a connection of its own. */
export async function runSql(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
