import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BriefingJson } from '../../src/briefing/schema.js';
import { render } from '../../src/render/index.js';
import { repoRoot, runCli } from '../helpers/cli.js';
import { hasSeeds, seedsDir } from '../helpers/shared.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'docs/briefing.schema.json'), 'utf8'));
const validate = new Ajv2020.default({ allErrors: true, strict: false }).compile(schema);

async function brief(inputs: string[]): Promise<BriefingJson> {
  const { code, stdout, stderr } = await runCli(['brief', ...inputs, '--format', 'json']);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as BriefingJson;
}

/** Every citation's text is exactly the cited slice of its document. */
function expectCitationsExact(b: BriefingJson): void {
  const text = new Map(b.documents.map((d) => [d.id, d.text]));
  for (const claim of b.claims) {
    for (const s of claim.support) expect(text.get(s.doc)!.slice(s.span.start, s.span.end)).toBe(s.text);
  }
  for (const item of b.summary) {
    expect(item.support.length).toBeGreaterThan(0);
    for (const s of item.support) expect(s.span.end).toBeLessThanOrEqual(text.get(s.doc)!.length);
  }
}

const speakerOf = (b: BriefingJson, words: string) => b.statements.find((s) => s.text.includes(words))?.speaker.name;
const claimWith = (b: BriefingJson, ...words: RegExp[]) => b.claims.filter((c) => words.every((w) => w.test(c.text)));
const docsOf = (claim: BriefingJson['claims'][number]) => [...new Set(claim.support.map((s) => s.doc))].sort();

