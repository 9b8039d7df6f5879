/**
 * `npm run train -- statements [--epochs N] [--out path]`: train the cue tagger and the
 * role tagger on PolNeAR train (never dev or test) and write data/models/statements.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { option as optionOf } from '../../scripts/args.js';
import { loadPolnear, type GoldAttribution, type PolnearDoc } from '../../bench/statements/polnear.js';
import type { Span } from '../../src/core/types.js';
import { analyze, type Analysis } from '../../src/statements/analysis.js';
import { cueFeatures, cueLabels, roleFeatures, roleLabels, roleWindow } from '../../src/statements/features.js';
import { loadTagger, modelUrl, type StatementModels, type StoredModel, type StoredTagger } from '../../src/statements/model.js';
import { findAttributions, tagCues, tagRoles } from '../../src/statements/attributions.js';
import { scoreSplit } from '../../bench/statements/index.js';
import { exactPrf } from '../../bench/statements/metrics.js';
import type { TaggerModel } from '../../src/statements/tagger.js';
import { wordClassesUrl } from '../../src/statements/wordclasses.js';
import { seededRandom } from '../random.js';
import { PerceptronTrainer, pruneRare, storeTagger, type Example } from './perceptron.js';
import { buildWordClasses } from './wordnet.js';

/** Tokens [first, last) that overlap a character span, or undefined. */
export function tokenRange(a: Analysis, span: Span): [number, number] | undefined {
  let first = -1;
  let last = -1;
  for (let t = 0; t < a.tokens.length; t++) {
    const tk = a.tokens[t];
    if (tk.end <= span.start) continue;
    if (tk.start >= span.end) break;
    if (first < 0) first = t;
    last = t + 1;
  }
  return first < 0 ? undefined : [first, last];
}

function mark(labels: Int32Array, offset: number, range: [number, number] | undefined, b: number, i: number): void {
  if (!range) return;
  for (let t = range[0]; t < range[1]; t++) {
    const k = t - offset;
    if (k < 0 || k >= labels.length) continue;
    labels[k] = t === range[0] || k === 0 ? b : i;
  }
}

/** Seeded shuffle, so that training is reproducible. */
function shuffled<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function cueExamples(doc: PolnearDoc, a: Analysis): Example[] {
  const examples: Example[] = [];
  const cueRanges = doc.gold.flatMap((g) => g.cue.map((s) => tokenRange(a, s)));
  for (let s = 0; s < a.sentences.length; s++) {
    const { first, last } = a.sentences[s];
    if (last <= first) continue;
    const gold = new Int32Array(last - first);
    for (const r of cueRanges) mark(gold, first, r, 1, 2);
    examples.push({ seq: cueFeatures(a, s), gold });
  }
  return examples;
}

export function roleExamples(doc: PolnearDoc, a: Analysis): Example[] {
  const examples: Example[] = [];
  const example = (g: GoldAttribution, cue: [number, number]): Example => {
    const [first, last] = roleWindow(a, cue[0], cue[1]);
    const gold = new Int32Array(last - first);
    for (const s of g.sources) mark(gold, first, tokenRange(a, s), 1, 2);
    for (const s of g.contents) mark(gold, first, tokenRange(a, s), 3, 4);
    for (let t = cue[0]; t < cue[1]; t++) gold[t - first] = 0;
    const blocked = (t: number, y: number) => y !== 0 && first + t >= cue[0] && first + t < cue[1];
    return { seq: roleFeatures(a, cue[0], cue[1], first, last), gold, blocked };
  };
  for (const g of doc.gold) {
    if (g.cue.length === 0) continue;
    const cue = tokenRange(a, { start: g.cue[0].start, end: g.cue[g.cue.length - 1].end });
    if (!cue) continue;
    examples.push(example(g, cue));
  }
  return examples;
}

/**
 * Train `seeds` perceptrons on differently shuffled examples and store their mean.
 * `afterEpoch` reports on the mean after each epoch (hold-out mode).
 */
function train(
  name: string,
  labels: readonly string[],
  examples: Example[],
  options: { epochs: number; minCount: number; bits: number; seeds: number },
  afterEpoch?: (stored: StoredTagger) => string,
): StoredTagger {
  const { epochs, minCount, bits, seeds } = options;
  pruneRare(examples, minCount);
  const trainers = Array.from({ length: seeds }, () => new PerceptronTrainer(labels, 2 ** bits));
  for (let e = 0; e < epochs; e++) {
    const t0 = performance.now();
    const errors = trainers.map((trainer, k) => trainer.epoch(shuffled(examples, 1000 * (k + 1) + e)));
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    const extra = afterEpoch ? ` | ${afterEpoch(storeTagger(trainers, true))}` : '';
    console.log(`${name} epoch ${e + 1}/${epochs}: ${errors.join('/')} token errors (${seconds} s)${extra}`);
  }
  return storeTagger(trainers);
}

interface HeldOut {
  doc: PolnearDoc;
  a: Analysis;
}

const pct = (v: number) => (100 * v).toFixed(1);

/** Cue spans found exactly, on held-out train documents. */
function cueScore(tagger: TaggerModel, held: HeldOut[]): string {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const { doc, a } of held) {
    const found = tagCues(a, { cue: tagger, role: tagger }).map(([f, l]) => `${a.tokens[f].start}:${a.tokens[l - 1].end}`);
    const truth = new Set(doc.gold.filter((g) => g.cue.length).map((g) => `${g.cue[0].start}:${g.cue[g.cue.length - 1].end}`));
    predicted += found.length;
    gold += truth.size;
    tp += found.filter((f) => truth.has(f)).length;
  }
  const p = tp / predicted;
  const r = tp / gold;
  return `held-out cue P ${pct(p)} R ${pct(r)} F1 ${pct((2 * p * r) / (p + r))}`;
}

