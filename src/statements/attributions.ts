/**
 * The learned part of the stage: tag cues sentence by sentence, then for each cue tag its
 * source and content around it. Results are token ranges [first, last).
 */
import type { Analysis } from './analysis.js';
import { cueFeatures, roleFeatures, roleWindow } from './features.js';
import type { StatementModels } from './model.js';
import {
  channels,
  clauseOpeners,
  determiners,
  invertingCues,
  issuedDocuments,
  mediumPrepositions,
  memberParticiples,
  personalPronouns,
  reducedPassives,
  relativePronouns as relativeClauseOpeners,
  reportingPhrases,
  sourceParticiples,
  speechNouns,
  speechVerbs,
  subordinators,
  timeAfterCue,
  writingVerbs,
} from './lexicon.js';
import { wordClass } from './wordclasses.js';
import { isQuoteMark } from './marks.js';
import type { Token } from './tokens.js';
import { emissions, runs, viterbi } from './tagger.js';

export type TokenSpan = [number, number];

const sourceLeaders = new Set(['-', '—', '–', '--']);
const relativePronouns = new Set(['who', 'which']);
const relatives = new Set<string>(relativeClauseOpeners);
const sayingVerbs = new Set<string>([...speechVerbs, ...writingVerbs]);
/** Words that open another clause, with a subject of its own. */
const clauseWords = new Set<string>([...subordinators, ...clauseOpeners, ...relativeClauseOpeners]);
/** Determiners that name no one alone, unlike "some" or "many" ("Some say…"). */
const articles = new Set(['a', 'an', 'the']);
const keepsSubject = new Set<string>(sourceParticiples);
const passiveBeforeOf = new Set<string>(reducedPassives.of);
const passiveBeforeToBe = new Set<string>(reducedPassives.toBe);
const passiveBeforeFor = new Set<string>(reducedPassives.for);
const participlesAlone = new Set<string>(reducedPassives.alone);
const subjectPronouns = new Set<string>(personalPronouns);
const inverting = new Set<string>(invertingCues);
const openers = new Set<string>(clauseOpeners);
const nounPhraseOpeners = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ', 'NUM']);
const utterances = new Set<string>(speechNouns);
const mediums = new Set<string>(mediumPrepositions);
const members = new Set<string>(memberParticiples);
const issued = new Set<string>(issuedDocuments);
const phraseWords = new Set(['NOUN', 'PROPN', 'ADJ']);
const issuers = new Set(['from', 'by']);
const phraseCues = new Set<string>(reportingPhrases);
const channelNouns = new Set<string>(channels);
const timeHeads = new Set<string>(timeAfterCue.heads);
const timeOpeners = new Set<string>(timeAfterCue.openers);
const timeTails = new Set<string>(timeAfterCue.tails);
/** Tags of the words of a noun phrase: an issuer ("from her office"), a conjunct ("the woman's friend"). */
const nounPhraseWords = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'PRON']);
/** Most words a source named after its cue may have ("reports from Ashgabat, Turkmenistan's capital"). */
const INVERTED_SOURCE_MAX = 12;

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
  const tagged = runs(models.role.labels, path, 'src').map(shift);
  const inverted = invertedAttribution(a, cue);
  // The tagger's reading stands when it found that source alone.
  const [named] = inverted?.sources ?? [];
  if (inverted && !(tagged.length === 1 && tagged[0][0] === named[0] && tagged[0][1] === named[1])) return inverted;
  const document = issuedDocumentBefore(a, cue);
  const agent = agentAfterBy(a, cue);
  const found = tagged
    .flatMap((span) => splitAtParagraphs(a, span))
    .map((span) => withHeadBeforeRelative(a, withHeadBeforeOf(a, trimSource(a, span, cue)), cue))
    .filter((span) => span[1] > span[0] && !(span[1] <= cue[0] && (passiveCue(a, cue) || reducedPassive(a, cue) || agent)))
    .map((span) => withNounAfterArticle(a, span, cue))
    .filter(([b, e]) => e > b)
    .filter(([b, e]) => !document || e <= document[0] || b >= document[1]);
  // The agent stands for a tagged source inside it ("regional" of "regional newspapers"), not for a longer one.
  const inAgent = ([b, e]: TokenSpan) => agent !== undefined && b >= agent[0] && e <= agent[1];
  const longer = agent && found.some(([b, e]) => b <= agent[0] && e >= agent[1]);
  const sources = agent && !longer ? [...found.filter((span) => !inAgent(span)), agent].sort((x, y) => x[0] - y[0]) : found;
  // "X, who…, according to Y": a phrase cue names its source after it; a name before it
  // opens the content.
  const before = phraseCue(a, cue) && sources.some(([b]) => b >= cue[1]) ? sources.filter(([b]) => b < cue[1]) : [];
  const kept = sources.filter((s) => !before.includes(s));
  const contents = runs(models.role.labels, path, 'con')
    .map(shift)
    .map(([b, e]): TokenSpan => [before.find((s) => s[1] <= b && onlyPunctuation(a, s[1], b))?.[0] ?? b, e])
    .map(([b, e]): TokenSpan => (document && b < document[0] && e > document[0] ? [b, document[0]] : [b, e]))
    .filter(([b, e]) => !document || e <= document[0] || b >= document[1])
    .map((span) => withoutTimeAfterCue(a, span, cue))
    .flatMap((span) => (agent ? outside(span, agent) : [span]))
    .map((span) => withinClause(a, span, cue))
    .map((span) => withClosingMarks(a, span))
    .flatMap((span) => splitAtParagraphs(a, span))
    .filter((span) => hasWords(a, span));
  const spoken = contents.filter((span) => !parentheticalAfterSource(a, span, kept, cue, contents));
  const words = spoken.length ? spoken : wordsAfterColon(a, cue);
  const withDocument = document ? [...kept, document].sort((x, y) => x[0] - y[0]) : kept;
  const subject = withDocument.length === 0 ? participleSubject(a, cue) : undefined;
  return withCoordinatedSource(a, { cue, sources: subject ? [subject] : withDocument, contents: words });
}

