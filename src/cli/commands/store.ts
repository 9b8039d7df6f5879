import type { Command } from 'commander';
import { formatMessage } from '../../core/messages.js';
import type { Message } from '../../core/types.js';
import { storeDocuments } from '../../pipeline/index.js';
import { escapeMarkdown } from '../../render/markdown.js';
import type { AddOutcome, StoredDocument } from '../../store/index.js';
import { EXIT, emit, jsonOutput, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';
import { defaultStore, storeOption, withStore } from '../store.js';

const FORMATS = ['md', 'json', 'jsonl'] as const;

function addMarkdown(location: string, outcomes: AddOutcome[], failures: Message[]): string {
  const count = (status: AddOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  const failed = failures.length ? `; ${failures.length} ${failures.length === 1 ? 'input' : 'inputs'} failed` : '';
  const head = `Stored in ${escapeMarkdown(location)}: ${count('added')} added, ${count('replaced')} replaced, ${count('unchanged')} unchanged${failed}.`;
  const lines = outcomes.map((o) => `- ${escapeMarkdown(o.id)} _(${escapeMarkdown(o.input)})_: ${o.status === 'unchanged' ? 'already stored' : o.status}`);
  return [head, '', ...lines].join('\n');
}

function listMarkdown(location: string, docs: StoredDocument[]): string {
  const head = `# ${docs.length} ${docs.length === 1 ? 'document' : 'documents'} in ${escapeMarkdown(location)}`;
  const lines = docs.map((d) => {
    const about = [d.source, d.language, d.published?.slice(0, 10)].filter(Boolean).join(', ');
    const title = d.title ? ` — ${escapeMarkdown(d.title.replace(/\s+/g, ' '))}` : '';
    return `- ${escapeMarkdown(d.id)}${title} (${escapeMarkdown(about)}) _(${escapeMarkdown(d.input)}, added ${d.added.slice(0, 10)})_`;
  });
  return [head, '', ...lines].join('\n');
}

export function registerStore(program: Command): void {
  program
    .command('add')
    .description('Analyse the inputs and keep the documents in a store, for `brief --store` and `events --store` later')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, .warc, feeds, optionally .gz)')
    .addOption(storeOption())
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('--language <code>', 'treat every document as this language (ISO 639-1) instead of detecting it')
    .action(async (inputs: string[], opts: { store?: string; format: string; output?: string; language?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const location = opts.store ?? defaultStore();
      const bar = terminalProgress('add');
      const { outcomes, failures } = await withStore(location, true, async (store) => {
        try {
          return await storeDocuments(store, inputs, { language: opts.language }, { progress: bar.progress });
        } finally {
          bar.done();
        }
      });
      reportMessages(failures);
      const failed = failures.map((m) => ({ input: m.input, error: m.text, message: formatMessage(m) }));
      const out =
        format === 'md'
          ? addMarkdown(location, outcomes, failures)
          : jsonOutput(format, { store: location, documents: outcomes, failures: failed }, outcomes);
      await emit(out, opts.output);
      process.exitCode = outcomes.length ? EXIT.ok : EXIT.noUsableInput;
    });

  program
    .command('list')
    .description('List the documents in a store')
    .addOption(storeOption())
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (opts: { store?: string; format: string; output?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const location = opts.store ?? defaultStore();
      const docs = await withStore(location, false, (store) => store.list());
      await emit(format === 'md' ? listMarkdown(location, docs) : jsonOutput(format, { store: location, documents: docs }, docs), opts.output);
      process.exitCode = EXIT.ok;
    });

  program
    .command('remove')
    .description('Remove documents from a store by id (exit code 1 when an id is not there; the others are removed)')
    .argument('<ids...>', 'document ids, as `parallax list` shows them')
    .addOption(storeOption())
    .action(async (ids: string[], opts: { store?: string }) => {
      const location = opts.store ?? defaultStore();
      const removed = new Set(await withStore(location, false, (store) => store.remove(ids)));
      for (const id of ids) if (!removed.has(id)) process.stderr.write(`parallax: ${location}: no document "${id}"\n`);
      if (removed.size) await emit(`Removed from ${location}: ${[...removed].join(', ')}`, undefined);
      process.exitCode = removed.size === new Set(ids).size ? EXIT.ok : EXIT.noUsableInput;
    });
}
