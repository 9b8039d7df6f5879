import type { Doc, Message } from '../core/types.js';

/** A stored document as `parallax list` shows it: the columns, not the analysis. */
export interface StoredDocument {
  id: string;
  input: string;
  source: string;
  title?: string;
  published?: string;
  language?: string;
  /** When it was stored, ISO 8601. */
  added: string;
  /** The Parallax version that analysed it. */
  parallax: string;
}

/**
 * What became of one document given to `Store.add`:
 * - `added`: stored under `id` (which differs from the document's own id when another
 *   input already holds that id);
 * - `replaced`: the same input was stored before with other content, and is now replaced;
 * - `unchanged`: a document with the same outlet, title and text is stored as `id`.
 */
export interface AddOutcome {
  id: string;
  input: string;
  status: 'added' | 'replaced' | 'unchanged';
}

/**
 * Where analysed documents are kept between runs: SQLite (a file, the default) or
 * PostgreSQL (many writers). Documents are stored after the per-document stages
 * (extract, language and sentences, entity mentions); the event-level stages run again
 * over whichever documents are briefed, because their results depend on the event.
 */
export interface Store {
  /** The store as the user named it, without any password. */
  readonly location: string;
  /** Store documents in one transaction: all of them or, on an error, none. */
  add(docs: Doc[]): Promise<AddOutcome[]>;
  list(): Promise<StoredDocument[]>;
  /** The stored documents (all, or those with these ids), in the order they were added; a damaged row becomes a failure, not an exception. */
  documents(ids?: string[]): Promise<{ docs: Doc[]; failures: Message[] }>;
  /** Remove documents; returns the ids that were there. */
  remove(ids: string[]): Promise<string[]>;
  close(): Promise<void>;
}

/** A store that cannot be opened, read or written; the message names the store. */
export class StoreError extends Error {
  constructor(
    readonly location: string,
    readonly detail: string,
  ) {
    super(`${location}: ${detail}`);
    this.name = 'StoreError';
  }
}