/**
 * "Trump attacked the deal on Monday, saying it was a disgrace": a participle after a comma
 * says what the subject of its clause said. The subject is the noun phrase right before the
 * sentence's first verb.
 */
function participleSubject(a: Analysis, [c]: TokenSpan): TokenSpan | undefined {
  const tk = a.tokens;
  if (tk[c - 1]?.text !== ',' || tk[c].pos !== 'VERB' || !tk[c].lower.endsWith('ing') || !sayingVerbs.has(tk[c].lemma)) return undefined;
  const { first } = a.sentences[tk[c].sentence];
  const isVerb = (t: number) => tk[t].pos === 'VERB' || tk[t].pos === 'AUX';
  let v = first + 1;
  while (v < c - 1 && !isVerb(v)) v++;
  if (v >= c - 1) return undefined;
  // "The decision was announced on Friday, saying…": a passive's subject did not say it.
  if (tk[v].lemma === 'be' && tk[v + 1]?.pos === 'VERB') return undefined;
  let b = v;
  while (b > first && nounPhraseWords.has(tk[b - 1].pos) && !relatives.has(tk[b - 1].lower)) b--;
  if (b === v || !nounPhraseOpeners.has(tk[b].pos) || tk[b].pos === 'ADJ' || tk[b].pos === 'NUM' || openers.has(tk[b].lower)) return undefined;
  // No other clause or speaker before the comma: "…, ITAR-TASS reported, citing…" and "…
  // after she left a message, complaining…" name another subject nearer the participle.
  for (let t = v + 1; t < c; t++) if (clauseWords.has(tk[t].lower) || (isVerb(t) && sayingVerbs.has(tk[t].lemma))) return undefined;
  // The subject opens the sentence or follows an opening phrase's comma.
  return b === first || tk[b - 1].text === ',' ? [b, v] : undefined;
}

/**
 * "A diplomat, who spoke on condition of anonymity, said power had not moved": a phrase set
 * off by commas between the source and its cue tells about the source; the words come
 * after the cue.
 */
function parentheticalAfterSource(a: Analysis, [b, e]: TokenSpan, sources: TokenSpan[], cue: TokenSpan, contents: TokenSpan[]): boolean {
  if (e > cue[0] || !contents.some(([first]) => first >= cue[1])) return false;
  const commaBetween = (from: number, to: number) => to > from && onlyPunctuation(a, from, to) && a.tokens.slice(from, to).some((t) => t.text === ',');
  // The phrase may open with a word the tagger left out of it ("…, speaking on condition …").
  return sources.some(([, end]) => end <= b && a.tokens[end]?.text === ',' && b - end <= 2) && commaBetween(e, cue[0]);
}

