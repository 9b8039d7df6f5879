import { distance } from 'fastest-levenshtein';
import type { BriefingJson } from '../briefing/schema.js';
// The labelling rule alone: rendering a saved briefing should not load the claims stage.
import { speakerLabel } from '../briefing/names.js';
import { lowerWords } from '../language/index.js';
import { sourcePhrases } from '../statements/lexicon.js';

type Claim = BriefingJson['claims'][number];
type Statement = BriefingJson['statements'][number];

/**
 * How a statement reads: someone's own words in quotation marks, with the cue after them;
 * reported speech without quotation marks, which would put words in the speaker's mouth,
 * the cue where the source puts it ("denied that the dam had been damaged"; "The river
 * peaked on Friday (according to)").
 */
export interface StatementLine {
  text: string;
  quoted: boolean;
  /** The cue, when it is a word ("said"), not a colon or a dash. */
  cue?: string;
  cueFirst: boolean;
  support: Statement[];
}

function lineOf(s: Statement): Omit<StatementLine, 'support'> {
  const cue = /\p{L}/u.test(s.cue.text) ? s.cue.text : undefined;
  const quoted = s.kind === 'direct';
  // "According to Ken Isaacs, supplies are dwindling": under his name, "supplies are
  // dwindling (according to)"; a verb reads first ("denied that …").
  const namesSource = cue !== undefined && SOURCE_PHRASES.has(cue.toLowerCase().replace(/\s+/g, ' '));
  return { text: s.text, quoted, cue, cueFirst: !quoted && !namesSource && s.cue.span !== null && s.cue.span.start < s.span.start };
}

const SOURCE_PHRASES = new Set<string>(sourcePhrases);

type Document = BriefingJson['documents'][number];

/** How many letters in a hundred two printings of one statement may differ by (a typo, "a blackout" and "blackout"). */
const PRINTING_DIFFERENCE = 5;

/** Two printings of the same words: equal but for a few letters, by edit distance over the lower-case words. */
function sameWords(a: string, b: string): boolean {
  const allowed = Math.max(2, Math.floor((Math.max(a.length, b.length) * PRINTING_DIFFERENCE) / 100));
  return Math.abs(a.length - b.length) <= allowed && distance(a, b) <= allowed;
}

/**
 * Who speaks in a printed passage, when the passage does not name them: the name goes in
 * brackets after the words that refer to the speaker ("She [Lina Castell] told residents…"),
 * or, when the passage has no such words ("We agreed…"), before it as a label.
 */
export interface Voice {
  name?: string;
  /** Insert the bracketed name after this many characters of the text; a label when absent. */
  after?: number;
}

export function voiceOf(text: string, name: string | undefined, mention: { start: number; end: number } | null | undefined): Voice {
  if (!name) return {};
  return mention && mention.end <= text.length ? { name, after: mention.end } : { name };
}

const CLOSER_OF: Record<string, string> = { '“': '”', '«': '»', '„': '“', '"': '"' };
const OPENER_OF: Record<string, string> = { '”': '“', '»': '«', '"': '"' };

/**
 * A sentence of a longer quotation printed alone, its quotation marks balanced: the first
 * sentence of “A. B,” gets its closing mark, the last its opening one, so that no
 * quotation runs on into the rest of the briefing. `shift`: characters put before the text.
 */
export function balancedQuotes(text: string): { text: string; shift: number } {
  const open: string[] = [];
  let unopened: string | undefined;
  // A straight mark closes where it follows a word and no word follows it (`ice," said`).
  const closesHere = (i: number) => i > 0 && /\S/.test(text[i - 1]) && (i + 1 === text.length || /[\s,.;:!?)]/.test(text[i + 1]));
  // Where one is open, it closes unless it stands before a word after a space (` "Word`):
  // captures that space their marks (`people, " said`) close them after a space.
  const opensHere = (i: number) => i > 0 && /\s/.test(text[i - 1]) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
  // A curly double mark with spaces on both sides tells nothing by its shape: captures print
  // it either way round (`their ” 15 Most Wanted “ list`). After the punctuation that ends
  // quoted words (`stay, ” she said`) it closes; elsewhere it closes the one open or opens.
  const spacedApart = (i: number) => /\s/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '');
  const afterEndOfWords = (i: number) => /[,.!?;]\s*$/.test(text.slice(Math.max(0, i - 4), i));
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = open[open.length - 1];
    if ((c === '“' || c === '”') && spacedApart(i)) {
      if (top === '“') open.pop();
      else if (afterEndOfWords(i)) unopened ??= '”';
      else open.push('“');
    } else if (top !== undefined && CLOSER_OF[top] === c && (c !== '"' || !opensHere(i))) open.pop();
    else if (c === '"' ? !closesHere(i) : c in CLOSER_OF) open.push(c);
    else if ((c === '"' || c in OPENER_OF) && open.length === 0) unopened ??= c;
  }
  const before = unopened ? OPENER_OF[unopened] : '';
  const after = open.reverse().map((c) => CLOSER_OF[c]).join('');
  return { text: `${before}${text}${after}`, shift: before.length };
}

/** How many exclusives per outlet the readable formats list before "and N more" (folded, not dropped, in HTML). */
export const EXCLUSIVES_SHOWN = 5;

/** What the who-said-what section says when no one's words were found. */
export const NO_SPEAKERS = 'No one is quoted or reported as saying anything.';

/** How many outlets that leave a claim out the HTML report names before it folds them behind their count. */
export const OUTLETS_NAMED = 5;

/**
 * What the Markdown and HTML renderers share: citation numbers (one per document, in
 * document order), claims by id, badges and labels.
 */
