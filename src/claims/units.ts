import { SpanIndex } from '../core/span-index.js';
import type { Coverage, Doc, EntityType, Mention, Span, Statement } from '../core/types.js';
import { lowerWords, UNSPACED_SCRIPT } from '../language/index.js';
import { hasVerb, isSpeech, namesNoOne, namesSomeone } from '../statements/index.js';
import { extractFeatures, type Features } from './features.js';
import { CONNECTIVES, LEADS_INTO_NEXT_LINE, TOPIC_PRONOUNS } from './lexicon.js';
import { joinCompounds, tokenize } from './tokens.js';

/** Sentences with fewer content words than this say too little to be a claim ("Putin to Biden"). */
export const MIN_CONTENT_WORDS = 3;
/**
 * The same for scripts without spaces, whose words carry more: "学校将关闭到星期五" (the
 * school stays closed until Friday) has two content words once its date is set apart.
 */
export const MIN_CONTENT_WORDS_UNSPACED = 2;

/** One sentence of one document: the smallest thing the claims stage aligns. */
export interface Unit {
  id: string;
  doc: string;
  /** Index of the document in the coverage. */
  docIndex: number;
  /** The document's language (ISO 639-1). */
  language: string;
  span: Span;
  text: string;
  /** Position among the document's units (0 = lead). */
  position: number;
  heading: boolean;
  /**
   * A line that heads or labels rather than states: the document's own headline printed
   * as the first line of its text (plain-text captures), or a heading without a verb (a
   * credit line, a section title), or a line that only leads into what follows it ("Mayor
   * Lina Castell said," before her words, "The injured were:").
   */
  label: boolean;
  /** Who the sentence reports as saying it, from the statements stage. */
  speaker?: {
    entity?: string;
    name: string;
    /** The entities stage resolved the speaker to a person. */
    person?: boolean;
    /** Where the document refers to the speaker, pronouns included. */
    span?: Span;
  };
  statement?: Statement;
  features: Features;
  /** The unit before this one in its document, if any. */
  previous?: Unit;
}

/**
 * Lower-case words of the whole coverage, to recognise split compounds ("cyber security"),
 * and the stems of the compounds that the coverage does split somewhere.
 */
function vocabularyOf(coverage: Coverage): { vocabulary: Set<string>; compounds: Set<string> } {
  const vocabulary = new Set<string>();
  const tokens = coverage.docs.map((doc) => tokenize(doc.text, 0, doc.language));
  for (const list of tokens) for (const t of list) vocabulary.add(t.lower);
  const compounds = new Set<string>();
  coverage.docs.forEach((doc, i) => {
    for (const t of joinCompounds(tokens[i], vocabulary, doc.language)) if (t.compound) compounds.add(t.stem);
  });
  return { vocabulary, compounds };
}

