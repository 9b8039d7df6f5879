import { describe, expect, it } from 'vitest';
import { coverageOf, textDoc } from '../helpers/docs.js';
import { consensusWords } from '../../src/briefing/consensus.js';
import { buildBriefing, wordCount } from '../../src/briefing/index.js';
import { openingOf, sentenceOf } from '../../src/briefing/passages.js';
import { summarize } from '../../src/briefing/summary.js';
import { contentTokens } from '../../src/briefing/words.js';
import { analyzeClaims, type Unit } from '../../src/claims/index.js';
import { findStatements } from '../../src/statements/index.js';
import * as events from '../claims/events.js';

const stem = (word: string) => contentTokens(word, 'en')[0].stem;

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

describe('openingOf', () => {
  it('cuts a sentence to its longest opening within the words left, dropping a trailing comma', () => {
    const unit = unitOf('Rescuers freed four more boys from the cave on Monday, according to a witness at the site.');
    const cut = openingOf(unit, 10, 5)!;
    expect(cut.text).toBe('Rescuers freed four more boys from the cave on Monday');
    expect(cut.excerpt).toBe(true);
    expect(cut.words).toBe(10);
    expect(unit.text.slice(cut.span.start - unit.span.start, cut.span.end - unit.span.start)).toBe(cut.text);
    expect(openingOf(unit, 4, 5)).toBeUndefined();
    // An opening is always shorter than the sentence, and ends on a word of content ("witness", not "at the").
    expect(openingOf(unit, 50, 5)?.text).toBe('Rescuers freed four more boys from the cave on Monday, according to a witness');
    expect(openingOf(unit, 8, 5)?.text).toBe('Rescuers freed four more boys from the cave');
    // Nor on the "s" of a possessive that tokenised text spaces apart.
    expect(openingOf(unitOf('The deal does not change Harlow ’ s plans for its mills.'), 8, 3)?.text).toBe('The deal does not change Harlow');
    // Nor on a possessive, which leaves out what is owned.
    expect(openingOf(unitOf("Storms hit the coast of Harlow's northern county on Monday."), 6, 3)?.text).toBe('Storms hit the coast');
    expect(openingOf(unitOf("Storms hit the coast of the players' northern county on Monday."), 7, 3)?.text).toBe('Storms hit the coast');
    expect(sentenceOf(unit)).toMatchObject({ text: unit.text, excerpt: false, words: 17 });
  });

  it('reaches the words a sentence reports, not only who said them', () => {
    const doc = textDoc({ id: 'a', source: 'A', text: 'Prime Minister Anna Holt said the harbour would reopen on Monday after repairs.' });
    doc.statements = findStatements(doc);
    const unit = analyzeClaims(coverageOf([doc])).units[0];
    expect(openingOf(unit, 6, 5)).toBeUndefined();
    expect(openingOf(unit, 9, 5)?.text).toBe('Prime Minister Anna Holt said the harbour would reopen');
    // Nor a noun phrase without its verb.
    const phrase = unitOf("The harbour master's insistence on a second inspection delayed the reopening by a week.");
    expect(openingOf(phrase, 8, 5)).toBeUndefined();
    expect(openingOf(phrase, 11, 5)?.text).toBe("The harbour master's insistence on a second inspection delayed the reopening");
    // Nor a verb without a word after it: "The Marsh Lane girl never imagined …" leaves out what she imagined.
    const imagined = unitOf("The Marsh Lane girl never imagined she'd lead the regatta on Sunday.");
    expect(openingOf(imagined, 6, 5)).toBeUndefined();
    expect(openingOf(imagined, 10, 5)?.text).toBe("The Marsh Lane girl never imagined she'd lead the regatta");
    // An opening participle phrase is not the main verb: "Called Harbour 9, the three …" says nothing.
    const called = unitOf('Called Harbour 9, the three new ferries will carry twice as many cars as the old ones.');
    expect(openingOf(called, 6, 5)).toBeUndefined();
    expect(openingOf(called, 10, 5)?.text).toBe('Called Harbour 9, the three new ferries will carry twice');
  });

  it('never ends a cut on a negation, which would leave out what is denied', () => {
    const unit = unitOf('The inspectors said the old bridge was not safe for loaded trucks after the storm.');
    // "was not …" leaves out what is denied, "said the old bridge …" what was said of it.
    expect(openingOf(unit, 8, 5)).toBeUndefined();
    expect(openingOf(unit, 10, 5)?.text).toBe('The inspectors said the old bridge was not safe');
  });

  it('ends a cut where a phrase and a clause end, in English by the tagger', () => {
    // Not on the subject of a clause it opened ("said the old bridge …"), nor inside a noun
    // phrase ("outside his boyhood …" home), nor on an adjective ("involving federal …").
    const doc = textDoc({ id: 'a', source: 'A', text: 'The inspectors said the old bridge was not safe for loaded trucks after the storm.' });
    doc.statements = findStatements(doc);
    const said = analyzeClaims(coverageOf([doc])).units[0];
    expect(openingOf(said, 8, 5)).toBeUndefined();
    expect(openingOf(said, 10, 5)?.text).toBe('The inspectors said the old bridge was not safe');
    const home = unitOf('Escalante was shot outside his boyhood home in Norwalk on Sunday night.');
    expect(openingOf(home, 6, 5)).toBeUndefined();
    expect(openingOf(home, 8, 5)?.text).toBe('Escalante was shot outside his boyhood home');
    const hale = unitOf('Hale was charged with manslaughter, criminally negligent homicide and drunk driving on Friday.');
    expect(openingOf(hale, 6, 5)?.text).toBe('Hale was charged with manslaughter');
    // The main clause's verb, not one of a relative clause set off by commas.
    const driver = unitOf('The driver, who police identified as Ray Hale, was charged with manslaughter on Friday.');
    expect(openingOf(driver, 8, 5)).toBeUndefined();
    expect(openingOf(driver, 12, 5)?.text).toBe('The driver, who police identified as Ray Hale, was charged with manslaughter');
    const urged = unitOf('Two dozen diplomats warned of a takeover and urged the State Department to act at once.');
    expect(openingOf(urged, 9, 5)?.text).toBe('Two dozen diplomats warned of a takeover');
    const inquiry = unitOf('An inquiry involving federal agents began on Monday after the shooting in Norwalk.');
    expect(openingOf(inquiry, 4, 3)).toBeUndefined();
    expect(openingOf(inquiry, 8, 5)?.text).toBe('An inquiry involving federal agents began on Monday');
    // Not on a number or an adjective before an adjective of its noun phrase ("with 352 …" net yards).
    const yards = unitOf('The Harbor Hawks ended the game with 352 net yards rushing and a win.');
    expect(openingOf(yards, 8, 5)?.text).toBe('The Harbor Hawks ended the game');
    // Not on a word that leads into the next ("according …" to).
    const according = unitOf('No one was injured in the crash, according to the county sheriff.');
    expect(openingOf(according, 8, 5)?.text).toBe('No one was injured in the crash');
    // Not on a subject without its verb ("the pier …" reopened), unless the verb is one of saying.
    const pier = unitOf('The council met on Monday and the east pier reopened after repairs.');
    expect(openingOf(pier, 9, 5)?.text).toBe('The council met on Monday');
    const says = unitOf('The pier repairs were overdue, the harbour master says, and the council agrees.');
    expect(openingOf(says, 9, 5)?.text).toBe('The pier repairs were overdue, the harbour master says');
    // A verb such as "believe" opens a clause that the cut must reach the verb of; "…, adding" leaves it out.
    const believes = unitOf('Ruiz said on Monday that she believes the engineers missed the cracks.');
    expect(openingOf(believes, 9, 5)).toBeUndefined();
    const adding = unitOf('The pier reopened on Monday after repairs, adding that the cracks were sealed.');
    expect(openingOf(adding, 8, 5)?.text).toBe('The pier reopened on Monday after repairs');
    // Nor on the first half of a comparison ("as well …" as).
    const well = unitOf('The council sued the ferry company, as well as two of its owners, on Friday.');
    expect(openingOf(well, 8, 5)?.text).toBe('The council sued the ferry company');
    // Nor on the verb alone of a phrase a comma opens ("…, caused …" by).
    const caused = unitOf('Power failed across the valley on Sunday, caused by a storm over the hills.');
    expect(openingOf(caused, 8, 5)?.text).toBe('Power failed across the valley on Sunday');
  });

  it('does not end on an attribution before any words it reports', () => {
    const unit = unitOf('At one point, Marsh said, crews were pouring 4,000 gallons of water a minute onto the old mill as it burned.');
    for (let n = 5; n <= 8; n++) expect(openingOf(unit, n, 5)).toBeUndefined();
    const after = unitOf('The roof fell in at midnight, Marsh said, and crews pulled back from the old mill as it burned.');
    expect(openingOf(after, 8, 5)?.text).toBe('The roof fell in at midnight, Marsh said');
  });

  it('does not end on a phrase, a list or a pair that the next words complete', () => {
    const cut = (text: string, max: number) => openingOf(unitOf(text), max, 5)?.text;
    // ", having worked …": a phrase a comma opens, its verb alone.
    expect(cut('The harbour master is not new to the port, having worked on the tugs there for a decade.', 11)).toBe('The harbour master is not new to the port');
    // "a seasoned sailor going …" forward: a participle right after a noun.
    expect(cut('The skipper is a seasoned sailor going forward into the new season with a bigger crew.', 7)).toBeUndefined();
    // "involving federal …", "involving federal, state …" city agencies: a list of modifiers of one noun.
    expect(cut('A new inquiry involving federal, state and city agencies began on Monday after the ferry sank.', 8)).toBeUndefined();
    expect(cut('The crew loaded bread, milk and eggs onto the ferry before it sailed.', 5)).toBe('The crew loaded bread, milk');
    // "is asked …" to call: a verb after its auxiliary, before the "to" it takes.
    expect(cut('Anyone who saw the ferry leave is asked to call the harbour office on Monday.', 11)).toBeUndefined();
    // "between the two unions …" and the port: the first half of a pair.
    expect(cut('The harbour is currently split evenly between the two unions and the port authority.', 10)).toBe('The harbour is currently split evenly');
  });

  it('passes the main clause\'s verb, past an opening subordinate clause and a participle phrase set off by commas', () => {
    expect(openingOf(unitOf('After the storm passed over the bay, crews began to clear the harbour of fallen trees.'), 8, 5)).toBeUndefined();
    const including = unitOf('Tension between aides and officials on the team, including the chief of staff Ann Ross, has slowed the work on the new harbour.');
    expect(openingOf(including, 15, 5)).toBeUndefined();
    expect(openingOf(including, 19, 5)?.text).toBe('Tension between aides and officials on the team, including the chief of staff Ann Ross, has slowed the work');
  });

  it('never cuts inside a quotation', () => {
    const unit = unitOf('“We will rebuild the bridge, the road and the school,” the mayor said on Tuesday, promising funds.');
    for (let n = 1; n < 10; n++) expect(openingOf(unit, n, 1)).toBeUndefined();
    expect(openingOf(unit, 12, 5)?.text).toBe('“We will rebuild the bridge, the road and the school,” the mayor');
  });

  it('offers no sentence that ends a quotation an earlier sentence opened', () => {
    expect(sentenceOf(unitOf('They knew the water was coming," the farmer said on Tuesday.'))).toBeUndefined();
    expect(sentenceOf(unitOf('The levee held until dawn.” Crews then moved the pumps north.'))).toBeUndefined();
    for (const whole of ['"The levee held until dawn," the farmer said.', '»Vi holdt diget til daggry«, sagde bonden i dag.', 'Crews called the "temporary" wall a success.']) {
      expect(sentenceOf(unitOf(whole))?.text).toBe(whole);
    }
  });

  it('has nothing to offer for an empty sentence', () => {
    const unit = { ...unitOf('The bridge over the river closed on Monday.'), text: '' };
    expect(sentenceOf(unit)).toBeUndefined();
    expect(openingOf(unit, 5, 1)).toBeUndefined();
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

  it('leaves out a sentence on a side of a dispute, whatever other claim it also supports', () => {
    const coverage = events.paraphraseEvent();
    const analysis = analyzeClaims(coverage);
    const first = summarize(coverage, analysis, analysis.claims, 60)[0];
    // The same sentence made one side of some dispute: it gives a contested value.
    const side = { text: first.text, support: [{ ...first.support[0], text: first.text }] };
    const dispute = { ...analysis.claims[0], id: 'cx', status: 'disputed' as const, sides: [side, side] };
    const again = summarize(coverage, analysis, [...analysis.claims, dispute], 60);
    expect(again.map((item) => item.support[0])).not.toContainEqual(first.support[0]);
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

  it('says something when the outlets share words only in their headlines', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', title: 'Ferry strike ends', text: 'Crews returned to the boats at dawn after a week ashore.' }),
      textDoc({ id: 'b', source: 'B', title: 'Ferry strike over', text: 'Island shops expect deliveries again by Thursday evening.' }),
    ]);
    const summary = buildBriefing(coverage, { summaryWords: 8 }).summary;
    expect(summary.map((s) => [s.text, s.excerpt])).toEqual([['Crews returned to the boats at dawn', true]]);
  });

  it('counts the words of a script without spaces against the budget, and summarises what the outlets share', () => {
    const briefing = buildBriefing(events.chineseEvent(), { summaryWords: 20 });
    const text = briefing.summary.map((s) => s.text).join('');
    expect(text).toContain('消防队将三百名居民');
    expect(text).not.toContain('学校');
    expect(wordCount(text)).toBeLessThanOrEqual(20);
    expect(briefing.summary.length).toBeGreaterThan(1);
  });

  it('summarises a German coverage by what the outlets share, not by their common function words', () => {
    const summary = buildBriefing(events.germanEvent(), { summaryWords: 45 }).summary;
    expect(summary[0].text).toMatch(/Sturm .* Bäume im Stadtpark/);
    expect(summary[0].sources).toBe(2);
    expect(summary.map((s) => s.text).join(' ')).not.toMatch(/Polizei|Schule/);
  });

  it('leaves out a sentence that leans on the one before it where another says as much', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'Ruel Okafor started quickly. But he never landed a punch on champion Tomas Vell in the fifth round at the Harbour Arena.' }),
      textDoc({ id: 'b', source: 'B', text: 'Okafor never landed a punch in the fifth round. Champion Tomas Vell kept his title at the Harbour Arena.' }),
    ]);
    const texts = buildBriefing(coverage, { summaryWords: 30 }).summary.map((s) => s.text);
    expect(texts).toEqual(['Okafor never landed a punch in the fifth round.', 'Champion Tomas Vell kept his title at the Harbour Arena.']);
    expect(texts.join(' ')).not.toMatch(/But he/);
    // Inside brackets too: "(But he …".
    const bracketed = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'Ruel Okafor started quickly. (But he never landed a punch on champion Tomas Vell in the fifth round at the Harbour Arena.)' }),
      textDoc({ id: 'b', source: 'B', text: 'Okafor never landed a punch in the fifth round. Champion Tomas Vell kept his title at the Harbour Arena.' }),
    ]);
    expect(buildBriefing(bracketed, { summaryWords: 30 }).summary.map((s) => s.text).join(' ')).not.toMatch(/But he/);
    // Where every sentence leans on another, the summary still says something.
    const leaning = coverageOf(['A', 'B'].map((source) => textDoc({ id: source, source, text: 'But he never landed a punch on the champion in the fifth round.' })));
    expect(buildBriefing(leaning, { summaryWords: 30 }).summary.map((s) => s.text)).toEqual(['But he never landed a punch on the champion in the fifth round.']);
  });

  it('tells each claim once, however many outlets word it', () => {
    // Every outlet tells the arrest twice, so the words they share would pay for telling it twice.
    const texts = [
      'A ferry captain was arrested in Harwick on Monday after his ferry sank. Police arrested the ferry captain hours after the ferry sank off Harwick. Divers searched the harbour.',
      'Police in Harwick arrested a ferry captain on Monday after the ferry sank. The captain of the sunken ferry was arrested by Harwick police on Monday. The port stayed open.',
      'The captain of a ferry that sank off Harwick was arrested on Monday. Harwick police said the ferry captain was arrested after the sinking. Two passengers were hurt.',
      'Harwick police arrested the captain of a ferry that sank on Monday. The ferry captain was arrested after the ferry went down off Harwick. The inquiry opens in May.',
    ];
    const coverage = coverageOf(texts.map((text, i) => textDoc({ id: `d${i}`, source: `S${i}`, text })));
    const summary = buildBriefing(coverage, { summaryWords: 55 }).summary;
    expect(summary.map((s) => [s.claim, s.sources])).toEqual([['c1', 4]]);
    expect(summary[0].text).toMatch(/arrested/);
  });

  it('prints a wire story that two outlets run once', () => {
    const briefing = buildBriefing(events.wireEvent(), { summaryWords: 200 });
    const texts = briefing.summary.map((s) => s.text.replace('The carmaker', 'The company'));
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.includes('40,000 electric vans'))).toHaveLength(1);
  });
});

