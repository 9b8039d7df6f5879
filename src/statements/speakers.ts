/**
 * From a source span to a speaker: the fullest name this document gives for it. A surname
 * takes the full name introduced elsewhere in the document, a pronoun the speaker or
 * name it refers back to, a description ("the president", "the ministry") the name that
 * carries that role. The span always stays where the text names the speaker.
 */
import type { Mention, Span, Speaker } from '../core/types.js';
import { SpanIndex } from '../core/span-index.js';
import { isDemonym, isVesselName, ORG_DESCRIPTORS } from '../entities/index.js';
import { tokenAt, type Analysis } from './analysis.js';
import type { TokenSpan } from './attributions.js';
import type { Token } from './tokens.js';
import {
  calendarWords,
  collectiveNouns,
  femaleGivenNames,
  femaleRoleWords,
  genericRoleNouns,
  issuedDocuments,
  maleGivenNames,
  maleRoleWords,
  nounDeterminers,
  otherPronouns,
  personalPronouns,
  relativePronouns,
  roleNouns,
  timeWords,
  titleAbbreviations,
} from './lexicon.js';
import { findNames, fullestName, indexNames, type Name, type NameIndex } from './names.js';

const pronouns = new Set<string>([...personalPronouns, ...otherPronouns]);
const roles = new Set<string>(roleNouns);
const generic = new Set<string>(genericRoleNouns);
const collectives = new Set<string>(collectiveNouns);
const utterances = new Set<string>(issuedDocuments);
const nounPhrase = new Set(['DET', 'PROPN', 'NOUN', 'ADJ', 'PART']);
const possessives = new Set<string>(nounDeterminers);
const determiners = /^(the|a|an|this|that|these|those)\s+/i;
/** Words that open a relative clause inside a source ("that" also opens a noun phrase, and is left out). */
const relativeOpeners = new Set<string>(relativePronouns.filter((w) => w !== 'that'));

/** How far back (in paragraphs) a pronoun looks for its referent. */
const lookBack = 3;
/** How many names back a description ("the president") looks for the name with its role. */
const roleLookBack = 400;

/**
 * A mention of more than one word. A single word typed a person is not trusted as one: the
 * entities stage may type it so from a pronoun nearby.
 */
const fullName = (m: Mention) => /\s/.test(m.text.trim());

/**
 * What a pronoun asks of its antecedent: a woman, a man, a thing ("it"), a group ("they":
 * no one person, no place), or anyone; and what "the company" asks: an organisation (no
 * person, no place).
 */
type Gender = 'female' | 'male' | 'thing' | 'group' | 'organisation' | undefined;

interface Known {
  name: string;
  /** The name's span (for a pronoun, its antecedent's). */
  span: Span;
  /** Where the text mentions this person here: the name, or the pronoun that stands for it. */
  at: Span;
  role?: string;
  paragraph: number;
  gender?: Gender;
}

const female = new Set<string>(femaleGivenNames);
const male = new Set<string>(maleGivenNames);
const femaleRoles = new Set<string>(femaleRoleWords);
const maleRoles = new Set<string>(maleRoleWords);

/** The gender a pronoun asks of its antecedent, if any. */
function pronounGender(pronoun: string): Gender {
  if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') return 'male';
  if (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers') return 'female';
  if (pronoun === 'it' || pronoun === 'its') return 'thing';
  if (pronoun === 'they' || pronoun === 'them' || pronoun === 'their') return 'group';
  return undefined;
}

const times = new Set<string>([...timeWords, ...calendarWords]);

/** "Defence Ministry press statement", not "Associated Press and was battled by firefighters…". */
const MODIFIED_NOUNS = 2;

/**
 * The name only qualifies the speaker the source names: it is possessed ("Reid's rep") or
 * common nouns, at most `MODIFIED_NOUNS`, follow it to the source's end ("Vancouver police",
 * "Kremlin officials", "Navy sources"). The speaker is then the whole phrase, not the
 * person or place named.
 */
function modifies(a: Analysis, name: Name, [, end]: TokenSpan): boolean {
  if (name.last >= end) return false;
  // "Reid's rep", "Jeffs' attorneys" after a name ending in s ("Gray ’ s cousin" is one token "’s", see `tokenize`).
  const after = a.tokens[name.last].text;
  if (/^[’']s$/.test(after) || (/^[’']$/.test(after) && /s$/.test(a.tokens[name.last - 1].text))) return name.last + 1 < end;
  // "Microsoft today" names Microsoft.
  const nouns = a.tokens.slice(name.last, end).filter((t) => !times.has(t.lower));
  // The source's last word is its head noun, though the tagger may read it as an adjective ("the Israeli military").
  const noun = (t: Token, k: number) => t.pos === 'NOUN' || (t.pos === 'ADJ' && k === nouns.length - 1);
  return nouns.length > 0 && nouns.length <= MODIFIED_NOUNS && nouns.every((t, k) => noun(t, k) && /^\p{Ll}+$/u.test(t.text));
}

