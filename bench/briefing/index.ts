/**
 * `npm run bench -- briefing [--data FILE] [--limit N]`: the briefing summary against the
 * editors' neutral roundups of NeuS (`../shared/data/briefings/neus-val/val.jsonl`, see
 * its README). Each story's three outlet leads are one coverage; the summary comes from
 * the product's own `buildBriefing`. Baselines under the same budget: the lead sentence
 * of each article, and TextRank over all sentences. Every system is cut to 55 words
 * (the roundups' median) and scored with ROUGE-1/2/L F1 (see rouge.ts). Also checks
 * that each summary sentence is cited to a span that contains it.
 */
import { readFileSync } from 'node:fs';
import { buildBriefing } from '../../src/briefing/index.js';
import type { Doc } from '../../src/core/types.js';
import { resolveOptions } from '../../src/core/options.js';
import { countWords } from '../../src/language/index.js';
import { analyzeDocument, analyzeEvent } from '../../src/pipeline/index.js';
import { cutWords, rouge, type RougeScores } from './rouge.js';
import { textRank } from './textrank.js';
import { option } from '../../scripts/args.js';

const BUDGET = 55;

interface Story {
  id: string;
  articles: { title: string; text: string }[];
  reference: string;
}

function sentencesOf(doc: Doc): string[] {
  return doc.sentences.map((s) => doc.text.slice(s.start, s.end));
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

class Scores {
  private readonly sum: RougeScores = { r1: 0, r2: 0, rl: 0 };
  private n = 0;
  private words = 0;
  ms = 0;
  add(summary: string, reference: string): void {
    const cut = cutWords(summary, BUDGET);
    const s = rouge(cut, reference);
    this.sum.r1 += s.r1;
    this.sum.r2 += s.r2;
    this.sum.rl += s.rl;
    this.words += countWords(cut);
    this.n++;
  }
  row(name: string): string {
    const pct = (x: number) => ((100 * x) / this.n).toFixed(2);
    return `| ${name} | ${pct(this.sum.r1)} | ${pct(this.sum.r2)} | ${pct(this.sum.rl)} | ${(this.words / this.n).toFixed(1)} |`;
  }
  get r1(): number {
    return this.sum.r1 / this.n;
  }
}

export async function run(args: string[]): Promise<void> {
  const file = option(args, '--data') ?? '../shared/data/briefings/neus-val/val.jsonl';
  const limit = Number(option(args, '--limit') ?? Infinity);
  const stories = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Story)
    .slice(0, limit);

  const ours = new Scores();
  const lead = new Scores();
  const rank = new Scores();
  let items = 0;
  let contained = 0;
  const rejected: string[] = [];
  const options = resolveOptions({});
  for (const story of stories) {
    // Each article goes through the product's own stages, as a JSONL record would; one the
    // product rejects (an empty text) is left out, as `parallax brief` would leave it out.
    const docs = story.articles.flatMap((a, i) => {
      const id = `${story.id}-${i + 1}`;
      try {
        return [analyzeDocument({ id, input: id, kind: 'text', content: a.text, given: { title: a.title, source: `outlet-${i + 1}` } }, options)];
      } catch (err) {
        rejected.push(`${id}: ${(err as Error).message}`);
        return [];
      }
    });
    const coverage = analyzeEvent(docs);
    let t = performance.now();
    const briefing = buildBriefing(coverage, { summaryWords: BUDGET });
    ours.ms += performance.now() - t;
    ours.add(briefing.summary.map((s) => s.text).join(' '), story.reference);
    for (const item of briefing.summary) {
      items++;
      const cited = item.support.some((c) => {
        const doc = docs.find((d) => d.id === c.doc);
        return doc !== undefined && normalize(doc.text.slice(c.span.start, c.span.end)).includes(normalize(item.text));
      });
      if (cited) contained++;
    }
    lead.add(docs.map((d) => sentencesOf(d)[0] ?? '').join(' '), story.reference);
    t = performance.now();
    const all = docs.flatMap(sentencesOf);
    rank.add(textRank(all).map((i) => all[i]).join(' '), story.reference);
    rank.ms += performance.now() - t;
  }
  const best = Math.max(lead.r1, rank.r1);
  console.log(`NeuS roundups: ${stories.length} stories from ${file}; every system cut to ${BUDGET} words.`);
  console.log(`Articles the pipeline rejected (left out for every system): ${rejected.length ? rejected.join('; ') : 'none'}.\n`);
  console.log('| system | ROUGE-1 | ROUGE-2 | ROUGE-L | words |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(ours.row('Parallax summary (buildBriefing)'));
  console.log(lead.row('Lead-1 of each article'));
  console.log(rank.row('TextRank'));
  console.log(`\nROUGE-1 margin over the better baseline: ${(100 * (ours.r1 - best)).toFixed(2)} points (target: >= 3).`);
  console.log(`Summary sentences cited to a span that contains them: ${contained}/${items} (${((100 * contained) / Math.max(items, 1)).toFixed(1)}%).`);
  console.log(`Time: Parallax ${(ours.ms / Math.max(rank.ms, 1e-9)).toFixed(1)}x TextRank (whole briefing vs ranking only), ${(ours.ms / Math.max(stories.length, 1)).toFixed(1)} ms a story.`);
}
