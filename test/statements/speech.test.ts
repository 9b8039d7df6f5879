import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { isSpeech, namesNoOne, namesSomeone } from '../../src/statements/index.js';

const statement = (kind: Statement['kind'], lemma: string, text = 'the bridge will reopen in May', cue = lemma): Statement => ({
  id: 's', doc: 'd', speaker: { name: 'X' }, text, span: { start: 0, end: 1 }, kind, cue: { text: cue, lemma },
});

describe('isSpeech', () => {
  it('accepts quoted words, colon and speaker lines, and cues of saying, writing or thinking', () => {
    expect(isSpeech(statement('direct', 'open'))).toBe(true);
    expect(isSpeech(statement('reported', ':'))).toBe(true);
    expect(isSpeech(statement('reported', ''))).toBe(true);
    for (const lemma of ['say', 'according to', 'believe', 'write', 'announce', 'thank']) expect(isSpeech(statement('reported', lemma))).toBe(true);
  });

  it('rejects reported acts that are not words ("Engineers opened the gates")', () => {
    for (const lemma of ['open', 'evacuate', 'unleash']) expect(isSpeech(statement('reported', lemma))).toBe(false);
  });

  it('takes a verb that also names an act for speech only before a clause or with a word of saying in its cue', () => {
    // "Raiders attacked two barges near the weir" / "The club signed a goalkeeper from Harwick"
    expect(isSpeech(statement('reported', 'attack', 'two barges near the weir'))).toBe(false);
    expect(isSpeech(statement('reported', 'sign', 'a goalkeeper from Harwick'))).toBe(false);
    expect(isSpeech(statement('reported', 'order', 'them to stop'))).toBe(false);
    expect(isSpeech(statement('reported', 'release', 'the name of a driver who was hurt'))).toBe(false);
    expect(isSpeech(statement('reported', 'add', '12 points, and Orsolya Kiss had 9'))).toBe(false);
    expect(isSpeech(statement('reported', 'issue', 'a patch that users should install'))).toBe(false);
    expect(isSpeech(statement('reported', 'point', 'a starting pistol at the crowd', 'allegedly pointed'))).toBe(false);
    expect(isSpeech(statement('reported', 'point', 'that the ferry was late', 'pointed out'))).toBe(true);
    // Finding or seeing someone is no saying; finding that something holds is.
    expect(isSpeech(statement('reported', 'find', 'her on the floor of the office'))).toBe(false);
    expect(isSpeech(statement('reported', 'see', 'the blue car on the quay'))).toBe(false);
    expect(isSpeech(statement('reported', 'find', 'that the dam wall was sound'))).toBe(true);
    // Feeling a tremor is no thought; feeling that something holds is.
    expect(isSpeech(statement('reported', 'feel', 'the tremor', 'also felt'))).toBe(false);
    expect(isSpeech(statement('reported', 'feel', 'the ferry should never have sailed', 'felt'))).toBe(true);
    expect(isSpeech(statement('reported', 'feel', 'that the verdict was fair', 'felt'))).toBe(true);
    // A refusal is an act, unless what was refused is to speak.
    expect(isSpeech(statement('reported', 'refuse', 'to get out of his vehicle', 'refused'))).toBe(false);
    expect(isSpeech(statement('reported', 'refuse', 'to disclose why the ferry was late', 'refused'))).toBe(true);
    expect(isSpeech(statement('reported', 'decline', 'say when the ferry would run again', 'declined to'))).toBe(true);
    // A clause after a subordinator does not make the phrase before it one.
    expect(isSpeech(statement('reported', 'order', 'the closure of two piers after a storm warning was issued', 'ordered'))).toBe(false);
    expect(isSpeech(statement('reported', 'order', 'the piers would close after a storm warning was issued', 'ordered'))).toBe(true);
    // An object pronoun opens no clause ("let them add").
    expect(isSpeech(statement('reported', 'refuse', 'to let them add a second ferry', 'refused'))).toBe(false);
    // "… he added" / "… adding that …" / "issued a statement saying …"
    expect(isSpeech(statement('reported', 'add', 'the ferry was later towed to the harbour'))).toBe(true);
    expect(isSpeech(statement('reported', 'add', 'He rarely visits the island'))).toBe(true);
    expect(isSpeech(statement('reported', 'add', 'that the ferry was towed'))).toBe(true);
    expect(isSpeech(statement('reported', 'issue', 'it regretted the delay', 'issued a statement saying'))).toBe(true);
    // Showing and wanting a thing are no words: "the skipper showed no emotion", "she wanted to sail".
    expect(isSpeech(statement('reported', 'show', 'no emotion as the verdict was read', 'showed'))).toBe(false);
    expect(isSpeech(statement('reported', 'want', 'to sail again next year', 'wanted'))).toBe(false);
    expect(isSpeech(statement('reported', 'show', 'the ferry had left early', 'showed'))).toBe(true);
    expect(isSpeech(statement('reported', 'introduce', 'a faster ferry with twice the seats', 'introduced'))).toBe(false);
    expect(isSpeech(statement('reported', 'learn', 'its lesson from the last storm', "didn't learn"))).toBe(false);
    // A jury deliberates, a president nominates, a judge sentences: acts, unless a clause follows.
    expect(isSpeech(statement('reported', 'deliberate', 'almost seven hours before reaching a verdict', 'deliberated'))).toBe(false);
    expect(isSpeech(statement('reported', 'deliberate', 'whether to recommend a longer sentence', 'deliberating on'))).toBe(true);
    expect(isSpeech(statement('reported', 'nominate', 'Ruth Calder for the bench', 'nominated'))).toBe(false);
    expect(isSpeech(statement('reported', 'sentence', 'the skipper to two years in prison', 'sentenced'))).toBe(false);
    expect(isSpeech(statement('reported', 'choose', 'a smaller ferry for the winter', 'chose'))).toBe(false);
  });

  it('takes a verb of naming for speech only when it names a thing as something or asks for something', () => {
    // "The skipper called the decision reckless" / "called him a coward" / "called it "a scandal"" / "called for calm"
    expect(isSpeech(statement('reported', 'call', 'the decision reckless', 'called'))).toBe(true);
    expect(isSpeech(statement('reported', 'call', 'the new timetable plainly absurd', 'called'))).toBe(true);
    expect(isSpeech(statement('reported', 'call', 'him a coward', 'called'))).toBe(true);
    expect(isSpeech(statement('reported', 'call', 'it "a scandal"', 'called'))).toBe(true);
    expect(isSpeech(statement('reported', 'brand', 'the harbour master a liar', 'branded'))).toBe(true);
    expect(isSpeech(statement('reported', 'call', 'an inquiry into the sinking', 'called for'))).toBe(true);
    expect(isSpeech(statement('reported', 'call', 'ministers to resign', 'called on'))).toBe(true);
    // The telephone, a particle, a meeting called: no words.
    expect(isSpeech(statement('reported', 'call', 'the coastguard to report the fire', 'called'))).toBe(false);
    expect(isSpeech(statement('reported', 'call', 'it off a week before the race', 'called'))).toBe(false);
    expect(isSpeech(statement('reported', 'call', 'a halt to the search', 'called'))).toBe(false);
    expect(isSpeech(statement('reported', 'call', '999 from the quay', 'called'))).toBe(false);
    expect(isSpeech(statement('reported', 'call', 'which had been delayed, were rerouted', 'calls'))).toBe(false);
  });
});

describe('namesSomeone', () => {
  it('tells a name or a description from a number or a time taken for a source', () => {
    for (const name of ['Lina Castell', 'FBI', 'police', 'A 911 caller', '8am crews', '警察']) expect(namesSomeone(name)).toBe(true);
    for (const name of ['12', '11 a.m.', '3 p. m.', 'Yesterday', 'Friday', '2009', '26%', '292nd']) expect(namesSomeone(name)).toBe(false);
  });
});

describe('namesNoOne', () => {
  it('tells a pronoun, an indefinite or what shows rather than says from someone', () => {
    for (const name of ['they', 'many of whom', 'others', 'pictures', 'Results from a blood test', 'data from the ferry log']) expect(namesNoOne(name)).toBe(true);
    for (const name of ['Lina Castell', 'police', 'the harbour master', 'Photo agency staff', 'Will Harding', 'a retired ferry pilot']) expect(namesNoOne(name)).toBe(false);
    // "US" is a country, and "her rep" someone.
    for (const name of ['US Coast Guard', 'her rep']) expect(namesNoOne(name)).toBe(false);
  });
});