/** Sources and contents found exactly for the gold cues of held-out train documents. */
function roleScore(tagger: TaggerModel, held: HeldOut[]): string {
  let n = 0;
  let source = 0;
  let content = 0;
  const same = (x: Span[], y: Span[]) => JSON.stringify(x) === JSON.stringify(y);
  for (const { doc, a } of held) {
    for (const g of doc.gold) {
      if (g.cue.length === 0) continue;
      const cue = tokenRange(a, { start: g.cue[0].start, end: g.cue[g.cue.length - 1].end });
      if (!cue) continue;
      const found = tagRoles(a, { cue: tagger, role: tagger }, cue);
      const spans = (list: [number, number][]) => list.map(([f, l]) => ({ start: a.tokens[f].start, end: a.tokens[l - 1].end }));
      n++;
      if (same(spans(found.sources), g.sources)) source++;
      if (same(spans(found.contents), g.contents)) content++;
    }
  }
  return `held-out with gold cues: source ${pct(source / n)} content ${pct(content / n)}`;
}

/** Citron exact F1 of cue, source and content on held-out train documents, taggers only. */
function endToEnd(models: StatementModels, held: HeldOut[]): string {
  const byDoc = new Map(held.map((h) => [h.doc.id, h.a]));
  const score = scoreSplit(
    held.map((h) => h.doc),
    (doc) => {
      const a = byDoc.get(doc.id)!;
      const spans = (list: [number, number][]) => list.map(([f, l]) => ({ start: a.tokens[f].start, end: a.tokens[l - 1].end }));
      return findAttributions(a, models)
        .filter((at) => at.contents.length > 0)
        .map((at) => ({ cue: spans([at.cue]), sources: spans(at.sources.slice(0, 1)), contents: spans(at.contents) }));
    },
  );
  const f1 = (k: 'cue' | 'source' | 'content') => pct(exactPrf(score.exact[k]).f1);
  return `held-out end to end, exact F1: cue ${f1('cue')} source ${f1('source')} content ${f1('content')}`;
}

export async function run(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => optionOf(args, name) ?? fallback;
  // Epoch counts chosen on a held-out part of train (--holdout 7), never on dev or test.
  const epochs = Number(option('--epochs', '0'));
  const cueEpochs = epochs || Number(option('--cue-epochs', '6'));
  const roleEpochs = epochs || Number(option('--role-epochs', '8'));
  const minCount = Number(option('--min-count', '3'));
  const bits = Number(option('--bits', '18'));
  const seeds = Number(option('--seeds', '5'));
  const settings = { minCount, bits, seeds };
  const out = option('--out', fileURLToPath(modelUrl));
  const classes = buildWordClasses();
  writeFileSync(wordClassesUrl, JSON.stringify(classes));
  console.log(`wrote ${fileURLToPath(wordClassesUrl)}: ${Object.keys(classes.verbs).length} verbs, ${Object.keys(classes.nouns).length} nouns`);
  // --holdout K: keep every K-th train document out and score it after each epoch (model written only with --out).
  const holdout = Number(option('--holdout', '0'));
  const all = loadPolnear('train');
  const docs = holdout ? all.filter((_, i) => i % holdout !== 0) : all;
  const held: HeldOut[] = holdout ? all.filter((_, i) => i % holdout === 0).map((doc) => ({ doc, a: analyze(doc.text) })) : [];
  console.log(`PolNeAR train: ${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} attributions`);
  const only = option('--only', '');
  const previous = only && existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as StoredModel) : undefined;
  const cue: Example[] = [];
  const role: Example[] = [];
  for (const doc of docs) {
    const a = analyze(doc.text);
    if (only !== 'role') cue.push(...cueExamples(doc, a));
    if (only !== 'cue') role.push(...roleExamples(doc, a));
  }
  const score = (scorer: typeof cueScore) => (holdout ? (stored: StoredTagger) => scorer(loadTagger(stored), held) : undefined);
  const cueModel =
    previous && only === 'role' ? previous.cue : train('cue', cueLabels, cue, { ...settings, epochs: cueEpochs }, score(cueScore));
  const roleModel =
    previous && only === 'cue' ? previous.role : train('role', roleLabels, role, { ...settings, epochs: roleEpochs }, score(roleScore));
  if (holdout) {
    console.log(endToEnd({ cue: loadTagger(cueModel), role: loadTagger(roleModel) }, held));
    // A hold-out model is written only where asked (--out), never over the shipped one.
    if (!args.includes('--out')) return;
  }
  const model: StoredModel = {
    format: 3,
    trained: {
      data: holdout
        ? `PolNeAR train split without every ${holdout}th article (hold-out model, not for shipping)`
        : 'PolNeAR train split (840 articles), ../shared/data/statements/polnear/train',
      command: `npm run train -- statements --cue-epochs ${cueEpochs} --role-epochs ${roleEpochs} --min-count ${minCount} --bits ${bits} --seeds ${seeds}`,
      method: 'averaged structured perceptron, hashed features (src/statements/features.ts)',
      ...settings,
      cueEpochs,
      roleEpochs,
      date: new Date().toISOString().slice(0, 10),
    },
    cue: cueModel,
    role: roleModel,
  };
  writeFileSync(out, JSON.stringify(model));
  console.log(`wrote ${out}`);
}
