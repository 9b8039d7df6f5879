import type { Command } from 'commander';
import { formatMessage } from '../../core/messages.js';
import type { Message } from '../../core/types.js';
import { storeDocuments } from '../../pipeline/index.js';
import { escapeMarkdown } from '../../render/markdown.js';
import { isEverything, select, type AddOutcome, type StoredDocument } from '../../store/index.js';
import { EXIT, UsageError, emit, jsonOutput, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';
import { addSelectionOptions, defaultStore, reportSelection, selectionOf, storeOption, withStore, type SelectionFlags } from '../store.js';

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

  const list = program
    .command('list')
    .description('List the documents in a store, or those a selection takes')
    .addOption(storeOption())
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout');
  addSelectionOptions(list);
  list.action(async (opts: { store?: string; format: string; output?: string } & SelectionFlags) => {
    const format = parseFormat(opts.format, FORMATS);
    const selection = selectionOf(opts);
    const location = opts.store ?? defaultStore();
    const { documents, ...aside } = select(await withStore(location, false, (store) => store.list()), selection);
    reportSelection(location, aside);
    await emit(format === 'md' ? listMarkdown(location, documents) : jsonOutput(format, { store: location, documents }, documents), opts.output);
    process.exitCode = EXIT.ok;
  });

  const remove = program
    .command('remove')
    .description('Remove documents from a store, by id or by a selection (exit code 1 when an id is not there, or the selection takes nothing; the rest are removed)')
    .argument('[ids...]', 'document ids, as `parallax list` shows them')
    .addOption(storeOption());
  addSelectionOptions(remove);
  remove.action(async (ids: string[], opts: { store?: string } & SelectionFlags) => {
    const selection = selectionOf(opts);
    if (ids.length > 0 === !isEverything(selection)) throw new UsageError('give document ids or --since/--until/--source, one or the other');
    const location = opts.store ?? defaultStore();
    const { wanted, removed } = await withStore(location, false, async (store) => {
      if (ids.length > 0) return { wanted: ids, removed: new Set(await store.remove(ids)) };
      const { documents, ...aside } = select(await store.list(), selection);
      reportSelection(location, aside);
      const chosen = documents.map((d) => d.id);
      return { wanted: chosen, removed: new Set(await store.remove(chosen)) };
    });
    for (const id of ids) if (!removed.has(id)) process.stderr.write(`parallax: ${location}: no document "${id}"\n`);
    await emit(removed.size ? `Removed from ${location}: ${[...removed].join(', ')}` : `Nothing removed from ${location}.`, undefined);
    process.exitCode = removed.size > 0 && removed.size === new Set(wanted).size ? EXIT.ok : EXIT.noUsableInput;
  });
}
