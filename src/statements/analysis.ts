/**
 * Everything the statement models read about one document, computed once: tokens,
 * quotations, and per-token attributes hashed for the feature templates.
 */
import { hashString, hashWith } from './hash.js';
import { beliefVerbs, evidenceVerbs, speechNouns, speechVerbs, writingVerbs } from './lexicon.js';
import { isQuoteMark } from './marks.js';
import { findQuotations, type Quotation } from './quotes.js';
import { wordCluster } from './clusters.js';
import { tokenize, type Tokenized } from './tokens.js';
import { wordClass as wordClassOf } from './wordclasses.js';

export interface Analysis extends Tokenized {
  quotations: Quotation[];
  /** Per token: index of the outermost quotation containing it, or -1. */
  quoteOf: Int32Array;
  /** Per token: how many quotations contain it. */
  quoteDepth: Int32Array;
  /** Per token: 1 for an opening mark, 2 for a closing mark, 0 otherwise. */
  markKind: Int8Array;
  /** Hashed attributes per token. */
  word: Int32Array;
  lemma: Int32Array;
  pos: Int32Array;
  shape: Int32Array;
  suffix: Int32Array;
  wordClass: Int32Array;
  /** WordNet class of the token's lemma (src/statements/wordclasses.ts), hashed. */
  sense: Int32Array;
  /** Fine and coarse word cluster of the lowercase word (src/statements/clusters.ts), hashed. */
  cluster: Int32Array;
  coarse: Int32Array;
  /** Lexicon class name per token ("speech", "belief", ...) or "". */
  classOf: string[];
}

const lexiconClass = new Map<string, string>();
for (const [name, words] of [
  ['evidence', evidenceVerbs],
  ['belief', beliefVerbs],
  ['writing', writingVerbs],
  ['speech', speechVerbs],
] as const) {
  for (const w of words) lexiconClass.set(w, name);
}
const nounClass = new Set<string>(speechNouns);

function shapeOf(text: string): string {
  if (text.length === 1 && !/[\p{L}\p{N}]/u.test(text)) return text;
  let shape = '';
  for (const ch of text.slice(0, 6)) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (shape[shape.length - 1] !== c || shape.length < 2) shape += c;
  }
  return shape;
}

function classify(lemma: string, pos: string): string {
  if (pos === 'VERB' || pos === 'AUX') return lexiconClass.get(lemma) ?? '';
  if (pos === 'NOUN') return nounClass.has(lemma) ? 'noun' : '';
  return '';
}

// Seeds that keep the attribute kinds apart: a word and a lemma with equal text hash differently.
const [WORD, SHAPE, SUFFIX, LEMMA, POS, CLASS, SENSE, FINE, COARSE] = ['w', 's', 'x', 'l', 'p', 'c', 'n', 'k', 'K'].map(hashString);

interface Form {
  word: number;
  shape: number;
  suffix: number;
  cluster: number;
  coarse: number;
}
const forms = new Map<string, Form>();

/** Hashed attributes of a token's surface form, cached by form. */
function formOf(text: string): Form {
  let form = forms.get(text);
  if (form) return form;
  const lower = isQuoteMark(text) ? '"' : text.toLowerCase().replace(/’/g, "'");
  const clusters = wordCluster(lower);
  form = {
    word: hashWith(WORD, lower),
    shape: hashWith(SHAPE, shapeOf(text)),
    suffix: hashWith(SUFFIX, lower.slice(-3)),
    cluster: hashWith(FINE, clusters ? String(clusters.fine) : ''),
    coarse: hashWith(COARSE, clusters ? String(clusters.coarse) : ''),
  };
  if (forms.size < 200_000) forms.set(text, form);
  return form;
}

interface LemmaAttributes {
  lemma: number;
  pos: number;
  classOf: string;
  wordClass: number;
  sense: number;
}
/** By tag, then lemma: two lookups cost less than building a joint key string per token. */
const lemmaCache = new Map<string, Map<string, LemmaAttributes>>();
let lemmaCacheSize = 0;

/** Hashed attributes of a lemma with its tag, cached by both. */
function lemmaOf(lemmaText: string, tag: string): LemmaAttributes {
  let byLemma = lemmaCache.get(tag);
  if (!byLemma) lemmaCache.set(tag, (byLemma = new Map()));
  let found = byLemma.get(lemmaText);
  if (found) return found;
  const lower = lemmaText.toLowerCase();
  const verb = tag === 'VERB' || tag === 'AUX';
  const classOf = classify(lower, tag);
  found = {
    lemma: hashWith(LEMMA, lower),
    pos: hashWith(POS, tag),
    classOf,
    wordClass: hashWith(CLASS, classOf),
    sense: hashWith(SENSE, verb ? `v${wordClassOf(lower, tag)}` : wordClassOf(lower, tag)),
  };
  if (lemmaCacheSize < 200_000) {
    byLemma.set(lemmaText, found);
    lemmaCacheSize++;
  }
  return found;
}

export function analyze(text: string): Analysis {
  const tok = tokenize(text);
  const n = tok.tokens.length;
  const quotations = findQuotations(text);
  const quoteOf = new Int32Array(n).fill(-1);
  const quoteDepth = new Int32Array(n);
  const markKind = new Int8Array(n);
  // Quotations are sorted by start; walk tokens and quotations together.
  let q = 0;
  const active: number[] = [];
  for (let t = 0; t < n; t++) {
    const { start, end } = tok.tokens[t];
    while (q < quotations.length && quotations[q].start <= start) active.push(q++);
    for (let k = active.length - 1; k >= 0; k--) if (quotations[active[k]].end <= start) active.splice(k, 1);
    quoteDepth[t] = active.length;
    if (active.length > 0) quoteOf[t] = active.reduce((a, b) => (quotations[a].depth <= quotations[b].depth ? a : b));
    if (isQuoteMark(tok.text[start]) && end - start === 1) {
      if (active.some((k) => quotations[k].start === start)) markKind[t] = 1;
      else if (active.some((k) => quotations[k].closed && quotations[k].end === end)) markKind[t] = 2;
    }
  }
  const word = new Int32Array(n);
  const lemma = new Int32Array(n);
  const pos = new Int32Array(n);
  const shape = new Int32Array(n);
  const suffix = new Int32Array(n);
  const wordClass = new Int32Array(n);
  const sense = new Int32Array(n);
  const cluster = new Int32Array(n);
  const coarse = new Int32Array(n);
  const classOf: string[] = new Array(n);
  for (let t = 0; t < n; t++) {
    const tk = tok.tokens[t];
    const form = formOf(tk.text);
    word[t] = form.word;
    shape[t] = form.shape;
    suffix[t] = form.suffix;
    cluster[t] = form.cluster;
    coarse[t] = form.coarse;
    const attributes = lemmaOf(tk.lemma, tk.pos);
    lemma[t] = attributes.lemma;
    pos[t] = attributes.pos;
    classOf[t] = attributes.classOf;
    wordClass[t] = attributes.wordClass;
    sense[t] = attributes.sense;
  }
  return { ...tok, quotations, quoteOf, quoteDepth, markKind, word, lemma, pos, shape, suffix, wordClass, sense, cluster, coarse, classOf };
}

/** Index of the first token that ends after `offset` (the token at or after it), or tokens.length. */
export function tokenAt(a: Analysis, offset: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a.tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
