/**
 * `npm run bench -- extract [--set aeb|wcxb] [--limit N] [--no-peer] [--captions] [--worst N] [--dump DIR]`
 *
 * Both benchmarks' gold article text leaves figure captions out, so Parallax runs with
 * captions off unless `--captions` asks for the product default (captions kept).
 * Scores Parallax's HTML extraction on the AEB and WCXB dev sets with the metrics of
 * ../shared/data/README.md, and runs Readability.js (on linkedom) on the same pages in
 * the same run for quality and speed. Each engine runs in its own process, one after
 * the other, so that peak memory (max RSS) is its own; speed is single-threaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPages, type Gold, type Page, type SetName } from './data.js';
import { aebScore, authorMatch, bagScore, dateMatch, f1, mean, snippetHits, titleMatch } from './metrics.js';
import type { EngineOutput, WorkerResult } from './worker.js';

const here = dirname(fileURLToPath(import.meta.url));

interface Args {
  sets: SetName[];
  limit?: number;
  peer: boolean;
  worst: number;
  dump?: string;
  /** Write per-page scores of Parallax here (JSON), to compare two runs. */
  scores?: string;
  /** Keep figure captions, as `parallax extract` does by default. */
  captions: boolean;
}

function parseArgs(args: string[]): Args {
  const out: Args = { sets: ['aeb', 'wcxb'], peer: true, worst: 0, captions: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--set') out.sets = [args[++i] as SetName];
    else if (a === '--limit') out.limit = Number(args[++i]);
    else if (a === '--no-peer') out.peer = false;
    else if (a === '--captions') out.captions = true;
    else if (a === '--worst') out.worst = Number(args[++i]);
    else if (a === '--dump') out.dump = args[++i];
    else if (a === '--scores') out.scores = args[++i];
    else throw new Error(`bench extract: unknown option ${a}`);
  }
  return out;
}

function runEngine(engine: string, pages: Page[], dir: string, captions: boolean): WorkerResult {
  const pagesFile = join(dir, `${engine}-pages.json`);
  const outFile = join(dir, `${engine}-out.json`);
  writeFileSync(pagesFile, JSON.stringify(pages));
  const res = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'worker.ts'), engine, pagesFile, outFile], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, PARALLAX_BENCH_CAPTIONS: captions ? '1' : '0' },
  });
  if (res.status !== 0) throw new Error(`${engine} worker failed (${res.status})`);
  return JSON.parse(readFileSync(outFile, 'utf8')) as WorkerResult;
}

interface AebRow {
  f1: number;
  precision: number;
  recall: number;
  accuracy: number;
}

function scoreAeb(pages: Page[], gold: Map<string, Gold>, outputs: Record<string, EngineOutput>, perPage?: Map<string, number>): AebRow {
  const ps: number[] = [];
  const rs: number[] = [];
  let exact = 0;
  for (const p of pages) {
    const s = aebScore(gold.get(p.id)!.body, outputs[`aeb/${p.id}`]?.text ?? '');
    ps.push(s.precision);
    rs.push(s.recall);
    if (s.exact) exact++;
    perPage?.set(p.id, f1(s.precision, s.recall));
  }
  const precision = mean(ps);
  const recall = mean(rs);
  return { f1: f1(precision, recall), precision, recall, accuracy: exact / pages.length };
}

/** AEB F1 by the page's language as Parallax reports it (declared, else detected): English against the rest. */
function aebByLanguage(pages: Page[], gold: Map<string, Gold>, ours: Record<string, EngineOutput>, engine: Record<string, EngineOutput>): string {
  const groups = new Map<string, Page[]>();
  for (const p of pages) {
    const lang = ours[`aeb/${p.id}`]?.language ?? '?';
    const key = lang === 'en' ? 'en' : 'other';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups]
    .sort()
    .map(([k, ps]) => `${k} (${ps.length} pages) ${f3(scoreAeb(ps, gold, engine).f1)}`)
    .join(', ');
}

