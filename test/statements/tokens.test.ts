import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/statements/tokens.js';

const words = (text: string) => tokenize(text).tokens.map((t) => t.text);

describe('tokens', () => {
  it('separates a possessive before punctuation, and the tokens keep their offsets', () => {
    const text = 'The last ferry ticket went to Velmarra’s.';
    const tokens = tokenize(text).tokens;
    expect(tokens.map((t) => t.text).slice(-3)).toEqual(['Velmarra', '’s', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('reads a document the same whatever was read before it', () => {
    const later = "Quennbry's harbour board met on Friday.";
    const alone = words(later);
    words("The vote was Quennbry's. Nobody asked for Quennbry's, either.");
    expect(words(later)).toEqual(alone);
    expect(alone.slice(0, 2)).toEqual(['Quennbry', "'s"]);
  });

  it("leaves a verb's clitic to the tagger: \"that's.\" is that + is", () => {
    const tokens = tokenize("Nobody expected that's.").tokens;
    const clitic = tokens.find((t) => t.text === "'s");
    expect(clitic?.lemma).toBe('be');
  });

  it('joins a clitic that a capture spaced off its word ("can ’ t", "Holt ’ s"), keeping the offsets', () => {
    const text = 'They can ’ t say why Holt ’ s boat isn ’ t back on the quay.';
    const tokens = tokenize(text).tokens;
    expect(tokens.map((t) => `${t.text}/${t.lemma}`).slice(0, 10)).toEqual(
      ['They/they', 'ca/can', 'n’t/not', 'say/say', 'why/why', 'Holt/holt', '’s/’s', 'boat/boat', 'is/be', 'n’t/not'],
    );
    expect(tokens.map((t) => text.slice(t.start, t.end)).slice(1, 3)).toEqual(['ca', 'n ’ t']);
    expect(text.slice(tokens[6].start, tokens[6].end)).toBe('’ s');
    // The words after keep their own offsets.
    for (const t of tokens.filter((t) => /^\p{L}+$/u.test(t.text))) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends no sentence inside a bracketed abbreviation ("(D-N.M.)", "(R-Ore.),")', () => {
    const text = 'Sen. Ada Lorne (D-N.M.) said the bill was dead. Rep. Ivo Marsh (R-Ore.), who wrote it, disagreed. The count was close (51 to 49.) Then the session ended.';
    const { tokens, sentences } = tokenize(text);
    const sentenceTexts = sentences.map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
    expect(sentenceTexts).toEqual([
      'Sen. Ada Lorne (D-N.M.) said the bill was dead.',
      'Rep. Ivo Marsh (R-Ore.), who wrote it, disagreed.',
      'The count was close (51 to 49.)',
      'Then the session ended.',
    ]);
  });

  it('keeps a title with its period and ends no sentence or line after it', () => {
    const text = '"Nobody was hurt," the Rev.\nAnna Holt said. Det. Ivo Marsh agreed.\nThey met on Main St.\nThe roof held.';
    const { tokens, sentences } = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain('Rev.');
    expect(tokens.map((t) => t.text)).toContain('Det.');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const sentenceTexts = sentences.map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
    expect(sentenceTexts).toEqual(['"Nobody was hurt," the Rev.\nAnna Holt said.', 'Det. Ivo Marsh agreed.', 'They met on Main St.', 'The roof held.']);
  });

  it('ends no sentence at a decimal point that a capture spaced ("a 6. 1 magnitude"), as the language stage does', () => {
    const text = 'A 6. 1 magnitude quake hit Velmar on Friday, officials said. It was felt 40 km away. 12 houses fell.';
    const { tokens, sentences } = tokenize(text);
    const sentenceTexts = sentences.map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
    expect(sentenceTexts).toEqual(['A 6. 1 magnitude quake hit Velmar on Friday, officials said.', 'It was felt 40 km away.', '12 houses fell.']);
  });
});