/** A role in lower case with its abbreviated titles spelled out: "Alaska Gov." -> "alaska governor". */
const spelledOut = (role: string) =>
  role
    .toLowerCase()
    .split(/\s+/)
    .map((w) => titleAbbreviations[w] ?? w)
    .join(' ');

/**
 * A role "of" a name, the whole source: "the Governor of Alaska", "the president of
 * Eastmark". Returns the words for `byRole`: what the role is of, then the role noun.
 */
function officeOf(a: Analysis, [first, last]: TokenSpan): string[] | undefined {
  const tk = a.tokens;
  let t = first;
  if (tk[t]?.pos === 'DET') t++;
  const role = t;
  while (t < last && roles.has(tk[t].lower)) t++;
  if (t === role || tk[t]?.lower !== 'of' || t + 1 >= last) return undefined;
  const of = tk.slice(t + 1, last);
  if (!of.every((w) => w.pos === 'PROPN' || w.lower === 'the')) return undefined;
  return [...of.filter((w) => w.lower !== 'the').map((w) => w.lower), tk[t - 1].lower];
}

export class SpeakerResolver {
  private readonly names: Name[];
  /** Speakers resolved so far, in text order of where they are mentioned. */
  private readonly spoken: Known[] = [];

  private addSpoken(known: Known): void {
    let k = this.spoken.length;
    while (k > 0 && this.spoken[k - 1].at.start > known.at.start) k--;
    this.spoken.splice(k, 0, known);
  }

  private readonly index: NameIndex;

  /** The entities stage's places and organisations, and its people, by span. */
  private readonly things: SpanIndex<Mention>;
  private readonly people: SpanIndex<Mention>;
  /** Its named things of no other kind, of two words or more ("World Series", "Dolby Theatre"). */
  private readonly otherThings: SpanIndex<Mention>;
  /** The texts of its people's full names ("Yvonne Hiller"), which a surname's resolution may give. */
  private readonly personNames: Set<string>;

  constructor(
    private readonly a: Analysis,
    mentions: readonly Mention[] = [],
  ) {
    this.names = findNames(a);
    this.index = indexNames(this.names);
    const indexOf = (keep: (m: Mention) => boolean) => new SpanIndex(mentions.filter(keep).map((m) => ({ span: m, item: m })));
    this.things = indexOf((m) => m.type === 'place' || m.type === 'organization');
    // A lone word of no known kind ("Microsoft") is 'other' for lack of evidence, a longer name ("World Series") for its evidence.
    this.otherThings = indexOf((m) => m.type === 'other' && /\s/.test(m.text));
    this.people = indexOf((m) => m.type === 'person');
    this.personNames = new Set(mentions.filter((m) => m.type === 'person' && fullName(m)).map((m) => m.text));
  }

  /**
   * Whether a name is a ship's ("INS Mysore") or one the entities stage reads as a place or
   * an organisation ("Beaumont Hospital"), which "he" or "she" cannot stand for. A name with a role
   * ("Police Inspector Dave Gaskin") is a person whatever the mention around it says.
   */
  private notAPerson(k: Known): boolean {
    if (k.role) return false;
    if (isVesselName(this.a.text.slice(k.span.start, k.span.end))) return true;
    // A mention holds the head of the name or description ("BBC" of "the BBC").
    return this.things.overlapping({ start: k.span.end - 1, end: k.span.end }).length > 0;
  }

