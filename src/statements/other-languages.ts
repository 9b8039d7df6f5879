/**
 * Who said what in languages the taggers were not trained on (they learned English), by
 * rule: a quotation with a verb of saying and a name beside it, a verb of saying followed
 * by "that" or a comma, what was said before a comma and the verb with its speaker, and
 * "according to" ("selon", "laut") opening or closing a sentence. Lexicons are in
 * `lexicon-languages.ts`.
 */
import type { Doc, Sentence, Span, Statement, StatementKind } from '../core/types.js';
import { alternation, CAPITALIZED_NOUNS, perLanguage, stopwordsOf } from '../language/index.js';
import { CUES_BY_LANGUAGE, SUBJECT_PRONOUNS, type LanguageCues } from './lexicon-languages.js';
import { findQuotations, type Quotation } from './quotes.js';

/** Whether the rules know the cues of this language. */
export function hasRulesFor(language: string | undefined): boolean {
  return language !== undefined && language in CUES_BY_LANGUAGE;
}

interface Match extends Span {
  lemma: string;
  /** A subject pronoun joined to the verb ("dit-il"). */
  pronoun?: Span;
}


/** A capitalised word, a name's or (in German) a noun's. */
const CAPITALIZED = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const WORD = /[\p{L}\p{M}'’.-]+/gu;
/** Between a quotation and the verb after it: punctuation, and maybe the speaker's name (“…”, Anna Keller sagte). */
const CUE_AFTER_QUOTE = /^[\s,–—-]*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}$/u;
/** A dash that opens a sentence of speech, in place of quotation marks ("– Vi bygger bron, säger …"). */
const SPEECH_DASH = /^[–—]\s+/;
/** Between a verb of saying and the quotation after it: a few words (the speaker) and a colon. */
const QUOTE_AFTER_CUE = /^[^.!?"“”„«»]{0,60}:\s*$/u;
/**
 * How far (in characters) from a quotation or a verb the rules look for the rest of an
 * attribution: it sits next to what it attributes, and a bound keeps hostile text linear.
 */
const REACH = 200;
/** The longest description taken for a speaker when no name is given ("El gobernador regional"). */
const DESCRIPTION_WORDS = 4;
/** How many words after a verb of saying the speaker may start ("a déclaré la maire Anna Keller"). */
const SPEAKER_REACH = 4;

/** A language's cues, and the patterns built from them once. */
interface Patterns {
  cues: LanguageCues;
  verb: RegExp;
  complementizer: RegExp;
  according: RegExp;
  accordingAtEnd: RegExp;
  /** "according to" anywhere in a sentence. */
  accordingInside: RegExp;
  /** A source clause closing the sentence (", wie die Polizei mitteilte") or opening it ("Wie … mitteilte, "). */
  asAtEnd: RegExp | undefined;
  asAtStart: RegExp | undefined;
  inverted: RegExp | undefined;
  /** Every noun is capitalised (German): a source without commas around it ends with its capitalised words. */
  capitalizedNouns: boolean;
  functionWords: ReadonlySet<string>;
  secondVerbs: ReadonlySet<string>;
}

const patternsOf = perLanguage((language): Patterns | undefined => {
  const cues = CUES_BY_LANGUAGE[language];
  if (!cues) return undefined;
  const inverted = cues.invertedPronoun ? `(${cues.invertedPronoun})?` : '';
  return {
    cues,
    verb: new RegExp(`(?<![\\p{L}-])(${alternation(Object.keys(cues.verbs))})${inverted}(?![\\p{L}-])`, 'giu'),
    complementizer: new RegExp(`^\\s*,?\\s*(?:${alternation(cues.complementizers)})(?![\\p{L}])\\s*|^\\s*,\\s*`, 'iu'),
    according: new RegExp(`^(?:${alternation(cues.according)})(?![\\p{L}])\\s*`, 'iu'),
    // The source closes the sentence in a few words: "…, selon les pompiers."
    accordingAtEnd: new RegExp(`,\\s*(${alternation(cues.according)})\\s+[^,;:]{1,60}$`, 'iu'),
    accordingInside: new RegExp(`(?<![\\p{L}])(${alternation(cues.according)})(?![\\p{L}])\\s*`, 'giu'),
    asAtEnd: cues.as ? new RegExp(`,\\s*(${alternation(cues.as)})\\s+[^,;:]{1,80}$`, 'iu') : undefined,
    asAtStart: cues.as ? new RegExp(`^(${alternation(cues.as)})\\s+[^,;:]{1,80},\\s*`, 'iu') : undefined,
    capitalizedNouns: CAPITALIZED_NOUNS.has(language),
    inverted: cues.invertedPronoun ? new RegExp(`${cues.invertedPronoun}(?![\\p{L}])`, 'iu') : undefined,
    functionWords: stopwordsOf(language) ?? new Set(),
    secondVerbs: new Set(cues.secondVerbs),
  };
});

class Rules {
  constructor(
    private readonly text: string,
    private readonly patterns: Patterns,
  ) {}

  private verbsIn(span: Span): Match[] {
    const found: Match[] = [];
    for (const m of this.text.slice(span.start, span.end).matchAll(this.patterns.verb)) {
      const start = span.start + m.index;
      const form = m[1].toLowerCase();
      const match: Match = { start, end: start + m[1].length, lemma: this.patterns.cues.verbs[form] ?? form };
      const pronoun = this.pronounIn(m);
      if (pronoun) {
        const end = start + pronoun.at + pronoun.text.length;
        match.pronoun = { start: end - pronoun.text.replace(/^(?:-t)?-/, '').length, end };
      }
      found.push(match);
    }
    return found;
  }

  /** The pronoun joined after the verb ("dit-il") or inside its form ("a-t-il dit"), at an offset into the match. */
  private pronounIn(m: RegExpMatchArray): { at: number; text: string } | undefined {
    if (m[2]) return { at: m[1].length, text: m[2] };
    const inside = this.patterns.inverted?.exec(m[1]);
    return inside ? { at: inside.index, text: inside[0] } : undefined;
  }

  /** The words of a span; a final period stays only on an initial ("J."). */
  private words(span: Span): Span[] {
    return [...this.text.slice(span.start, span.end).matchAll(WORD)].map((m) => {
      const start = span.start + m.index;
      const period = m[0].length > 2 && m[0].endsWith('.');
      return { start, end: start + m[0].length - (period ? 1 : 0) };
    });
  }

  private isNameWord(w: Span): boolean {
    const word = this.text.slice(w.start, w.end);
    return CAPITALIZED.test(word) && !this.patterns.functionWords.has(word.toLowerCase());
  }

  /** The capitalised words that run from `words[i]`, if it starts one. */
  private runFrom(words: Span[], i: number): Span | undefined {
    if (!words[i] || !this.isNameWord(words[i])) return undefined;
    let j = i;
    while (j + 1 < words.length && this.isNameWord(words[j + 1]) && /^\s+$/.test(this.text.slice(words[j].end, words[j + 1].start))) j++;
    return { start: words[i].start, end: words[j].end };
  }

  /**
   * The speaker named after a verb of saying: a pronoun, a name within reach, or else a
   * short description that ends the clause ("…, a indiqué la gendarmerie").
   */
  speakerAfter(cue: Match, end: number): Span | undefined {
    if (cue.pronoun) return cue.pronoun;
    const words = this.words({ start: cue.end, end: Math.min(end, cue.end + REACH) });
    if (words[0] && SUBJECT_PRONOUNS.has(this.text.slice(words[0].start, words[0].end).toLowerCase())) return words[0];
    const nameNext = this.patterns.cues.nameNext?.includes(cue.lemma);
    for (let i = 0; i < Math.min(words.length, nameNext ? 1 : SPEAKER_REACH); i++) {
      const run = this.runFrom(words, i);
      if (run) return run;
    }
    if (nameNext) return undefined;
    const rest = this.text.slice(cue.end, end);
    const description = words.length > 0 && words.length <= DESCRIPTION_WORDS && /^[^,;:.!?]*[\s.!?:]*$/.test(rest);
    return description ? { start: words[0].start, end: words[words.length - 1].end } : undefined;
  }

  /** The last run of capitalised words in a span. */
  private lastRunIn(span: Span): Span | undefined {
    const words = this.words(span);
    for (let i = words.length - 1; i >= 0; i--) {
      if (!this.isNameWord(words[i])) continue;
      let first = i;
      while (first > 0 && this.isNameWord(words[first - 1])) first--;
      return { start: words[first].start, end: words[i].end };
    }
    return undefined;
  }

  /**
   * The speaker named before a verb of saying, in the same clause: the nearest run of
   * capitalised words, or else a short description that makes the whole clause ("Le préfet").
   */
  speakerBefore(start: number, to: number): Span | undefined {
    let clauseStart = to;
    while (clauseStart > Math.max(start, to - REACH) && !/[,;:]/.test(this.text[clauseStart - 1])) clauseStart--;
    const run = this.lastRunIn({ start: clauseStart, end: to });
    if (run) return run;
    const words = this.words({ start: clauseStart, end: to });
    return words.length > 0 && words.length <= DESCRIPTION_WORDS ? { start: words[0].start, end: words[words.length - 1].end } : undefined;
  }

  /** A source given without commas (German "laut Polizei", "wie die Stadt mitteilte"): its determiners, then its capitalised words. */
  private capitalizedSource(start: number, end: number): Span | undefined {
    const words = this.words({ start, end: Math.min(end, start + REACH) });
    let i = 0;
    while (i < words.length && this.patterns.functionWords.has(this.text.slice(words[i].start, words[i].end).toLowerCase()) && !this.isNameWord(words[i])) i++;
    return this.runFrom(words, i);
  }

  /** A source after a fronted "according to" in a verb-second language: the few words before the finite verb ("Enligt polisen har …"). */
  private sourceBeforeSecondVerb(start: number, end: number): Span | undefined {
    if (this.patterns.secondVerbs.size === 0) return undefined;
    const words = this.words({ start, end: Math.min(end, start + REACH) }).slice(0, DESCRIPTION_WORDS + 2);
    const verb = words.findIndex((w, i) => i > 0 && this.patterns.secondVerbs.has(this.text.slice(w.start, w.end).toLowerCase()));
    if (verb < 0 || /[,;:]/.test(this.text.slice(words[0].start, words[verb].start))) return undefined;
    return { start: words[0].start, end: words[verb - 1].end };
  }

  /** A quotation in the sentence with its cue after it (“…”, sagte Keller) or before it (Keller sagte: „…“). */
  direct(sentence: Sentence, quote: Span, inner: Span): Draft | undefined {
    const after = this.verbsIn({ start: quote.end, end: Math.min(sentence.end, quote.end + REACH) })[0];
    if (after && CUE_AFTER_QUOTE.test(this.text.slice(quote.end, after.start))) {
      const speaker = this.speakerBefore(quote.end, after.start) ?? this.speakerAfter(after, sentence.end);
      return { content: inner, parts: [quote], cue: after, speaker, kind: 'direct' };
    }
    const before = this.verbsIn({ start: Math.max(sentence.start, quote.start - REACH), end: quote.start }).at(-1);
    if (before && QUOTE_AFTER_CUE.test(this.text.slice(before.end, quote.start))) {
      const speaker = this.speakerBefore(sentence.start, before.start) ?? this.speakerAfter(before, quote.start);
      return { content: inner, parts: [quote], cue: before, speaker, kind: 'direct' };
    }
    return undefined;
  }

  /** "X a affirmé que …", "Der Landrat erklärte, …": what follows the verb and its "that". */
  reported(sentence: Sentence): Draft | undefined {
    for (const cue of this.verbsIn(sentence)) {
      const opener = this.patterns.complementizer.exec(this.text.slice(cue.end, Math.min(sentence.end, cue.end + REACH)));
      if (!opener) continue;
      const speaker = this.speakerBefore(sentence.start, cue.start);
      if (!speaker) continue;
      const content = trimmed(this.text, { start: cue.end + opener[0].length, end: sentence.end });
      if (content.end > content.start) return { content, parts: [content], cue, speaker, kind: 'reported' };
    }
    return undefined;
  }

  /**
   * "Zwei Menschen werden vermisst, sagte Anna Keller": what was said, then a comma, the
   * verb and the speaker. Opened by a dash ("– Vi bygger bron, säger Anna Berg"), it is
   * the speaker's own words, as Scandinavian and Slavic news print speech.
   */
  reportedBefore(sentence: Sentence): Draft | undefined {
    for (const cue of this.verbsIn(sentence)) {
      const from = Math.max(sentence.start, cue.start - REACH);
      // Russian puts a dash after the comma ("…, — сказал мэр").
      const comma = /,\s*(?:[–—]\s*)?$/.exec(this.text.slice(from, cue.start));
      if (!comma) continue;
      const speaker = this.speakerAfter(cue, sentence.end);
      if (!speaker) continue;
      const dash = SPEECH_DASH.exec(this.text.slice(sentence.start, from + comma.index));
      const content = trimmed(this.text, { start: sentence.start + (dash?.[0].length ?? 0), end: from + comma.index });
      if (content.end > content.start) return { content, parts: [content], cue, speaker, kind: dash ? 'direct' : 'reported' };
    }
    return undefined;
  }

  /** "Selon la police, …", "Laut Polizei werden …": the source, then what it says. */
  accordingTo(sentence: Sentence): Draft | undefined {
    const opener = this.patterns.according.exec(this.text.slice(sentence.start, sentence.end));
    if (!opener) return undefined;
    const cue = { start: sentence.start, end: sentence.start + opener[0].trimEnd().length, lemma: opener[0].trim().toLowerCase() };
    const rest = { start: sentence.start + opener[0].length, end: sentence.end };
    const comma = this.text.slice(rest.start, Math.min(rest.end, rest.start + REACH)).search(/,/);
    let speaker: Span | undefined;
    let from: number;
    if (comma > 0) {
      speaker = { start: rest.start, end: rest.start + comma };
      from = rest.start + comma + 1;
    } else {
      speaker = this.sourceBeforeSecondVerb(rest.start, rest.end) ?? this.capitalizedSource(rest.start, rest.end);
      if (!speaker) return undefined;
      from = speaker.end;
    }
    const content = trimmed(this.text, { start: from, end: sentence.end });
    return content.end > content.start ? { content, parts: [content], cue, speaker, kind: 'reported' } : undefined;
  }

  /** "La digue a cédé, selon les pompiers.": what was said, then a comma and its source, to the end. */
  accordingToAfter(sentence: Sentence): Draft | undefined {
    const from = Math.max(sentence.start, sentence.end - REACH);
    const tail = this.patterns.accordingAtEnd.exec(this.text.slice(from, sentence.end));
    if (!tail) return undefined;
    const cueStart = from + tail.index + tail[0].indexOf(tail[1]);
    const cue = { start: cueStart, end: cueStart + tail[1].length, lemma: tail[1].toLowerCase() };
    const speaker = trimmed(this.text, { start: cue.end, end: sentence.end });
    const content = trimmed(this.text, { start: sentence.start, end: from + tail.index });
    if (speaker.end <= speaker.start || content.end <= content.start) return undefined;
    return { content, parts: [content], cue, speaker, kind: 'reported' };
  }

  /**
   * The source inside the sentence, what was said around it: "Am Morgen wurden nach Angaben
   * der Polizei zwei Menschen verletzt" (German, where the source ends with its capitalised
   * words), "Deux maisons ont, selon la police, été détruites" (set apart by commas).
   */
  accordingToInside(sentence: Sentence): Draft | undefined {
    const slice = this.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 4 * REACH));
    for (const m of slice.matchAll(this.patterns.accordingInside)) {
      if (m.index === 0) continue;
      const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[1].length, lemma: m[1].toLowerCase() };
      const after = sentence.start + m.index + m[0].length;
      const commaBefore = /,\s*$/.exec(this.text.slice(sentence.start, cue.start));
      const commaAfter = this.text.slice(after, Math.min(sentence.end, after + REACH)).indexOf(',');
      let speaker: Span | undefined;
      let said: Span[];
      if (commaBefore && commaAfter > 0) {
        speaker = trimmed(this.text, { start: after, end: after + commaAfter });
        said = [{ start: sentence.start, end: sentence.start + commaBefore.index }, { start: after + commaAfter + 1, end: sentence.end }];
      } else if (this.patterns.capitalizedNouns) {
        speaker = this.capitalizedSource(after, sentence.end);
        said = speaker ? [{ start: sentence.start, end: cue.start }, { start: speaker.end, end: sentence.end }] : [];
      } else continue;
      const parts = said.map((p) => trimmed(this.text, p));
      if (!speaker || speaker.end <= speaker.start || parts.length < 2 || parts.some((p) => p.end <= p.start)) continue;
      return { content: { start: parts[0].start, end: parts[1].end }, parts, cue, speaker, kind: 'reported' };
    }
    return undefined;
  }

  /**
   * The source in a clause of its own that closes or opens the sentence: "Zwei Menschen
   * wurden verletzt, wie die Polizei mitteilte", "Comme l'a indiqué la préfecture, …".
   */
  asClause(sentence: Sentence): Draft | undefined {
    const body = trimmed(this.text, sentence);
    const slice = this.text.slice(body.start, body.end);
    const atEnd = this.patterns.asAtEnd?.exec(slice);
    const atStart = atEnd ? undefined : this.patterns.asAtStart?.exec(slice);
    const m = atEnd ?? atStart;
    if (!m) return undefined;
    const clauseStart = body.start + m.index + m[0].indexOf(m[1]);
    const clause = atEnd ? { start: clauseStart, end: body.end } : { start: clauseStart, end: body.start + m[0].lastIndexOf(',') };
    const content = atEnd ? trimmed(this.text, { start: body.start, end: body.start + m.index }) : { start: body.start + m[0].length, end: body.end };
    const verb = this.verbsIn({ start: clauseStart + m[1].length, end: clause.end })[0];
    if (!verb || content.end <= content.start) return undefined;
    // The source before the verb ("wie die Polizei mitteilte") or after it ("como informó la policía").
    const between = { start: clauseStart + m[1].length, end: verb.start };
    const before = this.patterns.capitalizedNouns ? this.capitalizedSource(between.start, between.end) : this.lastRunIn(between);
    const speaker = before ?? this.speakerAfter(verb, clause.end);
    return speaker ? { content, parts: [content], cue: verb, speaker, kind: 'reported' } : undefined;
  }
}

