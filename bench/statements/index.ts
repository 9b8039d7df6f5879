/**
 * `npm run bench -- statements [--split dev,test] [--errors N]`: score findStatements on
 * PolNeAR with Citron's exact and token-overlap metrics and GenderGapTracker's quote-level
 * recipe, and report the stage's speed next to a peer run side by side (wink-nlp's
 * tokenizer, sentence splitter and tagger alone over the same texts). Speed is measured
 * in CPU time of this process, after a warm-up pass, alternating stage and peer rounds.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Span, Statement } from '../../src/core/types.js';
import { analyzeLanguage } from '../../src/language/index.js';
import { option as optionOf } from '../../scripts/args.js';
import { findStatements } from '../../src/statements/index.js';
import { loadPolnear, type PolnearDoc } from './polnear.js';
import {
  contentExact,
  cueExact,
  exactPrf,
  prf,
  quoteLevel,
  sourceExact,
  tokenOverlap,
  wordTokens,
  type Attr,
  type Counts,
  type Overlap,
  type Prf,
} from './metrics.js';

export function bareDoc(id: string, text: string): Doc {
  return {
    id,
    input: id,
    source: 'polnear',
    text,
    author: [],
    pageType: 'article',
    paragraphs: [],
    sentences: [],
    mentions: [],
    statements: [],
    messages: [],
  };
}

/**
 * The document with its language and sentences, as the pipeline gives it: a split in
 * another language is read by the rules for that language (English ignores the sentences).
 */
function withLanguage(doc: Doc): Doc {
  analyzeLanguage(doc, {});
  return doc;
}

const sortSpans = (spans: Span[]) => spans.slice().sort((a, b) => a.start - b.start || a.end - b.end);

/**
 * A document's statements as PolNeAR attributions: cue, source and content span lists. A
 * quotation that continues another statement is one more piece of that statement's content,
 * as PolNeAR annotates it.
 */
export function asAttributions(statements: Statement[]): Attr[] {
  const byId = new Map<string, Attr>();
  const out: Attr[] = [];
  for (const s of statements) {
    const content = s.parts ?? [s.span];
    const continued = s.continues === undefined ? undefined : byId.get(s.continues);
    if (continued) {
      continued.contents = sortSpans([...continued.contents, ...content]);
      continue;
    }
    const attr = { cue: s.cue.span ? [s.cue.span] : [], sources: s.speaker.span ? [s.speaker.span] : [], contents: sortSpans(content) };
    byId.set(s.id, attr);
    out.push(attr);
  }
  return out;
}

interface SplitScore {
  docs: number;
  exact: Record<'cue' | 'source' | 'content', Counts>;
  overlap: Record<'cue' | 'source' | 'content', Overlap>;
  quotes: Record<string, { tp: number; predicted: number; gold: number; speakerRight: number }>;
}

const add = (a: Counts, b: Counts) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
const addOverlap = (a: Overlap, b: Overlap) => ({
  overlap: a.overlap + b.overlap,
  predicted: a.predicted + b.predicted,
  gold: a.gold + b.gold,
});
export const thresholds = [0.3, 0.8];

export function scoreSplit(docs: PolnearDoc[], predict: (d: PolnearDoc) => Attr[]): SplitScore {
  const zero = () => ({ tp: 0, fp: 0, fn: 0 });
  const zeroO = () => ({ overlap: 0, predicted: 0, gold: 0 });
  const score: SplitScore = {
    docs: docs.length,
    exact: { cue: zero(), source: zero(), content: zero() },
    overlap: { cue: zeroO(), source: zeroO(), content: zeroO() },
    quotes: Object.fromEntries(thresholds.map((t) => [t, { tp: 0, predicted: 0, gold: 0, speakerRight: 0 }])),
  };
  for (const d of docs) {
    const pred = predict(d);
    const gold = d.gold;
    score.exact.cue = add(score.exact.cue, cueExact(pred, gold));
    score.exact.source = add(score.exact.source, sourceExact(pred, gold));
    score.exact.content = add(score.exact.content, contentExact(pred, gold));
    const tokens = wordTokens(d.text);
    for (const k of ['cue', 'source', 'content'] as const) {
      const field = k === 'cue' ? 'cue' : k === 'source' ? 'sources' : 'contents';
      score.overlap[k] = addOverlap(
        score.overlap[k],
        tokenOverlap(
          tokens,
          pred.map((p) => p[field]),
          gold.map((g) => g[field]),
        ),
      );
    }
    for (const t of thresholds) {
      const q = quoteLevel(pred, gold, t);
      const acc = score.quotes[t];
      acc.tp += q.tp;
      acc.predicted += q.predicted;
      acc.gold += q.gold;
      acc.speakerRight += q.speakerRight;
    }
  }
  return score;
}

