import { describe, expect, it } from 'vitest';
import { coverageOf, textDoc } from '../helpers/docs.js';
import { buildBriefing, BriefingSchema } from '../../src/briefing/index.js';
import { render } from '../../src/render/index.js';
import { escapeHtml } from '../../src/render/html.js';
import { balancedQuotes, EXCLUSIVES_SHOWN, OUTLETS_NAMED } from '../../src/render/model.js';
import { analyzeInputs } from '../../src/pipeline/index.js';
import * as events from '../claims/events.js';

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  '<iframe src="https://evil.example/"></iframe>',
  '<link rel=stylesheet href=https://evil.example/x.css>',
];

/** An event whose every scraped string is hostile markup. */
function hostileBriefing() {
  const text = (i: number) =>
    `Officials said ${HOSTILE[i % HOSTILE.length]} the bridge over the Marlow river closed on Monday for urgent repairs.\n\n` +
    `Drivers were told ${HOSTILE[(i + 1) % HOSTILE.length]} to use the coastal road instead.`;
  const docs = [0, 1, 2].map((i) => {
    const doc = textDoc({
      id: `d${i}`, source: `${HOSTILE[i]} Outlet ${i}`, title: `Bridge closed ${HOSTILE[(i + 2) % HOSTILE.length]}`,
      url: ['javascript:alert(1)', 'https://news.example/a?x="><script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>'][i],
      published: '2024-05-13', text: text(i),
    });
    doc.statements.push(events.statement(doc, 'Officials', HOSTILE[i % HOSTILE.length].slice(0, 10)));
    doc.statements[0].speaker.name = `Mayor ${HOSTILE[i]}`;
    return doc;
  });
  return buildBriefing(coverageOf(docs), { summaryWords: 60 });
}

