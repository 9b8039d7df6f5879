import pg from 'pg';

/**
 * The PostgreSQL server for the store's integration tests: PARALLAX_TEST_POSTGRES, a URL
 * (scripts/start-test-postgres.sh starts one and prints it). `.ci/run` sets it and
 * PARALLAX_REQUIRE_POSTGRES=1, so CI cannot skip these tests.
 */
export const postgresUrl = process.env.PARALLAX_TEST_POSTGRES;
if (!postgresUrl && process.env.PARALLAX_REQUIRE_POSTGRES) throw new Error('PARALLAX_TEST_POSTGRES is not set');
if (!postgresUrl) console.warn('PostgreSQL tests skipped: set PARALLAX_TEST_POSTGRES (scripts/start-test-postgres.sh)');

let counter = 0;

/** A schema of its own for one test, and a URL whose connections use it. */
export async function freshSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `parallax_test_${process.pid}_${Date.now()}_${counter++}`;
  await withClient((c) => c.query(`CREATE SCHEMA ${schema}`));
  const url = new URL(postgresUrl!);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), drop: () => withClient((c) => c.query(`DROP SCHEMA ${schema} CASCADE`)).then(() => {}) };
}

export async function withClient<T>(fn: (client: pg.Client) => Promise<T>, url = postgresUrl!): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
