/**
 * The store's tables, in SQL that SQLite and PostgreSQL both read. Placeholders are
 * written `$1`, `$2`, … (PostgreSQL's form); the SQLite backend turns them into `?1`, `?2`.
 */

/** Bumped when the stored analysis changes shape; a store of another format is refused. */
export const STORE_FORMAT = '1';

export const CREATE_TABLES = [
  `CREATE TABLE IF NOT EXISTS parallax_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS parallax_documents (
    id TEXT PRIMARY KEY,
    seq BIGINT NOT NULL,
    input TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT,
    published TEXT,
    language TEXT,
    hash TEXT NOT NULL,
    added TEXT NOT NULL,
    parallax TEXT NOT NULL,
    analysis TEXT NOT NULL
  )`,
  `CREATE INDEX IF NOT EXISTS parallax_documents_hash ON parallax_documents (hash)`,
];

export const ID_BATCH = 100;

/**
 * `seq` keeps the order documents were added in (a replaced document keeps its place), so
 * that a store lists, groups and briefs its documents in the order the inputs gave them.
 * Writers hold the store's write lock, so MAX(seq) + 1 is never taken twice.
 */
export const SQL = {
  setFormat: `INSERT INTO parallax_meta (key, value) VALUES ('format', $1) ON CONFLICT (key) DO NOTHING`,
  format: `SELECT value FROM parallax_meta WHERE key = 'format'`,
  byHash: `SELECT id FROM parallax_documents WHERE hash = $1 LIMIT 1`,
  inputOf: `SELECT input FROM parallax_documents WHERE id = $1`,
  insert: `INSERT INTO parallax_documents (id, input, source, title, published, language, hash, added, parallax, analysis, seq)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT COALESCE(MAX(seq), 0) + 1 FROM parallax_documents))`,
  replace: `UPDATE parallax_documents SET source = $3, title = $4, published = $5, language = $6, hash = $7,
    added = $8, parallax = $9, analysis = $10 WHERE id = $1 AND input = $2`,
  list: `SELECT id, input, source, title, published, language, added, parallax FROM parallax_documents ORDER BY seq`,
  all: `SELECT id, analysis FROM parallax_documents ORDER BY seq`,
  /** `ID_BATCH` ids at a time (a shorter batch repeats its last id), so that one statement serves every batch. */
  some: `SELECT id, seq, analysis FROM parallax_documents WHERE id IN (${Array.from({ length: ID_BATCH }, (_, i) => `$${i + 1}`).join(', ')})`,
  remove: `DELETE FROM parallax_documents WHERE id = $1 RETURNING id`,
} as const;
