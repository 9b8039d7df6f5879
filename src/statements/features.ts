/**
 * Feature templates of the two statement taggers. Training (train/statements) and
 * inference call these same functions, so the features cannot drift apart.
 *
 * - Cue tagger: one sequence per sentence, labels O / B-cue / I-cue.
 * - Role tagger: one sequence per cue, over the cue's sentence and its neighbours,
 *   labels O / B-src / I-src / B-con / I-con, with features relative to the cue.
 */
import type { Analysis } from './analysis.js';
import { hashString, mix, mix3 } from './hash.js';
import type { FeatureSequence } from './tagger.js';

export const cueLabels = ['O', 'B-cue', 'I-cue'] as const;
export const roleLabels = ['O', 'B-src', 'I-src', 'B-con', 'I-con'] as const;

/** Template ids: distinct hashes so that equal attribute values in different templates differ. */
const T = Array.from({ length: 64 }, (_, i) => hashString(`template${i}`));
const NONE = hashString('none');
const SMALL = Array.from({ length: 128 }, (_, i) => hashString(`n${i}`));
/** Hash of a small non-negative integer. */
const small = (v: number): number => SMALL[v];
/** Hash of the bucket of `v` between ascending edges. */
const bucket = (v: number, edges: readonly number[]): number => {
  let b = 0;
  while (b < edges.length && v > edges[b]) b++;
  return SMALL[100 + b];
};

/** Writes a fixed number of feature hashes per token. */
class Writer {
  readonly hashes: Uint32Array;
  private k = 0;
  constructor(
    readonly length: number,
    readonly stride: number,
  ) {
    this.hashes = new Uint32Array(length * stride);
  }
  add(h: number): void {
    this.hashes[this.k++] = h;
  }
  build(): FeatureSequence {
    if (this.k !== this.length * this.stride) throw new Error('feature templates and stride disagree');
    return { hashes: this.hashes, stride: this.stride, length: this.length };
  }
}

function at(arr: Uint32Array, i: number, first: number, last: number): number {
  return i >= first && i < last ? arr[i] : NONE;
}

/** Sentence-level quotation context per token: quote mark earlier / later in the sentence. */
function quoteContext(a: Analysis, first: number, last: number): Uint32Array {
  const out = new Uint32Array(last - first);
  let seenClose = false;
  const openLater = new Uint8Array(last - first + 1);
  for (let t = last - 1; t >= first; t--) openLater[t - first] = openLater[t - first + 1] || (a.markKind[t] === 1 ? 1 : 0);
  for (let t = first; t < last; t++) {
    const inside = a.quoteDepth[t] > 0 && a.markKind[t] === 0 ? 1 : 0;
    out[t - first] = small(inside * 4 + (seenClose ? 2 : 0) + openLater[t - first + 1]);
    if (a.markKind[t] === 2) seenClose = true;
  }
  return out;
}

/** Is token t right after a closing quote (optionally with a comma between)? */
function afterCloseQuote(a: Analysis, t: number, first: number): boolean {
  for (let k = t - 1; k >= first && k >= t - 3; k--) {
    if (a.markKind[k] === 2) return true;
    if (!/^[,.!?—–-]$/.test(a.tokens[k].text)) return false;
  }
  return false;
}

/** Is token t right before an opening quote (optionally with a comma or colon between)? */
function beforeOpenQuote(a: Analysis, t: number, last: number): boolean {
  for (let k = t + 1; k < last && k <= t + 3; k++) {
    if (a.markKind[k] === 1) return true;
    if (!/^[,:;—–-]$/.test(a.tokens[k].text)) return false;
  }
  return false;
}

