import { InvalidArgumentError, type Command } from 'commander';
import { buildBriefing } from '../../briefing/index.js';
import { resolveOptions } from '../../core/options.js';
import { analyzeInputs } from '../../pipeline/index.js';
import { render } from '../../render/index.js';
import { EXIT, emit, parseFormat, reportMessages } from '../output.js';
import { terminalProgress } from '../progress.js';

const FORMATS = ['md', 'json', 'html'] as const;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function registerBrief(program: Command): void {
  program
    .command('brief')
    .description('Read every input as coverage of one event and print a sourced briefing')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin (.txt, .html, .jsonl, .warc, feeds, optionally .gz)')
    .option('-f, --format <format>', `output format: ${FORMATS.join('|')}`, 'md')
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('-w, --words <n>', 'word budget for the summary', positiveInt)
    .option('--language <code>', 'treat every document as this language (ISO 639-1) instead of detecting it')
    .action(async (inputs: string[], opts: { format: string; output?: string; words?: number; language?: string }) => {
      const format = parseFormat(opts.format, FORMATS);
      const options = resolveOptions({ summaryWords: opts.words, language: opts.language });
      const bar = terminalProgress('brief');
      const coverage = await analyzeInputs(inputs, options, { progress: bar.progress });
      bar.done();
      reportMessages(coverage.messages);
      if (coverage.docs.length === 0) {
        process.exitCode = EXIT.noUsableInput;
        return;
      }
      await emit(render(buildBriefing(coverage, options), format), opts.output);
      process.exitCode = EXIT.ok;
    });
}
