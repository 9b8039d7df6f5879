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
  readonly hashes: Int32Array;
  private k = 0;
  constructor(
    readonly length: number,
    readonly stride: number,
  ) {
    this.hashes = new Int32Array(length * stride);
  }
  add(h: number): void {
    this.hashes[this.k++] = h;
  }
  build(): FeatureSequence {
    if (this.k !== this.length * this.stride) throw new Error('feature templates and stride disagree');
    return { hashes: this.hashes, stride: this.stride, length: this.length };
  }
}

function at(arr: Int32Array, i: number, first: number, last: number): number {
  return i >= first && i < last ? arr[i] : NONE;
}

/** Sentence-level quotation context per token: quote mark earlier / later in the sentence. */
function quoteContext(a: Analysis, first: number, last: number): Int32Array {
  const out = new Int32Array(last - first);
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

const closingPunct = new Set([',', '.', '!', '?', '—', '–', '-']);
const openingPunct = new Set([',', ':', ';', '—', '–', '-']);
const clamp = (v: number) => Math.min(v, 511);
const positionBucket = Int32Array.from({ length: 512 }, (_, d) => bucket(d, [0, 1, 2, 5, 10]));

/** Is token t right after a closing quote (optionally with a comma between)? */
function afterCloseQuote(a: Analysis, t: number, first: number): boolean {
  for (let k = t - 1; k >= first && k >= t - 3; k--) {
    if (a.markKind[k] === 2) return true;
    if (!closingPunct.has(a.tokens[k].text)) return false;
  }
  return false;
}

/** Is token t right before an opening quote (optionally with a comma or colon between)? */
function beforeOpenQuote(a: Analysis, t: number, last: number): boolean {
  for (let k = t + 1; k < last && k <= t + 3; k++) {
    if (a.markKind[k] === 1) return true;
    if (!openingPunct.has(a.tokens[k].text)) return false;
  }
  return false;
}

/**
 * Per token of a sentence: the first landmark within a few tokens ahead ("that", a colon,
 * a comma, an opening quote, "to", the sentence end) and behind (a closing quote, a comma,
 * the sentence start), as hashes.
 */
const landmarkKinds = ['none', 'open', 'close', 'that', ':', ',', 'to', 'as', 'end', 'start'];
const landmarkWords = new Map(landmarkKinds.map((k, i) => [k, i]));
const aheadHash = Int32Array.from({ length: 40 }, (_, c) => hashString(`ah${landmarkKinds[c >> 2]}${c & 3}`));
const behindHash = Int32Array.from({ length: 40 }, (_, c) => hashString(`bh${landmarkKinds[c >> 2]}${c & 3}`));

function landmarks(a: Analysis, first: number, last: number): [Int32Array, Int32Array] {
  const ahead = new Int32Array(last - first);
  const behind = new Int32Array(last - first);
  // Landmark kind per token (0 for none).
  const kinds = new Uint8Array(last - first);
  for (let t = first; t < last; t++) {
    if (a.markKind[t] === 1) kinds[t - first] = 1;
    else if (a.markKind[t] === 2) kinds[t - first] = 2;
    else {
      const k = landmarkWords.get(a.tokens[t].lower);
      if (k !== undefined && k >= 3 && k <= 7) kinds[t - first] = k;
    }
  }
  const END = 8;
  const START = 9;
  // Nearest landmark after each token, then before it: one pass each way.
  let next = -1;
  for (let i = last - 1; i >= first; i--) {
    let found = 0;
    if (next >= 0 && next <= i + 6) found = kinds[next - first] * 4 + Math.min(next - i, 3);
    else if (last - 1 <= i + 6) found = END * 4;
    ahead[i - first] = aheadHash[found];
    if (kinds[i - first]) next = i;
  }
  let prev = -1;
  for (let i = first; i < last; i++) {
    let back = 0;
    if (prev >= 0 && prev >= i - 4) back = kinds[prev - first] * 4 + Math.min(i - prev, 3);
    else if (i - first <= 4) back = START * 4;
    behind[i - first] = behindHash[back];
    if (kinds[i - first]) prev = i;
  }
  return [ahead, behind];
}

/** Does the text begin with a capital letter (ASCII tested without a regular expression)? */
function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(text);
}