/** Most words a source's first conjunct may have ("police and the woman's friend said"). */
const CONJUNCT_MAX = 4;

/**
 * "…, police and the woman's friend said": the tagger may give the first of two coordinated
 * sources, with its "and", to the content. The conjunct after the content's last comma joins
 * the source when it is a short noun phrase.
 */
function withCoordinatedSource(a: Analysis, at: Attribution): Attribution {
  const tk = a.tokens;
  for (const [k, source] of at.sources.entries()) {
    const c = at.contents.findIndex(([, e]) => e === source[0]);
    if (c < 0 || tk[source[0] - 1].pos !== 'CCONJ') continue;
    const [b] = at.contents[c];
    let comma = source[0] - 2;
    while (comma > b && tk[comma].text !== ',' && nounPhraseWords.has(tk[comma].pos)) comma--;
    if (tk[comma].text !== ',' || comma === b || source[0] - 2 - comma >= CONJUNCT_MAX) continue;
    const sources = at.sources.with(k, [comma + 1, source[1]]);
    const contents = at.contents.with(c, [b, comma]);
    return { ...at, sources, contents };
  }
  return at;
}

function onlyPunctuation(a: Analysis, from: number, to: number): boolean {
  return a.tokens.slice(from, to).every((t) => t.pos === 'PUNCT');
}

function phraseCue(a: Analysis, [first, last]: TokenSpan): boolean {
  return phraseCues.has(a.tokens.slice(first, last).map((t) => t.lower).join(' '));
}

/** Longest reporting phrase, in words ("in the words of"). */
const PHRASE_CUE_MAX = Math.max(...reportingPhrases.map((p) => p.split(' ').length));

/** Does a reporting phrase ("according to") start at token `t`? */
function opensPhraseCue(a: Analysis, t: number): boolean {
  for (let n = 1; n <= PHRASE_CUE_MAX; n++) if (phraseCue(a, [t, t + n])) return true;
  return false;
}

/**
 * "…had seethed for years, said his girlfriend.": a bare reporting word right after a comma
 * (wink-nlp may tag "reports" a noun), then only a noun phrase to the sentence's end. That
 * phrase is the source and the sentence before the comma the content. The tagger, which
 * rarely sees "reports" or a possessive there, may take the phrase for content or add names
 * from the content as sources ("X told Judge Y that…, reports AP").
 */
function invertedAttribution(a: Analysis, cue: TokenSpan): Attribution | undefined {
  const tk = a.tokens;
  const verb = tk[cue[0]];
  if (cue[1] - cue[0] !== 1 || !inverting.has(verb.lemma) || /ing$/.test(verb.lower)) return undefined;
  const comma = cue[0] - 1;
  if (comma < 0 || tk[comma].text !== ',' || tk[comma].sentence !== verb.sentence) return undefined;
  const sentence = a.sentences[verb.sentence];
  let end = sentence.last;
  while (end > cue[1] && (tk[end - 1].pos === 'PUNCT' || isQuoteMark(tk[end - 1].text)) && tk[end - 1].text !== ',') end--;
  const tail = tk.slice(cue[1], end);
  // A source opens with a name, a noun or its determiner, not "by telephone" or "after the hearing".
  if (!tail.length || tail.length > INVERTED_SOURCE_MAX || !nounPhraseOpeners.has(tail[0].pos) || openers.has(tail[0].lower)) return undefined;
  // Its verbs are those of a relative clause only ("said the official who uses one name").
  const firstVerb = tail.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const relative = tail.findIndex((t) => relativePronouns.has(t.lower));
  if (firstVerb >= 0 && !(relative > 0 && relative < firstVerb)) return undefined;
  if (tail.every((t) => !/\p{L}/u.test(t.text) || timeHeads.has(t.lower) || timeOpeners.has(t.lower) || timeTails.has(t.lower))) return undefined;
  if (!hasWords(a, [sentence.first, comma])) return undefined;
  return { cue, sources: [[cue[1], end]], contents: [[sentence.first, comma]] };
}

/**
 * "…, a statement from her office said": the document and who issued it, right before the
 * cue, are the source as a whole (the speakers stage gives the words to the issuer). The
 * tagger, which sees few such phrases, takes the document for content and the issuer
 * alone, or nothing, for the source.
 */
