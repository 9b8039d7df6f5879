import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.js';

/** `parallax serve` as a user starts it: a real process on a free port, stopped by a signal. */
async function startServer(store: string, env: Record<string, string> = {}): Promise<{ process: ChildProcess; base: string; output: () => string }> {
  const child = spawn(process.execPath, [join(repoRoot, 'dist/cli/main.js'), 'serve', '-s', store, '--port', '0'], { cwd: repoRoot, env: { ...process.env, ...env } });
  started.push(child);
  let out = '';
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/\S+?\//.exec(out)?.[0];
      if (url) resolve(url.replace(/\/$/, ''));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { process: child, base, output: () => out };
}

const started: ChildProcess[] = [];
let server: ChildProcess;
let base: string;
const exited = () => new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));

beforeAll(async () => {
  const store = join(mkdtempSync(join(tmpdir(), 'parallax-serve-')), 'news.db');
  expect((await runCli(['add', 'examples/marrow-fen-flood', '-s', store])).code).toBe(0);
  ({ process: server, base } = await startServer(store));
});

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
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

      // Coverage added through the page's form, as a user would.
      await page.goto(`${base}/`);
      await page.setInputFiles('input[name=file]', { name: 'quay-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('The quay at Marrow Fen was sandbagged on Wednesday as the Vess kept rising, the harbour master said.') });
      await page.fill('input[name=source]', 'Quay Notes');
      await page.getByRole('button', { name: 'Add' }).click();
      await page.waitForURL(`${base}/documents`);
      expect(await page.locator('h1').textContent()).toBe('1 added, 0 replaced, 0 already stored');
      expect(outside).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it.runIf(existsSync(executablePath))('stores nothing that a page of another site posts to it', async () => {
    const browser = await chromium.launch({
      executablePath,
      // Chromium's own guard for pages that reach this machine is turned off, so that the server's is what is tested.
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-features=LocalNetworkAccessChecks,BlockInsecurePrivateNetworkRequests,PrivateNetworkAccessSendPreflights'],
    });
    try {
      const page = await browser.newPage();
      await page.route('http://news-tips.example/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>tips</title><p>Hello</p>' }));
      await page.goto('http://news-tips.example/');
      const sent = await page.evaluate(
        (url) => fetch(url, { method: 'POST', mode: 'no-cors', body: 'A ferry sank at Lowmoor, a planted report says.', headers: { 'content-type': 'text/plain' } }).then(() => 'sent', (err: Error) => err.message),
        `${base}/api/documents?id=planted`,
      );
      expect(sent).toBe('sent');
      const listed = (await (await fetch(`${base}/api/documents`)).json()) as { documents: { id: string }[] };
      expect(listed.documents.map((d) => d.id)).not.toContain('planted');
    } finally {
      await browser.close();
    }
  });

  it('asks for $PARALLAX_TOKEN when it is set, and will not face a network without one', async () => {
    const store = join(mkdtempSync(join(tmpdir(), 'parallax-serve-')), 'news.db');
    const guarded = await startServer(store, { PARALLAX_TOKEN: 'harbour-light-7' });
    expect(guarded.output()).toMatch(/\(token required\)/);
    expect((await fetch(`${guarded.base}/api/events`)).status).toBe(401);
    expect((await fetch(`${guarded.base}/api/events`, { headers: { authorization: 'Bearer harbour-light-7' } })).status).toBe(200);
    guarded.process.kill('SIGTERM');

    const open = await runCli(['serve', '-s', store, '--host', '0.0.0.0', '--port', '0'], undefined, { PARALLAX_TOKEN: '' });
    expect(open.code).toBe(2);
    expect(open.stderr).toMatch(/listening on 0\.0\.0\.0 lets anyone who can reach it read and change the store: set \$PARALLAX_TOKEN, or pass --no-token/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const exit = exited();
    server.kill('SIGTERM');
    expect(await exit).toBe(0);
  });
});