describe('render html', () => {
  it('escapes every scraped string: no markup, handler or script URL gets through', () => {
    const html = render(hostileBriefing(), 'html');
    expect(html).not.toMatch(/<script|<img|<svg|<iframe|<link/i);
    // No real tag carries an event handler (escaped text may still spell one out, inertly).
    expect(html).not.toMatch(/<[a-z][^>]*\son\w+=/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).toContain('href="https://news.example/a?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"');
  });

  it('is one self-contained file: no scripts, no external resources, a policy that forbids loading any', () => {
    const html = render(buildBriefing(events.numberEvent(), { summaryWords: 60 }), 'html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|src=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('shows each cited passage in place, the cited span marked', () => {
    const briefing = buildBriefing(events.numberEvent(), { summaryWords: 60 });
    const html = render(briefing, 'html');
    const disputed = briefing.claims.find((c) => c.status === 'disputed')!;
    expect(html).toContain('<span class="badge disputed">disputed</span>');
    for (const s of disputed.support) expect(html).toContain(`<mark>${s.text}</mark>`);
    expect(html).toMatch(/<details class="cite"><summary>\[1\]\[2\]\[3\]<\/summary><blockquote>/);
  });
});

describe('render md', () => {
  it('has the sections an editor reads, with support badges and citations', () => {
    const coverage = events.numberEvent();
    const md = render(buildBriefing(coverage, { summaryWords: 60 }), 'md');
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      expect.stringMatching(/^# /),
      '## Summary',
      '## Key claims',
      '## Who said what',
      '## Agreements and disagreements',
      '## Only in one outlet',
      '## Timeline',
      '## Sources',
    ]);
    // Sections with nothing in them say so.
    expect(md).toContain('## Who said what\n\n_No one is quoted or reported as saying anything._');
    expect(md).toContain('- `[3 sources]` A fire destroyed the Kestrel textile factory in Marlow Bay on Tuesday night. [1][2][3]');
    expect(md).toMatch(/- `\[disputed\]` .*hospital.* \[1\]\[2\]\[3\]\n {2}- .*\[1\]\[2\]\n {2}- Eighteen workers .* \[3\]/);
  });

  it('lists who said what by speaker and a timeline when the coverage has them', () => {
    const doc = textDoc({
      id: 'a', source: 'A', published: '2024-05-13',
      text: 'Mayor Ana Ruiz said the bridge would reopen on May 20, 2024 after repairs.',
    });
    doc.statements.push(events.statement(doc, 'Mayor Ana Ruiz', 'the bridge would reopen on May 20, 2024 after repairs'));
    const md = render(buildBriefing(coverageOf([doc]), { summaryWords: 60 }), 'md');
    // Reported speech is not put in quotation marks, which would make it the mayor's own words.
    expect(md).toContain('## Who said what\n\n### Mayor Ana Ruiz\n\n- _said_ the bridge would reopen on May 20, 2024 after repairs [1]');
    expect(md).toContain('## Timeline\n\n- **2024-05-20** — Mayor Ana Ruiz said the bridge would reopen on May 20, 2024 after repairs. [1]');
  });

  it('balances the quotation marks of a sentence that a longer quotation spreads over several', () => {
    // A quotation that runs on into the next paragraph, or over lines of a capture split by sentence.
    const text = '“The east pier is safe again after the repairs.\nWe checked every one of its pilings twice,” the harbour engineer said on Monday.';
    const briefing = buildBriefing(coverageOf([textDoc({ id: 'a', source: 'A', text })]), { summaryWords: 60 });
    const md = render(briefing, 'md');
    expect(md).toContain('`[1 source]` “The east pier is safe again after the repairs.” [1]');
    expect(md).toMatch(/^# “We checked every one of its pilings twice,” the harbour engineer said on Monday\.\n/);
    expect(md).toContain('`[1 source]` “We checked every one of its pilings twice,” the harbour engineer said on Monday. [1]');
    expect(render(briefing, 'html')).toContain('“The east pier is safe again after the repairs.”');
    // Straight marks by their place, other languages' marks, and balanced text left alone.
    const balanced = (text: string) => balancedQuotes(text).text;
    expect(balanced('"Polar bears need ice.')).toBe('"Polar bears need ice."');
    expect(balanced('They need ice," she said.')).toBe('"They need ice," she said.');
    expect(balanced('He said "no" twice.')).toBe('He said "no" twice.');
    // Captures that space their marks: a spaced mark closes the one open, or opens one.
    expect(balanced('"The roofs fell on people, " said Ana Ruiz, a resident.')).toBe('"The roofs fell on people, " said Ana Ruiz, a resident.');
    expect(balanced('She said " we stay " and left.')).toBe('She said " we stay " and left.');
    // Curly marks spaced apart, printed the wrong way round, pair by their order.
    expect(balanced('The list of their ” 10 Most Wanted “ grew.')).toBe('The list of their ” 10 Most Wanted “ grew.');
    expect(balanced('We stay, ” she said.')).toBe('“We stay, ” she said.');
    expect(balanced('„Wir bleiben.“ Das sagte sie.')).toBe('„Wir bleiben.“ Das sagte sie.');
    expect(balanced('Nous restons. » Elle l’a dit.')).toBe('«Nous restons. » Elle l’a dit.');
    // The JSON keeps the cited words as they are.
    expect(briefing.claims.map((c) => c.text)).toContain('“The east pier is safe again after the repairs.');
  });

  it('says why the timeline is empty rather than leaving the section out', () => {
    const briefingOf = (published?: string) =>
      buildBriefing(coverageOf([textDoc({ id: 'a', source: 'A', published, text: 'The bridge over the Marlow river reopened on Monday after two weeks of repairs.' })]), { summaryWords: 60 });
    expect(render(briefingOf(), 'md')).toContain(
      '## Timeline\n\n_No date could be placed: no document gives its publication date, so only dates written with their year count._',
    );
    // With a publication date, "Monday" is placed.
    expect(render(briefingOf('2024-05-15'), 'md')).toContain('## Timeline\n\n- **2024-05-13** — The bridge');
    const noDate = buildBriefing(coverageOf([textDoc({ id: 'a', source: 'A', published: '2024-05-15', text: 'The bridge over the Marlow river reopened after two weeks of repairs.' })]), { summaryWords: 60 });
    expect(render(noDate, 'md')).toContain('## Timeline\n\n_No sentence names a date that could be placed._');
    expect(render(noDate, 'html')).toContain('<h2>Timeline</h2><p><i>No sentence names a date that could be placed.</i></p>');
    expect(render(noDate, 'html')).toMatch(/<h2>Who said what<\/h2>\s*<p><i>No one is quoted or reported as saying anything.<\/i><\/p>/);
  });

  it('quotes only someone’s own words, puts the cue where the source does, and lists words carried by copies once', () => {
    const wire = 'The water authority denied that the dam wall had been damaged. “The dam is sound,” engineer Piet Aldana said. According to Ines Kohl, repairs would take a week.';
    const docs = [textDoc({ id: 'wire', source: 'Wire', text: wire }), textDoc({ id: 'copy', source: 'Daily', text: wire })];
    for (const doc of docs) {
      doc.statements.push(events.statement(doc, 'The water authority', 'that the dam wall had been damaged', 'denied'));
      doc.statements.push(events.statement(doc, 'Piet Aldana', 'The dam is sound', 'said', 'direct'));
      const according = doc.text.indexOf('According to');
      const kohl = events.statement(doc, 'Ines Kohl', 'repairs would take a week', 'According to');
      doc.statements.push({ ...kohl, cue: { ...kohl.cue, span: { start: according, end: according + 12 } } });
    }
    const briefing = buildBriefing(coverageOf(docs), { summaryWords: 60 });
    const md = render(briefing, 'md');
    expect(md).toContain('### The water authority\n\n- _denied_ that the dam wall had been damaged [1][2]\n');
    expect(md).toContain('### Piet Aldana\n\n- “The dam is sound” (said) [1][2]\n');
    // A phrase that names the source reads after the words, under the source's name.
    expect(md).toContain('### Ines Kohl\n\n- repairs would take a week (According to) [1][2]\n');
    const html = render(briefing, 'html');
    expect(html).toContain('<li><i>denied</i> that the dam wall had been damaged <details class="cite"><summary>[1][2]</summary>');
    expect(html).toContain('“The dam is sound” (<i>said</i>)');
    expect(html).not.toContain('“that the dam wall');
    // Spelling that differs only in a hyphen or a space is the same words.
    const [a, b] = ['The e-mail arrived late.', 'The email arrived late.'].map((text, i) => textDoc({ id: `d${i}`, source: `S${i}`, text }));
    a.statements.push(events.statement(a, 'Piet Aldana', 'The e-mail arrived late', 'said', 'direct'));
    b.statements.push(events.statement(b, 'Piet Aldana', 'The email arrived late', 'said', 'direct'));
    expect(render(buildBriefing(coverageOf([a, b]), { summaryWords: 60 }), 'md')).toContain('### Piet Aldana\n\n- “The e-mail arrived late” (said) [1][2]\n');
    // So is one printing with a typo; other words are another line.
    const printings = ['Many roofs were damages and the road was blocked.', 'Many roofs were damaged and the road was blocked.', 'Many roofs were damaged and a road was blocked by mud.'];
    const [c, d, e] = printings.map((text, i) => textDoc({ id: `p${i}`, source: `P${i}`, text }));
    for (const doc of [c, d, e]) doc.statements.push(events.statement(doc, 'Bea Lind', doc.text.slice(0, -1), 'told', 'direct'));
    expect(render(buildBriefing(coverageOf([c, d, e]), { summaryWords: 60 }), 'md')).toContain(
      '### Bea Lind\n\n- “Many roofs were damages and the road was blocked” (told) [1][2]\n- “Many roofs were damaged and a road was blocked by mud” (told) [3]\n',
    );
  });

  it('names the speaker of an attributed claim only when the claim’s own words do not: in brackets where they refer to them, else as a label', () => {
    const doc = textDoc({
      id: 'a', source: 'A',
      text:
        'Mayor Ana Ruiz described the repairs as urgent and overdue.\n\n“The bridge will reopen in May after the repairs,” she told reporters.\n\n' +
        'Ruiz then spoke at the harbour. “We have found the money for the new ferry landing at last.”',
    });
    doc.statements.push(events.statement(doc, 'Mayor Ana Ruiz', 'the repairs as urgent and overdue'));
    doc.statements.push(events.statement(doc, 'she', 'The bridge will reopen in May after the repairs'));
    doc.statements[1].speaker.name = 'Ana Ruiz';
    doc.statements.push(events.statement(doc, 'Ruiz then', 'We have found the money for the new ferry landing at last', 'spoke', 'direct'));
    doc.statements[2].speaker = { name: 'Ana Ruiz', span: { start: doc.text.indexOf('Ruiz then'), end: doc.text.indexOf('Ruiz then') + 4 } };
    const briefing = buildBriefing(coverageOf([doc]), { summaryWords: 60 });
    // Who each claim is attributed to, and where its own words refer to them (offsets in its text).
    const attribution = (words: string) => {
      const { text, attribution: a } = briefing.claims.find((c) => c.text.includes(words))!;
      return [a?.name, a?.mention ? text.slice(a.mention.start, a.mention.end) : null];
    };
    expect(attribution('repairs as urgent')).toEqual(['Mayor Ana Ruiz', 'Mayor Ana Ruiz']);
    expect(attribution('reopen in May')).toEqual(['Ana Ruiz', 'she']);
    expect(attribution('ferry landing')).toEqual(['Ana Ruiz', null]);
    const keyClaims = render(briefing, 'md').split('## Key claims')[1].split('\n## ')[0];
    expect(keyClaims).toContain('- `[1 source]` Mayor Ana Ruiz described the repairs as urgent and overdue. [1]');
    expect(keyClaims).toContain('- `[1 source]` “The bridge will reopen in May after the repairs,” she [Ana Ruiz] told reporters. [1]');
    expect(keyClaims).toContain('- `[1 source]` **Ana Ruiz:** “We have found the money for the new ferry landing at last.” [1]');
    const html = render(briefing, 'html');
    expect(html).toContain('she <span class="speaker">[Ana Ruiz]</span> told reporters.');
    expect(html).not.toContain('<span class="speaker">Ana Ruiz:</span> Mayor Ana Ruiz described');
  });

  it('takes a speaker named in lower case ("according to police") as named', () => {
    const doc = textDoc({ id: 'a', source: 'A', text: 'The coast road stays closed until Friday, according to police.' });
    doc.statements.push({ ...events.statement(doc, 'police', 'The coast road stays closed until Friday', 'according to'), speaker: { name: 'Police' } });
    const briefing = buildBriefing(coverageOf([doc]), { summaryWords: 60 });
    expect(briefing.claims[0].attribution?.name).toBe('Police');
    expect(render(briefing, 'md')).not.toContain('**Police:**');
  });

  it('reads who said what in Chinese: one speaker under a full and a short name, no label where the claim names them', () => {
    const briefing = buildBriefing(events.chineseEvent(), { summaryWords: 60 });
    expect(briefing.speakers!.map((s) => [s.name, s.statements.length])).toEqual([['市长安娜·凯勒', 2]]);
    const keyClaims = render(briefing, 'md').split('## Key claims')[1].split('\n## ')[0];
    expect(keyClaims).toContain('- `[1 source]` 市长安娜·凯勒星期二说，两人失踪。 [1]');
    expect(keyClaims).toContain('- `[1 source]` 凯勒说：“我们不会放弃任何人。” [2]');
  });

  it('shows a sentence that stands for two claims once, with the citations of both', () => {
    const briefing = buildBriefing(events.numberEvent(), { summaryWords: 60 });
    // Make the second corroborated claim read as the first one's sentence, as a sentence
    // stating two facts does (each claim keeps its own other citations).
    const first = briefing.claims.find((c) => c.status === 'corroborated')!;
    const second = briefing.claims.find((c) => c !== first)!;
    Object.assign(second, { text: first.text, status: first.status, sides: null, support: [first.support[0], ...second.support] });
    // The first claim leaves out the last outlet, which the second claim's citations include.
    const last = briefing.documents.at(-1)!;
    first.support = first.support.filter((s) => s.doc !== last.id);
    briefing.keyClaims = [first.id, second.id];
    Object.assign(briefing.comparison!, {
      agreements: [first.id, second.id],
      disagreements: [],
      omissions: [{ claim: first.id, missing: [last.source] }, { claim: second.id, missing: [] }],
    });
    const md = render(briefing, 'md');
    const section = (name: string) => md.split(`## ${name}`)[1].split('\n## ')[0];
    const lines = (name: string) => section(name).split('\n').filter((l) => l.includes(first.text));
    const numbers = new Set([...first.support, ...second.support].map((s) => briefing.documents.findIndex((d) => d.id === s.doc) + 1));
    const cites = [...numbers].sort().map((n) => `[${n}]`).join('');
    expect(lines('Key claims')).toEqual([`- \`[${first.sources} sources]\` ${first.text} ${cites}`]);
    const [agreement] = lines('Agreements and disagreements');
    // The merged line is reported by the outlets of both claims, and so left out by none of them.
    const [agreedBy, notReportedBy = ''] = agreement.split(' — agreed by ')[1].split('; _not reported by ');
    const reporting = agreedBy.split(', ');
    expect(reporting).toContain(last.source);
    for (const outlet of reporting) expect(notReportedBy).not.toContain(outlet);
  });

  it('lists every exclusive in HTML, the ones past the first few folded, where Markdown only counts them', async () => {
    const briefing = buildBriefing(await analyzeInputs(['examples/marrow-fen-flood']));
    const blog = briefing.comparison!.outlets.find((o) => o.source === 'Fenland Notes')!;
    expect(blog.exclusives.length).toBeGreaterThan(EXCLUSIVES_SHOWN);
    const html = render(briefing, 'html');
    const folded = html.slice(html.indexOf('<details><summary>and'));
    for (const id of blog.exclusives.slice(EXCLUSIVES_SHOWN)) {
      const text = briefing.claims.find((c) => c.id === id)!.text;
      expect(folded).toContain(escapeHtml(text));
    }
    expect(render(briefing, 'md')).toContain(`_and ${blog.exclusives.length - EXCLUSIVES_SHOWN} more_`);
  });

  it('folds a long list of outlets that leave a claim out behind its count in HTML, and names them all in Markdown', () => {
    const briefing = buildBriefing(events.numberEvent(), { summaryWords: 60 });
    const claim = briefing.claims.find((c) => c.status === 'corroborated')!;
    const absent = Array.from({ length: OUTLETS_NAMED + 1 }, (_, i) => `Absent <b>${i}</b>`);
    briefing.comparison!.omissions = [{ claim: claim.id, missing: absent }];
    const html = render(briefing, 'html');
    expect(html).toContain(`<details class="outlets"><summary>not reported by ${absent.length} outlets</summary>${escapeHtml(absent.join(', '))}</details>`);
    expect(render(briefing, 'md')).toContain(`_not reported by ${absent.map((a) => a.replace(/[<>]/g, (c) => `\\${c}`)).join(', ')}_`);
    briefing.comparison!.omissions = [{ claim: claim.id, missing: absent.slice(0, OUTLETS_NAMED) }];
    expect(render(briefing, 'html')).toContain(`<i>not reported by ${escapeHtml(absent.slice(0, OUTLETS_NAMED).join(', '))}</i>`);
  });

  it('names the outlets with nothing of their own on one line, in Markdown and HTML', () => {
    const briefing = buildBriefing(events.numberEvent(), { summaryWords: 60 });
    const outlets = briefing.comparison!.outlets;
    const quiet = outlets.filter((o) => o.exclusives.length === 0).map((o) => o.source);
    expect(quiet.length).toBeGreaterThan(1);
    const md = render(briefing, 'md');
    const section = md.split('## Only in one outlet')[1].split('\n## ')[0];
    expect(section).toContain(`_Nothing that no other outlet reports:_ ${quiet.join(', ')}`);
    for (const name of quiet) expect(section).not.toContain(`### ${name}`);
    expect(section.match(/^### /gm)?.length ?? 0).toBe(outlets.length - quiet.length);
    const html = render(briefing, 'html');
    expect(html).toContain(`<p><i>Nothing that no other outlet reports:</i> ${escapeHtml(quiet.join(', '))}</p>`);
    for (const name of quiet) expect(html).not.toContain(`<h3>${escapeHtml(name)}</h3>`);
  });

  it('makes scraped markup inert', () => {
    const md = render(hostileBriefing(), 'md');
    expect(md).not.toMatch(/(^|[^\\])<(script|img|svg|iframe|link)/i);
    expect(md).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(md).not.toMatch(/javascript:|data:text/);
  });
});

describe('render json', () => {
  it('is the briefing contract, unchanged', () => {
    const briefing = buildBriefing(events.wireEvent(), { summaryWords: 60 });
    const parsed = JSON.parse(render(briefing, 'json'));
    expect(parsed).toEqual(briefing);
    expect(() => BriefingSchema.parse(parsed)).not.toThrow();
  });
});
