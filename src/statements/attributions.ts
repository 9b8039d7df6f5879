/**
 * The learned part of the stage: tag cues sentence by sentence, then for each cue tag its
 * source and content around it. Results are token ranges [first, last).
 */
import type { Analysis } from './analysis.js';
import { cueFeatures, roleFeatures, roleWindow } from './features.js';
import type { StatementModels } from './model.js';
import { sourceParticiples, timeAfterCue } from './lexicon.js';
import { wordClass } from './wordclasses.js';
import { isQuoteMark } from './marks.js';
import { emissions, runs, viterbi } from './tagger.js';

export type TokenSpan = [number, number];

const sourceLeaders = new Set(['-', '—', '–', '--']);
const relativePronouns = new Set(['who', 'which']);
const keepsSubject = new Set<string>(sourceParticiples);

export interface Attribution {
  cue: TokenSpan;
  sources: TokenSpan[];
  contents: TokenSpan[];
}

export function tagCues(a: Analysis, models: StatementModels): TokenSpan[] {
  const cues: TokenSpan[] = [];
  for (let s = 0; s < a.sentences.length; s++) {
    const { first, last } = a.sentences[s];
    if (last <= first) continue;
    const seq = cueFeatures(a, s);
    const path = viterbi(models.cue, emissions(models.cue, seq), seq.length);
    for (const [b, e] of runs(models.cue.labels, path, 'cue')) cues.push([first + b, first + e]);
  }
  return cues;
}

export function tagRoles(a: Analysis, models: StatementModels, cue: TokenSpan): Attribution {
  const [first, last] = roleWindow(a, cue[0], cue[1]);
  const seq = roleFeatures(a, cue[0], cue[1], first, last);
  const onCue = (t: number, y: number) => y !== 0 && first + t >= cue[0] && first + t < cue[1];
  const path = viterbi(models.role, emissions(models.role, seq), seq.length, onCue);
  const shift = ([b, e]: [number, number]): TokenSpan => [first + b, first + e];
  const sources = runs(models.role.labels, path, 'src')
    .map(shift)
    .flatMap((span) => splitAtParagraphs(a, span))
    .map((span) => trimSource(a, span))
    .filter((span) => span[1] > span[0] && !(span[1] <= cue[0] && passiveCue(a, cue)));
  return {
    cue,
    sources,
    contents: runs(models.role.labels, path, 'con')
      .map(shift)
      .map((span) => withoutTimeAfterCue(a, span, cue))
      .map((span) => withinClause(a, span, cue))
      .map((span) => withClosingMarks(a, span))
      .flatMap((span) => splitAtParagraphs(a, span))
      .filter((span) => hasWords(a, span)),
  };
}

/**
 * A cue in the passive ("was accused of", "has been criticized", "is expected"): the subject
 * before it is what is spoken of, not who speaks; the speaker, if named, follows ("by …").
 * Not so when another verb follows the participle ("is expected to announce": the subject
 * does that), or for the participles of `sourceParticiples`. A contracted "'s" may be "has"
 * ("he's shown he can…") and is left alone.
 */
function passiveCue(a: Analysis, [first, last]: TokenSpan): boolean {
  const tk = a.tokens.slice(first, last);
  let k = 0;
  while (tk[k]?.pos === 'AUX' && tk[k].lemma !== 'be') k++;
  if (tk[k]?.lemma !== 'be' || !/^\p{L}/u.test(tk[k].text)) return false;
  k++;
  while (tk[k]?.pos === 'ADV' || tk[k]?.pos === 'PART') k++;
  const participle = tk[k];
  if (participle?.pos !== 'VERB' || /ing$/.test(participle.lower) || participle.lemma === participle.lower) return false;
  if (tk.slice(k + 1).some((t) => t.pos === 'VERB')) return false;
  return !keepsSubject.has(participle.lemma) && wordClass(participle.lemma, 'VERB').split(' ')[0] !== 'emotion';
}

/**
 * A source does not begin or end with a quotation mark, does not begin with a dash ("-Nate
 * Cohn explains") and does not end with the relative pronoun of a clause about it
 * ("Sanders, who").
 */
function trimSource(a: Analysis, [first, last]: TokenSpan): TokenSpan {
  const tk = a.tokens;
  while (first < last && (isQuoteMark(tk[first].text) || sourceLeaders.has(tk[first].text))) first++;
  while (last > first && isQuoteMark(tk[last - 1].text)) last--;
  if (last - first > 1 && relativePronouns.has(tk[last - 1].lower)) {
    last--;
    while (last > first && tk[last - 1].text === ',') last--;
  }
  return [first, last];
}

