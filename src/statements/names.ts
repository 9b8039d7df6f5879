/**
 * Proper names in a document, with the role words that stand before them: "Russian
 * President Vladimir Putin" gives the name "Vladimir Putin" with the role "Russian
 * President". The speaker resolver reads these to turn surnames, pronouns and
 * descriptions into the fullest name the document gives.
 */
import type { Span } from '../core/types.js';
import type { Analysis } from './analysis.js';
import { isNotName } from '../entities/index.js';
import { calendarWords, honorifics, nameParticles, titleQualifiers, titleWords, weekDays } from './lexicon.js';

export interface Name {
  /** Token range of the name itself, without role words. */
  first: number;
  last: number;
  span: Span;
  text: string;
  role?: string;
  roleSpan?: Span;
  /** Lowercased name tokens without honorifics ("mr."). */
  parts: string[];
}

const titles = new Set<string>(titleWords);
const qualifiers = new Set<string>(titleQualifiers);
const particles = new Set<string>(nameParticles);
const honorific = new Set<string>(honorifics);

const calendar = new Set<string>(calendarWords);
const days = new Set<string>(weekDays);

const isCapitalised = (s: string) => /^\p{Lu}/u.test(s);

function isNameToken(a: Analysis, t: number): boolean {
  const tk = a.tokens[t];
  if (!isCapitalised(tk.text)) return false;
  if (tk.pos === 'PROPN') return true;
  // Sentence-initial words are capitalised anyway: trust the tagger there.
  const sentenceStart = a.sentences[tk.sentence].first === t;
  return !sentenceStart && (tk.pos === 'NOUN' || tk.pos === 'ADJ' || tk.pos === 'X');
}

const HYPHEN = /^[-‐‑]$/;

/**
 * A hyphen written between two capitalised words without spaces joins one name ("T-Mobile",
 * "Ocasio-Cortez"); not in a title ("Secretary-General").
 */
function hyphenInName(a: Analysis, t: number): boolean {
  const [hyphen, before, after] = [a.tokens[t], a.tokens[t - 1], a.tokens[t + 1]];
  return (
    HYPHEN.test(hyphen.text) && after !== undefined && after.sentence === hyphen.sentence && isCapitalised(after.text) &&
    before.end === hyphen.start && hyphen.end === after.start && !titles.has(before.lower) && !titles.has(after.lower)
  );
}

/** Words the tagger reads as proper nouns inside sentences of the document. */
function properNounsInSentences(a: Analysis): Set<string> {
  const words = new Set<string>();
  a.tokens.forEach((tk, t) => {
    if (tk.pos === 'PROPN' && isCapitalised(tk.text) && a.sentences[tk.sentence].first !== t) words.add(tk.text);
  });
  return words;
}

/**
 * Title words the document also writes as a person's surname, right after a given name
 * ("Tishana King"): alone, without a name after them, they name that person ("King told
 * reporters"), not a role.
 */
function titleSurnames(a: Analysis): Set<string> {
  const surnames = new Set<string>();
  for (let t = 1; t < a.tokens.length; t++) {
    const [before, word] = [a.tokens[t - 1], a.tokens[t]];
    if (!titles.has(word.lower) || !isCapitalised(word.text) || before.sentence !== word.sentence || !isNameToken(a, t - 1)) continue;
    // Not "Finance Minister Aino Dahl" (a name follows), "the Foreign Minister" or "Deputy Chief".
    if (titles.has(before.lower) || qualifiers.has(before.lower) || a.tokens[t - 2]?.pos === 'DET') continue;
    if (t + 1 < a.tokens.length && a.tokens[t + 1].sentence === word.sentence && isNameToken(a, t + 1)) continue;
    if (a.sentences[before.sentence].first !== t - 1 || before.pos === 'PROPN') surnames.add(word.lower);
  }
  return surnames;
}

