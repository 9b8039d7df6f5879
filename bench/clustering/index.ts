/**
 * `npm run bench -- clustering [--data FILE] [--stories FILE]`: grouping documents into
 * events on ECB+ (`../shared/data/clustering/ecbplus/ecbplus_docs.jsonl`, see its README),
 * scored with BCubed and pairwise P/R/F1 against the gold events. Each split is clustered
 * on its own, without the topics. Parallax is the product's `groupEvents` with its default
 * settings; the baseline is the classic TF-IDF cosine over the same words with average-link
 * clustering (the product with names not counted again), its threshold chosen on the train split in
 * this run. "One event" is what `parallax brief` assumes of its inputs. A second set, for
 * generality, takes the NeuS stories (`--stories`, default the briefing bench's
 * `neus-val`) as events: each story's three outlet leads, with their titles.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Doc } from '../../src/core/types.js';
import { resolveOptions } from '../../src/core/options.js';
import { EVENT_GROUPING, groupEvents } from '../../src/events/index.js';
import { analyzeDocument } from '../../src/pipeline/index.js';
import { option } from '../../scripts/args.js';
import { bcubed, pairwise, type PRF } from './metrics.js';

interface EcbRecord {
  id: string;
  text: string;
  event_label: string;
  split?: string;
}

interface Story {
  id: string;
  articles: { title: string; text: string }[];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

type System = (docs: Doc[]) => string[];

/** Each document's event id under `groupEvents` with these settings. */
function byGrouping(settings: Partial<typeof EVENT_GROUPING>): System {
  return (docs) => {
    const eventOf = new Map<string, string>();
    for (const e of groupEvents(docs, settings)) for (const id of e.docs) eventOf.set(id, e.id);
    return docs.map((d) => eventOf.get(d.id)!);
  };
}

const pct = (x: number) => (100 * x).toFixed(1);
const cells = (s: PRF) => `${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)}`;

export async function run(args: string[]): Promise<void> {
  const file = option(args, '--data') ?? '../shared/data/clustering/ecbplus/ecbplus_docs.jsonl';
  const records = readJsonl<EcbRecord>(file);
  const storiesFile = option(args, '--stories') ?? '../shared/data/briefings/neus-val/val.jsonl';
  const stories = existsSync(storiesFile) ? readJsonl<Story>(storiesFile) : [];
  const options = resolveOptions({});
  const splits = new Map<string, { docs: Doc[]; gold: string[] }>();
  for (const r of records) {
    const split = r.split ?? 'all';
    const set = splits.get(split) ?? splits.set(split, { docs: [], gold: [] }).get(split)!;
    try {
      set.docs.push(analyzeDocument({ id: r.id, input: r.id, kind: 'text', content: r.text, given: {} }, options));
      set.gold.push(r.event_label);
    } catch (err) {
      console.error(`${r.id}: ${err instanceof Error ? err.message : String(err)} (left out)`);
    }
  }
  if (stories.length > 0) {
    const set = { docs: [] as Doc[], gold: [] as string[] };
    for (const story of stories) {
      story.articles.forEach((a, k) => {
        // Two leads are empty: the pipeline rejects them, as in the briefing bench.
        if (!a.text.trim()) return;
        set.docs.push(analyzeDocument({ id: `${story.id}-${k}`, input: story.id, kind: 'text', content: a.text, given: { title: a.title } }, options));
        set.gold.push(story.id);
      });
    }
    splits.set('NeuS stories', set);
  }

  // The baseline's threshold: its best BCubed F1 on train (or on the only split there is).
  const tuning = splits.get('train') ?? [...splits.values()][0];
  let baselineThreshold = 0;
  let bestF = -1;
  for (let t = 0.05; t <= 0.6001; t += 0.025) {
    const f = bcubed(byGrouping({ nameWeight: 0, threshold: t })(tuning.docs), tuning.gold).f;
    if (f > bestF) [bestF, baselineThreshold] = [f, Number(t.toFixed(3))];
  }

  const systems: [string, System][] = [
    [`Parallax (groupEvents: threshold ${EVENT_GROUPING.threshold}, names ${EVENT_GROUPING.nameWeight})`, byGrouping({})],
    [`TF-IDF cosine, average link (threshold ${baselineThreshold}, best on ${splits.has('train') ? 'train' : 'this set'})`, byGrouping({ nameWeight: 0, threshold: baselineThreshold })],
    ['One event (all documents together)', (docs) => docs.map(() => 'all')],
    ['Singletons', (docs) => docs.map((d) => d.id)],
  ];
  console.log(`Event clustering on ${file}\n`);
  console.log('| split | docs | gold events | system | events | BCubed P | R | F1 | pairwise P | R | F1 |');
  console.log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [split, { docs, gold }] of splits) {
    for (const [name, system] of systems) {
      const predicted = system(docs);
      const row = [split, docs.length, new Set(gold).size, name, new Set(predicted).size, cells(bcubed(predicted, gold)), cells(pairwise(predicted, gold))];
      console.log(`| ${row.join(' | ')} |`);
    }
  }

  // Speed: the product's grouping against the baseline's, alternating, best of three.
  const all = [...splits.entries()].filter(([name]) => name !== 'NeuS stories').flatMap(([, s]) => s.docs);
  const best = { parallax: Infinity, baseline: Infinity };
  for (let round = 0; round < 3; round++) {
    let t = performance.now();
    groupEvents(all);
    best.parallax = Math.min(best.parallax, performance.now() - t);
    t = performance.now();
    groupEvents(all, { nameWeight: 0, threshold: baselineThreshold });
    best.baseline = Math.min(best.baseline, performance.now() - t);
  }
  console.log(
    `\nTime to group all ${all.length} documents at once (per-document stages not timed), best of three: ` +
      `Parallax ${best.parallax.toFixed(0)} ms, baseline ${best.baseline.toFixed(0)} ms (${(best.parallax / best.baseline).toFixed(2)}x).`,
  );
}
