/**
 * The shared vocabulary of the pipeline. One `Doc` flows through the per-document
 * stages; one `Coverage` (all docs of an event) flows through the event-level stages.
 * Every derived item carries a `Span` into its document's `text`.
 */

/** Half-open character range into a document's `text` (UTF-16 code units, as JS strings). */
export interface Span {
  start: number;
  end: number;
}

export type StageName =
  | 'ingest'
  | 'extract'
  | 'language'
  | 'entities'
  | 'statements'
  | 'events'
  | 'claims'
  | 'briefing'
  | 'render';

export type Severity = 'error' | 'warning' | 'info';

/** A diagnostic that names its input, and where possible the document and span. */
export interface Message {
  severity: Severity;
  stage: StageName;
  /** The input as the user named it: a path, `path:line` for JSONL, or `-` for stdin. */
  input: string;
  doc?: string;
  span?: Span;
  text: string;
}

/** What ingest hands to extract: decoded content, not yet cleaned. */
export interface SourceDocument {
  id: string;
  input: string;
  kind: 'html' | 'text';
  content: string;
  /** Charset the bytes were decoded with, when they came as bytes. */
  charset?: string;
  /** Metadata given alongside the content (JSONL fields); wins over extracted values. */
  given: {
    url?: string;
    title?: string;
    source?: string;
    published?: string;
  };
}

export type PageType =
  | 'article'
  | 'listing'
  | 'forum'
  | 'product'
  | 'service'
  | 'collection'
  | 'documentation'
  | 'other';

/** The result of extraction: clean text plus page metadata. */
export interface Article {
  title?: string;
  author: string[];
  /** ISO 8601. */
  published?: string;
  modified?: string;
  site?: string;
  canonical?: string;
  language?: string;
  pageType: PageType;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /** Set when extraction stopped early (the time budget ran out); says why. The rest is what was found. */
  partial?: string;
}

export interface Sentence extends Span {
  paragraph: number;
  /** A heading-like line: short, no final punctuation, or the first line of the text. */
  heading: boolean;
}

export type EntityType = 'person' | 'organization' | 'place' | 'other';

/** A name, title or pronoun in a document's text. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Role words attached to this mention ("Russian President"). */
  role?: string;
  /** Canonical entity id, once resolved across the event. */
  entity?: string;
  pronoun?: boolean;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: { doc: string; span: Span }[];
}

export type StatementKind = 'direct' | 'mixed' | 'reported';

export interface Speaker {
  /** Canonical entity id, when the speaker resolves to one. */
  entity?: string;
  /** Canonical full name ("Vladimir Putin"), or the surface text when unresolved. */
  name?: string;
  /** Where the text names the speaker, pronouns included. */
  span?: Span;
  /** For a pronoun or description ("he", "the president"): the name it refers to in this document. */
  antecedent?: Span;
  /** Role words the document gives the speaker ("Russian President"). */
  role?: string;
}

export interface Cue {
  text: string;
  /** Normalised lemma: "said" -> "say", ":" for colon forms, "—" for a signature's mark. */
  lemma: string;
  span?: Span;
}

export interface Statement {
  id: string;
  doc: string;
  speaker: Speaker;
  /** The content: what was said, without the quotation marks. */
  text: string;
  span: Span;
  kind: StatementKind;
  cue: Cue;
  /**
   * The content as attribution corpora annotate it (PolNeAR): its pieces in text order,
   * quotation marks included, so "“A,” he said. “B.”" has two. `span` is their hull
   * without the outer marks.
   */
  parts?: Span[];
  /** The id of the statement whose content holds this one ("X said that Y claimed ..."). */
  within?: string;
  /**
   * The id of the statement this quotation continues: the quotation stands alone as a
   * sentence after that statement's words, with no cue of its own. Attribution corpora
   * (PolNeAR) annotate the two as one attribution whose content comes in pieces.
   */
  continues?: string;
}

/** One document as it moves through the stages. Fields fill in as stages run. */
export interface Doc extends Article {
  id: string;
  input: string;
  url?: string;
  /** The outlet, for counting independent sources: JSONL `source`, site name or host. */
  source: string;
  paragraphs: Span[];
  sentences: Sentence[];
  mentions: Mention[];
  statements: Statement[];
  messages: Message[];
}

export interface Citation {
  doc: string;
  span: Span;
  text: string;
}

export type ClaimStatus = 'corroborated' | 'single-source' | 'disputed';

export interface Claim {
  id: string;
  text: string;
  status: ClaimStatus;
  support: Citation[];
  /** When the claim is someone's statement rather than a reported fact. */
  attribution?: {
    entity?: string;
    name: string;
    /** Where `text` itself refers to the speaker ("she", "the minister"), as offsets in `text`. */
    mention?: Span;
  };
  /** Only for disputed claims: the conflicting versions, each with its citations. */
  sides?: { text: string; support: Citation[] }[];
  /** Number of independent sources (syndicated copies count once). */
  sources: number;
}

/** All documents of one event, with the event-level results. */
export interface Coverage {
  docs: Doc[];
  entities: Entity[];
  claims: Claim[];
  /** Groups of document ids that are copies of one another (syndication). */
  duplicates: string[][];
  messages: Message[];
}
