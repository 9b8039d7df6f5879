import { InvalidArgumentError, type Command } from 'commander';
import { buildBriefing } from '../../briefing/index.js';
import { resolveOptions } from '../../core/options.js';
import type { Doc } from '../../core/types.js';
import { EVENT_GROUPING, documentsOfEvent, groupEvents } from '../../events/index.js';
import { analyzeEvent } from '../../pipeline/index.js';
import { render } from '../../render/index.js';
import { EXIT, UsageError, emit, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';
import { addSelectionOptions, inputDocuments, readStoreOption, type SelectionFlags } from '../store.js';
import { eventsOf, parseThreshold } from './events.js';

const FORMATS = ['md', 'json', 'html'] as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

/**
 * The documents to brief: those of the event `--event` names, or all of them, with a
 * warning when they look like several events.
 */
function documentsToBrief(docs: Doc[], event: string | undefined, threshold: number | undefined): Doc[] {
  // No usable document: the inputs' own errors say why.
  if (docs.length === 0) return docs;
  if (event !== undefined) {
    const events = eventsOf(docs, threshold);
    const chosen = documentsOfEvent(docs, events, event);
    if (!chosen) throw new UsageError(`no event "${event}" in these inputs (they hold ${events.map((e) => e.id).join(', ') || 'none'}; see parallax events)`);
    return chosen;
  }
  if (docs.length <= EVENT_GROUPING.maxDocuments) {
    const events = groupEvents(docs, { threshold });
    if (events.filter((e) => e.docs.length > 1).length > 1) {
      process.stderr.write(`parallax: warning: the inputs look like ${events.length} separate events; briefing them as one (parallax events lists them, --event picks one)\n`);
    }
  }
  return docs;
}

export function registerBrief(program: Command): void {
  const command = program
    .command('brief')
    .description('Read every input (or every stored document) as coverage of one event and print a sourced briefing')
    .argument('[inputs...]', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, .warc, feeds, optionally .gz)')
    .addOption(readStoreOption())
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-w, --words <n>', 'word budget for the summary', positiveInt)
    .option('--language <code>', 'treat every input document as this language (ISO 639-1) instead of detecting it')
    .option('--event <id>', 'brief only this event of the inputs, as `parallax events` numbers them (e1, e2, …)')
    .option('--threshold <x>', 'how alike documents must be to be one event, as for `parallax events`', parseThreshold);
  addSelectionOptions(command, 'stored documents (with --store)');
  command
    .action(async (inputs: string[], opts: { format: string; output?: string; words?: number; language?: string; store?: string | boolean; event?: string; threshold?: number } & SelectionFlags) => {
      const format = parseFormat(opts.format, FORMATS);
      const options = resolveOptions({ summaryWords: opts.words, language: opts.language });
      const bar = terminalProgress('brief');
      const read = await inputDocuments(inputs, opts, options, { progress: bar.progress });
      bar.done();
      const docs = documentsToBrief(read.docs, opts.event, opts.threshold);
      const coverage = analyzeEvent(docs, read.failures);
      reportMessages(coverage.messages);
      if (coverage.docs.length === 0) {
        process.exitCode = EXIT.noUsableInput;
        return;
      }
      await emit(render(buildBriefing(coverage, options), format), opts.output);
      process.exitCode = EXIT.ok;
    });
}
