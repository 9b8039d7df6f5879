import type { Command } from 'commander';
import type { Doc } from '../../core/types.js';
import { analyzeInputs } from '../../pipeline/index.js';
import { EXIT, emit, jsonOutput, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';

const FORMATS = ['md', 'json', 'jsonl'] as const;

export function statementsRecord(doc: Doc) {
  return { id: doc.id, input: doc.input, text: doc.text, statements: doc.statements };
}

function markdown(docs: Doc[]): string {
  return docs
    .map((doc) => {
      const lines = doc.statements.map((s) => {
        const who = s.speaker.name ?? 'unknown speaker';
        const how = [s.cue.lemma, s.kind].filter(Boolean).join(', ');
        return `- **${who}** (${how}): “${s.text.replace(/\s+/g, ' ')}” [${s.span.start}–${s.span.end}]`;
      });
      return `## ${doc.title ?? doc.id}\n_${doc.input}_\n\n${lines.length ? lines.join('\n') : '_No statements found._'}`;
    })
    .join('\n\n');
}

export function registerStatements(program: Command): void {
  program
    .command('statements')
    .description('Find who said what in each input: quotes and reported speech with speaker, cue and spans')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, optionally .gz)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .action(async (inputs: string[], opts: { format: string; output?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const bar = terminalProgress('statements');
      const coverage = await analyzeInputs(inputs, {}, { progress: bar.progress });
      bar.done();
      reportMessages(coverage.messages);
      const records = coverage.docs.map(statementsRecord);
      const out = format === 'md' ? markdown(coverage.docs) : jsonOutput(format, records, records);
      if (records.length) await emit(out, opts.output);
      process.exitCode = records.length ? EXIT.ok : EXIT.noUsableInput;
    });
}
