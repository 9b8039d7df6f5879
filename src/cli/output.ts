import { writeFile } from 'node:fs/promises';
import { formatMessage } from '../core/messages.js';
import type { Message } from '../core/types.js';

/**
 * Exit codes: 0 done (perhaps with warnings), 1 nothing usable in the inputs, 2 bad usage,
 * 3 the store could not be opened, read or written.
 */
export const EXIT = { ok: 0, noUsableInput: 1, usage: 2, store: 3 } as const;

/** Write to a file when `-o` is given, else to stdout. */
export async function emit(content: string, file: string | undefined): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (file) await writeFile(file, text);
  else process.stdout.write(text);
}

/** Report messages on stderr, one line each, naming the input. */
export function reportMessages(messages: Message[]): void {
  for (const m of messages) if (m.severity !== 'info') process.stderr.write(`parallax: ${formatMessage(m)}\n`);
}

/** `--format json` prints `whole`, indented; `--format jsonl` prints each of `items` on a line of its own. */
export function jsonOutput(format: 'json' | 'jsonl', whole: unknown, items: readonly unknown[]): string {
  return format === 'json' ? JSON.stringify(whole, null, 2) : items.map((i) => JSON.stringify(i)).join('\n');
}

export function parseFormat<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown format "${value}" (expected ${allowed.join(', ')})`);
}

export class UsageError extends Error {}