export function cueFeatures(a: Analysis, sentence: number): FeatureSequence {
  const { first, last } = a.sentences[sentence];
  const headline = a.tokens[first].paragraph === 0 ? 1 : 0;
  const qctx = quoteContext(a, first, last);
  const { word: W, lemma: L, pos: P, shape: S, suffix: X, wordClass: C } = a;
  const [ahead, behind] = landmarks(a, first, last);
  // Capitalised words only before this token: a "Name:" line.
  let capitalisedRun = true;
  const N = a.sense;
  const { cluster: F, coarse: K } = a;
  const b = new Writer(last - first, 47);
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
    b.add(mix3(T[15], pm1, p));
    b.add(mix3(T[16], p, pp1));
    b.add(mix3(mix(T[17], pm1), p, pp1));
    b.add(mix3(T[19], C[i], p));
    b.add(mix3(T[20], q, C[i]));
    b.add(mix3(T[21], q, p));
    const after = afterCloseQuote(a, i, first) ? 1 : 0;
    const before = beforeOpenQuote(a, i, last) ? 1 : 0;
    b.add(mix3(T[23], small(after * 2 + before), w));
    b.add(mix3(T[24], small(after * 2 + before), C[i]));
    b.add(mix3(T[25], small(headline), p));
    b.add(mix3(T[27], positionBucket[clamp(i - first)], p));
    b.add(mix3(T[28], positionBucket[clamp(last - 1 - i)], p));
    b.add(mix(T[29], at(W, i - 2, first, last)));
    b.add(mix3(T[32], at(C, i - 1, first, last), at(C, i + 1, first, last)));
    b.add(mix3(T[33], small(a.quoteDepth[i] > 0 ? 1 : 0), C[i]));
    const AH = ahead[i - first];
    const BH = behind[i - first];
    b.add(mix3(T[34], AH, L[i]));
    b.add(mix3(T[35], AH, C[i]));
    b.add(mix3(T[36], BH, L[i]));
    b.add(mix3(T[37], BH, C[i]));
    b.add(mix3(mix(T[38], AH), BH, C[i]));
    b.add(mix3(T[39], AH, p));
    b.add(mix3(mix(T[40], small(capitalisedRun ? 1 : 0)), positionBucket[clamp(i - first)], w));
    if (!startsUpper(a.tokens[i].text)) capitalisedRun = false;
    b.add(mix(T[41], N[i]));
    b.add(mix3(T[42], N[i], AH));
    b.add(mix3(T[43], N[i], BH));
    b.add(mix3(T[44], at(P, i - 1, first, last), N[i]));
    // Word clusters: the word's own, its neighbours' coarse ones, and its own beside the landmarks.
    b.add(mix(T[45], F[i]));
    b.add(mix(T[46], K[i]));
    const km1 = at(K, i - 1, first, last);
    const kp1 = at(K, i + 1, first, last);
    b.add(mix(T[47], km1));
    b.add(mix(T[48], kp1));
    b.add(mix3(T[49], AH, F[i]));
    b.add(mix3(T[50], BH, F[i]));
    b.add(mix3(T[51], km1, F[i]));
    b.add(mix3(T[52], F[i], kp1));
    b.add(mix3(T[53], F[i], p));
  }
  return b.build();
}

/**
 * The tokens a cue's roles are looked for in: the cue's sentence, widened to whole
 * quotations that touch it or stand right beside it ("“…,” he said. “…”").
 */