describe.runIf(hasSeeds)('parallax brief on the real seeds', () => {
  let b: BriefingJson;
  const BLOG = '000_d94b98ed4beef80d';
  const NEWS = '002_8d613513c12cf073';
  beforeAll(async () => {
    b = await brief([seedsDir]);
  });

  it('produces JSON that validates against the published schema, with exact citations', () => {
    expect(validate(b), JSON.stringify(validate.errors)).toBe(true);
    expectCitationsExact(b);
    expect(b.documents.map((d) => d.id)).toEqual([BLOG, NEWS]);
  });

  it('merges the people into canonical entities with their roles', () => {
    const putin = b.entities.find((e) => e.name === 'Vladimir Putin');
    const biden = b.entities.find((e) => e.name === 'Joe Biden');
    expect(putin).toMatchObject({ type: 'person', aliases: expect.arrayContaining(['Putin']), roles: expect.arrayContaining(['Russian President']) });
    expect(biden).toMatchObject({ type: 'person', aliases: expect.arrayContaining(['Biden']), roles: expect.arrayContaining(['US President']) });
  });

  it('attributes statements to the right canonical speaker', () => {
    expect(speakerOf(b, 'I know that you have had a long trip')).toBe('Vladimir Putin');
    expect(speakerOf(b, 'always better to meet face to face')).toBe('Joe Biden');
    expect(speakerOf(b, 'productive, substantive, concrete')).toBe('Vladimir Putin');
    expect(speakerOf(b, 'there was a summary done by him and by me')).toBe('Joe Biden');
    expect(speakerOf(b, 'There was no hostility between me and Biden')).toBe('Vladimir Putin');
    expect(speakerOf(b, 'Biden explained the term')).toBe('Vladimir Putin');
    expect(speakerOf(b, 'has not closed Guantanamo')).toBe('Vladimir Putin');
    expect(speakerOf(b, 'Biden is a constructive, balanced and experienced politician')).toBe('Vladimir Putin');
  });

  /** Claims citing a sentence of `doc` that matches `words`. */
  const citing = (doc: string, words: RegExp) => b.claims.filter((c) => c.support.some((s) => s.doc === doc && words.test(s.text)));

  it.each([
    ['the ambassadors’ return', /ambassadors will return/, /return of .*ambassadors/],
    ['the cyber-security consultations', /consultations on cybersecurity/, /cyber security/],
    ['strategic stability', /strategic stability/, /strategic stability/],
  ])('corroborates %s by both documents, in one claim', (_name, inBlog, inNews) => {
    const both = citing(BLOG, inBlog).filter((c) => c.support.some((s) => s.doc === NEWS && inNews.test(s.text)));
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ status: 'corroborated', sources: 2 });
    expect(docsOf(both[0])).toEqual([BLOG, NEWS]);
    expect(b.comparison!.agreements).toContain(both[0].id);
  });

  it.each([
    ['Navalny', NEWS, /Navalny/],
    ['Guantanamo', NEWS, /Guantanamo/],
    ['the “three to six months” test', BLOG, /three to six months/],
  ])('reports %s as a single-source exclusive of its outlet', (_name, doc, words) => {
    const claims = citing(doc, words);
    expect(claims.length).toBeGreaterThan(0);
    const outlet = b.comparison!.outlets.find((o) => o.docs.includes(doc))!;
    for (const claim of claims) {
      expect(claim.status).toBe('single-source');
      expect(docsOf(claim)).toEqual([doc]);
      expect(outlet.exclusives).toContain(claim.id);
    }
  });

  it('shows the exclusives that bring in someone or somewhere new in the Markdown briefing', () => {
    const news = render(b, 'md').split('## Only in one outlet')[1].split(`### ${NEWS.replace(/_/g, '\\_')}`)[1].split('\n## ')[0];
    const shown = news.split('\n').filter((l) => l.startsWith('- `'));
    expect(shown.some((l) => /Navalny/.test(l))).toBe(true);
    expect(shown.some((l) => /Guantanamo/.test(l))).toBe(true);
  });

  it('lists each key claim sentence once in the Markdown briefing', () => {
    const keyClaims = render(b, 'md').split('## Key claims')[1].split('\n## ')[0].split('\n').filter((l) => l.startsWith('- '));
    const sentences = keyClaims.map((l) => l.replace(/^- `\[[^\]]+\]` (\*\*[^*]+:\*\* )?/, '').replace(/( \[\d+\])+$/, ''));
    expect(sentences.length).toBeGreaterThanOrEqual(5);
    expect(new Set(sentences).size).toBe(sentences.length);
  });

  it('names the speaker of every key claim told in the first person ("We agreed…")', () => {
    const keyClaims = render(b, 'md').split('## Key claims')[1].split('\n## ')[0].split('\n').filter((l) => /^- `\[[^\]]+\]` (\*\*[^*]+:\*\* )?We /.test(l));
    expect(keyClaims.length).toBeGreaterThanOrEqual(2);
    for (const line of keyClaims) expect(line).toMatch(/\*\*Vladimir Putin:\*\* We /);
  });

  it('disputes nothing, since the two captures do not contradict each other', () => {
    expect(b.claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('cites every summary sentence to the very words it gives', () => {
    expect(b.summary.length).toBeGreaterThanOrEqual(3);
    for (const item of b.summary) {
      const doc = b.documents.find((d) => d.id === item.support[0].doc)!;
      expect(doc.text.slice(item.support[0].span.start, item.support[0].span.end)).toBe(item.text);
    }
  });
});

describe('parallax brief on the shipped example', () => {
  let b: BriefingJson;
  const example = 'examples/marrow-fen-flood';
  beforeAll(async () => {
    b = await brief([example]);
  });

  it('validates, and cites exactly', () => {
    expect(validate(b), JSON.stringify(validate.errors)).toBe(true);
    expectCitationsExact(b);
  });

  it('extracts the articles without their page furniture', () => {
    const text = b.documents.map((d) => d.text).join('\n');
    for (const gone of ['cookie', 'Subscribe', 'Related stories', 'riverwatcher', 'Most read', 'All rights reserved', 'Leave a Reply', 'Skip to content', 'Poll:']) {
      expect(text).not.toContain(gone);
    }
    expect(b.documents.find((d) => d.id === 'eastmark-courier')).toMatchObject({
      title: 'Flood forces evacuations in Marrow Fen as dam gates open',
      author: ['Hanna Vellacott'],
      published: expect.stringMatching(/^2026-03-10/),
    });
  });

  it('corroborates the fund that all outlets report, counting the syndicated copy once', () => {
    const fund = claimWith(b, /40/, /fund/i).filter((c) => c.status === 'corroborated');
    expect(fund.length).toBeGreaterThan(0);
    expect(docsOf(fund[0])).toEqual(expect.arrayContaining(['cpa-wire', 'eastmark-courier', 'fenland-notes']));
    expect(fund[0].sources).toBe(3);
  });

  it('marks the conflicting evacuation numbers as disputed, naming both sides', () => {
    const disputed = b.claims.filter((c) => c.status === 'disputed' && /evacuated/.test(c.text));
    expect(disputed.length).toBeGreaterThan(0);
    const sides = disputed[0].sides!.map((s) => s.text).join(' | ');
    expect(sides).toMatch(/1,200/);
    expect(sides).toMatch(/1,800/);
  });

  it('keeps the mayor’s complaint as one outlet’s exclusive, naming her where the sentence says "She"', () => {
    const late = claimWith(b, /two hours too late/);
    expect(late.length).toBeGreaterThan(0);
    expect(late.every((c) => c.status === 'single-source' && docsOf(c).join() === 'fenland-notes')).toBe(true);
    const { text, attribution } = late[0];
    expect(attribution?.name).toBe('Lina Castell');
    expect(text.slice(attribution!.mention!.start, attribution!.mention!.end)).toBe('She');
    const item = b.summary.find((s) => /two hours too late/.test(s.text));
    expect(item && item.text.slice(item.speakerMention!.start, item.speakerMention!.end)).toBe('She');
  });

  it('attributes the quotes to canonical speakers', () => {
    expect(speakerOf(b, 'No family')).toBe('Marta Okonjo');
    expect(speakerOf(b, 'The dam is sound')).toBe('Piet Aldana');
    expect(speakerOf(b, 'We were told at nine')).toBe('Lina Castell');
  });
});

describe('output formats', () => {
  it('writes a self-contained HTML report to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'parallax-brief-')), 'brief.html');
    const { code } = await runCli(['brief', 'examples/marrow-fen-flood', '--format', 'html', '-o', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain('Marta Okonjo');
  });

  it('prints Markdown by default and honours the word budget', async () => {
    const { stdout } = await runCli(['brief', 'examples/marrow-fen-flood', '--words', '40']);
    expect(stdout).toMatch(/^# /);
    const json = JSON.parse((await runCli(['brief', 'examples/marrow-fen-flood', '--words', '40', '--format', 'json'])).stdout) as BriefingJson;
    const words = json.summary.map((s) => s.text).join(' ').split(/\s+/).length;
    expect(words).toBeLessThanOrEqual(40);
  });

  it('rejects a bad word budget as a usage error', async () => {
    const { code, stderr } = await runCli(['brief', 'examples/marrow-fen-flood', '--words', 'many']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/positive whole number/);
  });
});

describe('large inputs', () => {
  it('briefs a document of one 0.5 MB line, thousands of sentences with the same words, in linear time', async () => {
    // Both once failed: the sentence splitter walked the line in quadratic time, and every
    // pair of sentences sharing a word was a candidate claim pair (18 million here: a crash).
    const dir = mkdtempSync(join(tmpdir(), 'parallax-large-'));
    const sentence = 'The pumping station at the north dyke ran through the night, the water board said. ';
    writeFileSync(join(dir, 'repeated.txt'), sentence.repeat(6_000));
    const { code, stdout, stderr } = await runCli(['brief', dir, '--format', 'json']);
    expect(stderr).not.toMatch(/RangeError|EX_SOFTWARE|at .*\.js/);
    expect(code).toBe(0);
    const briefing = JSON.parse(stdout) as BriefingJson;
    expect(briefing.summary.length).toBeGreaterThan(0);
    expect(briefing.summary[0].text).toBe(sentence.trim());
  }, 60_000);
});
