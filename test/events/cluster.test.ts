import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../src/core/options.js';
import type { Doc } from '../../src/core/types.js';
import { averageLink } from '../../src/events/cluster.js';
import { EVENT_GROUPING, groupEvents } from '../../src/events/index.js';
import { analyzeDocument } from '../../src/pipeline/index.js';

const options = resolveOptions({});
const doc = (id: string, text: string): Doc => analyzeDocument({ id, input: `${id}.txt`, kind: 'text', content: text, given: {} }, options);

// Two ferry strikes in two ports (one kind of event, told in the same words) and a wildfire.
const castellmar = [
  doc(
    'castellmar-post',
    'Ferry crews strike in Castellmar\n\nFerry crews in Castellmar walked off the job on Monday, stranding thousands of commuters. Union leader Petra Valdane said the crews want safer rosters after two night crossings ran short of staff. The Castellmar Harbour Board called the strike unlawful.',
  ),
  doc(
    'coastal-wire',
    'Castellmar commuters stranded as ferry crews walk out\n\nThousands of commuters were stranded in Castellmar when ferry crews went on strike on Monday. Petra Valdane, who leads the crews\' union, said rosters had left night crossings short of staff. The Harbour Board said it would seek a court order.',
  ),
  doc(
    'bay-times',
    'No ferries ran across Castellmar bay on Monday. The strike, called by Petra Valdane\'s union over rosters, left commuters queuing for buses, and the Castellmar Harbour Board said talks would resume on Wednesday.',
  ),
];
const oderhaven = [
  doc(
    'north-herald',
    'Ferry crews strike in Oderhaven\n\nFerry crews in Oderhaven stopped work on Thursday over pay, stranding commuters. Union secretary Jonas Brekke said the crews had waited three years for a raise. Oderhaven City Council urged both sides to meet.',
  ),
  doc(
    'oder-daily',
    'Commuters stranded in Oderhaven as ferry strike begins\n\nOderhaven commuters were stranded on Thursday as ferry crews began a strike over pay. Jonas Brekke, the union secretary, said a raise was three years overdue, and Oderhaven City Council called for talks.',
  ),
];
const wildfire = [
  doc('hill-news', 'A wildfire burned through dry scrub above Pine Hollow on Saturday, and fire crews evacuated forty homes on Ridge Road. No one was hurt, the county fire chief said.'),
  doc('valley-voice', 'Forty homes on Ridge Road above Pine Hollow were evacuated on Saturday as a wildfire spread through the scrub. The county fire chief said no one had been hurt.'),
];

describe('groupEvents', () => {
  it('tells two events of one kind apart by who and where, and a third event from both', () => {
    const events = groupEvents([wildfire[0], ...oderhaven, ...castellmar, wildfire[1]]);
    expect(events.map((e) => e.docs)).toEqual([
      ['castellmar-post', 'coastal-wire', 'bay-times'],
      ['hill-news', 'valley-voice'],
      ['north-herald', 'oder-daily'],
    ]);
    expect(events.map((e) => e.id)).toEqual(['e1', 'e2', 'e3']);
  });

  it('names each event by its most central document', () => {
    const [castellmarEvent] = groupEvents([...castellmar, ...oderhaven]);
    // The two reports with a headline and the same facts, not the shorter one that tells them its own way.
    expect(['castellmar-post', 'coastal-wire']).toContain(castellmarEvent.representative);
  });

  it('keeps a handful of documents on one event together, though they share every event word', () => {
    expect(groupEvents(castellmar).map((e) => e.docs)).toEqual([['castellmar-post', 'coastal-wire', 'bay-times']]);
    expect(groupEvents(wildfire).map((e) => e.docs)).toEqual([['hill-news', 'valley-voice']]);
  });

  it('merges everything at a low threshold and nothing at a high one', () => {
    const docs = [...castellmar, ...oderhaven];
    expect(groupEvents(docs, { threshold: 0.01 })).toHaveLength(1);
    expect(groupEvents(docs, { threshold: 0.99 })).toHaveLength(5);
  });

  it('gives nothing for no documents and one event for one document', () => {
    expect(groupEvents([])).toEqual([]);
    expect(groupEvents([wildfire[0]])).toEqual([{ id: 'e1', docs: ['hill-news'], representative: 'hill-news' }]);
  });

  it('refuses more documents than its pair table can hold, with a clear error', () => {
    const many = new Array<Doc>(EVENT_GROUPING.maxDocuments + 1).fill(wildfire[0]);
    expect(() => groupEvents(many)).toThrow(/too many to group into events at once/);
  });

  it('needs the names to tell the two strikes apart', () => {
    // Without the names' share, the shared vocabulary of a ferry strike joins the two ports.
    expect(groupEvents([...castellmar, ...oderhaven], { nameWeight: 0, threshold: 0.2 })).toHaveLength(1);
    expect(groupEvents([...castellmar, ...oderhaven], { threshold: 0.2 })).toHaveLength(2);
  });
});

describe('averageLink', () => {
  /** Merge the most alike pair of groups while it is alike enough: the textbook procedure. */
  function naive(sim: number[][], threshold: number): string[] {
    let groups = sim.map((_, i) => [i]);
    const like = (a: number[], b: number[]) => a.reduce((s, i) => s + b.reduce((t, j) => t + sim[i][j], 0), 0) / (a.length * b.length);
    for (;;) {
      let best: [number, number] | undefined;
      let bestSim = threshold;
      for (let a = 0; a < groups.length; a++) for (let b = a + 1; b < groups.length; b++) if (like(groups[a], groups[b]) >= bestSim) [best, bestSim] = [[a, b], like(groups[a], groups[b])];
      if (!best) break;
      const [a, b] = best;
      groups = [...groups.filter((_, k) => k !== a && k !== b), [...groups[a], ...groups[b]]];
    }
    return groups.map((g) => g.sort((x, y) => x - y).join(',')).sort();
  }

  it('finds the groups that merging the most alike pair first finds', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let round = 0; round < 40; round++) {
      const n = 2 + (round % 12);
      const sim = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      // Distinct likenesses: with ties, the order of merges, and so the groups, may differ.
      for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) sim[i][j] = sim[j][i] = random();
      const threshold = 0.3 + random() * 0.4;
      const fast = averageLink(sim.map((row) => Float32Array.from(row)), threshold).map((g) => g.sort((x, y) => x - y).join(',')).sort();
      expect(fast).toEqual(naive(sim.map((row) => row.map((x) => Math.fround(x))), threshold));
    }
  });
});
