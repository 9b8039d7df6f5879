import type { Doc, EntityType, Mention, Sentence } from '../core/types.js';
import { alternation, isLyAdverb, perLanguage, stemWord, stopwordsOf } from '../language/index.js';
import { CUE_WORDS_BY_LANGUAGE } from '../statements/lexicon-languages.js';
import { bareWord, countryName, isKnownPlace, lookUp, placeTable } from './gazetteer.js';
import {
  COMMON_ABBREVIATIONS,
  DAY_NAMES,
  TITLE_CASE_MARKERS,
  VESSEL_PREFIXES,
  DEMONYMS,
  NAME_PARTICLES,
  NOUN_MARKERS,
  COMPASS_WORDS,
  NOT_NAMES,
  ORG_COORDINATORS,
  ORG_DESCRIPTORS,
  ORG_LINKS,
  ORG_HEADS,
  ORG_NAMES,
  OTHER_HEADS,
  PLACE_GROUPS,
  PLACE_HEADS,
  PLACE_LEADS,
  PLACE_PREPOSITIONS,
  ROLE_MODIFIERS,
  SECOND_PARTICLES,
  TITLE_HEADS,
} from './lexicon.js';

interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words, initialisms ("U.S.") and names with apostrophes ("O'Brien"); hyphens separate (see `joinHyphenated`). */
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*\.?/gu;

const PLACE_ALIAS = placeTable(PLACE_GROUPS.flatMap((group) => group.map((alias) => [alias, group[0]] as const)));
/** The hand lexicon's canonical name for a place alias, read as the gazetteer reads names ("Us" is no alias of "US"). */
const placeAlias = (name: string) => lookUp(PLACE_ALIAS, name);

/** The canonical place name for an alias ("USA" → "United States", "Deutschland" → "Germany"). */
export function canonicalPlace(name: string): string | undefined {
  const alias = placeAlias(name);
  if (alias) return alias;
  const country = countryName(name);
  return country && (placeAlias(country) ?? country);
}

const DEMONYMS_OF = new Map<string, string[]>();
for (const [demonym, place] of Object.entries(DEMONYMS)) {
  const key = place.toLowerCase();
  DEMONYMS_OF.set(key, [...(DEMONYMS_OF.get(key) ?? []), demonym]);
}

/** The nationality adjectives of a place, lower-cased ("canada" → ["canadian"]); none when unknown. */
export function demonymsOf(place: string): readonly string[] {
  return DEMONYMS_OF.get(place.toLowerCase()) ?? [];
}

/** A nationality adjective ("Israeli", "british"), in any case. */
export function isDemonym(word: string): boolean {
  return Object.hasOwn(DEMONYMS, word.toLowerCase());
}

const isCapitalized = (t: string) => /^[\p{Lu}\p{Lt}]/u.test(t);
const bare = bareWord;
const singular = (w: string) => (w.endsWith('s') && TITLE_HEADS.has(w.slice(0, -1)) ? w.slice(0, -1) : w);
const isTitle = (w: string) => TITLE_HEADS.has(singular(w)) || TITLE_HEADS.has(`${w}.`);
const isRoleWord = (w: string) => isTitle(w) || ROLE_MODIFIERS.has(w) || w in DEMONYMS;

/** Capitalised words the text writes on their own, not hyphenated to another word, lower-cased. */
function standaloneWords(text: string): Set<string> {
  return new Set((text.match(/(?<![\p{L}\p{M}\p{N}-])\p{Lu}[\p{L}\p{M}]*(?![\p{L}\p{M}\p{N}-])/gu) ?? []).map((w) => w.toLowerCase()));
}

/** A hyphenated word's part that names something by itself: written alone in the text, a place or a demonym. */
const namesAlone = (part: string, standalone: Set<string>) => standalone.has(bare(part)) || placeAlias(part) !== undefined || bare(part) in DEMONYMS;

/** A capitalised prefix of one or two letters hyphened to a lower-case word: "Co-operation", "Ex-wife", "T-shirt". */
const PREFIXED_WORD = /^\p{Lu}\p{L}?[-‐‑]\p{Ll}/u;

/**
 * Capitalised words joined by hyphens are one name ("Ocasio-Cortez", "Saint-Lô",
 * "Jean-Claude"), unless a part names something alone: "Biden-Putin meeting" where the
 * text also writes "Putin", "Russian-American relations", "US-Russia talks". A prefix
 * (`PREFIXED_WORD`) is one word with what it is hyphened to ("Co-operation").
 */