function issuedDocumentBefore(a: Analysis, cue: TokenSpan): TokenSpan | undefined {
  const tk = a.tokens;
  const sentence = tk[cue[0]].sentence;
  let t = cue[0] - 1;
  while (t >= 0 && tk[t].sentence === sentence && nounPhraseWords.has(tk[t].pos) && !issuers.has(tk[t].lower)) t--;
  if (t < 0 || t === cue[0] - 1 || !issuers.has(tk[t].lower)) return undefined;
  // "a statement issued by the ministry"
  let noun = t - 1;
  if (tk[noun]?.pos === 'VERB' && /ed$/.test(tk[noun].lower)) noun--;
  if (!tk[noun] || tk[noun].sentence !== sentence || !issued.has(tk[noun].lemma)) return undefined;
  let start = noun;
  while (start > 0 && tk[start - 1].sentence === sentence && (tk[start - 1].pos === 'DET' || tk[start - 1].pos === 'ADJ')) start--;
  return [start, cue[0]];
}

/**
 * A source the tagger cut after its article ("the" of "…, the WHO said") takes in the noun
 * phrase after it; an article with no noun after it ("but an estimated one million
 * dollars") names no one and is dropped (empty).
 */
function withNounAfterArticle(a: Analysis, [first, last]: TokenSpan, cue: TokenSpan): TokenSpan {
  const tk = a.tokens;
  if (tk.slice(first, last).some((t) => !articles.has(t.lower))) return [first, last];
  let end = last;
  while (end < tk.length && end !== cue[0] && tk[end].sentence === tk[first].sentence && phraseWords.has(tk[end].pos)) end++;
  return tk.slice(last, end).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') ? [first, end] : [first, first];
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
 * A participle that is passive without "be" ("John Jenkin accused of murder", "a man said
 * to have been released", "a victim remembered for…"): a past form of a verb that names
 * its object otherwise ("accused him of"), right before "of" or "with", "for", or "to be" or
 * "to have"; or a form that is only a participle, with no auxiliary before it ("Jury shown
 * footage"). The words before it are spoken of.
 */
function reducedPassive(a: Analysis, [first, last]: TokenSpan): boolean {
  const [cue, next, after] = a.tokens.slice(first, first + 3);
  // A past form, not "expects" or "expecting", and no subject pronoun before it ("which it expected to have…").
  if (last - first > 2 || cue.lemma === cue.lower || /(ing|s)$/.test(cue.lower) || !next) return false;
  if (subjectPronouns.has(a.tokens[first - 1]?.lower ?? '')) return false;
  if (participlesAlone.has(cue.lower) && last - first === 1 && a.tokens[first - 1]?.pos !== 'AUX') return true;
  if (verbAfterParticiple(a, first, last)) return true;
  if (next.lower === 'of' || next.lower === 'with') return passiveBeforeOf.has(cue.lemma);
  if (next.lower === 'for') return passiveBeforeFor.has(cue.lemma);
  return next.lower === 'to' && (after?.lemma === 'be' || after?.lemma === 'have') && passiveBeforeToBe.has(cue.lemma);
}

const NOUN_PHRASE_OPENERS = new Set<string>(determiners);

/**
 * "The rules announced Thursday would allow…": a past form right after a common noun, then
 * (past a time it was done) the sentence's own auxiliary, is a participle of that noun's
 * phrase, not a verb of saying with the noun as its subject. Not for "say" and "tell",
 * whose reported clause may open with a day ("said Tuesday was the deadline").
 */
function verbAfterParticiple(a: Analysis, first: number, last: number): boolean {
  const tk = a.tokens;
  if (last - first !== 1 || tk[first - 1]?.pos !== 'NOUN' || /^(?:say|tell)$/.test(tk[first].lemma)) return false;
  // The noun's phrase opens with an article or a possessive ("The rules announced"), not
  // with a relative pronoun ("which police wrote had…", where the police wrote).
  let d = first - 2;
  while (d >= 0 && (tk[d].pos === 'ADJ' || tk[d].pos === 'NOUN')) d--;
  if (!NOUN_PHRASE_OPENERS.has(tk[d]?.lower ?? '')) return false;
  let k = last;
  while (k < tk.length && (timeHeads.has(tk[k].lower) || timeOpeners.has(tk[k].lower) || timeTails.has(tk[k].lower))) k++;
  return tk[k]?.pos === 'AUX' && tk[k].sentence === tk[first].sentence;
}

/**
 * "a raid described by French media as…", "the attack, condemned by the UN": a past
 * participle with its agent after "by" is a passive without "be", and the agent, a noun
 * phrase, is the source; the words before the participle are spoken of. Not "said by
 * phone" (a channel), "he described by…" (a subject pronoun: active), nor "quoted by state
 * television as saying" (the subject keeps its words).
 */
function agentAfterBy(a: Analysis, [first, last]: TokenSpan): TokenSpan | undefined {
  const tk = a.tokens;
  const verb = tk[first];
  const by = tk[last - 1].lower === 'by' ? last - 1 : last;
  if (by - first !== 1 || tk[by]?.lower !== 'by') return undefined;
  if (verb.lemma === verb.lower || /(ing|s)$/.test(verb.lower) || keepsSubject.has(verb.lemma)) return undefined;
  if (subjectPronouns.has(tk[first - 1]?.lower ?? '')) return undefined;
  const start = by + 1;
  let end = start;
  const inPhrase = (t: Token) =>
    t.sentence === verb.sentence && nounPhraseWords.has(t.pos) && (t.pos !== 'PART' || /^['’]s$/.test(t.text)) && !timeOpeners.has(t.lower) && !timeHeads.has(t.lower);
  while (end < tk.length && end - start < INVERTED_SOURCE_MAX && inPhrase(tk[end])) end++;
  if (end === start || (end - start === 1 && channelNouns.has(tk[start].lower))) return undefined;
  return [start, end];
}

/**
 * "Armed robbers - some disguised as women - snatched …, officials said Friday.": a
 * sentence that ends in a comma, its source and its cue reports all of itself before the
 * comma. The tagger may open the content late, after a dash or a parenthesis; it then opens
 * at the start of the sentence's last clause ("…, but", "…;", "…:"), after a conjunction or an
 * adverb that links it to what came before ("But", "However,"). Not when another cue
 * ("According to reports …, he said"), a quotation mark or the attribution's own source
 * stands before it, nor when a dash does ("Washington (AFP) – …", a dateline).
 */
function fromSentenceStart(a: Analysis, at: Attribution, cues: TokenSpan[]): Attribution {
  const [span, ...rest] = at.contents;
  if (!span) return at;
  const tk = a.tokens;
  const [first, last] = span;
  const { cue, sources } = at;
  const inSource = (t: number) => sources.some(([b, e]) => t >= b && t < e);
  const start = a.sentences[tk[cue[0]].sentence].first;
  if (first <= start || tk[first].sentence !== tk[cue[0]].sentence || last >= cue[0] || tk[last].text !== ',') return at;
  if (!inSource(cue[0] - 1) || sourceLeaders.has(tk[first - 1].text)) return at;
  for (let t = last + 1; t < cue[0]; t++) if (!inSource(t)) return at;
  let opening = start;
  for (let t = start; t < first; t++) {
    if (isQuoteMark(tk[t].text) || inSource(t) || cues.some(([b, e]) => t >= b && t < e)) return at;
    if (opensPhraseCue(a, t)) return at;
    if (tk[t].text === ';' || tk[t].text === ':' || (tk[t].pos === 'CCONJ' && tk[t - 1]?.text === ',')) opening = t + 1;
  }
  while (opening < first && (tk[opening].pos === 'CCONJ' || (tk[opening].pos === 'ADV' && tk[opening + 1]?.text === ','))) {
    opening += tk[opening].pos === 'ADV' ? 2 : 1;
  }
  return { ...at, contents: [[opening, last], ...rest] };
}

/**
 * "The minister said: the bridge will reopen in May.": the words after a colon right after
 * the cue, to the end of the sentence, when the tagger, which learnt colons before
 * quotation marks, gives none.
 */
function wordsAfterColon(a: Analysis, cue: TokenSpan): TokenSpan[] {
  const tk = a.tokens;
  const colon = tk[cue[1] - 1]?.text === ':' ? cue[1] - 1 : cue[1];
  if (tk[colon]?.text !== ':') return [];
  const { last } = a.sentences[tk[colon].sentence];
  let end = last;
  while (end > colon + 1 && tk[end - 1].pos === 'PUNCT' && !isQuoteMark(tk[end - 1].text)) end--;
  return hasWords(a, [colon + 1, end]) ? [[colon + 1, end]] : [];
}

/** The parts of a span outside another. */
function outside([first, last]: TokenSpan, [b, e]: TokenSpan): TokenSpan[] {
  if (e <= first || b >= last) return [[first, last]];
  const parts: TokenSpan[] = [[first, b], [e, last]];
  return parts.filter(([x, y]) => y > x);
}

/**
 * "A female friend of mine said": a source that the tagger gives as the pronoun after "of"
 * alone is the noun phrase the "of" belongs to.
 */
function withHeadBeforeOf(a: Analysis, [first, last]: TokenSpan): TokenSpan {
  const tk = a.tokens;
  const of = tk[first - 1];
  if (last - first !== 1 || tk[first].pos !== 'PRON' || of?.lower !== 'of') return [first, last];
  if (!/^(NOUN|PROPN)$/.test(tk[first - 2]?.pos ?? '') || tk[first - 2].sentence !== tk[first].sentence) return [first, last];
  let start = first - 2;
  while (start > 0 && tk[start - 1].sentence === of.sentence && nounPhraseWords.has(tk[start - 1].pos)) start--;
  return [start, last];
}

/** How many tokens before a source the relative clause it sits in may open. */
const RELATIVE_REACH = 15;

/**
 * "An Australian climber who watched his brother fall on New Zealand's highest peak said":
 * a source the tagger finds at the end of a relative clause that runs without a break up to
 * the cue is the noun phrase that the clause describes, clause included.
 */
function withHeadBeforeRelative(a: Analysis, [first, last]: TokenSpan, cue: TokenSpan): TokenSpan {
  const tk = a.tokens;
  if (last > cue[0] || !onlyPunctuation(a, last, cue[0]) || tk[first].pos === 'PRON') return [first, last];
  for (let k = first - 1; k >= Math.max(0, first - RELATIVE_REACH); k--) {
    const t = tk[k];
    // The clause runs unbroken up to the source: "X, who …, Mr. Obama said" is another build.
    if (t.sentence !== tk[first].sentence || t.pos === 'PUNCT') break;
    if (!relativePronouns.has(t.text)) continue;
    const head = tk[k - 1]?.text === ',' ? k - 2 : k - 1;
    // The clause has a verb of its own before the source ("who watched …").
    if (!/^(NOUN|PROPN)$/.test(tk[head]?.pos ?? '') || !tk.slice(k + 1, first).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) break;
    let start = head;
    while (start > 0 && tk[start - 1].sentence === t.sentence && nounPhraseWords.has(tk[start - 1].pos) && tk[start - 1].pos !== 'PRON') start--;
    return [start, last];
  }
  return [first, last];
}

/**
 * A source does not begin or end with a quotation mark, does not begin with a dash ("-Nate
 * Cohn explains"), does not end with the relative pronoun of a clause about it ("Sanders,
 * who") nor with the medium of the words ("the company in a statement").
 */
function trimSource(a: Analysis, [first, last]: TokenSpan, cue: TokenSpan): TokenSpan {
  const tk = a.tokens;
  while (first < last && (isQuoteMark(tk[first].text) || sourceLeaders.has(tk[first].text))) first++;
  while (last > first && isQuoteMark(tk[last - 1].text)) last--;
  // "as police have said", "how experts say", "which state media claimed": the word that
  // opens the clause is no part of who speaks in it ("Doctor Who fans" keep their name).
  if (last - first > 1 && last <= cue[0] && opensClause(a, first)) first++;
  if (last - first > 1 && relativePronouns.has(tk[last - 1].lower)) {
    last--;
    while (last > first && tk[last - 1].text === ',') last--;
  }
  // "Imagine the shock -- a retired teacher … finds": a source before its cue does not open
  // with a verb; what a dash sets off before the source is no part of it.
  if (last <= cue[0] && tk[first].pos === 'VERB') {
    for (let k = last - 2; k > first; k--) {
      if (sourceLeaders.has(tk[k].text) && tk[k].text !== '-') {
        first = k + 1;
        break;
      }
    }
  }
  // "A police spokesman, speaking to reporters outside the station, said", "…," said
  // Caddell, speaking of her health: the participle's phrase tells how the source spoke;
  // the source is the noun phrase before it. Not "Critics, including the mayor": those are
  // the source too.
  for (let k = first + 1; k < last - 1; k++) {
    const next = tk[k + 1];
    if (tk[k].text === ',' && next.pos === 'VERB' && /ing$/.test(next.lower) && !members.has(next.lower)) return [first, k];
  }
  // "Dana Starks, the port director, said": an appositive's closing comma belongs to the
  // source, as attribution corpora mark it, and so does an appositive the tagger left out.
  if (tk[last]?.text === ',' && last + 1 === cue[0] && tk.slice(first, last).some((t) => t.text === ',')) return [first, last + 1];
  const appositiveEnd = last < cue[0] ? appositiveBefore(a, last, cue[0]) : undefined;
  if (appositiveEnd !== undefined) return [first, appositiveEnd];
  // "said the company in a statement": where it was said is no part of who said it.
  if (last - first > 2 && utterances.has(tk[last - 1].lemma)) {
    for (let k = last - 2; k > first; k--) {
      if (mediums.has(tk[k].lower)) return [first, k];
      if (tk[k].pos === 'VERB' || tk[k].pos === 'PUNCT') break;
    }
  }
  return [first, last];
}

/** Most tokens of an appositive between a source and its cue ("Donald Trump, her Republican opponent, said"). */
const APPOSITIVE_MAX = 12;

/** The end of ", <noun phrase without a verb> ," from `at` right up to the cue at `cue`, if the tokens between are one. */
function appositiveBefore(a: Analysis, at: number, cue: number): number | undefined {
  const tk = a.tokens;
  if (tk[at].text !== ',' || tk[cue - 1].text !== ',' || cue - at - 2 < 1 || cue - at - 2 > APPOSITIVE_MAX) return undefined;
  const opener = tk[at + 1];
  // A participle's phrase ("…, accounting for 88 percent of voters,") tells how, not who.
  const participle = /ing$/.test(opener.lower) && /^(ADP|DET|PRON)$/.test(tk[at + 2].pos);
  if (!nounPhraseOpeners.has(opener.pos) || participle || (opener.pos === 'PRON' && !/^(his|her|its|their)$/.test(opener.lower))) return undefined;
  for (let t = at + 1; t < cue - 1; t++) if (tk[t].pos === 'VERB' || tk[t].pos === 'AUX' || tk[t].text === ',' || isQuoteMark(tk[t].text)) return undefined;
  return cue;
}

/** Whether a source's first token opens a clause before a noun phrase ("as police", "where spokeswoman …"), not a name ("Doctor Who fans"). */
function opensClause(a: Analysis, first: number): boolean {
  const opener = a.tokens[first];
  const lowerOrFirst = opener.text === opener.lower || a.sentences[opener.sentence].first === first;
  return clauseWords.has(opener.lower) && lowerOrFirst && opener.pos !== 'DET' && nounPhraseOpeners.has(a.tokens[first + 1].pos);
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
 * A content that opens a top-level quotation ends with its closing marks: "he was “going to
 * win,”", "''promotional value.''", and "posted that, “To the neighbours who moan about my
 * bakery opening at five in the morning, at least you know the bread will be warm, fresh,
 * and ready!”", where the tagger stops at a comma. Not past the end of the paragraph.
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
    if (quotes[k].closed && quotes[k].depth === 0 && quotes[k].end > target) target = quotes[k].end;
  }
  if (target === end || a.text.slice(end, target).includes('\n')) return [first, last];
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
  const cues = tagCues(a, models);
  const found = cues.map((cue) => tagRoles(a, models, cue)).map((at) => fromSentenceStart(a, at, cues));
  return found.map((at) => ({ ...at, sources: withoutOuterSources(at, found), contents: at.contents.filter((part) => !claimedElsewhere(a, at, part, found)) }));
}

/**
 * "Ruiz said the engineers concluded that…": the tagger gives a cue inside another
 * attribution's content that attribution's source as well as its own. The outer speaker
 * reports the inner one's words; the inner source is the one inside the content.
 */
function withoutOuterSources(at: Attribution, all: Attribution[]): TokenSpan[] {
  const within = ([first, last]: TokenSpan) => at.cue[0] >= first && at.cue[1] <= last;
  const outer = all.filter((other) => other !== at && other.contents.some(within)).flatMap((other) => other.sources);
  const own = at.sources.filter(([b, e]) => !outer.some(([ob, oe]) => ob === b && oe === e));
  return own.length > 0 ? own : at.sources;
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