export function cueFeatures(a: Analysis, sentence: number): FeatureSequence {
  const { first, last } = a.sentences[sentence];
  const headline = a.tokens[first].paragraph === 0 ? 1 : 0;
  const qctx = quoteContext(a, first, last);
  const { word: W, lemma: L, pos: P, shape: S, suffix: X, wordClass: C } = a;
  const b = new Writer(last - first, 34);
  for (let i = first; i < last; i++) {
    const w = W[i];
    const p = P[i];
    const q = qctx[i - first];
    const pm1 = at(P, i - 1, first, last);
    const pp1 = at(P, i + 1, first, last);
    b.add(T[0]);
    b.add(mix(T[1], w));
    b.add(mix(T[2], L[i]));
    b.add(mix(T[3], p));
    b.add(mix(T[4], S[i]));
    b.add(mix(T[5], C[i]));
    b.add(mix(T[6], X[i]));
    b.add(mix(T[7], at(W, i - 1, first, last)));
    b.add(mix(T[8], at(W, i + 1, first, last)));
    b.add(mix(T[9], pm1));
    b.add(mix(T[10], pp1));
    b.add(mix(T[11], at(P, i - 2, first, last)));
    b.add(mix(T[12], at(P, i + 2, first, last)));
    b.add(mix3(T[13], at(L, i - 1, first, last), L[i]));
    b.add(mix3(T[14], L[i], at(L, i + 1, first, last)));
    b.add(mix3(T[15], pm1, p));
    b.add(mix3(T[16], p, pp1));
    b.add(mix3(mix(T[17], pm1), p, pp1));
    b.add(mix3(T[18], at(W, i + 1, first, last), at(W, i + 2, first, last)));
    b.add(mix3(T[19], C[i], p));
    b.add(mix3(T[20], q, C[i]));
    b.add(mix3(T[21], q, p));
    b.add(mix3(T[22], q, w));
    const after = afterCloseQuote(a, i, first) ? 1 : 0;
    const before = beforeOpenQuote(a, i, last) ? 1 : 0;
    b.add(mix3(T[23], small(after * 2 + before), w));
    b.add(mix3(T[24], small(after * 2 + before), C[i]));
    b.add(mix3(T[25], small(headline), p));
    b.add(mix3(T[26], small(headline), w));
    b.add(mix3(T[27], bucket(i - first, [0, 1, 2, 5, 10]), p));
    b.add(mix3(T[28], bucket(last - 1 - i, [0, 1, 2, 5, 10]), p));
    b.add(mix(T[29], at(W, i - 2, first, last)));
    b.add(mix3(T[30], L[i], at(W, i + 1, first, last)));
    b.add(mix3(T[31], at(W, i - 1, first, last), w));
    b.add(mix3(T[32], at(C, i - 1, first, last), at(C, i + 1, first, last)));
    b.add(mix3(T[33], small(a.quoteDepth[i] > 0 ? 1 : 0), C[i]));
  }
  return b.build();
}

/** The tokens a cue's roles are looked for in: the cue's sentence and one on each side, widened to whole quotations. */
export function roleWindow(a: Analysis, cueFirst: number, cueLast: number): [number, number] {
  const s = a.tokens[cueFirst].sentence;
  const s2 = a.tokens[cueLast - 1].sentence;
  let first = a.sentences[Math.max(0, s - 1)].first;
  let last = a.sentences[Math.min(a.sentences.length - 1, s2 + 1)].last;
  const cap = 400;
  const q1 = a.quoteOf[first];
  if (q1 >= 0) {
    const qs = a.quotations[q1].start;
    while (first > 0 && cueFirst - first < cap && a.tokens[first - 1].end > qs) first--;
  }
  const q2 = a.quoteOf[last - 1];
  if (q2 >= 0) {
    const qe = a.quotations[q2].end;
    while (last < a.tokens.length && last - cueLast < cap && a.tokens[last].start < qe) last++;
  }
  return [first, last];
}

/** The token of a cue whose lemma characterises it: its first verb, else its last token. */
export function cueHead(a: Analysis, cueFirst: number, cueLast: number): number {
  for (let t = cueFirst; t < cueLast; t++) if (a.tokens[t].pos === 'VERB') return t;
  for (let t = cueFirst; t < cueLast; t++) if (a.tokens[t].pos !== 'PUNCT') return t;
  return cueLast - 1;
}

/**
 * The frame a cue stands in, as two hashes: what follows it (sentence end, colon, comma,
 * quotation, "that", a noun phrase, ...) and what precedes it (a closing quotation, a
 * comma before its subject, the sentence start, ...), then the first landmark a few tokens
 * ahead and the tag of the word before the cue.
 */
