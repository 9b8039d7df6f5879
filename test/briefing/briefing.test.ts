import { describe, expect, it } from 'vitest';
import { coverageOf, textDoc } from '../helpers/docs.js';
import { buildBriefing, BriefingSchema, cleanTitle, wordCount } from '../../src/briefing/index.js';
import type { Coverage } from '../../src/core/types.js';
import * as events from '../claims/events.js';

/** A storm event: three outlets agree on the closure, one adds the ferry, one is silent on the storm's date. */
function stormEvent(): Coverage {
  const coverage = events.paraphraseEvent();
  coverage.docs.push(
    textDoc({
      id: 'radio', source: 'Bay Radio', title: 'Ferries stop as storm nears',
      text: 'All ferry sailings to the islands were suspended on Sunday because of the storm.\n\n' +
        'Island residents were told to stock up on water and fuel before the weekend.',
    }),
  );
  return coverage;
}

function citedText(coverage: Coverage, c: { doc: string; span: { start: number; end: number } }): string {
  const doc = coverage.docs.find((d) => d.id === c.doc)!;
  return doc.text.slice(c.span.start, c.span.end);
}

describe('buildBriefing', () => {
  it('produces the JSON contract', () => {
    for (const make of [events.paraphraseEvent, events.numberEvent, events.denialEvent, events.wireEvent, stormEvent]) {
      const briefing = buildBriefing(make(), { summaryWords: 60 });
      expect(() => BriefingSchema.parse(briefing)).not.toThrow();
    }
  });

  it('summarises within the word budget, every sentence cited to a span that holds it', () => {
    const coverage = stormEvent();
    for (const budget of [15, 30, 60, 500]) {
      const briefing = buildBriefing(coverage, { summaryWords: budget });
      expect(briefing.summary.length).toBeGreaterThan(0);
      expect(briefing.summary.length).toBeLessThanOrEqual(5);
      const words = briefing.summary.reduce((n, s) => n + wordCount(s.text), 0);
      if (briefing.summary.length > 1) expect(words).toBeLessThanOrEqual(budget);
      for (const item of briefing.summary) expect(citedText(coverage, item.support[0])).toBe(item.text);
    }
  });

  it('cuts a sentence to the budget only outside quotation marks, cited to exactly the words it keeps', () => {
    const doc = textDoc({
      id: 'a', source: 'A',
      // (A verb the tagger knows early on: a cut must reach a verb, see \`openingOf\`.)
      text: 'The river flooded the harbour at Marlow Bay on Tuesday and closed the ferry. ' +
        '“We will pay for the pumps, the sandbags and the cleanup,” the mayor told residents, adding that help would arrive within days.',
    });
    for (let budget = 5; budget <= 40; budget++) {
      const briefing = buildBriefing(coverageOf([doc]), { summaryWords: budget });
      expect(briefing.summary.length).toBeGreaterThan(0);
      expect(briefing.summary.reduce((n, s) => n + wordCount(s.text), 0)).toBeLessThanOrEqual(budget);
      for (const item of briefing.summary) {
        expect((item.text.match(/“/g) ?? []).length).toBe((item.text.match(/”/g) ?? []).length);
        expect(doc.text.slice(item.support[0].span.start, item.support[0].span.end)).toBe(item.text);
        const sentence = doc.sentences.find((s) => s.start <= item.support[0].span.start && item.support[0].span.end <= s.end)!;
        expect(item.excerpt ?? false).toBe(item.text !== doc.text.slice(sentence.start, sentence.end));
      }
    }
  });

  it('leads the summary with the corroborated claim and cites every outlet behind it', () => {
    const coverage = stormEvent();
    const briefing = buildBriefing(coverage, { summaryWords: 60 });
    const first = briefing.summary[0];
    expect(first.sources).toBe(3);
    expect(first.support.map((s) => s.doc).sort()).toEqual(['coastal', 'harbor', 'ledger']);
  });

  it('leaves disputed claims out of the summary and lists them as disagreements', () => {
    const briefing = buildBriefing(events.numberEvent(), { summaryWords: 100 });
    expect(briefing.summary.map((s) => s.text).join(' ')).not.toMatch(/hospital/);
    const disputed = briefing.claims.find((c) => c.status === 'disputed')!;
    expect(briefing.comparison!.disagreements).toEqual([disputed.id]);
    expect(briefing.keyClaims).toContain(disputed.id);
  });

  it('shows what only each outlet reports, and which outlets leave out each corroborated claim', () => {
    const briefing = buildBriefing(stormEvent(), { summaryWords: 60 });
    const claim = (id: string) => briefing.claims.find((c) => c.id === id)!;
    const outlets = Object.fromEntries(briefing.comparison!.outlets.map((o) => [o.source, o.exclusives.map((id) => claim(id).text)]));
    expect(outlets['Harbor Times']).toEqual(['Local fishermen moved their boats to the inner basin overnight.']);
    expect(outlets['Daily Ledger']).toEqual(['Meteorologists expect winds above 100 kilometres an hour by Monday morning.']);
    expect(outlets['Bay Radio']).toEqual(['Island residents were told to stock up on water and fuel before the weekend.']);
    const port = briefing.claims.find((c) => c.text.includes('closed the harbour'))!;
    expect(briefing.comparison!.omissions.find((o) => o.claim === port.id)!.missing).toEqual(['Bay Radio']);
    expect(briefing.comparison!.agreements).toContain(port.id);
  });

  it('lists first the exclusives that name someone or somewhere no other outlet writes', () => {
    const briefing = buildBriefing(
      events.analyzedEvent([
        {
          id: 'harbor', source: 'Harbor Times',
          text: 'The storm closed the harbour at Marrow Bay on Sunday. Mayor Ana Ruiz visited the lighthouse at Kessel Point. The storm kept the fishing boats inside the harbour at Marrow Bay all night.',
        },
        {
          id: 'ledger', source: 'Daily Ledger',
          text: 'A storm closed the harbour at Marrow Bay on Sunday, and the ferries stayed in port. The storm brought down trees across Marrow Bay. Harbour crews said the storm was the worst in years.',
        },
      ]),
      { summaryWords: 60 },
    );
    const claim = (id: string) => briefing.claims.find((c) => c.id === id)!;
    const harbor = briefing.comparison!.outlets.find((o) => o.source === 'Harbor Times')!.exclusives.map((id) => claim(id).text);
    // The mayor and the point are named by no other outlet; the boats' night is told in the event's own words.
    expect(harbor).toEqual([
      'Mayor Ana Ruiz visited the lighthouse at Kessel Point.',
      'The storm kept the fishing boats inside the harbour at Marrow Bay all night.',
    ]);
  });

  it('groups who said what by speaker, joining the forms of one name', () => {
    const a = textDoc({ id: 'a', source: 'A', text: 'Vladimir Putin said the talks had been constructive and calm.' });
    const b = textDoc({ id: 'b', source: 'B', text: 'Putin said Russia would return its ambassador to Washington.\n\nBiden said the test would come in six months.' });
    a.statements.push(events.statement(a, 'Vladimir Putin', 'the talks had been constructive and calm'));
    b.statements.push(events.statement(b, 'Putin', 'Russia would return its ambassador to Washington'));
    b.statements.push(events.statement(b, 'Biden', 'the test would come in six months'));
    // An unresolved pronoun names no one: left out of who said what.
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-s3', speaker: { name: 'We' } });
    // Nor does a number or a time the tagger took for a source ("11 a.m. saying…").
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-s4', speaker: { name: '11 a.m.' } });
    // Nor words that are one pronoun standing for words elsewhere ("…, which Biden said").
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-s5', text: 'which' });
    // Nor a pronoun with what the tagger took after it, a relative, an indefinite alone.
    for (const [k, name] of ['I couldn ’ t', 'many of whom', 'nothing'].entries()) {
      b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: `b-n${k}`, speaker: { name } });
    }
    // A description is one speaker only with itself: "police" is not "police sources".
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-p1', speaker: { name: 'police' } });
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-p2', speaker: { name: 'police sources' } });
    b.statements.push({ ...events.statement(b, 'Biden', 'the test would come'), id: 'b-p3', speaker: { name: 'Police' } });
    const briefing = buildBriefing(coverageOf([a, b]), { summaryWords: 60 });
    expect(briefing.speakers).toEqual([
      { entity: null, name: 'Vladimir Putin', statements: ['a-s1', 'b-s1'] },
      { entity: null, name: 'police', statements: ['b-p1', 'b-p3'] },
      { entity: null, name: 'Biden', statements: ['b-s2'] },
      { entity: null, name: 'police sources', statements: ['b-p2'] },
    ]);
  });

  it('puts dated happenings in date order, relative days read against the publication date', () => {
    const coverage = coverageOf([
      textDoc({
        id: 'a', source: 'A', published: '2024-05-10T09:00:00Z',
        text: 'The bridge reopened to traffic on Thursday after repairs.\n\nThe repairs began on March 2, 2024 after a lorry struck the deck.\n\nThe river stayed high for several days after two days of rain.',
      }),
      textDoc({
        id: 'b', source: 'B', published: '2024-05-10T09:00:00Z',
        text: 'Engineers will inspect the bridge again in June 2024 to check the new bearings.',
      }),
    ]);
    const timeline = buildBriefing(coverage, { summaryWords: 60 }).timeline!;
    expect(timeline.map((t) => [t.date, t.when])).toEqual([
      ['2024-03-02', 'March 2, 2024'],
      ['2024-05-09', 'on Thursday'],
      ['2024-06', 'June 2024'],
    ]);
    for (const t of timeline) expect(citedText(coverage, t.support[0])).toBe(t.text);
  });

  it('makes one timeline entry of the sentences that tell one happening on one date, not of every sentence of that date', () => {
    const coverage = coverageOf([
      textDoc({
        id: 'a', source: 'A', published: '2024-05-10T09:00:00Z',
        text: 'The ferry service to Orrin island resumes on Monday after the long winter break.\n\nFerry service to Orrin island resumes on Monday, the operator said in a short notice.',
      }),
      textDoc({ id: 'b', source: 'B', published: '2024-05-10T09:00:00Z', text: 'The harbour market opens on Monday with forty stalls and a brass band.' }),
      textDoc({ id: 'c', source: 'C', published: '2024-05-10T09:00:00Z', text: 'Ferries to Orrin island start again on Monday after the winter break, the port said.' }),
    ]);
    const timeline = buildBriefing(coverage, { summaryWords: 60 }).timeline!;
    expect(timeline.map((t) => [t.date, t.support.map((s) => s.doc)])).toEqual([
      ['2024-05-13', ['a', 'a', 'c']],
      ['2024-05-13', ['b']],
    ]);
  });

  it('takes the headline from the most central title', () => {
    const briefing = buildBriefing(stormEvent(), { summaryWords: 60 });
    expect(['Storm shuts Marlow Bay port', 'Marlow Bay harbour shut ahead of storm', 'Storm closes port']).toContain(briefing.headline);
  });

  it('takes the site name off a title', () => {
    expect(cleanTitle('Flood forces evacuations in Marrow Fen as dam gates open | The Eastmark Courier')).toBe(
      'Flood forces evacuations in Marrow Fen as dam gates open',
    );
    expect(cleanTitle('Eastmark: 1,800 evacuated as Vess floods Marrow Fen - Continental Press Agency')).toBe(
      'Eastmark: 1,800 evacuated as Vess floods Marrow Fen',
    );
    expect(cleanTitle('Storm closes port - officials warn of more to come')).toBe('Storm closes port - officials warn of more to come');
    expect(cleanTitle('Biden - Putin')).toBe('Biden - Putin');
    expect(cleanTitle('Putin: There was no hostility between me and Biden at the meeting')).toBe(
      'Putin: There was no hostility between me and Biden at the meeting',
    );
  });

  it('describes claims that the pipeline already built', () => {
    const coverage = events.paraphraseEvent();
    const first = buildBriefing(coverage, { summaryWords: 60 });
    coverage.claims = first.claims.map((c) => ({ ...c, attribution: undefined, sides: undefined }));
    const second = buildBriefing(coverage, { summaryWords: 60 });
    expect(second.claims.map((c) => c.id)).toEqual(first.claims.map((c) => c.id));
    expect(second.summary).toEqual(first.summary);
  });

  it('briefs an empty coverage without failing', () => {
    const briefing = buildBriefing(coverageOf([]), { summaryWords: 60 });
    expect(briefing.summary).toEqual([]);
    expect(briefing.headline).toBe('Untitled coverage');
    expect(() => BriefingSchema.parse(briefing)).not.toThrow();
  });
});
