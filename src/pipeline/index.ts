import { errorText, makeMessage } from '../core/messages.js';
import { resolveOptions, type ParallaxOptions } from '../core/options.js';
import type { Coverage, Doc, Message, SourceDocument, Statement } from '../core/types.js';
import { findMentions, linkSpeakers, resolveEntities } from '../entities/index.js';
import { findDuplicates } from '../events/index.js';
import { extract, toDoc } from '../extract/index.js';
import { ingest, type IngestItem } from '../ingest/index.js';
import { analyzeLanguage } from '../language/index.js';
import { findStatements } from '../statements/index.js';
import { StoreError, type AddOutcome, type Store } from '../store/index.js';

export interface Progress {
  /**
   * Called after each document (or failed input) is read and analysed; `failed` is true
   * when it gave no document. `files` counts the input files read to the end so far.
   */
  (event: { input: string; failed: boolean; files: { done: number; total: number } }): void;
}

/** Per-document stages: extract → language/sentences → entity mentions. */
export function analyzeDocument(source: SourceDocument, options: ParallaxOptions): Doc {
  const doc = toDoc(source, extract(source, options));
  if (!doc.text.trim()) throw new Error('no article text found');
  analyzeLanguage(doc, options);
  doc.mentions = findMentions(doc);
  return doc;
}

/**
 * Event-level stages over documents already analysed one by one: canonical entities,
 * statements with linked speakers, duplicate groups. Claims and the briefing follow.
 */
export function analyzeEvent(docs: Doc[], failures: Message[] = []): Coverage {
  const entities = resolveEntities(docs);
  for (const doc of docs) doc.statements = statementsOf(doc);
  linkSpeakers(docs, entities);
  return {
    docs,
    entities,
    claims: [],
    duplicates: findDuplicates(docs),
    messages: [...failures, ...docs.flatMap((d) => d.messages)],
  };
}

/** One document's statements; a failure there costs that document its statements, not the batch. */
function statementsOf(doc: Doc): Statement[] {
  try {
    return findStatements(doc);
  } catch (err) {
    doc.messages.push(makeMessage('error', 'statements', doc.input, errorText(err), { doc: doc.id }));
    return [];
  }
}

export interface RunOptions {
  progress?: Progress;
  /** Where `-` reads from; process.stdin by default. */
  stdin?: () => Promise<Buffer>;
}

/** Read inputs and run every stage up to the event level. Bad inputs become messages; the rest goes on. */
export async function analyzeInputs(inputs: string[], partial: Partial<ParallaxOptions> = {}, run: RunOptions = {}): Promise<Coverage> {
  const { docs, failures } = await readDocuments(inputs, partial, run);
  return analyzeEvent(docs, failures);
}

/** One analysed document, or a message saying why an input gave none. */
export type AnalyzedItem = { ok: true; doc: Doc } | { ok: false; failure: Message };

/**
 * Read inputs and run the per-document stages, yielding each document as it is done, so
 * that a caller can store or count them without holding the batch.
 */
export async function* analyzeDocuments(
  inputs: string[],
  partial: Partial<ParallaxOptions> = {},
  { progress, stdin }: RunOptions = {},
): AsyncGenerator<AnalyzedItem> {
  const options = resolveOptions(partial);
  const files = { done: 0, total: 0 };
  const onFile = (done: number, total: number) => Object.assign(files, { done, total });
  for await (const item of ingest(inputs, { ...options, stdin, onFile })) {
    const result = analyzeItem(item, options);
    progress?.({ input: item.ok ? item.doc.input : item.input, failed: !result.ok, files });
    yield result;
  }
}

/** One ingested item through the per-document stages, or the message saying why it gave no document. */
export function analyzeItem(item: IngestItem, options: ParallaxOptions): AnalyzedItem {
  if (!item.ok) return { ok: false, failure: makeMessage('error', 'ingest', item.input, item.error) };
  try {
    return { ok: true, doc: analyzeDocument(item.doc, options) };
  } catch (err) {
    return { ok: false, failure: makeMessage('error', 'extract', item.doc.input, errorText(err), { doc: item.doc.id }) };
  }
}

/** Read inputs and run the per-document stages only. Inputs that give no document come back as `failures`. */
export async function readDocuments(
  inputs: string[],
  partial: Partial<ParallaxOptions> = {},
  run: RunOptions = {},
): Promise<{ docs: Doc[]; failures: Message[] }> {
  const docs: Doc[] = [];
  const failures: Message[] = [];
  for await (const item of analyzeDocuments(inputs, partial, run)) {
    if (item.ok) docs.push(item.doc);
    else failures.push(item.failure);
  }
  return { docs, failures };
}

/** Documents committed to the store at a time: a failure later in the batch keeps what came before. */
const STORE_CHUNK = 50;

/**
 * Read inputs, run the per-document stages and keep the documents in `store`, committing
 * as it goes. Inputs that give no document come back as `failures`; a store that fails
 * to write stops the batch with its `StoreError`, after the chunks already committed.
 */
export async function storeDocuments(
  store: Store,
  inputs: string[],
  partial: Partial<ParallaxOptions> = {},
  run: RunOptions = {},
): Promise<{ outcomes: AddOutcome[]; failures: Message[] }> {
  const outcomes: AddOutcome[] = [];
  const failures: Message[] = [];
  let pending: Doc[] = [];
  const flush = async () => {
    try {
      if (pending.length) outcomes.push(...(await store.add(pending)));
    } catch (err) {
      if (!(err instanceof StoreError) || outcomes.length === 0) throw err;
      throw new StoreError(err.location, `${err.detail} (the ${outcomes.length} documents before stay stored)`);
    }
    pending = [];
  };
  for await (const item of analyzeDocuments(inputs, partial, run)) {
    if (!item.ok) failures.push(item.failure);
    else if (pending.push(item.doc) >= STORE_CHUNK) await flush();
  }
  await flush();
  return { outcomes, failures };
}