interface WcxbRow {
  f1All: number;
  pAll: number;
  rAll: number;
  f1Articles: number;
  withRate: number;
  withoutRate: number;
  title: number;
  author: number;
  date: number;
  counts: { pages: number; articles: number; titles: number; authors: number; dates: number };
  byType: Record<string, number>;
  /** Share of pages whose page type matches the gold one (engines that give one). */
  pageType: number;
}

function scoreWcxb(pages: Page[], gold: Map<string, Gold>, outputs: Record<string, EngineOutput>, perPage?: Map<string, number>): WcxbRow {
  const all: { p: number; r: number; f: number; type?: string }[] = [];
  let withFound = 0,
    withTotal = 0,
    withoutFound = 0,
    withoutTotal = 0;
  const titles: boolean[] = [];
  const authors: boolean[] = [];
  const dates: boolean[] = [];
  const types: boolean[] = [];
  for (const page of pages) {
    const g = gold.get(page.id)!;
    const out = outputs[`wcxb/${page.id}`] ?? { text: '', author: [] };
    if (out.pageType && g.type) types.push(out.pageType === g.type);
    if (g.body) {
      const s = bagScore(g.body, out.text);
      all.push({ p: s.precision, r: s.recall, f: s.f1, type: g.type });
      perPage?.set(page.id, s.f1);
    }
    withFound += snippetHits(out.text, g.with ?? []);
    withTotal += g.with?.length ?? 0;
    withoutFound += snippetHits(out.text, g.without ?? []);
    withoutTotal += g.without?.length ?? 0;
    if (g.type === 'article') {
      if (g.title) titles.push(titleMatch(g.title, out.title));
      if (g.author) authors.push(authorMatch(g.author, out.author));
      if (g.date) dates.push(dateMatch(g.date, out.published));
    }
  }
  const articles = all.filter((x) => x.type === 'article');
  const byType: Record<string, number> = {};
  for (const t of new Set(all.map((x) => x.type ?? '?'))) byType[t] = mean(all.filter((x) => (x.type ?? '?') === t).map((x) => x.f));
  const share = (xs: boolean[]) => xs.filter(Boolean).length / xs.length;
  return {
    f1All: mean(all.map((x) => x.f)),
    pAll: mean(all.map((x) => x.p)),
    rAll: mean(all.map((x) => x.r)),
    f1Articles: mean(articles.map((x) => x.f)),
    withRate: withFound / withTotal,
    withoutRate: 1 - withoutFound / withoutTotal,
    title: share(titles),
    author: share(authors),
    date: share(dates),
    counts: { pages: all.length, articles: articles.length, titles: titles.length, authors: authors.length, dates: dates.length },
    byType,
    pageType: share(types),
  };
}

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '—');