/** A statement found by rule, before it is built (see `draftsToStatements`). */
export interface Draft {
  content: Span;
  parts: Span[];
  cue: Match;
  speaker?: Span;
  kind: StatementKind;
}

/** The span without surrounding spaces, and without closing punctuation at its end. */
export function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s.!?,;。，！？；、．]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The statements of a document in a language the rules know (see `hasRulesFor`). */
export function findStatementsByRules(doc: Doc): Statement[] {
  const patterns = doc.language ? patternsOf(doc.language) : undefined;
  if (!patterns) return [];
  const text = doc.text;
  const rules = new Rules(text, patterns);
  const quotations = quotationsBySentence(text, doc.sentences);
  const drafts: Draft[] = [];
  doc.sentences.forEach((sentence, i) => {
    const direct = quotations[i].map((q) => rules.direct(sentence, q, trimmed(text, q.inner))).filter((d) => d !== undefined);
    if (direct.length > 0) drafts.push(...direct);
    else {
      const reported =
        rules.accordingTo(sentence) ??
        rules.accordingToAfter(sentence) ??
        rules.asClause(sentence) ??
        rules.reported(sentence) ??
        rules.reportedBefore(sentence) ??
        rules.accordingToInside(sentence);
      if (reported) drafts.push(reported);
    }
  });
  return draftsToStatements(doc, drafts);
}

