import type { Command } from 'commander';
import type { Doc } from '../../core/types.js';
import { readDocuments } from '../../pipeline/index.js';
import { EXIT, emit, jsonOutput, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';

const FORMATS = ['text', 'json', 'jsonl'] as const;

/** The extraction record `parallax extract` prints for each document. */
export function extractionRecord(doc: Doc) {
  return {
    id: doc.id,
    input: doc.input,
    title: doc.title ?? null,
    author: doc.author,
    published: doc.published ?? null,
    modified: doc.modified ?? null,
    site: doc.site ?? null,
    language: doc.language ?? null,
    canonical: doc.canonical ?? null,
    pageType: doc.pageType,
    text: doc.text,
  };
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract clean article text and metadata from each input')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, optionally .gz)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'text')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--no-captions', 'leave figure captions out of the text')
    .action(async (inputs: string[], opts: { format: string; output?: string; captions: boolean }) => {
      const format = parseFormat(opts.format, FORMATS);
      const bar = terminalProgress('extract');
      const { docs, failures } = await readDocuments(inputs, { captions: opts.captions }, { progress: bar.progress });
      bar.done();
      reportMessages([...failures, ...docs.flatMap((d) => d.messages)]);
      const records = docs.map(extractionRecord);
      const out =
        format === 'text'
          ? records.map((r) => `==> ${r.input} <==\n${r.title ? `${r.title}\n\n` : ''}${r.text}`).join('\n\n')
          : jsonOutput(format, records, records);
      if (records.length) await emit(out, opts.output);
      process.exitCode = records.length ? EXIT.ok : EXIT.noUsableInput;
    });
}
