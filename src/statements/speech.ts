import type { Statement } from '../core/types.js';
import { beliefVerbs, evidenceVerbs, reportingPhrases, speechNouns, speechVerbs, writingVerbs } from './lexicon.js';
import { OTHER_LANGUAGE_SPEECH_LEMMAS } from './lexicon-languages.js';
import { wordClass } from './wordclasses.js';

const SPEECH_LEMMAS = new Set<string>([
  ...speechVerbs,
  ...writingVerbs,
  ...beliefVerbs,
  ...evidenceVerbs,
  ...speechNouns,
  ...reportingPhrases.map((p) => p.join(' ')),
  ...OTHER_LANGUAGE_SPEECH_LEMMAS,
]);

/** WordNet classes of verbs and nouns that name saying or thinking. */
const COMMUNICATIVE = /\b(communication|cognition)\b/;

/**
 * Whether a statement gives someone's words or thoughts, which is what a briefing lists
 * as who said what: quoted words, a colon line or a speaker line, or a cue of speech,
 * writing or thought (the lexicons, or WordNet's communication and cognition classes).
 * The stage also finds the wider attributions its training corpus annotates, such as
 * "Engineers opened the gates" (cue "open"); those are not someone's words.
 */
export function isSpeech(s: Statement): boolean {
  const lemma = s.cue.lemma.toLowerCase();
  if (s.kind !== 'reported' || lemma === '' || lemma === ':' || SPEECH_LEMMAS.has(lemma)) return true;
  return COMMUNICATIVE.test(wordClass(lemma, 'VERB')) || COMMUNICATIVE.test(wordClass(lemma, 'NOUN'));
}
