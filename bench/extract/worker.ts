/**
 * One engine over a list of pages in a fresh process, so that its peak memory is its
 * own. Reading and gunzipping a page is not timed; extraction is.
 * Usage: tsx worker.ts <parallax|readability> <pages.json> <out.json>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtml } from '../../src/extract/html/index.js';
import { readPage, type Page } from './data.js';
import { htmlToText } from './render.js';

export interface EngineOutput {
  text: string;
  title?: string;
  author: string[];
  published?: string;
  pageType?: string;
  language?: string;
  error?: string;
}

export interface WorkerResult {
  engine: string;
  outputs: Record<string, EngineOutput>;
  ms: Record<string, number>;
  totalMs: number;
  baseRssKb: number;
  maxRssKb: number;
}

type Engine = (html: string, url: string | undefined) => { out: EngineOutput; render?: () => string };

const engines: Record<string, Engine> = {
  parallax(html, url) {
    const a = extractHtml(html, url, { content: { captions: process.env.PARALLAX_BENCH_CAPTIONS === '1' } });
    return {
      out: { text: a.text, title: a.title, author: a.author, published: a.published, pageType: a.pageType, language: a.language },
    };
  },
  readability(html) {
    const { document } = parseHTML(html);
    const r = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    const out: EngineOutput = {
      text: '',
      title: r?.title ?? undefined,
      author: r?.byline ? [r.byline] : [],
      published: r?.publishedTime ?? undefined,
    };
    // Readability returns HTML; printing it as text is not part of its timed run.
    return { out, render: () => (r?.content ? htmlToText(r.content) : (r?.textContent ?? '')) };
  },
};

const [engineName, pagesFile, outFile] = process.argv.slice(2);
const engine = engines[engineName];
if (!engine) throw new Error(`unknown engine ${engineName}`);
const pages = JSON.parse(readFileSync(pagesFile, 'utf8')) as Page[];
const result: WorkerResult = {
  engine: engineName,
  outputs: {},
  ms: {},
  totalMs: 0,
  baseRssKb: process.resourceUsage().maxRSS,
  maxRssKb: 0,
};
for (const page of pages) {
  const key = `${page.set}/${page.id}`;
  const html = readPage(page);
  const start = performance.now();
  try {
    const { out, render } = engine(html, page.url);
    const ms = performance.now() - start;
    result.ms[key] = ms;
    result.totalMs += ms;
    if (render) out.text = render();
    result.outputs[key] = out;
  } catch (err) {
    const ms = performance.now() - start;
    result.ms[key] = ms;
    result.totalMs += ms;
    result.outputs[key] = { text: '', author: [], error: String(err) };
  }
}
result.maxRssKb = process.resourceUsage().maxRSS;
writeFileSync(outFile, JSON.stringify(result));