function publishedDate(doc: Doc): Date | undefined {
  if (!doc.published) return undefined;
  const d = new Date(doc.published);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The items that overlap a span, in their given order, found through a span index. */
type OverlapLookup<T> = (span: Span) => T[];

function overlapLookup<T>(items: T[], spanOf: (item: T) => Span): OverlapLookup<T> {
  const index = new SpanIndex(items.map((item, i) => ({ span: spanOf(item), item: i })));
  return (span) =>
    index
      .overlapping(span)
      .sort((x, y) => x - y)
      .map((i) => items[i]);
}

/** The statement of someone's words whose content covers most of the sentence (the first of equals). */
function statementFor(speech: OverlapLookup<Statement>, span: Span): Statement | undefined {
  let best: Statement | undefined;
  let bestOverlap = 0;
  for (const s of speech(span)) {
    const overlap = Math.min(s.span.end, span.end) - Math.max(s.span.start, span.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  return best;
}

function speakerOf(doc: Doc, s: Statement | undefined, types: Map<string, EntityType>): Unit['speaker'] {
  if (!s) return undefined;
  const name = s.speaker.name ?? (s.speaker.span ? doc.text.slice(s.speaker.span.start, s.speaker.span.end) : undefined);
  if (!name?.trim() || !namesSomeone(name) || (!s.speaker.entity && namesNoOne(name))) return undefined;
  const speaker: Unit['speaker'] = { entity: s.speaker.entity, name: name.trim() };
  if (s.speaker.span) speaker.span = s.speaker.span;
  if (s.speaker.entity && types.get(s.speaker.entity) === 'person') speaker.person = true;
  return speaker;
}

/**
 * Place mentions found by the entities stage inside the span, each by the canonical name of
 * its entity (so "U.S." and "United States" compare equal, and the name can be looked for
 * in a document's text), or undefined when the stage found none in the doc.
 */
function placesIn(places: OverlapLookup<Mention> | undefined, span: Span, names: Map<string, string>): string[] | undefined {
  return places?.(span).map((m) => ((m.entity && names.get(m.entity)) ?? m.text).toLowerCase());
}

/**
 * The document's mentions of one kind, or undefined when the entities stage found none; a
 * mention linked to an entity is of the entity's kind ("Charles" alone is a person where
 * the coverage names Jamaal Charles).
 */
function mentionLookup(doc: Doc, type: Mention['type'], types: ReadonlyMap<string, Mention['type']>): OverlapLookup<Mention> | undefined {
  const mentions = (doc.mentions ?? []).filter((m) => (m.entity ? types.get(m.entity) ?? m.type : m.type) === type && !m.pronoun);
  return mentions.length > 0 ? overlapLookup(mentions, (m) => m) : undefined;
}

const wordsOf = (text: string) => lowerWords(text).join(' ');
const sameWords = (a: string, b: string | undefined) => b !== undefined && wordsOf(a) === wordsOf(b);

/** The most words of a line that only leads into the next: as long as a speaker line may be in the statements stage. */
const LEAD_IN_MAX_WORDS = 18;

/**
 * A short line that ends on a comma or colon ("Mayor Lina Castell said,", "Others are less
 * defined:") leads into what follows and says nothing alone; a long one ends a statement
 * that a list or an elaboration follows ("…, rules that are in force can not:").
 */
export const leadIn = (text: string) => LEADS_INTO_NEXT_LINE.test(text) && lowerWords(text).length <= LEAD_IN_MAX_WORDS;

/**
 * Every sentence of the coverage that says enough to be (part of) a claim (a dateline
 * opening a paragraph is no part of its sentence; see the language stage).
 */
export function buildUnits(coverage: Coverage): Unit[] {
  const { vocabulary, compounds } = vocabularyOf(coverage);
  const types = new Map((coverage.entities ?? []).map((e) => [e.id, e.type]));
  const names = new Map((coverage.entities ?? []).map((e) => [e.id, e.name]));
  const units: Unit[] = [];
  coverage.docs.forEach((doc, docIndex) => {
    const published = publishedDate(doc);
    const places = mentionLookup(doc, 'place', types);
    const people = mentionLookup(doc, 'person', types);
    const speech = overlapLookup((doc.statements ?? []).filter(isSpeech), (s) => s.span);
    const direct = overlapLookup((doc.statements ?? []).filter((s) => s.kind === 'direct'), (s) => s.span);
    let position = 0;
    for (const sentence of doc.sentences ?? []) {
      const span: Span = { start: sentence.start, end: sentence.end };
      const text = doc.text.slice(span.start, span.end);
      const features = extractFeatures(text, span.start, {
        vocabulary,
        compounds,
        published,
        places: placesIn(places, span, names),
        people: people?.(span).map((m) => ({ start: m.start, end: m.end, who: m.entity ?? m.text.toLowerCase() })),
        language: doc.language,
        quoted: direct(span).map((s) => s.span),
      });
      if (new Set(features.stems).size < (UNSPACED_SCRIPT.test(text) ? MIN_CONTENT_WORDS_UNSPACED : MIN_CONTENT_WORDS)) continue;
      const statement = statementFor(speech, span);
      // The tagger is English: other languages' headings are not judged by it.
      const verbless = doc.language === 'en' && !hasVerb(text);
      const label = (sentence.heading && ((position === 0 && sameWords(text, doc.title)) || verbless)) || leadIn(text);
      const previous = position > 0 ? units[units.length - 1] : undefined;
      units.push({
        id: `${doc.id}#${units.length}`,
        doc: doc.id,
        docIndex,
        language: doc.language ?? 'en',
        span,
        text,
        position: position++,
        heading: sentence.heading,
        label,
        speaker: speakerOf(doc, statement, types),
        statement,
        features,
        previous,
      });
    }
  });
  return units;
}

/** Where `printed` (a span of the unit's document) refers to the unit's speaker, as offsets from its start. */
export function speakerMention(unit: Unit, printed: Span): Span | undefined {
  const at = unit.speaker?.span;
  if (!at || at.start < printed.start || at.end > printed.end) return undefined;
  return { start: at.start - printed.start, end: at.end - printed.start };
}

/**
 * Whether a sentence leans on the one before it: it opens with a connective ("But he rarely
 * landed…", "Meanwhile, …") or a pronoun for someone named earlier ("It also announced…").
 * Read alone, as a claim's wording or a summary line, it says less than it seems. English only.
 */
export function leansOnContext(unit: Unit): boolean {
  if (unit.language !== 'en') return false;
  // "(And Summit's …": past an opening bracket (a quotation's opening word is the speaker's).
  const opener = /^[\s([]*(\p{L}+)/u.exec(unit.text)?.[1].toLowerCase() ?? '';
  return CONNECTIVES.has(opener) || TOPIC_PRONOUNS.has(opener);
}