function cueFrame(a: Analysis, cueFirst: number, cueLast: number): [number, number, number, number] {
  const sentence = a.sentences[a.tokens[cueFirst].sentence];
  let after: string;
  const next = cueLast < sentence.last ? a.tokens[cueLast] : undefined;
  if (!next) after = 'end';
  else if (a.markKind[cueLast] === 1) after = 'quote';
  else if (/^[.!?]$/.test(next.text) && cueLast + 1 >= sentence.last - 1) after = 'end';
  else if (/^[,:;]$/.test(next.text)) after = next.text + (a.markKind[cueLast + 1] === 1 ? 'quote' : '');
  else if (next.lower === 'that' || next.lower === 'to' || next.lower === 'as') after = next.lower;
  else after = next.pos;
  let before = 'np';
  if (cueFirst === sentence.first) before = 'start';
  else {
    for (let t = cueFirst - 1; t >= sentence.first && t >= cueFirst - 8; t--) {
      if (a.markKind[t] === 2 && t >= cueFirst - 3) {
        before = 'quote';
        break;
      }
      if (a.tokens[t].text === ',') {
        before = t === cueFirst - 1 ? 'comma' : 'comma-np';
        break;
      }
      if (a.tokens[t].pos === 'VERB') break;
    }
  }
  // Further out: the first landmark within a few tokens after the cue, and the cue's quotation status.
  let ahead = 'none';
  for (let t = cueLast; t < sentence.last && t < cueLast + 6; t++) {
    const tk = a.tokens[t];
    if (a.markKind[t] === 1) ahead = 'quote';
    else if (tk.lower === 'that' || tk.text === ':' || tk.text === ',') ahead = tk.lower;
    else if (t === sentence.last - 1 && /^[.!?]$/.test(tk.text)) ahead = 'end';
    else continue;
    ahead += t - cueLast;
    break;
  }
  const inQuote = a.quoteOf[cueFirst] >= 0 ? 'q' : '';
  const prev = cueFirst > sentence.first ? a.tokens[cueFirst - 1].pos : 'START';
  return [hashString(`fa${after}`), hashString(`fb${before}`), hashString(`fc${ahead}${inQuote}`), hashString(`fd${prev}`)];
}

