import type { Statement } from '../core/types.js';
import {
  actVerbs,
  beliefVerbs,
  calendarWords,
  clauseOpeners,
  barePronouns,
  evidenceVerbs,
  namingVerbs,
  noOne,
  otherPronouns,
  relativePronouns,
  reportingPhrases,
  requestParticles,
  subordinators,
  speechNouns,
  speechVerbs,
  timeWords,
  writingVerbs,
} from './lexicon.js';
import { OTHER_LANGUAGE_SPEECH_LEMMAS } from './lexicon-languages.js';
import { tokenize, type Token } from './tokens.js';
import { wordClass } from './wordclasses.js';

const SPEECH_LEMMAS = new Set<string>([
  ...speechVerbs,
  ...writingVerbs,
  ...beliefVerbs,
  ...evidenceVerbs,
  ...speechNouns,
  ...reportingPhrases,
  ...OTHER_LANGUAGE_SPEECH_LEMMAS,
]);
const ACT_VERBS = new Set<string>(actVerbs);
const NAMING_VERBS = new Set<string>(namingVerbs);
const REQUEST_PARTICLES = new Set<string>(requestParticles);
const OPENERS = new Set<string>(clauseOpeners);
const RELATIVES = new Set<string>(relativePronouns);
const OBJECTS = new Set<string>([...otherPronouns, 'me', 'us']);
const SUBORDINATORS = new Set<string>(subordinators);
const TIME_WORDS = new Set<string>([...calendarWords, ...timeWords]);

/** WordNet classes of verbs and nouns that name saying or thinking. */
const COMMUNICATIVE = /\b(communication|cognition)\b/;
/** WordNet classes of a verb's commonest sense that make it a verb of words or of the mind. */
const MENTAL = /^(communication|cognition|perception|emotion)$/;

/**
 * Whether a statement gives someone's words or thoughts, which is what a briefing lists
 * as who said what: quoted words, a colon line or a speaker line, or a cue of speech,
 * writing or thought (the lexicons, or WordNet's communication and cognition classes).
 * The stage also finds the wider attributions its training corpus annotates, such as
 * "Engineers opened the gates" (cue "open"); those are not someone's words. Nor is "the
 * pirates attacked a ship": a verb that also names an act on a thing counts only when a
 * clause follows it or its cue holds a word of saying ("issued a statement saying").
 */
export function isSpeech(s: Statement): boolean {
  const lemma = s.cue.lemma.toLowerCase();
  if (s.kind !== 'reported' || lemma === '' || lemma === ':') return true;
  const classes = wordClass(lemma, 'VERB');
  if (!SPEECH_LEMMAS.has(lemma) && !COMMUNICATIVE.test(classes) && !COMMUNICATIVE.test(wordClass(lemma, 'NOUN'))) return false;
  if (NAMING_VERBS.has(lemma)) return asksFor(s.cue.text) || namesAs(s.text);
  const commonest = classes.split(' ')[0];
  if (!ACT_VERBS.has(lemma) && (!commonest || MENTAL.test(commonest))) return true;
  return cueSaysSo(s.cue.text, lemma) || opensClause(s.text) || saysToSpeak(s.text);
}

/** A naming verb's cue that asks for something: "called for", "calls on". */
function asksFor(cue: string): boolean {
  return cue.toLowerCase().split(/\s+/).slice(1).some((w) => REQUEST_PARTICLES.has(w));
}

/**
 * Content that names a thing as something: quoted words ("called it "a disgrace"") or an
 * object followed by what it is called ("him a traitor", "the plan plainly reckless",
 * "himself Turkmenbashi"), not an object alone or with a particle, a preposition or an
 * infinitive ("police to report it", "it off", "a halt to the fight").
 */