export function roleWindow(a: Analysis, cueFirst: number, cueLast: number): [number, number] {
  let first = a.sentences[a.tokens[cueFirst].sentence].first;
  let last = a.sentences[a.tokens[cueLast - 1].sentence].last;
  const cap = 400;
  for (let changed = true; changed; ) {
    changed = false;
    for (const q of [a.quoteOf[first], first > 0 ? a.quoteOf[first - 1] : -1]) {
      if (q < 0) continue;
      const qs = a.quotations[q].start;
      while (first > 0 && cueFirst - first < cap && a.tokens[first - 1].end > qs) {
        first--;
        changed = true;
      }
    }
    for (const q of [a.quoteOf[last - 1], last < a.tokens.length ? a.quoteOf[last] : -1]) {
      if (q < 0) continue;
      const qe = a.quotations[q].end;
      while (last < a.tokens.length && last - cueLast < cap && a.tokens[last].start < qe) {
        last++;
        changed = true;
      }
    }
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
type CueFrame = [number, number, number, number];

function cueFrame(a: Analysis, cueFirst: number, cueLast: number): CueFrame {
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

const clausePunct = new Set([',', ';', ':', '—', '–', '(', '--']);
const isClausePunct = (s: string): boolean => clausePunct.has(s);

/** Role templates that read only the token's own attributes: hashed once per document, then combined with the direction. */
const staticCount = 17;
const staticCache = new WeakMap<Analysis, Int32Array>();

function roleStatic(a: Analysis): Int32Array {
  let cached = staticCache.get(a);
  if (cached) return cached;
  const n = a.tokens.length;
  const { word: W, lemma: L, pos: P, shape: S, wordClass: C } = a;
  cached = new Int32Array(n * staticCount);
  for (let i = 0; i < n; i++) {
    const p = P[i];
    const pm1 = at(P, i - 1, 0, n);
    const pp1 = at(P, i + 1, 0, n);
    const wm1 = at(W, i - 1, 0, n);
    const wp1 = at(W, i + 1, 0, n);
    const k = i * staticCount;
    cached[k] = mix(T[6], W[i]);
    cached[k + 1] = mix(T[7], p);
    cached[k + 2] = mix3(T[9], pm1, p);
    cached[k + 3] = mix3(T[10], p, pp1);
    cached[k + 4] = mix(T[11], wm1);
    cached[k + 5] = mix(T[12], wp1);
    cached[k + 6] = mix(T[13], S[i]);
    cached[k + 7] = mix(T[24], C[i]);
    cached[k + 8] = mix(T[26], L[i]);
    cached[k + 9] = mix3(T[27], W[i], wp1);
    cached[k + 10] = mix3(T[28], wm1, W[i]);
    cached[k + 11] = mix3(T[31], pm1, mix(p, pp1));
    cached[k + 12] = mix3(T[33], wm1, p);
    cached[k + 13] = mix3(T[34], wp1, at(P, i + 2, 0, n));
    cached[k + 14] = mix3(T[37], S[i], p);
    cached[k + 15] = mix(T[55], a.sense[i]);
    cached[k + 16] = mix(T[60], a.coarse[i]);
  }
  staticCache.set(a, cached);
  return cached;
}

const distanceBucket = Int32Array.from({ length: 512 }, (_, d) => bucket(d, [1, 2, 3, 4, 6, 10, 15, 25]));
const endBucket = Int32Array.from({ length: 512 }, (_, d) => bucket(d, [0, 1, 2, 4, 8]));

/** Hashed templates per token of a role window: 17 token-only templates and 44 relative to the cue. */
export const roleStride = staticCount + 44;

/** Direction hashes: before the cue, on it, after it. */
const directions = [small(9), small(10), small(11)];

/**
 * For each direction (before, on, after the cue), the cue-relative role templates hashed as
 * far as they depend on the cue and the direction alone: `prefixes[dir * 64 + template]`.
 * A template's full hash mixes its prefix with the token's values in the same order as
 * `mix3` would (`mix3(a, b, c) = mix(mix(a, b), c)`), so the hashes stay those the weights
 * were trained on while most of the mixing is done once per cue instead of once per token.
 */
function rolePrefixes(a: Analysis, head: number, [FA, FB, FC, FD]: CueFrame): Int32Array {
  const CL = a.lemma[head];
  const CP = a.pos[head];
  const CS = a.sense[head];
  const CF = a.cluster[head];
  const FAB = mix(FA, FB);
  const prefixes = new Int32Array(3 * 64);
  for (let dir = 0; dir < 3; dir++) {
    const D = directions[dir];
    const pre = prefixes.subarray(dir * 64, dir * 64 + 64);
    for (const t of [1, 2, 3, 4, 5, 8, 14, 15, 20, 21, 22, 23, 25, 30, 32, 35, 36, 44]) pre[t] = mix(T[t], D);
    for (const t of [17, 18, 29, 38]) pre[t] = mix(mix(T[t], CL), D);
    pre[19] = mix(mix(T[19], CP), D);
    for (const t of [40, 42, 45]) pre[t] = mix(mix(T[t], D), FA);
    for (const t of [41, 43, 46]) pre[t] = mix(mix(T[t], D), FB);
    for (const t of [49, 50, 51]) pre[t] = mix(mix(T[t], D), FC);
    for (const t of [52, 53]) pre[t] = mix(mix(T[t], D), FD);
    pre[54] = mix(mix(T[54], D), FAB);
    pre[57] = mix(mix(T[57], CS), D);
    pre[59] = mix(mix(T[59], CF), D);
    // Templates with nothing from the token: complete here.
    pre[0] = mix(T[0], D);
    pre[16] = mix3(T[16], CL, D);
    pre[39] = mix3(mix(T[39], D), FA, FB);
    pre[47] = mix3(mix(T[47], CL), D, FA);
    pre[48] = mix3(mix(T[48], CL), D, FB);
    pre[56] = mix3(T[56], CS, D);
    pre[58] = mix3(T[58], CF, D);
  }
  return prefixes;
}

export function roleFeatures(a: Analysis, cueFirst: number, cueLast: number, first: number, last: number): FeatureSequence {
  const W = a.word;
  const P = a.pos;
  const statics = roleStatic(a);
  const head = cueHead(a, cueFirst, cueLast);
  const frame = cueFrame(a, cueFirst, cueLast);
  const FB = frame[1];
  const prefixes = rolePrefixes(a, head, frame);
  const cueSentence = a.tokens[head].sentence;
  const cueQuote = a.quoteOf[head];
  const cueStart = a.tokens[cueFirst].start;
  const cueEnd = a.tokens[cueLast - 1].end;

  // Counts of clause punctuation, verbs and speech words between each token and the cue.
  const n = last - first;
  const punct = new Int32Array(n);
  const verbs = new Int32Array(n);
  const speech = new Int32Array(n);
  const count = (t: number, k: number[]) => {
    punct[t - first] = k[0];
    verbs[t - first] = k[1];
    speech[t - first] = k[2];
    if (isClausePunct(a.tokens[t].text)) k[0]++;
    if (a.tokens[t].pos === 'VERB') k[1]++;
    if (a.classOf[t]) k[2]++;
  };
  const before = [0, 0, 0];
  for (let t = cueFirst - 1; t >= first; t--) count(t, before);
  const after = [0, 0, 0];
  for (let t = cueLast; t < last; t++) count(t, after);

  const h = new Int32Array(n * roleStride);
  // byDirection[dir][t]: template t's hash so far; the token's values are mixed in below.
  const byDirection = [0, 1, 2].map((dir) => prefixes.subarray(dir * 64, dir * 64 + 64));
  let k = 0;
  for (let i = first; i < last; i++) {
    const dir = i < cueFirst ? 0 : i >= cueLast ? 2 : 1;
    const D = directions[dir];
    const pre = byDirection[dir];
    const dist = dir === 0 ? cueFirst - i : dir === 2 ? i - cueLast + 1 : 0;
    const tk = a.tokens[i];
    const sentence = a.sentences[tk.sentence];
    const DB = distanceBucket[clamp(dist)];
    const SO = small(20 + Math.max(-2, Math.min(2, tk.sentence - cueSentence)));
    const PB = small(30 + Math.min(punct[i - first], 3));
    const VB = small(40 + Math.min(verbs[i - first], 2));
    // How the token's quotation relates to the cue: none, the cue's own, beside the cue, same sentence, elsewhere.
    const q = a.quoteOf[i];
    let relation = 0;
    if (q >= 0) {
      const quote = a.quotations[q];
      const gapBefore = cueStart - quote.end;
      const gapAfter = quote.start - cueEnd;
      if (q === cueQuote) relation = 1;
      else if ((gapBefore >= 0 && gapBefore <= 4) || (gapAfter >= 0 && gapAfter <= 4)) relation = 2;
      else relation = tk.sentence === cueSentence ? 3 : 4;
    }
    const QR = small(relation);
    const mark = small(a.markKind[i] * 3 + Math.min(a.quoteDepth[i], 2));
    const p = P[i];
    const edge = small(50 + (i === sentence.first ? 1 : 0) + (i === sentence.last - 1 ? 2 : 0));
    const same = small(tk.sentence === cueSentence ? 80 : 81);
    const pSame = mix(p, same);
    for (let s = i * staticCount; s < (i + 1) * staticCount; s++) h[k++] = mix(statics[s], D);
    h[k++] = pre[0];
    h[k++] = mix(pre[1], DB);
    h[k++] = mix(pre[2], SO);
    h[k++] = mix(pre[3], PB);
    h[k++] = mix(pre[4], QR);
    h[k++] = mix(pre[5], VB);
    h[k++] = mix(mix(pre[8], p), DB);
    h[k++] = mix(mix(pre[14], QR), mark);
    h[k++] = mix(mix(pre[15], QR), SO);
    h[k++] = pre[16];
    h[k++] = mix(pre[17], DB);
    h[k++] = mix(pre[18], p);
    h[k++] = mix(pre[19], p);
    h[k++] = mix(mix(pre[20], PB), p);
    h[k++] = mix(mix(pre[21], VB), p);
    h[k++] = mix(mix(pre[22], SO), p);
    h[k++] = mix(mix(pre[23], PB), QR);
    h[k++] = mix(mix(pre[25], edge), p);
    h[k++] = mix(pre[29], PB);
    h[k++] = mix(mix(pre[30], DB), mark);
    h[k++] = mix(mix(pre[32], small(60 + Math.min(dist, 3))), W[i]);
    h[k++] = mix(mix(pre[35], small(70 + Math.min(speech[i - first], 2))), p);
    h[k++] = mix(mix(pre[36], endBucket[clamp(sentence.last - 1 - i)]), p);
    h[k++] = mix(pre[38], W[i]);
    h[k++] = pre[39];
    h[k++] = mix(pre[40], SO);
    h[k++] = mix(pre[41], SO);
    h[k++] = mix(pre[42], p);
    h[k++] = mix(pre[43], p);
    h[k++] = mix(mix(pre[44], mix(FB, edge)), pSame);
    h[k++] = mix(pre[45], DB);
    h[k++] = mix(pre[46], DB);
    h[k++] = pre[47];
    h[k++] = pre[48];
    h[k++] = mix(pre[49], mix(FB, SO));
    h[k++] = mix(pre[50], p);
    h[k++] = mix(pre[51], DB);
    h[k++] = mix(pre[52], mix(p, DB));
    h[k++] = mix(pre[53], SO);
    h[k++] = mix(pre[54], pSame);
    h[k++] = pre[56];
    h[k++] = mix(pre[57], p);
    h[k++] = pre[58];
    h[k++] = mix(pre[59], p);
  }
  return { hashes: h, stride: roleStride, length: n };
}