function joinHyphenated(text: string, tokens: Token[], standalone: Set<string>): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (next && PREFIXED_WORD.test(text.slice(tokens[i].start, next.end)) && next.start - tokens[i].end === 1) {
      out.push({ text: text.slice(tokens[i].start, next.end), start: tokens[i].start, end: next.end });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && isCapitalized(tokens[j].text) && isCapitalized(tokens[j + 1].text) && /^[-‐‑]$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j++;
    const parts = tokens.slice(i, j + 1);
    if (parts.length > 1 && !parts.some((t) => namesAlone(t.text, standalone))) {
      out.push({ text: text.slice(tokens[i].start, tokens[j].end), start: tokens[i].start, end: tokens[j].end });
    } else out.push(...parts);
    i = j;
  }
  return out;
}

function tokenize(text: string, from: number, to: number, standalone: Set<string>): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(from, to).matchAll(TOKEN)) {
    let value = m[0];
    // A final period belongs to the token only for initials and abbreviations ("U.S.", "J.", "Dr.").
    if (value.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(value) && !TITLE_HEADS.has(value.toLowerCase())) value = value.slice(0, -1);
    tokens.push({ text: value, start: from + m.index, end: from + m.index + value.length });
  }
  return joinHyphenated(text, tokens, standalone);
}

/** Runs of capitalised tokens separated only by spaces, with name particles inside. */
function capitalizedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length && !isCapitalized(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const token of tokens) {
    const prev = run[run.length - 1];
    const joined = prev && /^[ \u00a0]+$/.test(text.slice(prev.end, token.start));
    if (prev && !joined) close();
    if (isCapitalized(token.text)) run.push(token);
    else if (run.length && NAME_PARTICLES.has(token.text) && (!SECOND_PARTICLES.has(token.text) || NAME_PARTICLES.has(prev.text))) run.push(token);
    else close();
  }
  close();
  return runs;
}

/** Lower-case role words right before a name: "foreign minister Sergey Lavrov". */
function roleBefore(text: string, tokens: Token[], index: number): Token[] {
  const role: Token[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const gap = text.slice(tokens[i].end, (role[0] ?? tokens[index]).start);
    if (!/^[ \u00a0]+$/.test(gap) || !isRoleWord(bare(tokens[i].text))) break;
    role.unshift(tokens[i]);
  }
  return trimRole(role);
}

/** A role phrase must end with a title head; drop leading articles. */
function trimRole(role: Token[]): Token[] {
  while (role.length && !isTitle(bare(role[role.length - 1].text))) role.pop();
  while (role.length && bare(role[0].text) === 'the') role.shift();
  return role;
}

/**
 * Words the text writes as a surname after a given name ("Jonathan Wright", "Tishana King"),
 * not as a name after a role ("Finance Minister Aino Dahl") nor after an article ("the
 * Foreign Minister").
 */
function writtenSurnames(text: string): Set<string> {
  const surnames = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}'’-]+) (\p{Lu}\p{Ll}+)(?! \p{Lu})/gu)) {
    // "Samaritan's Purse": a possessive is an owner, no given name.
    const possessive = /['’]s$/.test(m[1]);
    if (!possessive && !isRoleWord(bare(m[1])) && !isNotName(m[1]) && !afterArticle(text, m.index)) surnames.add(bare(m[2]));
  }
  return surnames;
}

/**
 * Where the owner a role is written with starts, when a capitalised name with a possessive
 * stands right before the role ("President Ivan Morozov’s spokesman", "the Kremlin's
 * spokesman"): whose role it is tells two spokesmen apart.
 */
function ownerBefore(text: string, at: number): number | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const match = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}.&-]*(?: \p{Lu}[\p{L}\p{M}.&-]*){0,3} ?['’] ?s? $/u.exec(before);
  if (!match) return undefined;
  let start = at - before.length + match.index;
  // "The Kremlin's": a capitalised article or pronoun opens no name.
  const opener = /^(\p{L}+) /u.exec(match[0]);
  if (opener && isNotName(opener[1])) start += opener[0].length;
  return start;
}

/** Whether an article stands right before `at` ("the King", "a Minister"). */
const afterArticle = (text: string, at: number) => /\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, at - 4), at));