function namesAs(content: string): boolean {
  if (/["“”«»]/.test(content)) return true;
  const tokens = tokenize(content).tokens.filter((t) => t.pos !== 'PUNCT');
  let k = 0;
  if (tokens[0]?.pos === 'PRON') k = 1;
  else {
    if (tokens[0]?.pos === 'DET') k = 1;
    while (tokens[k] && /^(ADJ|NUM)$/.test(tokens[k].pos)) k++;
    const head = k;
    // The object's head: nouns and names, with a possessive's "'s" between them.
    while (tokens[k] && (/^(NOUN|PROPN)$/.test(tokens[k].pos) || (k > head && tokens[k].pos === 'PART' && /^['’]s$/.test(tokens[k].lower)))) k++;
    if (k === head) return false;
  }
  // One adverb may come first ("the change particularly objectionable").
  if (tokens[k]?.pos === 'ADV') k++;
  return /^(DET|ADJ|NOUN|PROPN)$/.test(tokens[k]?.pos ?? '');
}

/**
 * Content that is an act of speech itself: "(refused) to disclose the reason", "(declined
 * to) say when…" (a bare verb of saying only before "when", "whether", "that"…).
 */
function saysToSpeak(content: string): boolean {
  const [first, second, third] = tokenize(content).tokens;
  const speaks = (t: Token | undefined) => t?.pos === 'VERB' && SPEECH_LEMMAS.has(t.lemma) && !ACT_VERBS.has(t.lemma);
  return first?.lower === 'to' ? speaks(second) : speaks(first) && OPENERS.has(second?.lower ?? '') && third !== undefined;
}

/** Whether the cue has a word of saying besides its head verb ("released a statement saying"). */
function cueSaysSo(cue: string, head: string): boolean {
  return tokenize(cue).tokens.some((t) => t.lemma !== head && (SPEECH_LEMMAS.has(t.lemma) || SPEECH_LEMMAS.has(t.lower)) && !ACT_VERBS.has(t.lemma));
}

/**
 * Whether content reads as a clause: it opens with "that", "whether" or a question word, or a
 * subject stands right before a finite verb ahead of any ", and" or ", while" ("the ship
 * was escorted", "he strictly controls"). A noun phrase ("nearly 100 vessels off the
 * coast", "a woman who was walking", "16 points, and Green had 14") or an infinitive ("them
 * to stop") is not one.
 */
function opensClause(content: string): boolean {
  const all = tokenize(content).tokens;
  const words = all.filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return false;
  if (OPENERS.has(words[0].lower)) return true;
  // The clause must open the content: in "16 points, and Green had 14" it comes after a
  // conjunction, in "the destruction of discs after a warrant was issued" after a subordinator.
  const stop = all.findIndex(
    (t, k) => k > 0 && ((/^[,;:—–]$/.test(t.text) && /^[CS]CONJ$/.test(all[k + 1]?.pos ?? '')) || SUBORDINATORS.has(t.lower)),
  );
  const tokens = (stop < 0 ? all : all.slice(0, stop)).filter((t) => t.pos !== 'PUNCT');
  return tokens.some((t, k) => {
    // One adverb may stand between them ("he strictly controls").
    const at = k > 1 && tokens[k - 1].pos === 'ADV' ? k - 2 : k - 1;
    // A subject after "that" or "which" inside the content opens a relative clause ("an update that you should apply").
    return k > 0 && finite(t, tokens[k - 1]) && subject(tokens[at]) && !RELATIVES.has(tokens[at - 1]?.lower ?? '');
  });
}

function finite(t: Token, before: Token): boolean {
  if (t.pos === 'AUX') return true;
  return t.pos === 'VERB' && !/ing$/.test(t.lower) && before.lower !== 'to';
}

function subject(t: Token): boolean {
  // "let them add": an object is no subject.
  if (t.pos === 'PRON') return !RELATIVES.has(t.lower) && !OBJECTS.has(t.lower);
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM';
}

/**
 * Whether a speaker's name names someone: it has a word that is neither a number nor a word
 * of time. The tagger sometimes takes "12" ("12 are reported to be Somali") or "11 a.m."
 * for the source of a statement.
 */
export function namesSomeone(name: string): boolean {
  const words = name.toLowerCase().match(/[\p{L}\p{N}.]+/gu) ?? [];
  return words.some((w) => /^\p{L}/u.test(w) && !TIME_WORDS.has(w) && !TIME_WORDS.has(w.replace(/\.$/, '')));
}

/** Speaker names that are bare pronouns (see `barePronouns`). */
export const PRONOUNS: ReadonlySet<string> = new Set(barePronouns);

const NO_ONE = { openers: new Set<string>(noOne.openers), inside: new Set<string>(noOne.inside), alone: new Set<string>(noOne.alone) };

/**
 * A source that names no one (see `noOne`) unless resolved: a bare pronoun, a relative, an
 * indefinite alone. "US" ("US President-elect") and a possessive "her" ("her rep") are no
 * pronouns opening it.
 */
export function namesNoOne(name: string): boolean {
  const lower = name.toLowerCase();
  const original = name.match(/[\p{L}]+/gu) ?? [];
  const words = original.map((w) => w.toLowerCase());
  const pronounOpens = NO_ONE.openers.has(words[0] ?? '') && !/^\p{Lu}{2,}$/u.test(original[0] ?? '') && !(words[0] === 'her' && words.length > 1);
  return NO_ONE.alone.has(lower) || pronounOpens || words.some((w) => NO_ONE.inside.has(w));
}
