import type { Message, Severity, Span, StageName } from './types.js';

/** An error that belongs to one input; the batch reports it and goes on. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    readonly stage: StageName,
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export function makeMessage(
  severity: Severity,
  stage: StageName,
  input: string,
  text: string,
  where: { doc?: string; span?: Span } = {},
): Message {
  return { severity, stage, input, text, ...where };
}

/** One line, naming the input, the stage and (if any) the span: `a.html: extract: empty body`. */
export function formatMessage(m: Message): string {
  const at = m.span ? ` [${m.span.start}-${m.span.end}]` : '';
  return `${m.input}${at}: ${m.severity === 'error' ? 'error' : m.severity}: ${m.text}`;
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