/** Is a token a role word: a title ("President"), not a surname written alone (see `titleSurnames`; "the King" is a title)? */
function isRoleToken(a: Analysis, t: number, surnames: ReadonlySet<string>): boolean {
  const lower = a.tokens[t].lower;
  if (!titles.has(lower)) return false;
  if (!surnames.has(lower) || a.tokens[t - 1]?.pos === 'DET') return true;
  return t + 1 < a.tokens.length && isNameToken(a, t + 1) && a.tokens[t + 1].sentence === a.tokens[t].sentence;
}

/** Name runs in token order, with their roles split off. */
export function findNames(a: Analysis): Name[] {
  const names: Name[] = [];
  const surnames = titleSurnames(a);
  const isRole = (t: number) => isRoleToken(a, t, surnames);
  let properNouns: Set<string> | undefined;
  const writtenAsName = (word: string) => (properNouns ??= properNounsInSentences(a)).has(word);
  const n = a.tokens.length;
  let t = 0;
  while (t < n) {
    if (!isNameToken(a, t)) {
      t++;
      continue;
    }
    let end = t + 1;
    while (end < n && a.tokens[end].sentence === a.tokens[t].sentence) {
      if (isNameToken(a, end)) end++;
      else if (particles.has(a.tokens[end].lower) && end + 1 < n && isNameToken(a, end + 1)) end += 2;
      else if (hyphenInName(a, end)) end += 2;
      else break;
    }
    while (end - t > 1 && days.has(a.tokens[t].lower)) t++;
    // Role words lead the run ("President Joe Biden"); keep at least one name token, or two
    // after qualifiers alone ("White Rock" is no role and a name).
    let nameStart = t;
    for (let k = end - 2; k >= t; k--) {
      if (isRole(k)) {
        const titled = a.tokens.slice(t, k + 1).some((tk) => titles.has(tk.lower) && !qualifiers.has(tk.lower));
        if (titled || end - k > 2) nameStart = k + 1;
        break;
      }
    }
    // Role words may also stand before the run in lower case ("spokeswoman Jane Doe").
    let roleStart = nameStart;
    while (roleStart > 0 && a.tokens[roleStart - 1].sentence === a.tokens[t].sentence) {
      const prev = roleStart - 1;
      const word = a.tokens[prev];
      if (word.pos === 'DET' || word.pos === 'PRON' || word.pos === 'PUNCT' || days.has(word.lower)) break;
      if (prev >= t || isRole(prev) || (isCapitalised(word.text) && isRole(roleStart))) roleStart--;
      else break;
    }
    while (nameStart < end && honorific.has(a.tokens[nameStart].lower)) nameStart++;
    // A lone capitalised word that opens a sentence before a lower-case word is an ordinary
    // word ("Partial transcript"), unless the document writes it as a name elsewhere and the
    // next word may be a verb the tagger read as an adjective ("Page married twice").
    // So is a capitalised function word ("None of them…").
    const lone = end - nameStart === 1 && a.sentences[a.tokens[nameStart].sentence].first === nameStart;
    const nextWord = a.tokens[end];
    const ordinary =
      (lone && nextWord !== undefined && /^\p{Ll}/u.test(nextWord.text) && (nextWord.pos === 'NOUN' || (nextWord.pos === 'ADJ' && !writtenAsName(a.tokens[nameStart].text)))) ||
      (end - nameStart === 1 && isNotName(a.tokens[nameStart].text));
    // Capitalised adjectives and role words alone ("Russian", "President") describe; they do not
    // name. Qualifiers with neither a title nor a common noun or adjective after them do
    // ("White", "White House"), not "the Russian leader" or "a U.S. naval commander".
    const describing =
      a.tokens.slice(nameStart, end).some((tk, k) => isRole(nameStart + k) && !qualifiers.has(tk.lower)) ||
      (/^(NOUN|ADJ)$/.test(a.tokens[end]?.pos ?? '') && /^\p{Ll}/u.test(a.tokens[end].text));
    let named = false;
    for (let k = nameStart; k < end; k++) {
      if (a.tokens[k].pos !== 'ADJ' && (!isRole(k) || (!describing && qualifiers.has(a.tokens[k].lower)))) named = true;
    }
    const dated = calendar.has(a.tokens[nameStart]?.lower) || calendar.has(a.tokens[end - 1].lower); // "May …", "Early November"
    if (nameStart < end && named && !ordinary && !dated) {
      const span = { start: a.tokens[nameStart].start, end: a.tokens[end - 1].end };
      const name: Name = {
        first: nameStart,
        last: end,
        span,
        text: a.text.slice(span.start, span.end),
        parts: a.tokens
          .slice(nameStart, end)
          .filter((tk) => !HYPHEN.test(tk.text))
          .map((tk) => tk.lower.replace(/[’']s$/, '')),
      };
      const roleEnd = nameStart > t && honorific.has(a.tokens[nameStart - 1].lower) ? nameStart - 1 : nameStart;
      if (roleStart < roleEnd) {
        name.roleSpan = { start: a.tokens[roleStart].start, end: a.tokens[roleEnd - 1].end };
        name.role = a.text.slice(name.roleSpan.start, name.roleSpan.end);
      }
      names.push(name);
    }
    t = end;
  }
  return names;
}

/** Names by their first and by their last part, for fullestName. */
export interface NameIndex {
  byLast: Map<string, Name[]>;
  byFirst: Map<string, Name[]>;
}

export function indexNames(names: Name[]): NameIndex {
  const byLast = new Map<string, Name[]>();
  const byFirst = new Map<string, Name[]>();
  const add = (map: Map<string, Name[]>, key: string, n: Name) => {
    const list = map.get(key);
    if (list) list.push(n);
    else map.set(key, [n]);
  };
  // In text order, which `fullestName` relies on.
  for (const n of names) {
    add(byLast, n.parts[n.parts.length - 1], n);
    add(byFirst, n.parts[0], n);
  }
  return { byLast, byFirst };
}

/**
 * The fullest name in the document that a shorter one abbreviates: a surname takes the
 * longest name ending with it ("Putin" -> "Vladimir Putin"); failing that, a first name
 * takes the longest name starting with it. When the surname is shared by people of
 * different first names ("Tony DiLeo" and his son "T.J. DiLeo"), it is the one named last
 * in [`since`, `at`), if any (`ambiguous` tells that the answer depends on them): a surname
 * right after a full name is that person, one far from it the text's first.
 */
export function fullestName(index: NameIndex, parts: string[], since = 0, at = -1): { name?: Name; ambiguous: boolean } {
  if (parts.length === 0) return { ambiguous: false };
  const longest = (candidates: Name[], fits: (candidate: string[]) => boolean) => {
    let best: Name | undefined;
    for (const candidate of candidates) {
      if (candidate.parts.length < parts.length || !fits(candidate.parts)) continue;
      if (!best || candidate.parts.length > best.parts.length) best = candidate;
    }
    return best;
  };
  const bySurname = (index.byLast.get(parts[parts.length - 1]) ?? []).filter((c) =>
    c.parts.slice(c.parts.length - parts.length).every((p, i) => p === parts[i]),
  );
  const fuller = bySurname.filter((c) => c.parts.length > parts.length);
  const ambiguous = new Set(fuller.map((c) => c.parts[0])).size > 1;
  if (ambiguous) {
    const nearest = fuller.filter((c) => c.span.start >= since && c.span.start < at).at(-1);
    if (nearest) return { name: longest(fuller, (c) => c[0] === nearest.parts[0]), ambiguous };
  }
  const name = longest(bySurname, () => true) ?? longest(index.byFirst.get(parts[0]) ?? [], (c) => c.slice(0, parts.length).every((p, i) => p === parts[i]));
  return { name, ambiguous };
}