/** "I’m", "It’s", "The", "None": capitalised, but not names. */
export function isNotName(token: string): boolean {
  return NOT_NAMES.has(bare(token)) || NOT_NAMES.has(token.toLowerCase().split(/['’]/)[0]);
}

/**
 * "Putin Geneva" (from "Biden-Putin Geneva meeting"): a known place inside a run starts a
 * new name, unless the name is "of" it ("Bank of America", "Gulf of Mexico").
 */
function splitAtPlaces(run: Token[]): Token[][] {
  if (run.length < 2 || placeAlias(run.map((t) => t.text).join(' '))) return [run];
  const at = run.findIndex(
    (t, i) => i > 0 && placeAlias(t.text) !== undefined && !OTHER_HEADS.has(bare(run[i + 1]?.text ?? '')) && !ORG_HEADS.has(bare(run[i + 1]?.text ?? '')) && run[i - 1].text !== 'of',
  );
  return at > 0 ? [run.slice(0, at), ...splitAtPlaces(run.slice(at))] : [run];
}

/**
 * "CNN's Anderson Cooper", "Apple's Phil Schiller": a possessive inside a run, followed by a
 * person's name of two words or more, ends the owner's name; so does one followed by a
 * surname the text writes after a given name ("Intel's Waxman" after "Jason Waxman").
 * "McDonald's Corp" stays one.
 */
function splitAtPossessive(run: Token[], surnames: ReadonlySet<string>): Token[][] {
  const at = run.findIndex((t, i) => i < run.length - 1 && /['’]s$/.test(t.text) && (i < run.length - 2 || surnames.has(bare(run[i + 1].text))));
  if (at < 0) return [run];
  const rest = run.slice(at + 1);
  return isOrganization(rest) || NAME_PARTICLES.has(rest[0].text) ? [run] : [run.slice(0, at + 1), ...splitAtPossessive(rest, surnames)];
}

/**
 * A title-case line ("Driver Charged In Fatal Queens Hit And Run"): a short function word
 * capitalised after the first word. Its capitals say nothing of names.
 */
function isTitleCase(tokens: Token[]): boolean {
  return tokens.some((t, i) => i > 0 && TITLE_CASE_MARKERS.has(t.text.toLowerCase()) && isCapitalized(t.text));
}

/**
 * In a title-case line, the words the document also writes in lower case are common words,
 * not parts of names: "Fatal Queens Hit" -> "Queens".
 */
function splitAtCommonWords(run: Token[], common: (t: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of run) {
    if (common(t)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

/** How often `phrase` is written as whole words in `text`. */
function timesWritten(text: string, phrase: string): number {
  return text.match(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation([phrase])})(?![\\p{L}\\p{M}\\p{N}])`, 'gu'))?.length ?? 0;
}

/**
 * A run that names something of its own after a link word: a day or a date ("on Jan. 5"), a
 * place or a street ("on West Fifth"), a known institution or initials ("on ABC").
 */
function standsApart(text: string, run: Token[], language: string | undefined): boolean {
  const phrase = run.map((t) => t.text).join(' ');
  const first = bare(run[0].text);
  const last = bare(run[run.length - 1].text);
  const dated = /^\.?\s*\d/.test(text.slice(run[run.length - 1].end));
  return (
    dated || isNotName(run[0].text) || ORG_NAMES.has(bare(phrase)) || run.every((t) => /^\p{Lu}{2,}$/u.test(t.text)) ||
    placeAlias(phrase) !== undefined || isKnownPlace(phrase, language) || PLACE_HEADS.has(last) || PLACE_LEADS.has(first) || COMPASS_WORDS.has(first)
  );
}

/**
 * An organisation's name with a lower-case link inside is one name: "Center for Biological
 * Diversity", "Council on Ethical and Judicial Affairs", "Department of Health and Human
 * Services", "Fish and Wildlife Service". A link joins only after an organisation's head
 * (or, for "and", before a two-word name ending in one), never to a day, a place or a
 * known institution, and a coordinated part must not be written anywhere else on its own:
 * "Obama and Justice Department" stays two names where the text names Obama again.
 */
function joinOrganizationNames(text: string, runs: Token[][], language: string | undefined): Token[][] {
  const out: Token[][] = [];
  for (const run of runs) {
    const left = out[out.length - 1];
    const link = left && /^ (\S+) $/.exec(text.slice(left[left.length - 1].end, run[0].start))?.[1];
    if (left && link && joinsOrganization(text, left, link, run, language)) {
      const at = left[left.length - 1].end + 1;
      out[out.length - 1] = [...left, { text: link, start: at, end: at + link.length }, ...run];
    } else out.push(run);
  }
  return out;
}

function joinsOrganization(text: string, left: Token[], link: string, right: Token[], language: string | undefined): boolean {
  if (standsApart(text, right, language)) return false;
  const words = left.map((t) => bare(t.text));
  // The merged left part holds its link words: "organization for security".
  if (ORG_LINKS.has(link)) return ORG_HEADS.has(words[words.length - 1]);
  if (!ORG_COORDINATORS.has(link)) return false;
  const surface = (run: Token[]) => text.slice(run[0].start, run[run.length - 1].end);
  const joined = (part: Token[]) => `${surface(part)} ${link} ${surface(right)}`;
  const headIndex = words.findIndex((w) => ORG_HEADS.has(w));
  // "Department of Health and Human Services": the left part already holds a head and what it
  // is of, for or on, and that is no place ("Bank of America and Wells Fargo" are two).
  if (headIndex >= 0 && headIndex < words.length - 1 && /^(?:of|for|on)$/.test(words[headIndex + 1])) {
    const field = left.slice(headIndex + 2);
    return field.length > 0 && !standsApart(text, field, language) && timesWritten(text, surface(right)) === timesWritten(text, joined(left));
  }
  // "Fish and Wildlife Service": two fields before one head ("The Food and Drug Administration").
  const named = left.findIndex((t) => !isNotName(t.text));
  const fields = named < 0 ? [] : left.slice(named);
  const rightHead = bare(right[right.length - 1].text);
  return (
    headIndex < 0 && fields.length > 0 && fields.length <= 2 && right.length === 2 && ORG_HEADS.has(rightHead) &&
    !fields.some((t) => isTitle(bare(t.text))) && !standsApart(text, fields, language) && timesWritten(text, surface(fields)) === timesWritten(text, joined(fields))
  );
}

/** Index of the last title word that leaves at least one word of name after it, or -1. */
function lastTitleBeforeName(run: Token[]): number {
  for (let i = run.length - 2; i >= 0; i--) if (isTitle(bare(run[i].text))) return i;
  return -1;
}

/** After the run's last title, a name of two words or more that is no organisation's ("Tim Fanning", not "of National Intelligence"). */
function personAfterTitle(run: Token[]): boolean {
  const name = run.slice(lastTitleBeforeName(run) + 1);
  return name.length >= 2 && name.length < run.length && !isOrganization(name) && !NAME_PARTICLES.has(name[0].text);
}

function isOrganization(run: Token[]): boolean {
  return run.some((t) => ORG_HEADS.has(bare(t.text)));
}

function previousWord(text: string, tokens: Token[], token: Token): string {
  const i = tokens.indexOf(token);
  return i > 0 && /^\s+$/.test(text.slice(tokens[i - 1].end, token.start)) ? tokens[i - 1].text.toLowerCase() : '';
}

/** A ship's name: a prefix in capitals before a name ("MV Gibe", "INS Mysore"). */
export function isVesselName(name: string): boolean {
  const [prefix, next] = name.split(/\s+/);
  return next !== undefined && /^\p{Lu}+$/u.test(prefix) && VESSEL_PREFIXES.has(prefix.toLowerCase());
}

/** `wordBefore`: the lower-cased word right before the name ("in", "firm"), or ""; `language`: the document's. */
function typeOf(name: Token[], hasRole: boolean, wordBefore: string, language: string | undefined): EntityType {
  const words = name.map((t) => bare(t.text));
  const phrase = words.join(' ');
  // The head of "Gulf of Mexico" is "Gulf".
  const of = words.indexOf('of');
  const last = words[of > 0 ? of - 1 : words.length - 1];
  if (isVesselName(name.map((t) => t.text).join(' '))) return 'other';
  if (placeAlias(name.map((t) => t.text).join(' '))) return 'place';
  if (ORG_NAMES.has(phrase)) return 'organization';
  if (OTHER_HEADS.has(last)) return 'other';
  if (words.some((w) => ORG_HEADS.has(w))) return 'organization';
  if ((PLACE_HEADS.has(last) || PLACE_LEADS.has(words[0])) && name.length > 1) return 'place';
  if (hasRole) return 'person';
  if (isKnownPlace(name.map((t) => t.text).join(' '), language)) return 'place';
  if (ORG_DESCRIPTORS.has(wordBefore)) return 'organization';
  if (name.length === 1 && COMMON_ABBREVIATIONS.has(words[0])) return 'other';
  if (name.every((t) => /^\p{Lu}{2,6}$/u.test(t.text))) return 'organization';
  if (name.some((t) => placeAlias(t.text) || ORG_NAMES.has(bare(t.text)) || bare(t.text) in DEMONYMS)) return 'other';
  if (PLACE_PREPOSITIONS.has(wordBefore)) return 'place';
  return name.length >= 2 ? 'person' : 'other';
}

/**
 * In a language that capitalises every noun (`NOUN_MARKERS`), the document's capitalised
 * words that are common nouns: written after an article or a determiner, with at most one
 * adjective between ("die Lage", "der frühere Kanzler"), after a number ("3000 Anwohner"),
 * or with a common noun's ending ("Sicherheit"). Known places stay names ("die Schweiz").
 */
function nounsOf(text: string, language: string | undefined): ((t: Token) => boolean) | undefined {
  const markers = language ? NOUN_MARKERS[language] : undefined;
  if (!language || !markers) return undefined;
  const stopwords = new Set(stopwordsOf(language) ?? []);
  const determiners = new Set(markers.determiners);
  const nouns = new Set<string>();
  const leads = (w: string) => determiners.has(w.toLowerCase()) || /^\d/.test(w);
  // The two words before, each only if a space alone parts it from the next; read as a stream, for long texts.
  let [before, beforeThat] = ['', ''];
  let end = -1;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0];
    const spaced = end >= 0 && /^\s+$/.test(text.slice(end, m.index));
    if (!spaced) [before, beforeThat] = ['', ''];
    if (/^\p{Lu}\p{Ll}/u.test(word) && before) {
      if (leads(before)) nouns.add(word);
      // One adjective between: "der frühere Kanzler", not "die von Karl".
      else if (/^\p{Ll}/u.test(before) && !stopwords.has(before) && beforeThat && leads(beforeThat)) nouns.add(word);
    }
    [before, beforeThat] = [word, before];
    end = m.index + word.length;
  }
  const ending = new RegExp(`\\p{Ll}(?:${alternation(markers.endings)})$`, 'u');
  return (t) => (nouns.has(t.text) || ending.test(t.text)) && !isKnownPlace(t.text, language);
}

/**
 * In other languages than English, the capitalised words opening a sentence that are no
 * name: function words ("Le", "Der") and the words of cues of saying ("Laut Polizei…",
 * "Selon…"; the statements stage's lexicon).
 */
const notNameWords = perLanguage(
  (language) => new Set([...(stopwordsOf(language) ?? []), ...(CUE_WORDS_BY_LANGUAGE[language] ?? [])]),
);

/**
 * Names in one document: people, organisations, places, other named things, each with
 * the role phrase written before it ("Russian President"). Single words of unknown kind
 * come out as `other`; the event-level resolution may make them people (surnames).
 */
export function findMentions(doc: Doc): Mention[] {
  const { text } = doc;
  const lowerWords = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]*/gu) ?? []);
  // "Lopez Confesses To Murder" in a title-case line, "confessed" in the text: another form of a common word.
  let stems: Set<string> | undefined;
  const lowerStems = () => (stems ??= new Set([...lowerWords].map((w) => stemWord(w, doc.language))));
  const standalone = standaloneWords(text);
  const surnames = writtenSurnames(text);
  const mentions: Mention[] = [];
  const functionWords = doc.language && doc.language !== 'en' ? notNameWords(doc.language) : undefined;
  const defined = new Set([...text.matchAll(/\((\p{Lu}{2,})\)/gu)].map((m) => m[1]));
  const english = !doc.language || doc.language === 'en';
  const commonNouns = nounsOf(text, doc.language);
  const sentences: Sentence[] = doc.sentences.length ? doc.sentences : [{ start: 0, end: text.length, paragraph: 0, heading: false }];
  for (const sentence of sentences) {
    const tokens = tokenize(text, sentence.start, sentence.end, standalone);
    // "Typically Microsoft releases…": an English adverb opening the sentence is no part of a name.
    const openingAdverb = (t: Token) => english && t === tokens[0] && isLyAdverb(t.text);
    // "the WHO said", where the text defines "(WHO)": an abbreviation, though "Who" is no name.
    const abbreviation = (t: Token) => defined.has(t.text);
    const common = isTitleCase(tokens)
      ? (t: Token) => lowerWords.has(t.text.toLowerCase()) || lowerStems().has(stemWord(t.text.toLowerCase(), doc.language))
      : commonNouns;
    let previous: Mention | undefined;
    const runs = joinOrganizationNames(text, capitalizedRuns(text, tokens).flatMap((run) => splitAtPossessive(run, surnames)).flatMap(splitAtPlaces), doc.language);
    for (let run of common ? runs.flatMap((r) => splitAtCommonWords(r, common)) : runs) {
      // "in Queens Friday night": the day is no part of the name, nor does it make "Queens" a role before a name.
      while (run.length && DAY_NAMES.has(bare(run[run.length - 1].text))) run = run.slice(0, -1);
      let name = run;
      // A title inside the run ends a role: "Russian President Vladimir Putin", "Eastmark Governor Marta Okonjo",
      // also after an organisation's word when a person's name follows ("Police Constable Tim Fanning").
      const titleAt = isOrganization(run) && !personAfterTitle(run) ? -1 : lastTitleBeforeName(run);
      let role = trimRole(run.slice(0, titleAt + 1));
      name = run.slice(titleAt + 1);
      // "the Governor of Alaska": what a role is of is no person holding it; in "Secretary of
      // State Antony Blinken" the role takes one word after "of", and the two words left are the person's.
      const office = titleAt >= 0 && name[0]?.text === 'of';
      if (office && name.length >= 4) {
        role = role.concat(name.slice(0, -2));
        name = name.slice(-2);
      } else if (office) role = [];
      while (name.length && ((isNotName(name[0].text) && !abbreviation(name[0])) || functionWords?.has(name[0].text.toLowerCase()) || openingAdverb(name[0]))) name = name.slice(1);
      while (name.length && NAME_PARTICLES.has(name[0].text)) name = name.slice(1);
      // "T-shirts", "X-ray": a capital hyphened to a common word ends no name; "Re-election" alone is no name.
      while (name.length && /^\p{Lu}[-‐‑]\p{Ll}/u.test(name[name.length - 1].text)) name = name.slice(0, -1);
      if (!name.length || (name.length === 1 && PREFIXED_WORD.test(name[0].text))) continue;
      if (!role.length && !office) role = roleBefore(text, tokens, tokens.indexOf(name[0]));
      const wordBefore = previousWord(text, tokens, name[0]);
      let roleText = role.length ? text.slice(ownerBefore(text, role[0].start) ?? role[0].start, role[role.length - 1].end) : undefined;
      // "foreign ministers Sergey Lavrov and Antony Blinken": a plural role covers both names.
      if (!roleText && previous?.role && /s$/.test(previous.role) && text.slice(previous.end, name[0].start) === ' and ') {
        roleText = previous.role;
      }
      const first = name[0];
      const atSentenceStart = first.start === sentence.start || /^[\s"“‘'«(]*$/.test(text.slice(sentence.start, first.start));
      // A sentence-initial word that the text also writes in lower case is an ordinary word.
      if (name.length === 1 && atSentenceStart && lowerWords.has(first.text.toLowerCase())) continue;
      // A capitalised plural title alone names a place or a team ("in Queens", "the Kings"): as a
      // role it would stand before names.
      const pluralTitle = name.length === 1 && singular(bare(first.text)) !== bare(first.text);
      const surname = name.length === 1 && isTitle(bare(first.text)) && surnames.has(bare(first.text)) && !afterArticle(text, first.start);
      if (name.length === 1 && (first.text.toLowerCase() in DEMONYMS || (isTitle(bare(first.text)) && !pluralTitle && !surname))) continue;
      const last = name[name.length - 1];
      // "Assistant Chief Fire Officer at…": a role with no name, its words all role words or
      // words the text also writes in lower case ("Stephen King" keeps its first name).
      if (!pluralTitle && !surname && isTitle(bare(last.text)) && name.every((t) => isRoleWord(bare(t.text)) || lowerWords.has(t.text.toLowerCase()))) continue;
      const end = last.start + last.text.replace(/['’]s$/, '').length;
      const surface = text.slice(first.start, end);
      previous = {
        start: first.start,
        end,
        text: surface,
        type: typeOf(name, roleText !== undefined, wordBefore, doc.language),
        ...(roleText ? { role: roleText } : {}),
      };
      mentions.push(previous);
    }
  }
  return mentions;
}