describe('summary speakers', () => {
  it('names the speaker of an item that gives them only as a pronoun', () => {
    const text = 'Mayor Lina Castell spoke at the hall. She said the flood warning reached the town two hours too late.';
    const docs = ['a', 'b'].map((id) => textDoc({ id, source: id.toUpperCase(), text }));
    for (const doc of docs) {
      const she = doc.text.indexOf('She');
      doc.statements.push({
        ...events.statement(doc, 'She', 'the flood warning reached the town two hours too late'),
        speaker: { name: 'Lina Castell', span: { start: she, end: she + 3 }, antecedent: { start: 6, end: 17 } },
      });
    }
    const summary = buildBriefing(coverageOf(docs), { summaryWords: 40 }).summary;
    const item = summary.find((s) => s.text.startsWith('She said'));
    expect(item?.speaker).toBe('Lina Castell');
  });

  it('names the speaker of an item that gives only their role, and not of one that gives their surname', () => {
    const roleOnly = 'The mayor said the flood warning reached the town two hours too late on Sunday night.';
    const surname = 'Castell said the pumps at the river gate failed before the warning went out.';
    const docs = ['a', 'b'].map((id) => textDoc({ id, source: id.toUpperCase(), text: `${roleOnly} ${surname}` }));
    for (const doc of docs) {
      for (const [who, words] of [
        ['The mayor', 'the flood warning reached the town two hours too late on Sunday night'],
        ['Castell', 'the pumps at the river gate failed before the warning went out'],
      ]) {
        const s = events.statement(doc, who, words);
        doc.statements.push({ ...s, speaker: { ...s.speaker, name: 'Lina Castell' } });
      }
    }
    const summary = buildBriefing(coverageOf(docs), { summaryWords: 40 }).summary;
    expect(summary.find((s) => s.text.startsWith('The mayor'))?.speaker).toBe('Lina Castell');
    const named = summary.find((s) => s.text.startsWith('Castell'));
    expect(named).toBeDefined();
    expect(named?.speaker).toBeUndefined();
  });
});
