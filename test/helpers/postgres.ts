import { freshSchema as schemaIn } from '../../scripts/postgres-schema.js';

export { runSql } from '../../scripts/postgres-schema.js';

/**
 * The PostgreSQL server for the store's integration tests: PARALLAX_TEST_POSTGRES, a URL
 * (scripts/start-test-postgres.sh starts one and prints it). `.ci/run` sets it and
 * PARALLAX_REQUIRE_POSTGRES=1, so CI cannot skip these tests.
 */
export const postgresUrl = process.env.PARALLAX_TEST_POSTGRES;
if (!postgresUrl && process.env.PARALLAX_REQUIRE_POSTGRES) throw new Error('PARALLAX_TEST_POSTGRES is not set');
if (!postgresUrl) console.warn('PostgreSQL tests skipped: set PARALLAX_TEST_POSTGRES (scripts/start-test-postgres.sh)');

/** A schema of its own for one test, and a URL whose connections use it. */
export function freshSchema(): Promise<{ url: string; drop(): Promise<void> }> {
  return schemaIn(postgresUrl!, 'parallax_test');
}