const isClausePunct = (s: string): boolean => /^[,;:—–(]$/.test(s) || s === '--';

export function roleFeatures(a: Analysis, cueFirst: number, cueLast: number, first: number, last: number): FeatureSequence {
  const { word: W, lemma: L, pos: P, shape: S, wordClass: C } = a;
  const head = cueHead(a, cueFirst, cueLast);
  const CL = L[head];
  const CP = P[head];
  const cueSentence = a.tokens[head].sentence;
  const cueQuote = a.quoteOf[head];
  const markHash = (t: number) => small(a.markKind[t] * 3 + Math.min(a.quoteDepth[t], 2));

  // Counts of clause punctuation and verbs between each token and the cue.
  const n = last - first;
  const punct = new Int32Array(n);
  const verbs = new Int32Array(n);
  const speech = new Int32Array(n);
  for (let t = cueFirst - 1, pc = 0, vc = 0, sc = 0; t >= first; t--) {
    punct[t - first] = pc;
    verbs[t - first] = vc;
    speech[t - first] = sc;
    if (isClausePunct(a.tokens[t].text)) pc++;
    if (a.tokens[t].pos === 'VERB') vc++;
    if (a.classOf[t]) sc++;
  }
  for (let t = cueLast, pc = 0, vc = 0, sc = 0; t < last; t++) {
    punct[t - first] = pc;
    verbs[t - first] = vc;
    speech[t - first] = sc;
    if (isClausePunct(a.tokens[t].text)) pc++;
    if (a.tokens[t].pos === 'VERB') vc++;
    if (a.classOf[t]) sc++;
  }
  // How each token's quotation relates to the cue.
  const relation = (t: number): number => {
    const q = a.quoteOf[t];
    if (q < 0) return small(0);
    if (q === cueQuote) return small(1);
    const quote = a.quotations[q];
    const gapBefore = a.tokens[cueFirst].start - quote.end;
    const gapAfter = quote.start - a.tokens[cueLast - 1].end;
    if ((gapBefore >= 0 && gapBefore <= 4) || (gapAfter >= 0 && gapAfter <= 4)) return small(2);
    const sentence = a.tokens[t].sentence;
    return small(sentence === cueSentence ? 3 : 4);
  };

  const [FA, FB, FC, FD] = cueFrame(a, cueFirst, cueLast);
  const b = new Writer(last - first, 55);
  for (let i = first; i < last; i++) {
    const dir = i < cueFirst ? -1 : i >= cueLast ? 1 : 0;
    const D = small(10 + dir);
    const dist = dir < 0 ? cueFirst - i : dir > 0 ? i - cueLast + 1 : 0;
    const DB = bucket(dist, [1, 2, 3, 4, 6, 10, 15, 25]);
    const SO = small(20 + Math.max(-2, Math.min(2, a.tokens[i].sentence - cueSentence)));
    const PB = small(30 + Math.min(punct[i - first], 3));
    const VB = small(40 + Math.min(verbs[i - first], 2));
    const QR = relation(i);
    const p = P[i];
    const pm1 = at(P, i - 1, first, last);
    const pp1 = at(P, i + 1, first, last);
    const sentenceEdge = small(
      50 + (i === a.sentences[a.tokens[i].sentence].first ? 1 : 0) + (i === a.sentences[a.tokens[i].sentence].last - 1 ? 2 : 0),
    );
    b.add(mix(T[0], D));
    b.add(mix3(T[1], D, DB));
    b.add(mix3(T[2], D, SO));
    b.add(mix3(T[3], D, PB));
    b.add(mix3(T[4], D, QR));
    b.add(mix3(T[5], D, VB));
    b.add(mix3(T[6], D, W[i]));
    b.add(mix3(T[7], D, p));
    b.add(mix3(mix(T[8], D), p, DB));
    b.add(mix3(mix(T[9], D), pm1, p));
    b.add(mix3(mix(T[10], D), p, pp1));
    b.add(mix3(T[11], D, at(W, i - 1, first, last)));
    b.add(mix3(T[12], D, at(W, i + 1, first, last)));
    b.add(mix3(T[13], D, S[i]));
    b.add(mix3(mix(T[14], D), QR, markHash(i)));
    b.add(mix3(mix(T[15], D), QR, SO));
    b.add(mix3(T[16], CL, D));
    b.add(mix3(mix(T[17], CL), D, DB));
    b.add(mix3(mix(T[18], CL), D, p));
    b.add(mix3(mix(T[19], CP), D, p));
    b.add(mix3(mix(T[20], D), PB, p));
    b.add(mix3(mix(T[21], D), VB, p));
    b.add(mix3(mix(T[22], D), SO, p));
    b.add(mix3(mix(T[23], D), PB, QR));
    b.add(mix3(T[24], D, C[i]));
    b.add(mix3(mix(T[25], D), sentenceEdge, p));
    b.add(mix3(T[26], D, L[i]));
    b.add(mix3(mix(T[27], D), W[i], at(W, i + 1, first, last)));
    b.add(mix3(mix(T[28], D), at(W, i - 1, first, last), W[i]));
    b.add(mix3(mix(T[29], CL), D, PB));
    b.add(mix3(mix(T[30], D), DB, markHash(i)));
    b.add(mix3(mix(T[31], D), pm1, mix(p, pp1)));
    b.add(mix3(mix(T[32], D), small(60 + Math.min(dist, 3)), W[i]));
    b.add(mix3(mix(T[33], D), at(W, i - 1, first, last), p));
    b.add(mix3(mix(T[34], D), at(W, i + 1, first, last), at(P, i + 2, first, last)));
    b.add(mix3(mix(T[35], D), small(70 + Math.min(speech[i - first], 2)), p));
    b.add(mix3(mix(T[36], D), bucket(a.sentences[a.tokens[i].sentence].last - 1 - i, [0, 1, 2, 4, 8]), p));
    b.add(mix3(mix(T[37], D), S[i], p));
    b.add(mix3(mix(T[38], CL), D, W[i]));
    const sameSentence = small(a.tokens[i].sentence === cueSentence ? 80 : 81);
    b.add(mix3(mix(T[39], D), FA, FB));
    b.add(mix3(mix(T[40], D), FA, SO));
    b.add(mix3(mix(T[41], D), FB, SO));
    b.add(mix3(mix(T[42], D), FA, p));
    b.add(mix3(mix(T[43], D), FB, p));
    b.add(mix3(mix(T[44], D), mix(FB, sentenceEdge), mix(p, sameSentence)));
    b.add(mix3(mix(T[45], D), FA, DB));
    b.add(mix3(mix(T[46], D), FB, DB));
    b.add(mix3(mix(T[47], CL), D, FA));
    b.add(mix3(mix(T[48], CL), D, FB));
    b.add(mix3(mix(T[49], D), FC, mix(FB, SO)));
    b.add(mix3(mix(T[50], D), FC, p));
    b.add(mix3(mix(T[51], D), FC, DB));
    b.add(mix3(mix(T[52], D), FD, mix(p, DB)));
    b.add(mix3(mix(T[53], D), FD, SO));
    b.add(mix3(mix(T[54], D), mix(FA, FB), mix(p, sameSentence)));
  }
  return b.build();
}