export class BriefingView {
  readonly claimById: Map<string, Claim>;
  private readonly numberOf: Map<string, number>;

  constructor(readonly briefing: BriefingJson) {
    this.claimById = new Map(briefing.claims.map((c) => [c.id, c]));
    this.numberOf = new Map(briefing.documents.map((d, i) => [d.id, i + 1]));
  }

  docNumber(doc: string): number | undefined {
    return this.numberOf.get(doc);
  }

  doc(id: string): Document | undefined {
    return this.briefing.documents.find((d) => d.id === id);
  }

  outletOf(id: string): string {
    return this.doc(id)?.source || id;
  }

  /**
   * The claims of `ids`, in order, each sentence once: a sentence that states two facts
   * ("We agreed on cyber security and strategic stability") can stand for two claims, and
   * a reader should see it once, with the citations of both.
   */
  claims(ids: string[] | undefined): Claim[] {
    const out: Claim[] = [];
    const byText = new Map<string, Claim>();
    for (const id of ids ?? []) {
      const claim = this.claimById.get(id);
      if (!claim) continue;
      const key = `${claim.status} ${claim.text}`;
      const first = byText.get(key);
      if (!first) {
        const copy = { ...claim, support: [...claim.support] };
        byText.set(key, copy);
        out.push(copy);
        continue;
      }
      const cited = new Set(first.support.map((s) => `${s.doc} ${s.span.start} ${s.span.end}`));
      first.support.push(...claim.support.filter((s) => !cited.has(`${s.doc} ${s.span.start} ${s.span.end}`)));
      first.sources = Math.max(first.sources, claim.sources);
    }
    return out;
  }

  /** Who a claim is attributed to, when its text does not name them. */
  voice(claim: Claim): Voice {
    return voiceOf(claim.text, speakerLabel(claim.text, claim.attribution?.name), claim.attribution?.mention);
  }

  /** `[3 sources]`, `[1 source]` or `[disputed]`. */
  badge(claim: Claim): string {
    if (claim.status === 'disputed') return 'disputed';
    return `${claim.sources} ${claim.sources === 1 ? 'source' : 'sources'}`;
  }

  /** Key claims in order: the briefing's list, or the first claims when it has none. */
  keyClaims(): Claim[] {
    return this.briefing.keyClaims ? this.claims(this.briefing.keyClaims) : this.briefing.claims.slice(0, 8);
  }

  /** The outlets behind a set of citations, in document order. */
  outletsOf(support: { doc: string }[]): string[] {
    const docs = new Set(support.map((s) => s.doc));
    return [...new Set(this.briefing.documents.filter((d) => docs.has(d.id)).map((d) => d.source || d.id))];
  }

  /**
   * The outlets that leave a corroborated claim out. A claim merged with another of the
   * same sentence (see `claims`) is reported by the outlets of both.
   */
  omittedBy(claim: Claim): string[] {
    const missing = this.briefing.comparison?.omissions.find((o) => o.claim === claim.id)?.missing ?? [];
    const reporting = new Set(this.outletsOf(claim.support));
    return missing.filter((o) => !reporting.has(o));
  }

  /**
   * Each outlet's exclusives (claims only it reports), and the outlets with none, which a
   * report names on one line rather than a heading each with nothing under it.
   */
  exclusivesByOutlet(): { listed: { source: string; claims: Claim[] }[]; quiet: string[] } {
    const listed: { source: string; claims: Claim[] }[] = [];
    const quiet: string[] = [];
    for (const o of this.briefing.comparison?.outlets ?? []) {
      const claims = this.claims(o.exclusives);
      if (claims.length) listed.push({ source: o.source, claims });
      else quiet.push(o.source);
    }
    return { listed, quiet };
  }

  statement(id: string): Statement | undefined {
    return this.briefing.statements.find((s) => s.id === id);
  }

  /**
   * A speaker's statements as lines to read: the same words carried by several documents
   * (a wire copy, one quotation in two outlets, "e-mail" in one and "email" in the other,
   * "houses were damaged" in one and "damages" in another) once, citing all of them.
   */
  statementLines(ids: string[]): StatementLine[] {
    const lines: { words: string; line: StatementLine }[] = [];
    for (const id of ids) {
      const s = this.statement(id);
      if (!s) continue;
      const words = lowerWords(s.text).join(' ');
      const quoted = s.kind === 'direct';
      const same = lines.find((l) => l.line.quoted === quoted && sameWords(l.words, words));
      if (same) same.line.support.push(s);
      else lines.push({ words, line: { ...lineOf(s), support: [s] } });
    }
    return lines.map((l) => l.line);
  }

  /** Why a briefing's timeline is empty, for the place the timeline would take. */
  emptyTimeline(): string {
    const undated = this.briefing.documents.every((d) => !d.published);
    return undated
      ? 'No date could be placed: no document gives its publication date, so only dates written with their year count.'
      : 'No sentence names a date that could be placed.';
  }

  /** "4 documents from 3 outlets · 12 claims: 3 corroborated, 8 single-source, 1 disputed". */
  overview(): string {
    const b = this.briefing;
    const outlets = new Set(b.documents.map((d) => d.source)).size;
    const count = (status: string) => b.claims.filter((c) => c.status === status).length;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return (
      `${plural(b.documents.length, 'document')} from ${plural(outlets, 'outlet')} · ${plural(b.claims.length, 'claim')}: ` +
      `${count('corroborated')} corroborated, ${count('single-source')} single-source, ${count('disputed')} disputed`
    );
  }
}
