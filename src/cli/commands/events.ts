import { InvalidArgumentError, type Command } from 'commander';
import type { Doc } from '../../core/types.js';
import { EVENT_GROUPING, groupEvents, type EventGroup } from '../../events/index.js';
import { readDocuments } from '../../pipeline/index.js';
import { escapeMarkdown } from '../../render/markdown.js';
import { EXIT, UsageError, emit, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';

const FORMATS = ['md', 'json', 'jsonl'] as const;

export function threshold(value: string): number {
  const x = Number(value);
  if (!(x > 0 && x < 1)) throw new InvalidArgumentError('expected a number between 0 and 1');
  return x;
}

/** The events of the inputs, or a usage error where there are too many documents to group at once. */
export function eventsOf(docs: Doc[], threshold: number | undefined): EventGroup[] {
  if (docs.length > EVENT_GROUPING.maxDocuments) {
    throw new UsageError(`${docs.length} documents are too many to group into events at once (at most ${EVENT_GROUPING.maxDocuments}); split the inputs`);
  }
  return groupEvents(docs, { threshold });
}

/** A document's line in an event listing: what it is, where it came from. */
function documentRecord(doc: Doc) {
  return { id: doc.id, input: doc.input, title: doc.title, source: doc.source, published: doc.published };
}

/** The event's name: its most central document's title, else that document's first sentence. */
export function eventTitle(event: EventGroup, docs: Map<string, Doc>): string {
  const doc = docs.get(event.representative)!;
  const first = doc.sentences[0];
  return (doc.title ?? (first ? doc.text.slice(first.start, first.end) : doc.id)).replace(/\s+/g, ' ').trim();
}

function markdown(records: ReturnType<typeof eventRecord>[], total: number): string {
  const head = `# ${records.length} ${records.length === 1 ? 'event' : 'events'} in ${total} ${total === 1 ? 'document' : 'documents'}`;
  const blocks = records.map((e) => {
    const lines = e.documents.map((d) => `- ${escapeMarkdown(d.id)}${d.title ? ` — ${escapeMarkdown(d.title.replace(/\s+/g, ' '))}` : ''} _(${escapeMarkdown(d.input)})_`);
    return `## ${e.id}: ${escapeMarkdown(e.title)}\n\n${lines.join('\n')}`;
  });
  return [head, ...blocks].join('\n\n');
}

function eventRecord(event: EventGroup, docs: Map<string, Doc>) {
  return { id: event.id, title: eventTitle(event, docs), representative: event.representative, documents: event.docs.map((id) => documentRecord(docs.get(id)!)) };
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('Group the inputs into the events they cover; `parallax brief --event ID` then briefs one of them')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, .warc, feeds, optionally .gz)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--threshold <x>', `how alike (0 to 1) documents must be on average to be one event`, threshold, EVENT_GROUPING.threshold)
    .option('--language <code>', 'treat every document as this language (ISO 639-1) instead of detecting it')
    .action(async (inputs: string[], opts: { format: string; output?: string; threshold: number; language?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const bar = terminalProgress('events');
      const { docs, failures } = await readDocuments(inputs, { language: opts.language }, { progress: bar.progress });
      bar.done();
      reportMessages([...failures, ...docs.flatMap((d) => d.messages)]);
      if (docs.length === 0) {
        process.exitCode = EXIT.noUsableInput;
        return;
      }
      const byId = new Map(docs.map((d) => [d.id, d]));
      const records = eventsOf(docs, opts.threshold).map((e) => eventRecord(e, byId));
      const out =
        format === 'json'
          ? JSON.stringify({ schema: 'parallax/events@1', events: records }, null, 2)
          : format === 'jsonl'
            ? records.map((r) => JSON.stringify(r)).join('\n')
            : markdown(records, docs.length);
      await emit(out, opts.output);
      process.exitCode = EXIT.ok;
    });
}
