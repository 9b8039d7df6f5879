import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';
import { hasSeeds, seedsDir } from '../helpers/shared.js';

describe.runIf(hasSeeds)('parallax extract on the real seeds', () => {
  it('cleans the real seed captures: boilerplate gone, every article sentence kept', async () => {
    const { code, stdout } = await runCli(['extract', seedsDir, '--format', 'json']);
    expect(code).toBe(0);
    const docs = JSON.parse(stdout) as { id: string; text: string; title: string; language: string }[];
    expect(docs.map((d) => d.id)).toEqual(['000_d94b98ed4beef80d', '002_8d613513c12cf073']);
    const [blog, news] = docs;
    for (const gone of ['Skip to content', 'Image Credit', 'Leave a Reply', 'Log Out', 'bloggers like this', 'Connecting to', 'Facebook photo', 'will be disclosed soon']) {
      expect(blog.text).not.toContain(gone);
    }
    for (const kept of [
      'The meeting between Russian President Vladimir Putin and US President Joe Biden ended moments ago',
      'Putin to Biden',
      'Biden thanked Putin,',
      'It’s always better to meet face to face.',
      'Biden is expected to deliver his own solo news conference soon.',
      'US President Joe Biden said,',
      'without giving up anything on principles and values.',
      'US President Joe Biden.',
    ]) {
      expect(blog.text).toContain(kept);
    }
    for (const gone of ['data-mce-href', 'Breaking news', 'Leave a Reply', 'Your email address will not be published', 'on ntv.com.tr soon']) {
      expect(news.text).not.toContain(gone);
    }
    for (const kept of [
      'Putin: There was no hostility between me and Biden at the meeting',
      'Today, US President Joe Biden and Russian President Vladimir Putin met in Geneva, Switzerland.',
      'The highlights of Putin’s statements are as follows:',
      'The USA, which criticizes us about human rights, still has not closed Guantanamo.',
      'The reason for the deterioration of Russia-US relations is the steps taken by the USA.',
    ]) {
      expect(news.text).toContain(kept);
    }
    expect(blog.title).toBe('Biden-Putin Geneva meeting ends');
    expect(news.language).toBe('en');
  });

  it('prints one JSON object per line with --format jsonl', async () => {
    const { stdout } = await runCli(['extract', seedsDir, '--format', 'jsonl']);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['000_d94b98ed4beef80d', '002_8d613513c12cf073']);
  });
});

describe('parallax extract (end to end)', () => {
  it('stops quietly when the reader closes the pipe early, as `| head` does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-pipe-'));
    const sentence = 'The ferry timetable changed again on Sunday, and the harbour office posted the new hours. ';
    writeFileSync(join(dir, 'long.txt'), sentence.repeat(20_000));
    const child = spawn(process.execPath, [join(repoRoot, 'dist/cli/main.js'), 'extract', join(dir, 'long.txt'), '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });

  it('reads stdin', async () => {
    const { code, stdout } = await runCli(['extract', '-', '--format', 'json'], 'The ferry resumed service on Sunday after the strike.');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0]).toMatchObject({ id: 'stdin', input: '-', text: 'The ferry resumed service on Sunday after the strike.' });
  });
});

describe('bad input (end to end)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
  writeFileSync(join(dir, 'cut.txt.gz'), gzipSync('The report goes on. '.repeat(200)).subarray(0, 30));
  writeFileSync(join(dir, 'good.txt'), 'The ferry resumed service on Sunday after the strike ended.');

  it('reports one line per bad input, naming it, and still processes the good one', async () => {
    const { code, stdout, stderr } = await runCli(['extract', dir, '--format', 'jsonl']);
    expect(code).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['good']);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes('empty.txt'))).toMatch(/error: empty file/);
    expect(lines.find((l) => l.includes('binary.html'))).toMatch(/error: binary file/);
    expect(lines.find((l) => l.includes('cut.txt.gz'))).toMatch(/error: (truncated|corrupt) gzip/);
  });

  it('exits 1 when nothing could be used, 2 on bad usage', async () => {
    expect((await runCli(['extract', join(dir, 'empty.txt')])).code).toBe(1);
    expect((await runCli(['extract', join(dir, 'no-such-file.txt')])).code).toBe(1);
    const usage = await runCli(['extract', dir, '--format', 'xml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/unknown format "xml"/);
    expect((await runCli(['frobnicate'])).code).toBe(2);
  });

  it('builds an executable CLI, so that `npx parallax` can run it', () => {
    const bin = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).bin.parallax as string;
    expect(statSync(join(repoRoot, bin)).mode & 0o111).not.toBe(0);
    expect(readFileSync(join(repoRoot, bin), 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
  });

  it('has --help on every command', async () => {
    for (const args of [['--help'], ['extract', '--help'], ['statements', '--help']]) {
      const { code, stdout } = await runCli(args);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: parallax/);
    }
  });
});