export async function run(argv: string[]): Promise<void> {
  const args = parseArgs(argv);
  const tmp = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  try {
    const sets = args.sets.map((s) => {
      const { pages, gold } = loadPages(s);
      return { name: s, pages: args.limit ? pages.slice(0, args.limit) : pages, gold };
    });
    const allPages = sets.flatMap((s) => s.pages);
    const engines = args.peer ? ['parallax', 'readability'] : ['parallax'];
    const results = engines.map((e) => runEngine(e, allPages, tmp, args.captions));
    const pageScores: Record<string, number> = {};

    console.log(`\nExtraction benchmark: ${allPages.length} pages (${sets.map((s) => `${s.name} ${s.pages.length}`).join(', ')})\n`);
    for (const set of sets) {
      if (set.name === 'aeb') {
        console.log('AEB (4-gram shingles, macro P/R, F1 of the averages)');
        const byLanguage: string[] = [];
        console.log('| engine | F1 | precision | recall | accuracy |\n|---|---|---|---|---|');
        for (const r of results) {
          const perPage = new Map<string, number>();
          const s = scoreAeb(set.pages, set.gold, r.outputs, perPage);
          console.log(`| ${r.engine} | ${f3(s.f1)} | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.accuracy)} |`);
          byLanguage.push(`${r.engine}: ${aebByLanguage(set.pages, set.gold, results[0].outputs, r.outputs)}`);
          if (r.engine === 'parallax') {
            printWorst('aeb', perPage, args.worst);
            for (const [id, v] of perPage) pageScores[`aeb/${id}`] = v;
          }
        }
        console.log(`F1 by language (declared, else detected) — ${byLanguage.join('; ')}`);
      } else {
        console.log('\nWCXB dev (bag of words, macro over pages; snippets pooled; metadata on articles)');
        console.log('| engine | F1 all | P all | R all | F1 articles | with | without | title | author | date |\n|---|---|---|---|---|---|---|---|---|---|');
        const byType: string[] = [];
        const pageTypes: string[] = [];
        let counts = '';
        for (const r of results) {
          const perPage = new Map<string, number>();
          const s = scoreWcxb(set.pages, set.gold, r.outputs, perPage);
          console.log(
            `| ${r.engine} | ${f3(s.f1All)} | ${f3(s.pAll)} | ${f3(s.rAll)} | ${f3(s.f1Articles)} | ${f3(s.withRate)} | ${f3(s.withoutRate)} | ${f3(s.title)} | ${f3(s.author)} | ${f3(s.date)} |`,
          );
          byType.push(`${r.engine}: ${Object.entries(s.byType).sort().map(([t, v]) => `${t} ${f3(v)}`).join(', ')}`);
          if (Number.isFinite(s.pageType)) pageTypes.push(`${r.engine} ${f3(s.pageType)}`);
          counts = `${s.counts.pages} pages with content gold, ${s.counts.articles} articles; metadata over ${s.counts.titles} titles, ${s.counts.authors} authors, ${s.counts.dates} dates`;
          if (r.engine === 'parallax') {
            printWorst('wcxb', perPage, args.worst);
            for (const [id, v] of perPage) pageScores[`wcxb/${id}`] = v;
          }
        }
        console.log(`(${counts})`);
        console.log(`F1 by page type — ${byType.join('\n  ')}`);
        console.log(`page type accuracy against gold — ${pageTypes.join(', ')}`);
      }
    }
    console.log('\nSpeed and memory (each engine alone in a fresh process, one thread)');
    console.log('| engine | pages/s | total s | peak RSS MB | RSS before MB |\n|---|---|---|---|---|');
    for (const r of results) {
      const pps = allPages.length / (r.totalMs / 1000);
      console.log(`| ${r.engine} | ${pps.toFixed(1)} | ${(r.totalMs / 1000).toFixed(1)} | ${(r.maxRssKb / 1024).toFixed(0)} | ${(r.baseRssKb / 1024).toFixed(0)} |`);
    }
    if (results.length === 2) console.log(`\nthroughput ratio parallax / readability: ${(results[1].totalMs / results[0].totalMs).toFixed(2)}×`);
    const errors = results.flatMap((r) => Object.entries(r.outputs).filter(([, o]) => o.error).map(([k, o]) => `${r.engine} ${k}: ${o.error}`));
    if (errors.length > 0) console.log(`\nerrors:\n${errors.slice(0, 20).join('\n')}`);
    if (args.dump) dump(args.dump, results[0]);
    if (args.scores) writeFileSync(args.scores, JSON.stringify(pageScores));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function printWorst(set: string, perPage: Map<string, number>, n: number): void {
  if (n <= 0) return;
  const worst = [...perPage].sort((a, b) => a[1] - b[1]).slice(0, n);
  console.log(`  worst ${set}: ${worst.map(([id, v]) => `${id.slice(0, 12)} ${v.toFixed(2)}`).join(', ')}`);
}

function dump(dir: string, result: WorkerResult): void {
  mkdirSync(dir, { recursive: true });
  for (const [key, out] of Object.entries(result.outputs)) {
    writeFileSync(join(dir, `${key.replace('/', '-')}.json`), JSON.stringify(out, null, 1));
  }
}
