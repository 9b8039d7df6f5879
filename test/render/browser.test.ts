import { existsSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

/**
 * The HTML report in a real browser. Chromium comes from the system (Debian's package;
 * `.ci/run` installs it and sets PARALLAX_REQUIRE_BROWSER=1, so CI cannot skip this).
 */
const executablePath = process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
if (!available && process.env.PARALLAX_REQUIRE_BROWSER) throw new Error(`Chromium not found at ${executablePath}`);
if (!available) console.warn(`browser tests skipped: no Chromium at ${executablePath} (set PARALLAX_CHROMIUM)`);

describe.runIf(available)('HTML report in Chromium', () => {
  let browser: Browser;
  let reportUrl: string;

  beforeAll(async () => {
    const { stdout, code } = await runCli(['brief', 'examples/marrow-fen-flood', '--format', 'html']);
    expect(code).toBe(0);
    const file = join(mkdtempSync(join(tmpdir(), 'parallax-html-')), 'report.html');
    writeFileSync(file, stdout);
    reportUrl = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without a single network request or script error, and shows cited passages in place', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(reportUrl);
    expect(requests).toEqual([reportUrl]);
    expect(errors).toEqual([]);

    const firstCitation = page.locator('details.cite').first();
    const passage = firstCitation.locator('blockquote').first();
    expect(await passage.isVisible()).toBe(false);
    await firstCitation.locator('summary').click();
    expect(await passage.isVisible()).toBe(true);
    const cited = (await passage.locator('mark').textContent())?.trim() ?? '';
    expect(cited.length).toBeGreaterThan(10);
    await page.close();
  });

  it('renders hostile scraped content as text, never as markup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parallax-hostile-'));
    const hostile = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
    writeFileSync(
      join(dir, 'a.jsonl'),
      [
        { id: 'a', source: 'Outlet A', title: `Dam opens ${hostile}`, text: `The dam opened on Tuesday ${hostile} after heavy rain, officials said.` },
        { id: 'b', source: 'Outlet B', title: 'Dam gates opened', text: 'The dam opened its gates on Tuesday after heavy rain, the authority said.' },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    );
    const { stdout } = await runCli(['brief', join(dir, 'a.jsonl'), '--format', 'html']);
    const file = join(dir, 'report.html');
    writeFileSync(file, stdout);
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body script').count()).toBe(0);
    expect(await page.locator('body').textContent()).toContain('<script>');
    await page.close();
  });
});