  /**
   * Whether a name or a speaker's words name a person, whom "it" cannot stand for: a gender
   * or a role, or a person's full name the entities stage finds in them ("Apple's Phil
   * Schiller") or that a surname stands for ("Hiller").
   */
  private isPerson(k: Known): boolean {
    return k.gender !== undefined || k.role !== undefined || this.personNames.has(k.name) || this.people.overlapping(k.span).some(fullName);
  }

  /**
   * The subject that opens a sentence when it names a group by a common noun, plural or
   * collective ("The jurors", "Local residents", "The jury"), before its verb.
   */
  private groupSubject(sentence: number): Known | undefined {
    const tk = this.a.tokens;
    const { first, last } = this.a.sentences[sentence];
    let t = first;
    while (t < last && (tk[t].pos === 'DET' || tk[t].pos === 'ADJ')) t++;
    const head = t;
    while (t < last && tk[t].pos === 'NOUN' && /^\p{Ll}/u.test(tk[t].text)) t++;
    if (t === head || (tk[t]?.pos !== 'VERB' && tk[t]?.pos !== 'AUX')) return undefined;
    const noun = tk[t - 1];
    if (!(noun.lemma !== noun.lower && /s$/.test(noun.lower)) && !collectives.has(noun.lower)) return undefined;
    const span = { start: tk[first].start, end: noun.end };
    const name = this.a.text.slice(span.start, span.end).replace(determiners, '');
    return { name, span, at: span, paragraph: this.paragraphAt(span.start) };
  }

  /**
   * Two people joined by "and" ("Mark and Condon have cut the monologue. They said…"), whom
   * "they" can stand for together: one speaker named by both names.
   */
  private pairOfPeople(first: Name, second: Name): Known | undefined {
    if (!/^\s+and\s+$/.test(this.a.text.slice(first.span.end, second.span.start))) return undefined;
    const [a, b] = [this.canonical(first), this.canonical(second)];
    if (!this.isPerson(a) || !this.isPerson(b)) return undefined;
    // Names that qualify a noun name things: "SeaMicro's Intel Atom and Intel Xeon systems".
    const next = this.a.tokens[second.last];
    if (next?.pos === 'NOUN' || next?.pos === 'PROPN') return undefined;
    const span = { start: first.span.start, end: second.span.end };
    return { name: `${a.name} and ${b.name}`, span, at: span, paragraph: this.paragraphAt(span.start), gender: 'group' };
  }

  /** Whether the entities stage reads a name as a thing that is no group nor organisation ("the World Series"). */
  private isOtherThing(k: Known): boolean {
    const head = { start: k.span.end - 1, end: k.span.end };
    return this.otherThings.overlapping(head).length > 0 && this.things.overlapping(head).length === 0;
  }

  /** Whether the entities stage reads the head of a name as a place ("East Flatbush"), which "they" cannot stand for. */
  private isPlace(k: Known): boolean {
    return this.things.overlapping({ start: k.span.end - 1, end: k.span.end }).some((m) => m.type === 'place');
  }

  /** Names that lie inside a span, in text order. */
  private namesIn(span: Span): Name[] {
    const out: Name[] = [];
    for (let k = this.lastNameBefore(span.end); k >= 0 && this.names[k].span.start >= span.start; k--) out.unshift(this.names[k]);
    return out;
  }

  private paragraphAt(offset: number): number {
    const tokens = this.a.tokens;
    return tokens[Math.min(tokenAt(this.a, offset), tokens.length - 1)]?.paragraph ?? 0;
  }

  private readonly fullest = new Map<string, ReturnType<typeof fullestName>>();

