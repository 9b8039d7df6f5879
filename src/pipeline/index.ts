import { errorText, makeMessage } from '../core/messages.js';
import { resolveOptions, type ParallaxOptions } from '../core/options.js';
import type { Coverage, Doc, Message, SourceDocument, Statement } from '../core/types.js';
import { findMentions, linkSpeakers, resolveEntities } from '../entities/index.js';
import { findDuplicates } from '../events/index.js';
import { extract, toDoc } from '../extract/index.js';
import { ingest } from '../ingest/index.js';
import { analyzeLanguage } from '../language/index.js';
import { findStatements } from '../statements/index.js';

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

/** Read inputs and run the per-document stages only. Inputs that give no document come back as `failures`. */
export async function readDocuments(
  inputs: string[],
  partial: Partial<ParallaxOptions> = {},
  { progress, stdin }: RunOptions = {},
): Promise<{ docs: Doc[]; failures: Message[] }> {
  const options = resolveOptions(partial);
  const docs: Doc[] = [];
  const failures: Message[] = [];
  const files = { done: 0, total: 0 };
  const onFile = (done: number, total: number) => Object.assign(files, { done, total });
  for await (const item of ingest(inputs, { ...options, stdin, onFile })) {
    if (!item.ok) {
      failures.push(makeMessage('error', 'ingest', item.input, item.error));
      progress?.({ input: item.input, failed: true, files });
      continue;
    }
    try {
      docs.push(analyzeDocument(item.doc, options));
      progress?.({ input: item.doc.input, failed: false, files });
    } catch (err) {
      failures.push(makeMessage('error', 'extract', item.doc.input, errorText(err), { doc: item.doc.id }));
      progress?.({ input: item.doc.input, failed: true, files });
    }
  }
  return { docs, failures };
}
