import { InvalidArgumentError, type Command } from 'commander';
import type { Doc } from '../../core/types.js';
import { EVENT_GROUPING, eventsReport, groupEvents, type EventGroup, type EventsJson } from '../../events/index.js';
import { escapeMarkdown } from '../../render/markdown.js';
import { EXIT, UsageError, emit, jsonOutput, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';
import { addSelectionOptions, inputDocuments, readStoreOption, type SelectionFlags } from '../store.js';

const FORMATS = ['md', 'json', 'jsonl'] as const;

export function parseThreshold(value: string): number {
  const x = Number(value);
  if (!(x > 0 && x < 1)) throw new InvalidArgumentError('expected a number between 0 and 1');
  return x;
}

/** The events of the inputs, or a usage error where there are too many documents to group at once. */
export function eventsOf(docs: Doc[], threshold: number | undefined): EventGroup[] {
  try {
    return groupEvents(docs, { threshold });
  } catch (err) {
    if (err instanceof RangeError) throw new UsageError(err.message);
    throw err;
  }
}

function markdown(report: EventsJson, total: number): string {
  const n = report.events.length;
  const head = `# ${n} ${n === 1 ? 'event' : 'events'} in ${total} ${total === 1 ? 'document' : 'documents'}`;
  const blocks = report.events.map((e) => {
    const lines = e.documents.map((d) => `- ${escapeMarkdown(d.id)}${d.title ? ` — ${escapeMarkdown(d.title.replace(/\s+/g, ' '))}` : ''} _(${escapeMarkdown(d.input)})_`);
    return `## ${e.id}: ${escapeMarkdown(e.title)}\n\n${lines.join('\n')}`;
  });
  return [head, ...blocks].join('\n\n');
}

export function registerEvents(program: Command): void {
  const command = program
    .command('events')
    .description('Group the inputs (or the stored documents) into the events they cover; `parallax brief --event ID` then briefs one of them')
    .argument('[inputs...]', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, .warc, feeds, optionally .gz)')
    .addOption(readStoreOption())
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--threshold <x>', `how alike (0 to 1) documents must be on average to be one event`, parseThreshold, EVENT_GROUPING.threshold)
    .option('--language <code>', 'treat every input document as this language (ISO 639-1) instead of detecting it');
  addSelectionOptions(command, 'stored documents (with --store)');
  command
    .action(async (inputs: string[], opts: { format: string; output?: string; threshold: number; language?: string; store?: string | boolean } & SelectionFlags) => {
      const format = parseFormat(opts.format, FORMATS);
      const bar = terminalProgress('events');
      const { docs, failures } = await inputDocuments(inputs, opts, { language: opts.language }, { progress: bar.progress });
      bar.done();
      reportMessages([...failures, ...docs.flatMap((d) => d.messages)]);
      if (docs.length === 0) {
        process.exitCode = EXIT.noUsableInput;
        return;
      }
      const report = eventsReport(docs, eventsOf(docs, opts.threshold));
      const out = format === 'md' ? markdown(report, docs.length) : jsonOutput(format, report, report.events);
      await emit(out, opts.output);
      process.exitCode = EXIT.ok;
    });
}
