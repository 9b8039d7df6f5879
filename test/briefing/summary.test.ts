import { describe, expect, it } from 'vitest';
import { coverageOf, textDoc } from '../../bench/briefing/docs.js';
import { consensusWords } from '../../src/briefing/consensus.js';
import { buildBriefing, wordCount } from '../../src/briefing/index.js';
import { openingOf, passagesOf } from '../../src/briefing/passages.js';
import { contentTokens } from '../../src/briefing/words.js';
import { analyzeClaims, type Unit } from '../../src/claims/index.js';
import * as events from '../claims/events.js';

const stem = (word: string) => contentTokens(word)[0].stem;

function unitOf(text: string): Unit {
  const analysis = analyzeClaims(coverageOf([textDoc({ id: 'a', source: 'A', text })]));
  return analysis.units[0];
}

describe('consensusWords', () => {
  it('keeps the content words at least two sources use, as often as the second source uses them', () => {
    const coverage = events.paraphraseEvent();
    coverage.docs[0].title = 'Storm storm storm';
    const consensus = consensusWords(coverage, analyzeClaims(coverage).independence);
    // "storm": Harbor Times 4 times (title and text), the others twice each (title and text).
    expect(consensus.get(stem('storm'))).toBe(2);
    expect(consensus.get(stem('Sunday'))).toBe(1);
    for (const single of ['fishermen', 'ferry', 'meteorologists']) expect(consensus.has(stem(single))).toBe(false);
    expect(consensus.has('the')).toBe(false);
  });

  it('counts documents of one outlet as one source', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a1', source: 'Harbor Times', text: 'The ferry to the islands was cancelled on Sunday.' }),
      textDoc({ id: 'a2', source: 'Harbor Times', text: 'Storm warnings closed the ferry to the islands.' }),
      textDoc({ id: 'b', source: 'Coastal Post', text: 'Schools on the coast will stay shut on Sunday.' }),
    ]);
    const consensus = consensusWords(coverage, analyzeClaims(coverage).independence);
    expect(consensus.has(stem('ferry'))).toBe(false);
    expect(consensus.has(stem('Sunday'))).toBe(true);
  });

  it('takes every word of a single source', () => {
    const coverage = coverageOf([textDoc({ id: 'a', source: 'A', text: 'The ferry was cancelled. The ferry may sail on Monday.' })]);
    const consensus = consensusWords(coverage, analyzeClaims(coverage).independence);
    expect(consensus.get(stem('ferry'))).toBe(2);
    expect(consensus.get(stem('Monday'))).toBe(1);
  });
});

describe('passagesOf', () => {
  it('offers the sentence and the runs of its clauses that read on their own', () => {
    const unit = unitOf('Rescuers freed four more boys from the cave on Monday, according to a witness at the site, bringing the total to eight.');
    const texts = passagesOf(unit, 8, 5).map((p) => [p.text, p.excerpt]);
    expect(texts).toContainEqual([unit.text, false]);
    expect(texts).toContainEqual(['Rescuers freed four more boys from the cave on Monday', true]);
    expect(texts).toContainEqual(['Rescuers freed four more boys from the cave on Monday, according to a witness at the site', true]);
    // Clauses that start in lower case lean on what came before them.
    expect(texts.some(([t]) => String(t).startsWith('according'))).toBe(false);
    expect(texts.some(([t]) => String(t).startsWith('bringing'))).toBe(false);
  });

  it('starts an excerpt after a leading clause when it opens with a capital, and cites exactly its words', () => {
    const unit = unitOf('On Wednesday, President Ana Ruiz signed the flood relief bill into law.');
    const passages = passagesOf(unit, 8, 5);
    const excerpt = passages.find((p) => p.text === 'President Ana Ruiz signed the flood relief bill into law.')!;
    expect(excerpt.excerpt).toBe(true);
    expect(unit.text.slice(excerpt.span.start - unit.span.start, excerpt.span.end - unit.span.start)).toBe(excerpt.text);
  });

  it('never cuts inside a quotation', () => {
    const unit = unitOf('“We will rebuild the bridge, the road and the school,” the mayor said on Tuesday, promising funds.');
    for (const p of passagesOf(unit, 8, 3)) {
      expect((p.text.match(/“/g) ?? []).length).toBe((p.text.match(/”/g) ?? []).length);
    }
    expect(openingOf(unit, 9, 5)).toBeUndefined();
    expect(openingOf(unit, 12, 5)?.text).toBe('“We will rebuild the bridge, the road and the school,” the mayor');
  });

  it('has nothing to offer for an empty sentence', () => {
    expect(passagesOf({ ...unitOf('The bridge over the river closed on Monday.'), text: '' }, 8, 5)).toEqual([]);
  });
});

describe('summarize', () => {
  it('states what the outlets agree on and leaves out what only one reports, even with words to spare', () => {
    const briefing = buildBriefing(events.paraphraseEvent(), { summaryWords: 200 });
    const text = briefing.summary.map((s) => s.text).join(' ');
    expect(text).toMatch(/harbou?r/);
    expect(text).not.toMatch(/fishermen|ferry|Meteorologists/);
    expect(wordCount(text)).toBeLessThan(60);
    expect(briefing.summary[0].sources).toBe(3);
  });

  it('fills a tight budget with the opening of a sentence, cited to exactly those words', () => {
    const coverage = events.paraphraseEvent();
    const briefing = buildBriefing(coverage, { summaryWords: 10 });
    expect(briefing.summary).toHaveLength(1);
    const [item] = briefing.summary;
    expect(item.excerpt).toBe(true);
    expect(wordCount(item.text)).toBeLessThanOrEqual(10);
    expect(wordCount(item.text)).toBeGreaterThanOrEqual(5);
    const doc = coverage.docs.find((d) => d.id === item.support[0].doc)!;
    expect(doc.text.slice(item.support[0].span.start, item.support[0].span.end)).toBe(item.text);
  });

  it('prints a wire story that two outlets run once', () => {
    const briefing = buildBriefing(events.wireEvent(), { summaryWords: 200 });
    const texts = briefing.summary.map((s) => s.text.replace('The carmaker', 'The company'));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.includes('40,000 electric vans'))).toHaveLength(1);
  });
});
