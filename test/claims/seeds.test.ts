import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefing, type BriefingJson } from '../../src/briefing/index.js';
import { analyzeInputs } from '../../src/pipeline/index.js';

/**
 * The two real seed captures of the Biden-Putin Geneva summit (read-only, shared with
 * the project): what both report is corroborated, what one reports is its exclusive.
 */
const SEEDS = '../shared/seeds';
const BLOG = '000_d94b98ed4beef80d';
const NTV = '002_8d613513c12cf073';

let briefing: BriefingJson;

beforeAll(async () => {
  const coverage = await analyzeInputs([SEEDS]);
  expect(coverage.docs.map((d) => d.id).sort()).toEqual([BLOG, NTV]);
  briefing = buildBriefing(coverage, { summaryWords: 120 });
});

/** The claims citing a sentence of `doc` that contains `words`. */
function claimsCiting(doc: string, words: RegExp) {
  return briefing.claims.filter((c) => c.support.some((s) => s.doc === doc && words.test(s.text)));
}

const docsOf = (c: BriefingJson['claims'][number]) => [...new Set(c.support.map((s) => s.doc))].sort();

describe('seed captures', () => {
  it.each([
    ['the ambassadors’ return', /ambassadors will return/, /return of .*ambassadors/],
    ['the cyber-security consultations', /consultations on cybersecurity/, /cyber security/],
    ['strategic stability', /strategic stability/, /strategic stability/],
  ])('corroborates %s by both documents', (_name, inBlog, inNtv) => {
    const both = claimsCiting(BLOG, inBlog).filter((c) => c.support.some((s) => s.doc === NTV && inNtv.test(s.text)));
    expect(both).toHaveLength(1);
    expect(both[0].status).toBe('corroborated');
    expect(both[0].sources).toBe(2);
    expect(docsOf(both[0])).toEqual([BLOG, NTV]);
    expect(briefing.comparison!.agreements).toContain(both[0].id);
  });

  it.each([
    ['Navalny', NTV, /Navalny/],
    ['Guantanamo', NTV, /Guantanamo/],
    ['the “three to six months” test', BLOG, /three to six months/],
  ])('reports %s as a single-source exclusive', (_name, doc, words) => {
    const claims = claimsCiting(doc, words);
    expect(claims.length).toBeGreaterThan(0);
    const outlet = briefing.comparison!.outlets.find((o) => o.docs.includes(doc))!;
    for (const c of claims) {
      expect(c.status).toBe('single-source');
      expect(docsOf(c)).toEqual([doc]);
      expect(outlet.exclusives).toContain(c.id);
    }
  });

  it('disputes nothing: the two captures do not contradict each other', () => {
    expect(briefing.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('cites every summary sentence to the words it quotes', () => {
    expect(briefing.summary.length).toBeGreaterThanOrEqual(3);
    for (const item of briefing.summary) {
      const doc = briefing.documents.find((d) => d.id === item.support[0].doc)!;
      expect(doc.text.slice(item.support[0].span.start, item.support[0].span.end)).toBe(item.text);
    }
  });
});
