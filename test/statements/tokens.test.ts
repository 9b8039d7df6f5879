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

  it('keeps a title with its period and ends no sentence or line after it', () => {
    const text = '"Nobody was hurt," the Rev.\nAnna Holt said. Det. Ivo Marsh agreed.\nThey met on Main St.\nThe roof held.';
    const { tokens, sentences } = tokenize(text);
    expect(tokens.map((t) => t.text)).toContain('Rev.');
    expect(tokens.map((t) => t.text)).toContain('Det.');
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const sentenceTexts = sentences.map((s) => text.slice(tokens[s.first].start, tokens[s.last - 1].end));
    expect(sentenceTexts).toEqual(['"Nobody was hurt," the Rev.\nAnna Holt said.', 'Det. Ivo Marsh agreed.', 'They met on Main St.', 'The roof held.']);
  });
});