/** The closed top-level quotations of a text that lie within each sentence, sentence by sentence. */
export function quotationsBySentence(text: string, sentences: Sentence[]): Quotation[][] {
  const quotations = findQuotations(text).filter((q) => q.depth === 0 && q.closed);
  let next = 0;
  return sentences.map((sentence) => {
    // Sentences and quotations are both in text order: walk the quotations once.
    while (next < quotations.length && quotations[next].start < sentence.start) next++;
    const inSentence: Quotation[] = [];
    for (let k = next; k < quotations.length && quotations[k].start < sentence.end; k++) if (quotations[k].end <= sentence.end) inSentence.push(quotations[k]);
    return inSentence;
  });
}

/** Statements from the drafts of one document, in order; a pronoun speaker takes the name of the person named just before it. */
export function draftsToStatements(doc: Doc, drafts: Draft[], pronouns: ReadonlySet<string> = SUBJECT_PRONOUNS): Statement[] {
  const text = doc.text;
  return drafts.map((d, i) => {
    const statement: Statement = {
      id: `${doc.id}:s${i + 1}`,
      doc: doc.id,
      speaker: {},
      // Content in pieces reads as their words joined by " … ", as in the English stage.
      text: d.parts.length > 1 ? d.parts.map((p) => text.slice(p.start, p.end)).join(' … ') : text.slice(d.content.start, d.content.end),
      span: d.content,
      kind: d.kind,
      cue: { text: text.slice(d.cue.start, d.cue.end), lemma: d.cue.lemma, span: { start: d.cue.start, end: d.cue.end } },
      // Spans only: a quotation's own fields (inner, depth) are no part of the statement.
      parts: d.parts.map(({ start, end }) => ({ start, end })),
    };
    if (d.speaker) {
      const name = text.slice(d.speaker.start, d.speaker.end);
      statement.speaker = { span: d.speaker };
      if (!pronouns.has(name.toLowerCase())) statement.speaker.name = name;
      else {
        const antecedent = personBefore(doc, Math.min(d.content.start, d.cue.start));
        if (antecedent) statement.speaker = { ...statement.speaker, name: antecedent.text, antecedent: { start: antecedent.start, end: antecedent.end } };
      }
    }
    return statement;
  });
}

/** How far back (in characters) a pronoun speaker looks for the person it stands for. */
const ANTECEDENT_REACH = 600;

/** The last person the entities stage found before `at`, near enough for a pronoun ("dit-il") to stand for. */
function personBefore(doc: Doc, at: number): { start: number; end: number; text: string } | undefined {
  let found: { start: number; end: number; text: string } | undefined;
  for (const m of doc.mentions) {
    if (m.type === 'person' && !m.pronoun && m.end <= at && m.end >= at - ANTECEDENT_REACH && (!found || m.start > found.start)) found = m;
  }
  return found;
}
