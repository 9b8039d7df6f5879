import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

/** `parallax serve` as a user starts it: a real process on a free port, stopped by a signal. */
let server: ChildProcess;
let base: string;
const exited = () => new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

beforeAll(async () => {
  const store = join(mkdtempSync(join(tmpdir(), 'parallax-serve-')), 'news.db');
  expect((await runCli(['add', 'examples/marrow-fen-flood', '-s', store])).code).toBe(0);
  server = spawn(process.execPath, [join(repoRoot, 'dist/cli/main.js'), 'serve', '-s', store, '--port', '0'], { cwd: repoRoot });
  base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/\S+?\//.exec(out)?.[0];
      if (url) resolve(url.replace(/\/$/, ''));
    });
    server.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
});

afterAll(() => {
  if (server.exitCode === null) server.kill('SIGKILL');
});

describe('parallax serve', () => {
  it('answers over HTTP on the port it prints', async () => {
    const events = (await (await fetch(`${base}/api/events`)).json()) as { events: { id: string }[] };
    expect(events.events.map((e) => e.id)).toEqual(['e1']);
  });

  const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
  it.runIf(existsSync(executablePath))('is a web app a browser can follow from the events to a briefing, with no request outside it', async () => {
    const browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const outside: string[] = [];
      page.on('request', (r) => !r.url().startsWith(base) && outside.push(r.url()));
      await page.goto(`${base}/`);
      await page.getByRole('link', { name: /Marrow Fen/ }).click();
      await page.waitForURL(`${base}/events/e1`);
      expect(await page.locator('h1').first().textContent()).toMatch(/Marrow Fen/);
      expect(await page.locator('details.cite').count()).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const exit = exited();
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