/**
 * Reported content stops at a semicolon outside quotation marks: what follows is the
 * writer's next clause ("He thinks that X; that is a mistake"). The piece nearer the cue stays.
 */
function withinClause(a: Analysis, [first, last]: TokenSpan, cue: TokenSpan): TokenSpan {
  let start = first;
  for (let t = first; t < last; t++) {
    if (a.tokens[t].text !== ';' || a.quoteDepth[t] > 0) continue;
    if (cue[0] < first && t > start) return [start, t];
    start = t + 1;
  }
  return start < last ? [start, last] : [first, last];
}

const timeHeads = new Set<string>(timeAfterCue.heads);
const timeOpeners = new Set<string>(timeAfterCue.openers);
const timeTails = new Set<string>(timeAfterCue.tails);

/**
 * Content right after its cue does not begin with when it was said: "said Friday, because
 * …", "said this week that …" keep "because …" and "that …". A possessive keeps the
 * words ("praised Friday's vote"), so does a verb after them ("said today is…"), and so
 * does a content that would be left with none.
 */
function withoutTimeAfterCue(a: Analysis, [first, last]: TokenSpan, cue: TokenSpan): TokenSpan {
  if (first !== cue[1]) return [first, last];
  const tk = a.tokens;
  let t = first;
  let timed = false;
  while (t < last && (timeHeads.has(tk[t].lower) || timeOpeners.has(tk[t].lower) || timeTails.has(tk[t].lower))) {
    if (timeHeads.has(tk[t].lower) || (t > first && timeTails.has(tk[t].lower))) timed = true;
    t++;
  }
  // "said today is a good day": the time word is the subject of the verb after it.
  if (!timed || t >= last || /^['’]s$/.test(tk[t].text) || tk[t].pos === 'VERB' || tk[t].pos === 'AUX') return [first, last];
  if (tk[t].text === ',') t++;
  return hasWords(a, [t, last]) ? [t, last] : [first, last];
}

/** Does the span hold a word or a number (not only punctuation, such as a lone dash)? */
function hasWords(a: Analysis, [first, last]: TokenSpan): boolean {
  for (let t = first; t < last; t++) if (/[\p{L}\p{N}]/u.test(a.tokens[t].text)) return true;
  return false;
}

/**
 * A content that opens a quotation ends with its closing marks when only punctuation lies
 * between ("he was “going to win,”", "''promotional value.''").
 */
function withClosingMarks(a: Analysis, [first, last]: TokenSpan): TokenSpan {
  const start = a.tokens[first].start;
  const end = a.tokens[last - 1].end;
  const quotes = a.quotations;
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  let target = end;
  for (let k = lo; k < quotes.length && quotes[k].start < end; k++) {
    if (quotes[k].closed && quotes[k].end > target) target = quotes[k].end;
  }
  if (target === end || /[\p{L}\p{N}\n]/u.test(a.text.slice(end, target))) return [first, last];
  while (last < a.tokens.length && a.tokens[last].start < target) last++;
  return [first, last];
}

/** Content that runs over several paragraphs is annotated as one piece per paragraph. */
function splitAtParagraphs(a: Analysis, [first, last]: TokenSpan): TokenSpan[] {
  const pieces: TokenSpan[] = [];
  let start = first;
  for (let t = first + 1; t < last; t++) {
    if (a.tokens[t].paragraph !== a.tokens[t - 1].paragraph) {
      pieces.push([start, t]);
      start = t;
    }
  }
  pieces.push([start, last]);
  return pieces;
}

export function findAttributions(a: Analysis, models: StatementModels): Attribution[] {
  const found = tagCues(a, models).map((cue) => tagRoles(a, models, cue));
  return found.map((at) => ({ ...at, contents: at.contents.filter((part) => !claimedElsewhere(a, at, part, found)) }));
}

/**
 * A content part outside its cue's sentence ("“A,” she said. “B,” said X.") that another
 * attribution in the part's own paragraph also claims belongs to that other attribution.
 */
function claimedElsewhere(a: Analysis, at: Attribution, [first, last]: TokenSpan, all: Attribution[]): boolean {
  const sentence = a.tokens[at.cue[0]].sentence;
  if (a.tokens[first].sentence <= sentence && a.tokens[last - 1].sentence >= sentence) return false;
  const paragraph = a.tokens[first].paragraph;
  return all.some(
    (other) =>
      other !== at &&
      a.tokens[other.cue[0]].paragraph === paragraph &&
      other.contents.some(([f, l]) => f < last && first < l),
  );
}