  /** Index of the last name that ends at or before `offset`, or -1. */
  private lastNameBefore(offset: number): number {
    let lo = 0;
    let hi = this.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.names[mid].span.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  private canonical(name: Name): Known {
    const key = name.parts.join(' ');
    let fullest = this.fullest.get(key);
    if (!fullest) this.fullest.set(key, (fullest = fullestName(this.index, name.parts)));
    const full = (fullest.ambiguous ? fullestName(this.index, name.parts, this.previousParagraphStart(name), name.span.start).name : fullest.name) ?? name;
    const role = name.role ?? full.role ?? this.names.find((n) => n.role && n.text === full.text)?.role;
    return {
      name: full.text.replace(/[’']s$/, ''),
      span: name.span,
      at: name.span,
      role,
      paragraph: this.a.tokens[name.first].paragraph,
      gender: this.genderOf(full, role),
    };
  }

  /**
   * Where the words a pronoun speaks start, as far as they are its own: the quotation that
   * closes right before it, from its first sentence (“It is true… It is not true that I
   * was jealous of Gray,” he wrote), else words in its own sentence. Words the tagger ran
   * across another attribution ("…," Dana Tamir told the BBC. "Hackers…," she said) may
   * hold the speaker's name, and do not count.
   */
  private ownWordsStart(wordsStart: number | undefined, pronoun: number): number | undefined {
    if (wordsStart === undefined) return undefined;
    const a = this.a;
    const quotation = a.quotations.find(
      (q) => q.depth === 0 && q.start <= wordsStart && wordsStart < q.end && q.end <= pronoun && !/[\p{L}\p{N}]/u.test(a.text.slice(q.end, pronoun)),
    );
    if (quotation) return quotation.start;
    const sentence = a.sentences[a.tokens[Math.min(tokenAt(a, pronoun), a.tokens.length - 1)].sentence];
    return wordsStart >= a.tokens[sentence.first].start ? wordsStart : undefined;
  }

  /** Where the paragraph before the name's own starts (or its own, the first). */
  private previousParagraphStart(name: Name): number {
    const a = this.a;
    const paragraph = a.paragraphs[Math.max(0, a.tokens[name.first].paragraph - 1)];
    return a.tokens[paragraph.first].start;
  }

  /** Gender from a given name, a gendered role word or an honorific ("Mrs."), when the text shows it. */
  private genderOf(name: Name, role?: string): Gender {
    const words = [...(role?.toLowerCase().split(/\s+/) ?? []), this.a.tokens[name.first - 1]?.lower ?? ''];
    if (words.some((w) => femaleRoles.has(w))) return 'female';
    if (words.some((w) => maleRoles.has(w))) return 'male';
    if (name.parts.length >= 2 && female.has(name.parts[0])) return 'female';
    if (name.parts.length >= 2 && male.has(name.parts[0])) return 'male';
    return undefined;
  }

  /**
   * The speaker a pronoun refers back to: in the pronoun's own sentence the nearest person
   * before it and before the words it speaks (`wordsStart`: "Orozco agreed…, he said" is
   * not Orozco); in earlier sentences the first that sentence reports as speaking ("…, Sgt.
   * Don Manumaleuna said. No shots were fired, he added."), else the first (the subject,
   * mostly), of a fitting gender ("he" and "she" also ask for a person, not a place or an
   * organisation). Persons are names with a full form or a role, and speakers already
   * resolved (a "he" that was resolved counts where it stands).
   */
  private antecedent(before: number, gender: Gender, wordsStart = before): Known | undefined {
    const a = this.a;
    const fits = (k: Known) => {
      if (gender === 'thing') return !this.isPerson(k);
      if (gender === 'group') return !this.isPerson(k) && !this.isPlace(k) && !this.isOtherThing(k);
      // An organisation has a name: "Police said" is no company.
      if (gender === 'organisation') return !this.isPerson(k) && !this.isPlace(k) && !collectives.has(k.name.toLowerCase());
      return !gender || ((!k.gender || k.gender === gender) && !this.notAPerson(k));
    };
    // An earlier sentence's speaker is the antecedent when "he" or "she" can be sure it is a person.
    const surelySpeaker = (k: Known) =>
      (gender !== 'male' && gender !== 'female') || k.gender === gender || (k.gender === undefined && this.isPerson(k));
    const at = Math.min(tokenAt(a, before), a.tokens.length - 1);
    if (at < 0) return undefined;
    const first = a.tokens[at].sentence;
    const paragraph = a.tokens[at].paragraph;
    let spokenEnd = this.spoken.length;
    let nameEnd = this.lastNameBefore(before) + 1;
    for (let s = first; s >= 0; s--) {
      const sentence = a.sentences[s];
      if (sentence.last <= sentence.first) continue;
      if (paragraph - sentence.paragraph > lookBack) break;
      const start = a.tokens[sentence.first].start;
      // Sentences of the words spoken say nothing of who speaks them.
      if (start >= wordsStart && s !== first) continue;
      const end = s === first ? Math.min(before, wordsStart) : a.tokens[sentence.last - 1].end;
      const found: { at: number; known: Known }[] = [];
      while (spokenEnd > 0 && this.spoken[spokenEnd - 1].at.start >= end) spokenEnd--;
      for (let k = spokenEnd - 1; k >= 0 && this.spoken[k].at.start >= start; k--) {
        if (fits(this.spoken[k])) found.push({ at: this.spoken[k].at.start, known: this.spoken[k] });
      }
      const speaker = found.findLast(({ known }) => surelySpeaker(known));
      if (s !== first && speaker) return speaker.known;
      while (nameEnd > 0 && this.names[nameEnd - 1].span.start >= end) nameEnd--;
      for (let k = nameEnd - 1; k >= 0 && this.names[k].span.start >= start; k--) {
        const known = this.canonical(this.names[k]);
        if ((known.name.includes(' ') || known.role) && fits(known)) found.push({ at: this.names[k].span.start, known });
        const pair = gender === 'group' && k > 0 && this.names[k - 1].span.start >= start ? this.pairOfPeople(this.names[k - 1], this.names[k]) : undefined;
        if (pair) found.push({ at: pair.span.start, known: pair });
      }
      // "Tara was engaged to Carson Daly. But they called it off": "they" are the people an
      // earlier sentence names, not an organisation named before them.
      if (found.length === 0 && gender === 'group' && s !== first && this.peopleNamed(nameEnd, start) >= 2) return undefined;
      // "The jurors deliberated for three hours. They said…": a group named by a plural or
      // collective noun as a sentence's subject.
      if (found.length === 0 && gender === 'group' && s !== first) {
        const group = this.groupSubject(s);
        if (group) found.push({ at: group.span.start, known: group });
      }
      if (found.length === 0) continue;
      found.sort((x, y) => x.at - y.at);
      return (s === first ? found[found.length - 1] : found[0]).known;
    }
    return undefined;
  }

  /** How many people the names before `end` and from `start` on may stand for: names of no place, organisation or thing. */
  private peopleNamed(end: number, start: number): number {
    const people = new Set<string>();
    for (let k = end - 1; k >= 0 && this.names[k].span.start >= start; k--) {
      const known = this.canonical(this.names[k]);
      if (this.isPerson(known) || (!this.notAPerson(known) && !this.isPlace(known) && !this.isOtherThing(known))) people.add(known.name);
    }
    return people.size;
  }

  /**
   * The name that carries a role ("the president" -> the last "President X" named before;
   * "the Russian leader" -> the last name whose role says "Russian"), or the organisation
   * named in full ("the ministry" -> "Russian Foreign Ministry").
   */
  private byRole(words: string[], before: number): Known | undefined {
    const noun = words[words.length - 1];
    const qualifiers = words.slice(0, -1);
    const fits = [
      (role: string) => role.includes(noun),
      (role: string) => generic.has(noun) && qualifiers.some((q) => role.split(/\s+/).includes(q)),
    ];
    const last = this.lastNameBefore(before);
    const stop = Math.max(0, last - roleLookBack);
    for (const fit of fits) {
      for (let k = this.spoken.length - 1; k >= 0; k--) {
        const s = this.spoken[k];
        if (s.span.end <= before && s.role && fit(spelledOut(s.role))) return s;
      }
      for (let k = last; k >= stop; k--) {
        const n = this.names[k];
        if (n.role && fit(spelledOut(n.role))) return this.canonical(n);
      }
    }
    for (let k = last; k >= stop; k--) {
      if (this.names[k].parts.includes(noun)) return this.canonical(this.names[k]);
    }
    return undefined;
  }

  /**
   * Who issued "the statement" or "the release": in the last sentence before that mentions
   * one, the phrase after "from" or "by" ("according to a statement from the Indian
   * government"), else that sentence's speaker ("Kraft Foods issued a statement saying…"), else
   * its first name with the nouns it qualifies ("The Indian navy issued a statement").
   */
  private issuer(noun: string, before: number): Known | undefined {
    const a = this.a;
    const at = Math.min(tokenAt(a, before), a.tokens.length - 1);
    if (at < 0) return undefined;
    const paragraph = a.tokens[at].paragraph;
    for (let t = at - 1; t >= 0 && paragraph - a.tokens[t].paragraph <= lookBack; t--) {
      if (a.tokens[t].lemma !== noun) continue;
      const sentence = a.sentences[a.tokens[t].sentence];
      const start = a.tokens[sentence.first].start;
      const end = a.tokens[sentence.last - 1].end;
      const issued = this.issuedBy([t, sentence.last]);
      if (issued) return this.phrase(issued);
      const spoken = this.spoken.find((k) => k.at.start >= start && k.at.start < end);
      if (spoken) return spoken;
      const name = this.namesIn({ start, end: a.tokens[t].start })[0];
      if (name) return this.phrase([name.first, this.qualifiedEnd(name)]);
    }
    return undefined;
  }

  /** Where the phrase a name qualifies ends: after up to `MODIFIED_NOUNS` common nouns ("Indian navy"). */
  private qualifiedEnd(name: Name): number {
    const tk = this.a.tokens;
    let end = name.last;
    while (end < tk.length && end - name.last < MODIFIED_NOUNS && tk[end].pos === 'NOUN' && /^\p{Ll}+$/u.test(tk[end].text)) end++;
    return end;
  }

  /** The noun phrase after "statement from" or "release by" within a token range, if any. */
  private issuedBy([first, last]: TokenSpan): TokenSpan | undefined {
    const tk = this.a.tokens;
    for (let t = first; t + 2 < last; t++) {
      if (!utterances.has(tk[t].lemma) || (tk[t + 1].lower !== 'from' && tk[t + 1].lower !== 'by')) continue;
      let e = t + 2;
      // "from her office": a possessive opens the phrase as an article does.
      while (e < last && (nounPhrase.has(tk[e].pos) || (possessives.has(tk[e].lower) && nounPhrase.has(tk[e + 1]?.pos ?? '')))) e++;
      return e > t + 2 ? [t + 2, e] : undefined;
    }
    return undefined;
  }

  /** The speaker a noun phrase names: its head name ("the Eastmark government" is no "Eastmark"), else the phrase. */
  private phrase(source: TokenSpan): Known {
    const a = this.a;
    const span = { start: a.tokens[source[0]].start, end: a.tokens[source[1] - 1].end };
    const head = this.namesIn(span).find((n) => !modifies(a, n, source));
    if (head) return this.canonical(head);
    return { name: a.text.slice(span.start, span.end).replace(determiners, ''), span, at: span, paragraph: this.paragraphAt(span.start) };
  }

  /**
   * Resolve the speaker named by a source token range, and remember it for later pronouns.
   * `wordsStart`: where the words it speaks start, when they come before it.
   */
  resolve(source: TokenSpan, wordsStart?: number): Speaker {
    const a = this.a;
    const span = { start: a.tokens[source[0]].start, end: a.tokens[source[1] - 1].end };
    // "An Australian climber who watched his brother fall on New Zealand's highest peak": a
    // relative clause describes the speaker, and the names in it are not the speaker's.
    // Not "all of whom", nor "the WHO".
    const relative = a.tokens.slice(source[0] + 1, source[1] - 1).findIndex((t) => relativeOpeners.has(t.text));
    let namingEnd = relative < 0 ? source[1] : source[0] + 1 + relative;
    // Nor does a name run on past a dash ("police - - the women were shot on the third floor").
    const dash = a.tokens.slice(source[0] + 1, namingEnd).findIndex((t, k) => /^(?:—|–|--)$/.test(t.text) || (t.text === '-' && a.tokens[source[0] + 2 + k]?.text === '-'));
    if (dash >= 0) namingEnd = source[0] + 1 + dash;
    // Nor with a trailing comma, nor a day right after a noun: "a letter today asking…" is
    // the letter's, "HP today announced" HP's ("an advisory issued today" keeps its day).
    const dayAfterWord = (k: number) => times.has(a.tokens[k].lower) && /^(NOUN|PROPN)$/.test(a.tokens[k - 1]?.pos ?? '');
    while (namingEnd - 1 > source[0] && (a.tokens[namingEnd - 1].pos === 'PUNCT' || dayAfterWord(namingEnd - 1))) namingEnd--;
    const naming: TokenSpan = [source[0], namingEnd];
    const nameSpan = { start: span.start, end: a.tokens[naming[1] - 1].end };
    const surface = a.text.slice(nameSpan.start, nameSpan.end);
    const lower = surface.toLowerCase();
    let known: Known | undefined;
    let antecedent: Span | undefined;
    if (source[1] - source[0] === 1 && pronouns.has(lower)) {
      if (lower !== 'i' && lower !== 'we' && lower !== 'you') {
        known = this.antecedent(span.start, pronounGender(lower), this.ownWordsStart(wordsStart, span.start));
        antecedent = known?.span;
      }
    } else {
      const words = lower.replace(determiners, '').split(/\s+/);
      const noun = words[words.length - 1];
      // A description ("the president", "the Nordic leader", "the ministry") names whoever
      // carries that role; a capitalised head ("the Kremlin") is a name itself.
      const common = /^\p{Ll}/u.test(a.tokens[naming[1] - 1].text);
      const headLemma = a.tokens[naming[1] - 1].lemma;
      // "an NYPD release", "the ministry's statement" speak for whoever the phrase names
      // ("the Indian statement" is the Indian government's, which an earlier sentence names).
      const owner = common && utterances.has(headLemma) ? this.namesIn(nameSpan).find((n) => !isDemonym(n.text)) : undefined;
      if (owner) known = this.canonical(owner);
      else if (common && determiners.test(lower) && utterances.has(headLemma)) {
        known = this.issuer(headLemma, span.start);
        antecedent = known?.span;
      } else if (common && determiners.test(lower) && (roles.has(noun) || words.length === 1)) {
        known = this.byRole(words, span.start);
        // "the company said": the organisation last heard or named.
        if (!known && ORG_DESCRIPTORS.has(noun)) known = this.antecedent(span.start, 'organisation', this.ownWordsStart(wordsStart, span.start));
        antecedent = known?.span;
      }
      // "the Governor of Alaska" is whoever holds that role, not Alaska.
      const office = !known ? officeOf(a, naming) : undefined;
      const holder = office && this.byRole(office, span.start);
      if (holder) [known, antecedent] = [holder, holder.span];
      else if (office) known = { name: surface.replace(determiners, ''), span, at: span, paragraph: this.paragraphAt(span.start) };
      // "a statement from the Eastmark government" speaks for the government.
      const issued = this.issuedBy(naming);
      if (!known && issued) known = this.phrase(issued);
      // The first name that is not a possessor or a qualifier: "Howard Kurtz" of "the Washington Post's Howard Kurtz".
      const head = this.namesIn(nameSpan).find((n) => !modifies(a, n, naming));
      if (!known && head) known = this.canonical(head);
    }
    const speaker: Speaker = { name: known?.name ?? surface.replace(determiners, ''), span };
    if (antecedent) speaker.antecedent = antecedent;
    if (known?.role) speaker.role = known.role;
    if (known) this.addSpoken({ ...known, span: antecedent ? known.span : span, at: span, paragraph: this.paragraphAt(span.start) });
    return speaker;
  }

  /** Remember a speaker found by other means (a list introduction, a name line). */
  private remember(speaker: Speaker, gender?: Gender): void {
    if (!speaker.name || !speaker.span) return;
    this.addSpoken({
      name: speaker.name,
      span: speaker.span,
      at: speaker.span,
      role: speaker.role,
      paragraph: this.paragraphAt(speaker.span.start),
      gender,
    });
  }

  /**
   * Resolve the first name inside a character span (a speaker line, a name line, a
   * headline speaker). With `whole`, the span must hold nothing but that name, its role
   * words and punctuation.
   */
  resolveName(span: Span, whole = false): Speaker | undefined {
    const name = this.namesIn(span)[0];
    if (!name) return undefined;
    if (whole) {
      const text = this.a.text;
      const start = name.roleSpan?.start ?? name.span.start;
      const rest = text.slice(span.start, start) + text.slice(name.span.end, span.end);
      if (/[\p{L}\p{N}]/u.test(rest)) return undefined;
    }
    const known = this.canonical(name);
    const speaker: Speaker = { name: known.name, span: name.span };
    if (known.role) speaker.role = known.role;
    this.remember(speaker, known.gender);
    return speaker;
  }
}
