import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** Extensions picked up when walking a directory (a trailing `.gz` is allowed on each). */
export const INPUT_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson', '.warc', '.rss', '.atom', '.xml'];

export function isInputFileName(name: string): boolean {
  const bare = name.toLowerCase().replace(/\.gz$/, '');
  return !name.startsWith('.') && INPUT_EXTENSIONS.some((ext) => bare.endsWith(ext));
}

export type InputRef = { kind: 'stdin' } | { kind: 'file'; path: string } | { kind: 'missing'; input: string };

/** Expand the command-line inputs into files, in a stable order: directories recursively, globs by pattern. */
export async function expandInputs(inputs: string[]): Promise<InputRef[]> {
  const refs: InputRef[] = [];
  for (const input of inputs) {
    if (input === '-') {
      refs.push({ kind: 'stdin' });
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      for (const path of await walk(input)) refs.push({ kind: 'file', path });
    } else if (info) {
      refs.push({ kind: 'file', path: input });
    } else if (isDynamicPattern(input)) {
      const matches = (await glob(input, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) refs.push({ kind: 'missing', input });
      for (const path of matches) refs.push({ kind: 'file', path });
    } else {
      refs.push({ kind: 'missing', input });
    }
  }
  return refs;
}

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop()!;
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile() && isInputFileName(entry.name)) found.push(path);
    }
  }
  return found.sort();
}

/** A document id from a file name: the base name without any extensions. */
export function idFromPath(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  const stem = base.replace(/(\.[A-Za-z0-9]{1,6})+$/, '');
  return stem || base;
}