const pct = (v: number) => (100 * v).toFixed(1);
const row = (name: string, r: Prf) => `| ${name} | ${pct(r.p)} | ${pct(r.r)} | ${pct(r.f1)} |`;

export function report(split: string, s: SplitScore): string {
  const lines = [`### PolNeAR ${split} (${s.docs} articles)`, '', '| Citron metric | P | R | F1 |', '|---|---|---|---|'];
  for (const k of ['cue', 'source', 'content'] as const) lines.push(row(`${k} exact`, exactPrf(s.exact[k])));
  for (const k of ['cue', 'source', 'content'] as const) {
    const o = s.overlap[k];
    lines.push(row(`${k} token overlap`, prf(o.overlap, o.predicted, o.gold)));
  }
  lines.push('', '| Quote level | P | R | F1 | speaker accuracy |', '|---|---|---|---|---|');
  for (const t of thresholds) {
    const q = s.quotes[t];
    const r = prf(q.tp, q.predicted, q.gold);
    lines.push(`| T = ${t} | ${pct(r.p)} | ${pct(r.r)} | ${pct(r.f1)} | ${pct(q.tp ? q.speakerRight / q.tp : 0)} |`);
  }
  return lines.join('\n');
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/** Articles per CPU-second for the stage and the peer, in alternating rounds after a warm-up; the best round of each counts. */
export function measureSpeed(texts: string[], stage: (t: string) => unknown, peer: (t: string) => unknown, rounds = 3) {
  for (const t of texts) stage(t);
  for (const t of texts) peer(t);
  let best = { stage: 0, peer: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of [
      ['stage', stage],
      ['peer', peer],
    ] as const) {
      const t0 = cpuSeconds();
      for (const t of texts) run(t);
      const rate = texts.length / (cpuSeconds() - t0);
      best = { ...best, [name]: Math.max(best[name], rate) };
    }
  }
  return best;
}

function describe(d: PolnearDoc, a: Attr): string {
  const show = (spans: Span[]) => spans.map((s) => JSON.stringify(d.text.slice(s.start, s.end))).join(' + ') || '∅';
  return `cue ${show(a.cue)} | src ${show(a.sources)} | con ${show(a.contents)}`;
}

export async function run(args: string[]): Promise<void> {
  const option = (name: string, fallback: string) => optionOf(args, name) ?? fallback;
  const splits = option('--split', 'dev,test').split(',');
  const showErrors = Number(option('--errors', '0'));
  const nlp = winkNLP(model, ['sbd', 'pos']);
  for (const split of splits) {
    const docs = loadPolnear(split);
    const score = scoreSplit(docs, (d) => asAttributions(findStatements(withLanguage(bareDoc(d.id, d.text)))));
    console.log(report(split, score));
    const speed = measureSpeed(
      docs.map((d) => d.text),
      (text) => findStatements(bareDoc('speed', text)),
      (text) => nlp.readDoc(text).tokens().out(nlp.its.pos),
    );
    console.log(
      `\nSpeed (CPU time, one process): stage ${speed.stage.toFixed(0)} articles/s; wink-nlp tagging alone ${speed.peer.toFixed(0)} articles/s; stage/peer = ${(speed.stage / speed.peer).toFixed(2)}.\n`,
    );
    if (showErrors > 0) {
      let shown = 0;
      for (const d of docs) {
        const pred = asAttributions(findStatements(withLanguage(bareDoc(d.id, d.text))));
        for (const g of d.gold) {
          if (shown >= showErrors) break;
          const ok = pred.some((p) => p.cue.some((c) => g.cue.some((x) => c.start <= x.end && c.end > x.start)) && JSON.stringify(p.contents) === JSON.stringify(g.contents) && JSON.stringify(p.sources) === JSON.stringify(g.sources));
          if (ok) continue;
          const near = pred.find((p) => p.cue.some((c) => g.cue.some((x) => c.start <= x.end && c.end > x.start)));
          console.log(`- gold ${describe(d, g)}\n  pred ${near ? describe(d, near) : '(none)'}`);
          shown++;
        }
      }
    }
  }
}
