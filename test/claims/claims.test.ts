import { describe, expect, it } from 'vitest';
import { coverageOf, textDoc } from '../helpers/docs.js';
import { analyzeClaims, buildClaims, buildUnits, SourceIndependence, type Unit } from '../../src/claims/index.js';
import { attachMultiFactSentences, groupUnits, mutualBestPairs } from '../../src/claims/align.js';
import { antonymSwap } from '../../src/claims/conflicts.js';
import { extractFeatures } from '../../src/claims/features.js';
import { numbersDisagree } from '../../src/claims/numbers.js';
import { contentStems } from '../../src/claims/tokens.js';
import type { Claim, Coverage } from '../../src/core/types.js';
import * as events from './events.js';

/** The claim whose support includes the sentence containing `words`. */
function claimWith(claims: Claim[], words: string): Claim {
  const found = claims.filter((c) => c.support.some((s) => s.text.includes(words)));
  expect(found, `one claim cites "${words}"`).toHaveLength(1);
  return found[0];
}

const docsOf = (support: { doc: string }[]) => [...new Set(support.map((s) => s.doc))].sort();

/** The documents on each side of a disputed claim. */
const sideDocs = (claim: Claim) => claim.sides!.map((side) => side.support.map((s) => s.doc));

/** The claims of one text per outlet: documents a, b, c from outlets A, B, C. */
const claimsOf = (...texts: string[]) => buildClaims(coverageOf(texts.map((text, i) => textDoc({ id: 'abc'[i], source: 'ABC'[i], text }))));

function expectCitationsExact(coverage: Coverage, claims: Claim[]): void {
  for (const c of claims) {
    for (const s of [...c.support, ...(c.sides ?? []).flatMap((side) => side.support)]) {
      const doc = coverage.docs.find((d) => d.id === s.doc)!;
      expect(doc.text.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  }
}

describe('buildClaims', () => {
  it('aligns one fact told in different words by three outlets into one corroborated claim', () => {
    const coverage = events.paraphraseEvent();
    const claims = buildClaims(coverage);
    expect(claims).toHaveLength(4);
    const port = claimWith(claims, 'closed the harbour');
    expect(port.status).toBe('corroborated');
    expect(port.sources).toBe(3);
    expect(docsOf(port.support)).toEqual(['coastal', 'harbor', 'ledger']);
    expect(port.support.map((s) => s.text)).toEqual([
      'Port authorities closed the harbour at Marlow Bay on Sunday as a storm approached the coast.',
      'The Marlow Bay harbour was shut by port officials on Sunday ahead of the approaching storm.',
      'With a storm nearing the coast, port authorities at Marlow Bay closed the harbor on Sunday.',
    ]);
    for (const [words, doc] of [['fishermen', 'harbor'], ['ferry service', 'coastal'], ['Meteorologists', 'ledger']]) {
      const c = claimWith(claims, words);
      expect(c.status).toBe('single-source');
      expect(c.sources).toBe(1);
      expect(docsOf(c.support)).toEqual([doc]);
    }
    expect(claims[0]).toBe(port);
    expectCitationsExact(coverage, claims);
  });

  it('aligns sentences of two languages by the quantities, days and names they share, and by nothing less', () => {
    const coverage = coverageOf([
      textDoc({
        id: 'en', source: 'Vale Courier',
        text: 'Engineers opened the gates of the Kallby dam on Tuesday as the Vessa river rose to a record 6.4 metres.\n\n' +
          'Mayor Ingrid Solberg said the town had never seen water this high.',
      }),
      textDoc({
        id: 'de', source: 'Talbote', language: 'de',
        text: 'Ingenieure öffneten am Dienstag die Schleusen des Kallby-Damms, als die Vessa auf einen Rekordstand von 6,4 Metern stieg.\n\n' +
          'Bürgermeisterin Ingrid Solberg sagte, die Stadt habe noch nie so hohes Wasser erlebt.',
      }),
    ]);
    const claims = buildClaims(coverage);
    const gates = claimWith(claims, 'gates of the Kallby dam');
    expect(docsOf(gates.support)).toEqual(['de', 'en']);
    expect([gates.status, gates.sources]).toEqual(['corroborated', 2]);
    // A name and "said" are someone's words, not a shared fact: without a translation, two claims.
    expect(claimWith(claims, 'Mayor Ingrid Solberg').sources).toBe(1);
    expect(claimWith(claims, 'Bürgermeisterin Ingrid Solberg').sources).toBe(1);
    expectCitationsExact(coverage, claims);
  });

  it('compares a text that detection labelled another language by its words when its words are English', () => {
    const claims = buildClaims(
      coverageOf([
        textDoc({ id: 'a', source: 'A', text: 'Mayor Ingrid Solberg visited Norrhavn on Tuesday with 40 volunteers from the county, and she thanked the crews who had worked through the night.' }),
        textDoc({ id: 'b', source: 'B', language: 'sco', text: 'Ingrid Solberg said on Tuesday that Norrhavn needs 40 new pumps before the winter, because the old ones in the harbour were lost in the flood.' }),
      ]),
    );
    // Names, a day and a number in common, but two facts: as English, they share no words to align on.
    expect(claimWith(claims, 'visited Norrhavn').sources).toBe(1);
    expect(claimWith(claims, 'needs 40 new pumps').sources).toBe(1);
  });

  it('groups sentences by the average score of all pairs between two groups, a pair found twice counting once', () => {
    const edges = [
      { a: 0, b: 1, score: 0.5 },
      { a: 1, b: 2, score: 0.3 },
      { a: 1, b: 2, score: 0.3 },
      { a: 3, b: 4, score: 0.4 },
      { a: 2, b: 3, score: 0.25 },
      { a: 0, b: 2, score: 0.05 },
    ];
    // {0,1} and {2}: (0.3 + 0.05) / 2 is under the link; {2} and {3,4}: 0.25 / 2 too.
    expect(groupUnits(5, edges)).toEqual([[0, 1], [2], [3, 4]]);
    // With {3,4} strongly tied to 2, they join: (0.25 + 0.2) / 2.
    expect(groupUnits(5, [...edges.slice(0, 5), { a: 2, b: 4, score: 0.2 }])).toEqual([[0, 1], [2, 3, 4]]);
  });

  it('marks a conflicting number as disputed and names both sides with their citations', () => {
    const coverage = events.numberEvent();
    const claims = buildClaims(coverage);
    expect(claims).toHaveLength(2);
    const fire = claimWith(claims, 'Kestrel textile factory');
    expect(fire.status).toBe('corroborated');
    expect(fire.sources).toBe(3);
    const hospital = claimWith(claims, 'taken to hospital');
    expect(hospital.status).toBe('disputed');
    expect(hospital.sources).toBe(3);
    expect(docsOf(hospital.support)).toEqual(['coastal', 'harbor', 'ledger']);
    expect(hospital.sides!.map((s) => docsOf(s.support))).toEqual([['coastal', 'harbor'], ['ledger']]);
    expect(hospital.sides![1].text).toBe('Eighteen workers were taken to hospital with burns, a union spokesman said.');
    expectCitationsExact(coverage, claims);
  });

  it("takes a claim's attribution from its own sentences, not from a sentence taken in for stating it besides another fact", () => {
    const told = 'Quill broke the Harbor Sharks career scoring record with 30 points on Friday, and the club will now sell shirts printed with it';
    const a = textDoc({ id: 'a', source: 'A', text: 'Marta Quill scored 30 points on Friday to break the Harbor Sharks career scoring record in a win over the Pilots. The club will sell shirts printed with her new record.' });
    const b = textDoc({ id: 'b', source: 'B', text: 'Quill scored 30 points on Friday to break the Harbor Sharks career scoring record as the Sharks beat the Pilots.' });
    const c = textDoc({ id: 'c', source: 'C', text: `${told}, coach Tom Berg said.` });
    c.statements.push(events.statement(c, 'Tom Berg', told));
    const d = textDoc({ id: 'd', source: 'D', text: 'The club will now sell shirts printed with the new record, coach Tom Berg said.' });
    d.statements.push(events.statement(d, 'Tom Berg', 'The club will now sell shirts printed with the new record'));
    const claims = buildClaims(coverageOf([a, b, c, d]));
    const record = claims.find((claim) => docsOf(claim.support).join() === 'a,b,c')!;
    expect(record.text).toMatch(/^Marta Quill scored 30 points/);
    expect(record.attribution).toBeUndefined();
    // The shirts are the coach's news: his own sentences word that claim.
    expect(claims.find((claim) => claim.support.some((s) => s.doc === 'd'))!.attribution?.name).toBe('Tom Berg');
  });

  it("names the speaker of a claim worded in someone's words that do not name them, though its other sentences are others'", () => {
    const words = 'We will reopen the harbour road to Marrow Fen on Friday after the repairs';
    const a = textDoc({ id: 'a', source: 'A', text: `Mayor Lena Ortiz spoke to reporters on the quay.\n\n${words}.` });
    a.statements.push(events.statement(a, 'Lena Ortiz', words, 'spoke'));
    const question = 'Will the harbour road to Marrow Fen reopen on Friday after the repairs';
    const b = textDoc({ id: 'b', source: 'B', text: `${question}, asked councillor Tom Berg.` });
    b.statements.push(events.statement(b, 'Tom Berg', question, 'asked'));
    const claim = claimWith(buildClaims(coverageOf([a, b])), 'We will reopen');
    expect(claim.text).toBe(`${words}.`);
    expect(claim.attribution?.name).toBe('Lena Ortiz');
  });

  it('attributes a claim to no one whose speaker is a pronoun left unresolved', () => {
    const words = 'The harbour ferry to Varn island will run again on Friday after the storm repairs';
    const docs = ['a', 'b'].map((id) => textDoc({ id, source: id.toUpperCase(), text: `${words}, she said.` }));
    docs.forEach((doc) => doc.statements.push(events.statement(doc, 'she', words)));
    expect(claimWith(buildClaims(coverageOf(docs)), 'ferry to Varn').attribution).toBeUndefined();
  });

  it('words a disputed claim as one of the versions in dispute, not as a sentence that gives no value', () => {
    // c and d give no count, and d is the sentence most like the others.
    const fire = 'were taken to hospital with burns after the Kestrel factory fire';
    const versions = [`Twelve workers ${fire}, firefighters said.`, `Eighteen workers ${fire}, a union spokesman said.`];
    const coverage = coverageOf(
      [...versions, `Several workers ${fire} on Tuesday.`, `Workers ${fire} on Tuesday night.`].map((text, i) => textDoc({ id: 'abcd'[i], source: 'ABCD'[i], text })),
    );
    const [claim] = buildClaims(coverage);
    expect(claim.status).toBe('disputed');
    expect(docsOf(claim.support)).toEqual(['a', 'b', 'c', 'd']);
    expect(claim.sides!.map((s) => s.text)).toEqual(versions);
    expect(versions).toContain(claim.text);
  });

  it('shows a disagreement once, in the claim it is about, when the disagreeing sentences also state another fact', () => {
    // a and b give the power cut and the bridge in one sentence; c and d tell the bridge.
    const power = (homes: string) =>
      `The storm cut power to ${homes} homes and farms across Dunmore on Sunday night, leaving families without heating or hot water, and the Harbour Road bridge was closed.`;
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: `${power('4,000')}\n\nSchools will stay shut on Monday.` }),
      textDoc({ id: 'b', source: 'B', text: `${power('6,000')}\n\nBus services were suspended.` }),
      textDoc({
        id: 'c', source: 'C',
        text: 'Council engineers closed the Harbour Road bridge after cracks appeared in its pillars.\n\nThe storm left homes and farms across Dunmore without power on Sunday night.',
      }),
      textDoc({
        id: 'd', source: 'D',
        text: 'Cracks in its pillars led council engineers to close the Harbour Road bridge.\n\nHomes and farms across Dunmore lost power in the storm on Sunday night.',
      }),
      textDoc({ id: 'e', source: 'E', text: 'About 6,000 homes and farms across Dunmore lost power on Sunday night, leaving families without heating.' }),
    ]);
    const claims = buildClaims(coverage);
    const disputed = claims.filter((c) => c.status === 'disputed');
    expect(disputed).toHaveLength(1);
    expect(disputed[0].sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b', 'e']]);
    // The bridge claim takes a and b as support, in the wording of its own sentences.
    const bridge = claimWith(claims, 'cracks appeared in its pillars');
    expect(bridge.status).toBe('corroborated');
    expect(docsOf(bridge.support)).toEqual(['a', 'b', 'c', 'd']);
    expect(bridge.text).toBe('Council engineers closed the Harbour Road bridge after cracks appeared in its pillars.');
  });

  it('keeps apart two tallies that share no figure: two facts, not one fact corroborated', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'In 54 games with the Herons, Okafor scored 31 goals and made 12 assists.' }),
      textDoc({ id: 'b', source: 'B', text: 'Over the whole season, 160 games with the Herons and the Gulls, Okafor scored 80 goals and made 41 assists.' }),
      textDoc({ id: 'c', source: 'C', text: 'Playing for the Herons, Okafor has 31 goals and 12 assists from his 54 games so far.' }),
    ]);
    const claims = buildClaims(coverage);
    expect(claims.map((c) => [docsOf(c.support), c.status])).toEqual([
      [['a', 'c'], 'corroborated'],
      [['b'], 'single-source'],
    ]);
  });

  /** Outlets A, B, C, one text each: the claim citing `words`, its documents and its sides' documents. */
  function disputeOf(texts: string[], words: string) {
    const claim = claimWith(claimsOf(...texts), words);
    return { status: claim.status, docs: docsOf(claim.support), sides: claim.sides?.map((side) => docsOf(side.support)) };
  }

  it('puts on the sides of a number dispute only the sentences that give a value for the quantity in dispute', () => {
    const texts = [
      'Twelve workers were taken to hospital with burns after the fire at the Kestrel factory, firefighters said.',
      'Twenty workers were taken to hospital with burns after the fire at the Kestrel factory.',
      'Workers were taken to hospital with burns after the fire at the Kestrel factory, which employs 300 people.',
    ];
    expect(disputeOf(texts, 'Twenty workers')).toEqual({ status: 'disputed', docs: ['a', 'b', 'c'], sides: [['a'], ['b']] });
  });

  it('disputes the one figure changed in a copy of a sentence, though its other figures agree', () => {
    const quake = (magnitude: string) => `The magnitude ${magnitude} quake struck Varn island, home to 120,000 people, and the port of Seld, state radio said.`;
    const texts = [quake('6.1'), quake('5.9'), 'A strong quake struck Varn island and the port of Seld on Sunday.'];
    expect(disputeOf(texts, 'state radio')).toEqual({ status: 'disputed', docs: ['a', 'b', 'c'], sides: [['a'], ['b']] });
  });

  it('puts a bound that agrees with both values on neither side, and still disputes the two values', () => {
    const hospital = (count: string) => `${count} workers were taken to hospital with burns after the fire at the Kestrel factory.`;
    const texts = [hospital('More than 40'), hospital('42'), hospital('At least 45')];
    expect(disputeOf(texts, 'taken to hospital')).toEqual({ status: 'disputed', docs: ['a', 'b', 'c'], sides: [['b'], ['c']] });
  });

  it('disputes counts one apart, and reads "a hundred" and "two hundred thousand" as counts', () => {
    const hospital = (a: string, b: string) =>
      claimWith(
        buildClaims(
          coverageOf([
            textDoc({ id: 'a', source: 'A', text: `${a} workers were taken to hospital with burns after the fire at the Kestrel factory.` }),
            textDoc({ id: 'b', source: 'B', text: `After Tuesday's fire at the Kestrel factory, ${b} workers were taken to hospital with burns, the union said.` }),
          ]),
        ),
        'taken to hospital',
      ).status;
    expect(hospital('Twelve', '13')).toBe('disputed');
    expect(hospital('1,800', '1,830')).toBe('corroborated');
    expect(hospital('A hundred', '160')).toBe('disputed');
    expect(hospital('Two hundred thousand', '200,000')).toBe('corroborated');
  });

  it('reads an age as describing someone, not as a count', () => {
    const ages = extractFeatures('The 35 - year - old deputy and a man aged 29 years old were hurt.', 0, { vocabulary: new Set(), compounds: new Set() }).numbers;
    expect(ages).toEqual([]);
  });

  it('marks a denial as disputed: one source asserts what another denies', () => {
    const coverage = events.denialEvent();
    const claims = buildClaims(coverage);
    expect(claims).toHaveLength(3);
    const warnings = claimWith(claims, 'fire safety warnings');
    expect(warnings.status).toBe('disputed');
    expect(warnings.sides!.map((s) => docsOf(s.support))).toEqual([['coastal'], ['ledger']]);
    expect(warnings.sides![1].text).toContain('denied');
    // The two sides name different speakers, so the claim is no one person's.
    expect(warnings.attribution).toBeUndefined();
    expect(claimWith(claims, 'employed about 300').status).toBe('single-source');
    expect(claimWith(claims, 'Investigators').status).toBe('single-source');
  });

  it('counts a wire story printed by two outlets once', () => {
    const coverage = events.wireEvent();
    const claims = buildClaims(coverage);
    expect(claims).toHaveLength(3);
    const recall = claimWith(claims, 'recalled 40,000');
    expect(recall.status).toBe('corroborated');
    expect(docsOf(recall.support)).toEqual(['ledger', 'wire-a', 'wire-b']);
    expect(recall.sources).toBe(2);
    const injuries = claimWith(claims, 'no injuries');
    expect(docsOf(injuries.support)).toEqual(['wire-a', 'wire-b']);
    expect(injuries.sources).toBe(1);
    expect(injuries.status).toBe('single-source');
    expectCitationsExact(coverage, claims);
  });

  it('counts documents the events stage groups as duplicates once, however they are worded', () => {
    const coverage = events.paraphraseEvent();
    coverage.duplicates = [['harbor', 'ledger']];
    const port = claimWith(buildClaims(coverage), 'closed the harbour');
    expect(port.sources).toBe(2);
    expect(port.status).toBe('corroborated');
  });

  it('counts two documents of one outlet as one source', () => {
    const coverage = events.paraphraseEvent();
    coverage.docs[2].source = 'Harbor Times';
    const port = claimWith(buildClaims(coverage), 'closed the harbour');
    expect(port.sources).toBe(2);
  });

  it('marks the same words attributed to different speakers as disputed, one side per speaker', () => {
    const claims = buildClaims(events.speakerEvent());
    expect(claims).toHaveLength(1);
    expect(claims[0].status).toBe('disputed');
    expect(claims[0].sides!.map((s) => docsOf(s.support))).toEqual([['harbor'], ['ledger']]);
  });

  it('does not dispute the same words given to one person under two titles or two spellings, or to an organisation and a person', () => {
    for (const speakers of [
      ['Finance Minister Lena Ortiz', 'Lena Ortiz'],
      ['Finance Minister Lena Ortiz', 'Lena Orttiz'],
      ['the Finance Ministry', 'Finance Minister Lena Ortiz'],
    ]) {
      const claims = buildClaims(events.speakerEvent(speakers));
      expect(claims.map((c) => c.status), speakers.join(' / ')).toEqual(['corroborated']);
    }
  });

  it('does not dispute a quotation whose other speaker is only the pipeline’s reading of its context', () => {
    const quote = 'We will not raise fuel taxes before the election';
    const claims = buildClaims(events.analyzedEvent([
      { id: 'harbor', source: 'Harbor Times', text: `“${quote},” Finance Minister Lena Ortiz said on Monday.` },
      // No verb of saying by the quotation: the statements stage reads it as the last speaker's.
      { id: 'ledger', source: 'Daily Ledger', text: `Prime Minister Tomas Berg said the fuel depot would stay open.\n\n“${quote}.”` },
    ]));
    const fuel = claimWith(claims, 'fuel taxes');
    expect(fuel.status).toBe('corroborated');
    expect(docsOf(fuel.support)).toEqual(['harbor', 'ledger']);
  });

  it('marks different places and different dates for the same fact as disputed', () => {
    const claims = buildClaims(events.dateAndPlaceEvent());
    expect(claims).toHaveLength(2);
    const talks = claimWith(claims, 'Vienna');
    expect(talks.status).toBe('disputed');
    expect(talks.sides!.map((s) => s.text)).toEqual([
      'Fishing quota talks between the two governments opened in Vienna on Tuesday.',
      'The two governments began their talks on fishing quotas on Tuesday in Geneva.',
    ]);
    const terminal = claimWith(claims, 'ferry terminal will welcome');
    expect(terminal.status).toBe('disputed');
    expect(terminal.sides!.map((s) => docsOf(s.support))).toEqual([['harbor'], ['ledger']]);
  });

  it('does not dispute a date that dates what came before the fact ("charged after a boat vanished on Friday")', () => {
    const status = (a: string, b: string) =>
      buildClaims(coverageOf([textDoc({ id: 'harbor', source: 'Harbor Times', text: a }), textDoc({ id: 'ledger', source: 'Daily Ledger', text: b })]))
        .map((c) => c.status);
    const charged = (day: string) => `A deckhand was charged with theft on ${day} over the fishing boat that vanished from the Kessel marina.`;
    expect(status('A deckhand has been charged with theft after a fishing boat vanished from the Kessel marina on Friday.', charged('Saturday'))).toEqual([
      'corroborated',
    ]);
    // The same charge on two different days is still a dispute.
    expect(status(charged('Sunday'), charged('Saturday'))).toEqual(['disputed']);
  });

  it('words a claim by a whole sentence rather than the tail of a quotation an earlier sentence opened', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'a', text: 'Foreman Ilse Brandt described the night. "We watched the river rise. The crew closed the sluice gates at Dunmore weir before dawn."' }),
      textDoc({ id: 'b', source: 'b', text: 'A crew closed the sluice gates at Dunmore weir before dawn on Tuesday.' }),
      textDoc({ id: 'c', source: 'c', text: 'Before dawn, workers shut the sluice gates at the Dunmore weir.' }),
    ]);
    const gates = claimWith(buildClaims(coverage), 'sluice gates');
    expect(docsOf(gates.support)).toEqual(['a', 'b', 'c']);
    expect(gates.text).toBe('A crew closed the sluice gates at Dunmore weir before dawn on Tuesday.');
  });

  it('words a claim by a sentence that reads alone rather than one that leans on the sentence before it', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'a', text: 'The challenger Ruel Okafor opened well. But he never landed a punch on the champion in the fifth round.' }),
      textDoc({ id: 'b', source: 'b', text: 'Ruel Okafor never landed a punch on the champion in the fifth round.' }),
    ]);
    const punch = claimWith(buildClaims(coverage), 'landed a punch');
    expect(docsOf(punch.support)).toEqual(['a', 'b']);
    expect(punch.text).toBe('Ruel Okafor never landed a punch on the champion in the fifth round.');
  });

  it('lets a lone sentence take in another outlet\'s sentence only if that states its fact about as plainly as its own', () => {
    // Units 0, 1 and 2 (outlets A, B and C) tell one fact and align strongly; unit 3 is C's alone.
    const units = ['a', 'b', 'c', 'c'].map((doc) => ({ doc, label: false }) as Unit);
    const home = [{ a: 0, b: 1, score: 0.8 }, { a: 0, b: 2, score: 0.7 }, { a: 1, b: 2, score: 0.7 }];
    const attach = (loose: number) =>
      attachMultiFactSentences(units, [[0, 1, 2], [3]], [...home, { a: 0, b: 3, score: loose }]).map((g) => g.members);
    // 0.33 against 0.8 at home: a loose match ("negligence … can result in death" for "charged with negligent homicide").
    expect(attach(0.33)).toEqual([[0, 1, 2], [3]]);
    // 0.45 against 0.8: a second fact the sentence states plainly enough.
    expect(attach(0.45)).toEqual([[0, 1, 2], [0, 3]]);
  });

  it("takes in no sentence as a second fact of someone's quoted words when it shares their words by chance", () => {
    const unit = (doc: string, text: string, speaker: string, direct: boolean) =>
      ({ doc, label: false, text, language: 'en', speaker: { name: speaker }, statement: direct ? { kind: 'direct' } : { kind: 'reported' } }) as Unit;
    const quote = 'Harbour fees will not rise again this year';
    const attach = (third: Unit) =>
      attachMultiFactSentences([unit('a', quote, 'Ilse Varga', true), unit('b', quote, 'Ilse Varga', true), third], [[0, 1], [2]], [
        { a: 0, b: 1, score: 0.9 },
        { a: 0, b: 2, score: 0.4 },
      ]).map((g) => g.members);
    // Another speaker, none of the quotation's word pairs: the fees, not the mayor's words.
    expect(attach(unit('c', 'Fees at the harbour paid for a new crane last year', 'port office', false))).toEqual([[0, 1], [2]]);
    // The same speaker, in other words: her statement reported.
    expect(attach(unit('c', 'Harbour charges stay as they are, Varga told the council', 'Ilse Varga', false))).toEqual([[0, 1, 2]]);
  });

  it('keeps the attribution: a claim a speaker makes stays theirs, even where another outlet prints it as fact', () => {
    const claims = buildClaims(events.attributionEvent());
    expect(claims).toHaveLength(1);
    expect(claims[0].attribution).toEqual({ name: 'Vladimir Putin', mention: { start: 0, end: 'Vladimir Putin'.length } });
    expect(claims[0].status).toBe('corroborated');
    // It reads in the words that attribute it, not in the outlet's narrative.
    expect(claims[0].text).toBe('Vladimir Putin said the United States had ignored Russian complaints about cyber attacks.');
  });

  it('words a fact that most outlets state in their own voice in theirs, not in the one outlet that attributes it', () => {
    // Through the real stages, which find who speaks.
    const docs = (texts: [string, string][]) => events.analyzedEvent(texts.map(([id, text]) => ({ id, source: id, text })));
    const narrated = buildClaims(
      docs([
        ['harbor', 'The harbour council closed the east pier on Monday because of cracks in its wooden pilings.'],
        ['ledger', 'Cracks in the pilings led the harbour council to shut the east pier to walkers and anglers on Monday.'],
        ['post', 'The east pier stood fenced off on Monday, closed by the harbour council over its cracked pilings.'],
        ['wire', 'The east pier was closed on Monday because its pilings had cracked, a harbour council spokesman said.'],
      ]),
    );
    expect(narrated).toHaveLength(1);
    expect(narrated[0].attribution).toBeUndefined();
    expect(narrated[0].text).toBe('The harbour council closed the east pier on Monday because of cracks in its wooden pilings.');
    expect(narrated[0].sources).toBe(4);
    // Where as many outlets give it to the speaker as tell it themselves, it stays the speaker's.
    const attributed = buildClaims(
      docs([
        ['harbor', 'The harbour council closed the east pier on Monday because of cracks in its wooden pilings, Mayor Ana Ruiz said.'],
        ['ledger', 'Mayor Ana Ruiz said cracks in the pilings led the harbour council to shut the east pier on Monday.'],
        ['post', 'The east pier stood fenced off on Monday, closed by the harbour council over its cracked pilings.'],
      ]),
    );
    expect(attributed).toHaveLength(1);
    expect(attributed[0].attribution?.name).toBe('Ana Ruiz');
  });

  it('does not align sentences that only share names and the event', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'Biden thanked Putin for the long talks in Geneva today.' }),
      textDoc({ id: 'b', source: 'B', text: 'Putin said there was no hostility between him and Biden at the talks.' }),
    ]);
    const claims = buildClaims(coverage);
    expect(claims.map((c) => c.status)).toEqual(['single-source', 'single-source']);
  });

  it('disputes an antonym only where it is what the sentences differ in', () => {
    const status = (a: string, b: string) =>
      buildClaims(coverageOf([textDoc({ id: 'harbor', source: 'Harbor Times', text: a }), textDoc({ id: 'ledger', source: 'Daily Ledger', text: b })]))
        .map((c) => c.status);
    expect(
      status('On Monday the harbour council accepted the dredging plan for the east basin.', 'The dredging plan for the east basin was rejected by the harbour council on Monday.'),
    ).toEqual(['disputed']);
    const stems = (text: string) => new Set(contentStems(text, 'en'));
    expect(antonymSwap(stems('The council accepted the dredging plan.'), stems('The council rejected the dredging plan.'))).toBe(true);
    // Two cameras of one phone: the antonyms sit in different places, among other differences.
    expect(antonymSwap(stems('The phone has an eight megapixel rear camera.'), stems('The phone has a two megapixel front camera for video calls.'))).toBe(false);
  });

  it('does not call sentences disputed for a negation they do not share the rest of', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'The summit in Geneva ended after four hours of talks between the two leaders.' }),
      textDoc({ id: 'b', source: 'B', text: 'There was no hostility at the summit, and the talks between the two leaders ran long.' }),
    ]);
    expect(buildClaims(coverage).some((c) => c.status === 'disputed')).toBe(false);
  });

  it('reads negation clause by clause: an assertion hedged by "but nobody saw it" is disputed by a denial', () => {
    const coverage = coverageOf([
      textDoc({ id: 'notes', source: 'Fen Notes', text: 'Several farmers said the levee near Oakham had been breached, but nobody we met had seen the breach.' }),
      textDoc({ id: 'post', source: 'Coastal Post', text: 'The river agency denied that the levee near Oakham had been breached.' }),
    ]);
    const claims = buildClaims(coverage);
    const levee = claimWith(claims, 'breached');
    expect(levee.status).toBe('disputed');
    expect(levee.sides!.map((s) => docsOf(s.support))).toEqual([['notes'], ['post']]);
    expectCitationsExact(coverage, claims);
  });

  it('does not dispute a fact because a negation stands in another clause of the sentence', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'Nobody was hurt in the blaze, which destroyed the grain warehouse in Tilbury on Monday night.' }),
      textDoc({ id: 'b', source: 'B', text: 'A blaze destroyed the grain warehouse in Tilbury on Monday night.' }),
    ]);
    const claims = buildClaims(coverage);
    expect(claimWith(claims, 'destroyed the grain warehouse')).toMatchObject({ status: 'corroborated', sources: 2 });
  });

  /** Three outlets report one recovery; two open with a dateline. */
  const bellEvent = () =>
    coverageOf([
      textDoc({ id: 'wire', source: 'Wire', text: 'LAKEVILLE, Norland (NPA) — Divers recovered the ferry bell from the lake bed on Friday.\n\nHARBOUR OPENS — a headline, not a dateline' }),
      textDoc({ id: 'daily', source: 'Daily', text: 'Lakeville (Norland Post) — On Friday the old ferry bell was finally recovered from the lake bed by police divers.' }),
      textDoc({ id: 'blog', source: 'Blog', text: 'Divers brought the ferry bell up from the lake bed on Friday — we watched from the pier.' }),
    ]);

  it('reads a sentence without the dateline that opens its paragraph, and cites it without it', () => {
    const coverage = bellEvent();
    const claims = buildClaims(coverage);
    const bell = claimWith(claims, 'ferry bell');
    expect(bell.sources).toBe(3);
    expect(bell.support.map((s) => s.text)).toEqual([
      'Divers recovered the ferry bell from the lake bed on Friday.',
      'On Friday the old ferry bell was finally recovered from the lake bed by police divers.',
      'Divers brought the ferry bell up from the lake bed on Friday — we watched from the pier.',
    ]);
    expectCitationsExact(coverage, claims);
  });

  it('states a fact once when a sentence the grouping left alone aligns with every sentence of a group', () => {
    // The daily's wording is loose enough that the grouping keeps it apart from the other
    // two, yet it aligns with both: it takes them in, and their own group is the same claim.
    const claims = buildClaims(bellEvent());
    expect(claims.filter((c) => c.support.some((s) => s.doc === 'wire' && s.text.includes('ferry bell')))).toHaveLength(1);
  });

  it("makes no claim of a plain-text capture's headline line or a verbless label alone, but lets a headline support one", () => {
    const headline = 'Notes from a long night on the quay';
    const coverage = coverageOf([
      textDoc({ id: 'blog', source: 'Blog', title: headline, text: `${headline}\n\nWaves tore a gap in the harbour wall overnight.\n\nPictures by the harbour master's office` }),
      textDoc({ id: 'daily', source: 'Daily', title: 'Waves breach the harbour wall overnight', text: 'Waves breach the harbour wall overnight\n\nThe harbour wall was breached by waves during the night.' }),
    ]);
    const claims = buildClaims(coverage);
    expect(claims.some((c) => c.support.some((s) => s.text === headline || s.text.startsWith('Pictures by')))).toBe(false);
    const wall = claimWith(claims, 'harbour wall was breached');
    expect(wall.sources).toBe(2);
    expect(wall.support.map((s) => s.text)).toContain('Waves breach the harbour wall overnight');
  });

  it('makes no claim of a short line that leads into the next one, but keeps a long one that states something first', () => {
    const coverage = coverageOf([
      textDoc({
        id: 'notes',
        source: 'Notes',
        text: [
          'Harbour master Ilse Varga said,',
          'We lost the outer pontoon in the night and the ferry will not sail before Friday.',
          'The crews that worked through the night on the flooded quay named three things the harbour will need before the first winter storms:',
          'A new breakwater, deeper moorings and a second crane.',
          'What we still do not know:',
        ].join('\n\n'),
      }),
    ]);
    const texts = buildClaims(coverage).map((c) => c.text);
    expect(texts).not.toContain('Harbour master Ilse Varga said,');
    expect(texts).not.toContain('What we still do not know:');
    expect(texts).toContain('The crews that worked through the night on the flooded quay named three things the harbour will need before the first winter storms:');
  });

  it('neither words a claim with a line that leads into the next nor gives the claim that line\'s speaker', () => {
    const lead = 'In her remarks, Mayor Ilse Varga explained how she sees the new ferry timetable:';
    const docs = [
      textDoc({ id: 'a', source: 'A', text: `${lead}\n\nWe will run boats every hour from May, and the night boat stays.` }),
      textDoc({ id: 'b', source: 'B', text: 'Ferry crews see the new ferry timetable as a good fit for the harbour.' }),
      textDoc({ id: 'c', source: 'C', text: 'The new ferry timetable is a "good fit" for the harbour.' }),
    ];
    docs[0].statements.push(events.statement(docs[0], 'Ilse Varga', 'how she sees the new ferry timetable', 'explained'));
    const timetable = claimWith(buildClaims(coverageOf(docs)), 'see the new ferry timetable as a good fit');
    expect(timetable.support.map((s) => s.text)).toContain(lead);
    expect(timetable.text).toBe('Ferry crews see the new ferry timetable as a good fit for the harbour.');
    expect(timetable.attribution).toBeUndefined();
  });

  it('does not align a quotation with a sentence that shares two of its words by chance, but does with one that carries its wording or names its speaker', () => {
    const quoting = 'Floodwater covered the lower valley road on Thursday. Mayor Ines Varga visited the shelters. “No family will be left to rebuild alone,” Varga said.';
    const other = (sentence: string) => `The river broke its banks north of Kelder on Thursday. ${sentence} Volunteers handed out blankets at the school.`;
    const claimsWith = (sentence: string) =>
      buildClaims(events.analyzedEvent([{ id: 'a', source: 'A', text: quoting }, { id: 'b', source: 'B', text: other(sentence) }]));
    // "left" and "rebuild" in common, no speaker, no wording of the quotation: chance.
    const chance = claimsWith('Hundreds left, unsure whether they could rebuild.');
    expect(claimWith(chance, 'No family').status).toBe('single-source');
    const carried = claimsWith('The town hall promised that no family would be left to rebuild alone.');
    expect(docsOf(claimWith(carried, 'No family').support)).toEqual(['a', 'b']);
    // Two words in common again, but the same speaker: her own words, reported.
    const reported = claimsWith('Mayor Ines Varga promised that those left homeless can rebuild.');
    expect(docsOf(claimWith(reported, 'No family').support)).toEqual(['a', 'b']);
  });

  it('does not dispute counts of different named people, nor a count that does not say what happened to it', () => {
    const players = claimsOf('Ana Brill scored 15 points in the cup final.', 'Tom Varga scored 22 points in the cup final.');
    expect(players.filter((c) => c.status === 'disputed')).toEqual([]);
    const museum = claimsOf('The harbour museum holds 40,000 paintings.', 'The harbour museum bought 12 paintings at the spring auction.');
    expect(museum.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('reads "no one was hurt" as a count of no people that two hurt contradict, but not "no one else"', () => {
    const none = 'No one was hurt in the fire at the Kessel mill on Tuesday, the fire chief said.';
    const two = 'Two workers were hurt in the fire at the Kessel mill on Tuesday, the fire chief said.';
    const disputed = claimsOf(none, two, 'Flames tore through the Kessel mill on Tuesday and no one was hurt.').filter((c) => c.status === 'disputed');
    expect(disputed.map(sideDocs)).toEqual([[['a', 'c'], ['b']]]);
    const others = 'Nobody else was hurt in the fire at the Kessel mill on Tuesday, the fire chief said.';
    expect(claimsOf(others, two).filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('sets a distance from a place against another such distance only, not against a way travelled', () => {
    const claims = claimsOf(
      'Workers fled the plant, about 15 miles north of Brackenford, after the blast.',
      'Workers fled the plant, about 40 miles north of Brackenford, after the blast.',
      'Workers fled the plant north of Brackenford after the blast, and police chased the van for 30 miles, sirens wailing.',
    );
    // "30 miles" of the chase takes neither side: it places nothing.
    expect(claims.filter((c) => c.status === 'disputed').map(sideDocs)).toEqual([[['a'], ['b']]]);
  });

  it('does not dispute figures or a negation of another occurrence: "another school", "the last quake", "last season"', () => {
    const disputed = (claims: Claim[]) => claims.filter((c) => c.status === 'disputed');
    // The same pair without the marker is disputed, so the marker is what keeps them apart.
    expect(disputed(claimsOf('Three pupils were hurt when a shell hit a school in Harwick.', 'Two pupils were hurt when a shell hit a school in Harwick.'))).toHaveLength(1);
    expect(disputed(claimsOf('Three pupils were hurt when a shell hit another school in Harwick.', 'Two pupils were hurt when a shell hit a school in Harwick.'))).toEqual([]);
    expect(disputed(claimsOf('The last quake near Harwick struck four miles east of the dam.', 'The quake near Harwick struck two miles east of the dam.'))).toEqual([]);
    expect(disputed(claimsOf('Last season Ana Brill did not score a goal for the Harwick club.', 'Ana Brill did score a goal for the Harwick club.'))).toEqual([]);
    expect(disputed(claimsOf('Ana Brill did not score a goal for the Harwick club.', 'Ana Brill did score a goal for the Harwick club.'))).toHaveLength(1);
    expect(disputed(claimsOf('In an earlier strike, three pupils were hurt when a shell hit a school in Harwick.', 'Two pupils were hurt when a shell hit a school in Harwick.'))).toEqual([]);
    // "another" before a count adds to it, and tells of the same occurrence.
    expect(disputed(claimsOf('Another three pupils were hurt when a shell hit the school.', 'Another two pupils were hurt when a shell hit the school.'))).toHaveLength(1);
    // So does "another" before a source: another agency tells of the same storm.
    const agencies = claimsOf(
      'The storm flooded the harbour town of Keswick Bay on Sunday and injured five people, the regional news agency reported.',
      'Another news agency said the storm flooded the harbour town of Keswick Bay on Sunday and injured two people.',
    );
    expect(disputed(agencies).map(sideDocs)).toEqual([[['a'], ['b']]]);
  });

  it('disputes a count against its counterpart, not against a sentence about an earlier occurrence, and a nationality is no other subject', () => {
    const claims = buildClaims(
      coverageOf([
        textDoc({
          id: 'a',
          source: 'A',
          text: 'Hospital staff said 42 people were killed in the Harwick school, where families from the old town had taken shelter.\n\nIn an earlier strike, at least five people were killed in a school where families from the old town had taken shelter.',
        }),
        textDoc({ id: 'b', source: 'B', text: 'At least 45 people were killed in the school, where families from the old town had taken shelter, pushing the Danish death toll above 300.' }),
      ]),
    );
    const toll = claimWith(claims, 'Hospital staff said 42');
    expect(toll.status).toBe('disputed');
    expect(sideDocs(toll)).toEqual([['a'], ['b']]);
  });

  it('gives each quantity in dispute its own disputed claim: the magnitude between two outlets, the island\'s people with a third', () => {
    const claims = claimsOf(
      'A quake of magnitude 6.1 struck Harwick island, home to 120,000 people, and the port of Velm, state media said.',
      'A quake of magnitude 5.9 struck Harwick island, home to 120,000 people, and the port of Velm, state media said.',
      'The quake struck near Harwick island, home to 200,000 people, and the port of Velm, the geological survey said.',
    );
    const disputed = claims.filter((c) => c.status === 'disputed');
    expect(disputed.map(sideDocs)).toEqual([
      [['a'], ['b']],
      [['a', 'b'], ['c']],
    ]);
    // The second reads as its own version, not as the first claim again.
    expect(disputed[1].text).toMatch(/^The quake struck near Harwick island, home to 200,000 people/);
  });

  it('still disputes a count when only the speakers who give it are named differently', () => {
    const a = textDoc({ id: 'a', source: 'A', text: 'Mayor Ilse Karn said 12 people were injured when the roof collapsed.' });
    const b = textDoc({ id: 'b', source: 'B', text: 'The regional governor, Piet Ovens, said seven people were injured when the roof collapsed.' });
    a.statements.push(events.statement(a, 'Mayor Ilse Karn', '12 people were injured when the roof collapsed'));
    b.statements.push(events.statement(b, 'The regional governor, Piet Ovens', 'seven people were injured when the roof collapsed'));
    const claims = buildClaims(coverageOf([a, b]));
    const injured = claimWith(claims, 'injured');
    expect(injured.status).toBe('disputed');
    expect(sideDocs(injured)).toEqual([['a'], ['b']]);
  });

  it('does not dispute a sentence whose extra negation bears on something the other does not say', () => {
    const claims = buildClaims(
      coverageOf([
        textDoc({ id: 'a', source: 'A', text: 'The lawyers could not reach the defendant in any useful way during the long trial.' }),
        textDoc({ id: 'b', source: 'B', text: 'During the long trial that never ended, the lawyers could not reach the defendant in any useful way.' }),
      ]),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0].status).not.toBe('disputed');
    expect(docsOf(claims[0].support)).toEqual(['a', 'b']);
  });

  it('does not dispute two statements of one speaker for the attribution they share', () => {
    // "call" is negated in one and a noun in the other; what they share beyond it is who speaks.
    const claims = buildClaims(
      events.analyzedEvent([
        { id: 'a', source: 'A', text: 'The first call came just before four - from the Lakeview Motel, county fire marshal Rita Oakes said on Tuesday.' },
        { id: 'b', source: 'B', text: '"You can\'t call it arson yet," county fire marshal Rita Oakes said, but the empty mill had no power or gas lines.' },
        { id: 'c', source: 'C', text: 'Investigators suspect arson at the old mill.' },
      ]),
    );
    expect(claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('does not dispute a statement with a refusal to say whether it is so', () => {
    const town = [
      'The town council met on Monday to discuss the new budget. Road repairs on the north side will start in spring.',
      'The library will extend its opening hours in the summer. A new bakery opened near the station last week.',
      'The school board approved a plan for more bus routes. Farmers expect a good harvest after the wet summer.',
    ].join(' ');
    const claims = buildClaims(
      events.analyzedEvent([
        { id: 'a', source: 'A', text: 'There had not been any recent threats to the chapel, the fire chief said.' },
        { id: 'b', source: 'B', text: 'The chief declined to say whether the chapel had received any recent threats.' },
        { id: 'c', source: 'C', text: 'The chapel fire is being treated as arson, Chief Ivo Marsh said.' },
        { id: 'd', source: 'D', text: town },
      ]),
    );
    const threats = claimWith(claims, 'threats');
    expect(threats.status).toBe('corroborated');
    expect(docsOf(threats.support)).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('does not dispute two places that another document of the claim names together', () => {
    const event = (texts: string[]) => events.analyzedEvent(texts.map((text, i) => ({ id: `d${i}`, source: `Outlet ${i}`, text })));
    const village = 'A fire destroyed the old flour mill in Tarnby on Friday night.';
    const region = 'A fire destroyed the old flour mill in Norland on Friday night.';
    const both = 'The old flour mill in Tarnby, a village in Norland, burned down on Friday night.';
    expect(buildClaims(event([village, region])).map((c) => c.status)).toEqual(['disputed']);
    expect(buildClaims(event([village, region, both])).map((c) => c.status)).toEqual(['corroborated']);
  });

  it('does not dispute a street against the town or quarter it lies in', () => {
    const event = (texts: string[]) => events.analyzedEvent(texts.map((text, i) => ({ id: `d${i}`, source: `Outlet ${i}`, text })));
    const street = 'A fire destroyed the old flour mill on Tarnby Road on Friday night.';
    const quarter = 'A fire destroyed the old flour mill in Norland on Friday night.';
    const otherStreet = 'A fire destroyed the old flour mill on Mill Lane on Friday night.';
    expect(buildClaims(event([street, quarter])).map((c) => c.status)).toEqual(['corroborated']);
    expect(buildClaims(event([street, otherStreet])).map((c) => c.status)).toEqual(['disputed']);
    // A motorway is a street too: a place, but none that disputes a town.
    const motorway = 'A fire destroyed the old flour mill near Interstate Tarnby on Friday night.';
    expect(buildClaims(event([motorway, quarter])).map((c) => c.status)).toEqual(['corroborated']);
  });

  it('does not dispute a place that the other outlet names by its adjective', () => {
    const talks = (adjective: string) =>
      claimWith(
        buildClaims(
          coverageOf([
            textDoc({ id: 'a', source: 'A', text: 'Fishing quota talks between the two governments opened in Norway on Tuesday.' }),
            textDoc({
              id: 'b', source: 'B',
              text: `The two governments began their talks on fishing quotas on Tuesday in Bergen.\n\nBergen is the largest ${adjective} port on the west coast.`,
            }),
          ]),
        ),
        'fishing quota',
      ).status;
    expect(talks('Norwegian')).toBe('corroborated');
    expect(talks('Danish')).toBe('disputed');
  });

  it('does not take the day something was said for the day of what was said', () => {
    const claims = buildClaims(
      coverageOf([
        textDoc({ id: 'a', source: 'A', text: 'The flour mill in Tarnby burned down on Friday night, police said Saturday.' }),
        textDoc({ id: 'b', source: 'B', text: 'Police told reporters on Sunday that the Tarnby flour mill had burned down on Friday night.' }),
      ]),
    );
    expect(claims.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('says what made each disputed claim disputed', () => {
    const analysis = analyzeClaims(events.numberEvent());
    const disputed = analysis.claims.filter((c) => c.status === 'disputed').map((c) => analysis.conflictOf.get(c.id));
    expect(disputed).toEqual(['number']);
    expect(analysis.conflictOf.size).toBe(1);
  });

  it('judges headings by the English tagger only in English documents', () => {
    const heading = (language: string) =>
      buildClaims(coverageOf([textDoc({ id: 'a', source: 'A', language, text: 'Intro\n\nFotos aus dem Hafen von Tarnby\n\nDie Fähre fuhr am Montag wieder.' })]));
    expect(heading('de').some((c) => c.text.startsWith('Fotos aus dem Hafen'))).toBe(true);
    expect(heading('en').some((c) => c.text.startsWith('Fotos aus dem Hafen'))).toBe(false);
  });

  it('aligns sentences of a script written without spaces word by word', () => {
    const coverage = events.chineseEvent();
    const claims = buildClaims(coverage);
    expectCitationsExact(coverage, claims);
    const evacuation = claimWith(claims, '转移到安全地带');
    expect(evacuation.status).toBe('corroborated');
    expect(docsOf(evacuation.support)).toEqual(['a', 'b', 'c']);
    expect(claimWith(claims, '淹没了塔海姆老城区').sources).toBeGreaterThanOrEqual(2);
    expect(claimWith(claims, '学校将关闭').status).toBe('single-source');
  });

  it('reads Chinese and Japanese numerals: three hundred agrees with about 300, two missing disputes three', () => {
    for (const coverage of events.hanCountEvents()) {
      const claims = buildClaims(coverage);
      expectCitationsExact(coverage, claims);
      const [evacuation, missing] = claims.filter((c) => c.sources === 2);
      expect(evacuation.text).toMatch(/三百/);
      expect(evacuation.status).toBe('corroborated');
      expect(missing.status).toBe('disputed');
      expect(missing.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
    }
  });

  it('aligns German sentences on their nouns, not on the function words they share', () => {
    const coverage = events.germanEvent();
    expect(coverage.docs.map((d) => d.language)).toEqual(['de', 'de']);
    const claims = buildClaims(coverage);
    expect(claimWith(claims, 'Bäume im Stadtpark entwurzelt').status).toBe('corroborated');
    expect(claimWith(claims, 'Straße zum Hafen').status).toBe('single-source');
    expect(claimWith(claims, 'Die Schule bleibt').status).toBe('single-source');
  });

  it('aligns inflected words on their stems in the document\'s language', () => {
    const coverage = events.russianEvent();
    expect(coverage.docs.map((d) => d.language)).toEqual(['ru', 'ru']);
    const claims = buildClaims(coverage);
    const evacuation = claimWith(claims, 'власти эвакуировали');
    expect(evacuation.status).toBe('corroborated');
    expect(docsOf(evacuation.support)).toEqual(['a', 'b']);
    expect(claimWith(claims, 'Школы в районе').status).toBe('single-source');
    expect(claimWith(claims, 'Мэр пообещал').status).toBe('single-source');
  });

  it('reads a German coverage: nouns of the stopword list count, speakers are names, a count in words is disputed', () => {
    const coverage = events.germanFloodEvent();
    // The title is her role, as in English ("Mayor Anna Keller" is Anna Keller).
    expect(coverage.docs.flatMap((d) => d.statements.map((s) => s.speaker.name))).toEqual(['Anna Keller', 'Polizei', 'Sprecher', 'Polizei', 'Anna Keller']);
    expect(coverage.entities.find((e) => e.name === 'Anna Keller')?.roles).toEqual(['Bürgermeisterin']);
    const claims = buildClaims(coverage);
    expect(claimWith(claims, '300 Bewohner').status).toBe('corroborated');
    const missing = claimWith(claims, 'vermisst');
    expect(missing.status).toBe('disputed');
    expect(missing.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
    // The mayor's two sayings share only her name: two claims, each one outlet's.
    expect(claimWith(claims, 'Wir lassen niemanden').status).toBe('single-source');
    expect(claimWith(claims, 'schnell helfen').status).toBe('single-source');
  });

  it('reads a French coverage: a headline joins the claim it tells, a name and title align nothing alone', () => {
    const claims = buildClaims(events.frenchFloodEvent());
    const evacuation = claimWith(claims, 'Près de 300 habitants');
    expect(evacuation.status).toBe('corroborated');
    expect(evacuation.support.map((s) => s.text)).toContain('Crue de la Vire : trois cents habitants évacués à Saint-Lô');
    // The mayor's two sayings share "maire Julien Morel" and nothing else.
    expect(claimWith(claims, 'Personne ne sera laissé seul').status).toBe('single-source');
    expect(claimWith(claims, 'aiderait rapidement').status).toBe('single-source');
    expect(claimWith(claims, 'portées disparues').status).toBe('disputed');
  });

  it('finds who said what in French through the real stages, and disputes words given to two people', () => {
    const coverage = events.frenchSpeakerEvent();
    expect(coverage.docs.flatMap((d) => d.statements.map((s) => s.speaker.name))).toEqual(['Claire Aubert', 'Marc Levasseur']);
    const claim = claimWith(buildClaims(coverage), 'Marc Levasseur');
    expect(claim.status).toBe('disputed');
    expect(claim.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
  });

  it("leaves a language's function words and verbs of saying out of its content words", () => {
    expect(contentStems('La ministre a déclaré que le pont sera réparé', 'fr')).toEqual(['ministr', 'pont', 'répar']);
    expect(contentStems('Die Ministerin sagte, die Brücke werde repariert', 'de')).toEqual(['ministerin', 'bruck', 'repariert']);
    // Elided articles and pronouns fall away from the word they are glued to.
    expect(contentStems("Selon l'usine, qu'aucun produit ne s'était échappé de l'Arve", 'fr')).toEqual(contentStems('usine aucun produit échappé Arve', 'fr'));
  });

  /** Two German outlets' evacuation, the counts given as `a` and `b`: the verb stands far from the count. */
  const evacuation = (a: string, b: string) =>
    buildClaims(
      events.twoOutlets(
        `Die Feuerwehr hat am Dienstag in der Altstadt ${a} Bewohner in Sicherheit gebracht.`,
        `Die Feuerwehr brachte am Dienstag ${b} Bewohner aus der Altstadt in Sicherheit.`,
      ),
    );

  it('disputes a count in German on the counted word, where the verb stands far from it', () => {
    const claim = claimWith(evacuation('120', '180'), '120 Bewohner');
    expect(claim.status).toBe('disputed');
    expect(claim.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
  });

  it('reads a German count written like a year ("2000 Bewohner"), and a year before a noun as a year', () => {
    const claim = claimWith(evacuation('2000', '3000'), '2000 Bewohner');
    expect(claim.status).toBe('disputed');
    expect(claim.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
    expect(claimWith(evacuation('rund 1900', 'etwa 1950'), '1900 Bewohner').status).toBe('corroborated');
    const counts = (text: string) => extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set(), language: 'de' }).numbers.map((n) => n.unit);
    expect(counts('Er ist seit 2015 Bürgermeister der Stadt.')).toEqual([]);
    expect(counts('Im Mai 2000 begann der Umbau.')).toEqual([]);
    expect(counts('Rund 1900 Einsatzkräfte waren unterwegs.')).toEqual(['einsatzkraft']);
  });

  it('reads counts spelled out and their qualifiers in the document\'s language', () => {
    // "zwei" against "drei": a number dispute, as "two" against "three" in English.
    expect(claimWith(evacuation('zwei', 'drei'), 'zwei Bewohner').status).toBe('disputed');
    // "mehr als 120" (more than 120) is a bound that 180 meets: the outlets agree.
    expect(claimWith(evacuation('mehr als 120', '180'), '120 Bewohner').status).toBe('corroborated');
    expect(claimWith(evacuation('etwa 170', '180'), '170 Bewohner').status).toBe('corroborated');
  });

  it('leaves out of the sides of a number dispute a sentence that counts it of someone else', () => {
    const coverage = coverageOf([
      textDoc({ id: 'a', source: 'A', text: 'Firefighters said 12 people were injured in the blaze at the Orton mill on Friday.' }),
      textDoc({ id: 'b', source: 'B', text: 'Firefighters said 18 people were injured in the blaze at the Orton mill on Friday.' }),
      textDoc({ id: 'c', source: 'C', text: 'Firefighters said 40 people were injured in the blaze at the Kessel mill in 2019.' }),
    ]);
    const claim = claimWith(buildClaims(coverage), '18 people');
    expect(claim.status).toBe('disputed');
    expect(claim.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
  });

  it('reads a name that is what a figure counts as no subject shared by two sentences ("on the Richter scale")', () => {
    const coverage = events.twoOutlets(
      'Seismologists at Varn University registered a quake measuring 3.8 on the Richter scale near the capital on Monday.',
      'In February a quake measuring 6.4 on the Richter scale struck the town of Zarand, seismologists said.',
    );
    expect(buildClaims(coverage).filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('reads a sentence opening with a pronoun as about what the sentence before it names', () => {
    const coverage = events.twoOutlets(
      'Lena Ortiz caught nine passes in the win over the Hawks on Sunday. She has 41 catches this season for her club.',
      'Receiver Marta Quill has 28 catches this season for her club.',
    );
    expect(buildClaims(coverage).filter((c) => c.status === 'disputed')).toEqual([]);
    // Told of one player by both outlets, the counts do dispute.
    const same = events.twoOutlets(
      'Marta Quill caught nine passes in the win over the Hawks on Sunday. She has 41 catches this season for her club.',
      'Receiver Marta Quill has 28 catches this season for her club.',
    );
    expect(claimWith(buildClaims(same), '28 catches').status).toBe('disputed');
  });

  it('does not dispute two tallies that share no figure: they count different frames', () => {
    const claims = buildClaims(events.twoOutlets(
      'Moreno hit 13 home runs and drove in 43 runs in 54 games for the Harbor Sharks after the trade.',
      'Moreno hit 33 home runs and drove in 121 runs in 157 games for the Harbor Sharks and the Pilots.',
    ));
    expect(claims.filter((c) => c.status === 'disputed')).toEqual([]);
    // A count out of a total is exact: "30 of 207" is no rounded 28.
    const rounds = buildClaims(events.twoOutlets(
      'In the third round, Vega landed 28 of her 68 punches thrown, while Osei landed just 1 of 16.',
      'Over the whole fight, Vega landed 178 of 369 punches thrown, while Osei landed just 30 of 207.',
    ));
    expect(rounds.filter((c) => c.status === 'disputed')).toEqual([]);
  });

  it('gives a count to the person a lone surname stands for, as the coverage names them in full', () => {
    const coverage = events.twoOutlets(
      'Tomas Berg ran for 180 yards and two touchdowns as the Harbor Hawks beat the Gulls on Sunday.',
      'The Harbor Hawks beat the Gulls 24-10 on Sunday behind Berg’s 180 yards rushing.',
    );
    const yards = buildUnits(coverage).map((u) => u.features.numbers.find((n) => n.unit === 'yard'));
    expect(yards.map((n) => n?.who)).toEqual([expect.any(String), expect.any(String)]);
    expect(yards[0]?.who).toBe(yards[1]?.who);
  });

  /** The claim holding `words` when outlet A writes `a` and outlet B writes `b`. */
  const claimOfTwo = (a: string, b: string, words: string) => claimWith(buildClaims(events.twoOutlets(a, b)), words);
  /** A denial disputes what it denies, each outlet on its own side. */
  const expectDenialDispute = (claim: Claim) => {
    expect(claim.status).toBe('disputed');
    expect(claim.sides!.map((side) => docsOf(side.support))).toEqual([['a'], ['b']]);
  };

  it('disputes an assertion and its negation in German, and a denial in French', () => {
    const german = claimOfTwo(
      'Die neue Brücke über die Selbe wurde beim Hochwasser beschädigt, und der Verkehr wird mit der Bahn umgeleitet.',
      'Die neue Brücke über die Selbe wurde beim Hochwasser nicht beschädigt, sagte die Stadt, die auch den Verkehr prüft.',
      'nicht beschädigt',
    );
    expect(german.status).toBe('disputed');
    expectDenialDispute(claimOfTwo(
      "L'usine chimique de Brévannes a rejeté des produits toxiques dans la rivière.",
      "Le directeur a démenti que l'usine chimique de Brévannes ait rejeté des produits toxiques dans la rivière.",
      'a démenti',
    ));
  });

  it('disputes an assertion and its negation in Russian and Swedish, and a denial in Polish', () => {
    const russian = claimOfTwo(
      'Новый мост через реку Сельба был повреждён паводком во вторник.',
      'Новый мост через реку Сельба не был повреждён паводком, сообщили в администрации города.',
      'не был повреждён',
    );
    expect(russian.status).toBe('disputed');
    expectDenialDispute(claimOfTwo(
      'Zakłady chemiczne w Brzeźnie zrzuciły nocą toksyczne ścieki do rzeki Olszy.',
      'Dyrektor zaprzeczył, że zakłady chemiczne w Brzeźnie zrzuciły toksyczne ścieki do rzeki Olszy.',
      'zaprzeczył',
    ));
    const swedish = claimOfTwo(
      'Den nya bron över Selån skadades av översvämningen, säger räddningstjänsten.',
      'Den nya bron över Selån skadades inte av översvämningen, uppger kommunen, som säger att det är källarna som är problemet.',
      'skadades inte',
    );
    expect(swedish.status).toBe('disputed');
  });

  it('survives empty and degenerate input', () => {
    expect(buildClaims(coverageOf([]))).toEqual([]);
    const odd = coverageOf([
      textDoc({ id: 'empty', source: 'A', text: '' }),
      textDoc({ id: 'noise', source: 'B', text: '\u0000\u0001 ))) ((( 12 12 12 %%% $$$\n\n' + 'word '.repeat(5000) }),
    ]);
    expect(() => buildClaims(odd)).not.toThrow();
  });
});

describe('clauses and their polarity', () => {
  const clauses = (text: string) =>
    extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set() }).clauses.map((c) => ({ stems: c.stems.join(' '), negative: c.negative, denial: c.denial }));

  it('keeps the source apart from what it says, and a denial with what it denies', () => {
    expect(clauses('The agency denied that the levee had been breached.')).toEqual([
      { stems: 'agenc', negative: false, denial: false },
      { stems: 'leve breach', negative: true, denial: true },
    ]);
  });

  it('scopes a negation to its clause, and a negated verb of saying to what follows it', () => {
    expect(clauses('Farmers said the levee broke, but nobody saw it.').map((c) => c.negative)).toEqual([false, false, true]);
    expect(clauses('Nobody was hurt in the blaze, which destroyed the warehouse.').map((c) => c.negative)).toEqual([true, false]);
    expect(clauses('The lawyers reached the defendant, as he did not hide.').map((c) => c.negative)).toEqual([false, true]);
    expect(clauses('The mayor did not say the bridge would close.')).toEqual([
      { stems: 'mayor', negative: false, denial: false },
      { stems: 'bridg close', negative: true, denial: false },
    ]);
  });

  it('leaves a negation that ends a quotation with the quotation, not with the verb of saying after it', () => {
    expect(clauses('“The dam will not fail,” said the engineer.').map((c) => c.negative)).toEqual([true, false]);
    const polarity = clauses('“The dam will hold,” said the engineer, who did not say why.').map((c) => c.negative);
    expect([polarity[0], polarity[polarity.length - 1]]).toEqual([false, true]);
  });

  it('marks an indirect question, which asserts nothing either way', () => {
    const asks = (text: string) => extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set() }).clauses.map((c) => Boolean(c.asks));
    expect(asks('The chief declined to say whether the chapel had received threats.')).toEqual([false, true]);
    expect(asks('Reporters asked if the chapel had received threats.')).toEqual([false, true]);
    expect(asks('If the river rises, the chapel will flood.')).toEqual([false]);
    expect(asks('The chapel had received threats, the chief said.')).toEqual([false, false]);
    expect(asks('Nobody could tell whether the chapel was locked.')).toEqual([false, false, true]);
  });

  it('reads "yet to" as a negation, so "had yet to" and "had not yet" agree', () => {
    expect(clauses('The pilot had yet to regain consciousness.').map((c) => c.negative)).toEqual([true]);
    expect(clauses('The pilot had not yet regained consciousness.').map((c) => c.negative)).toEqual([true]);
    expect(clauses('The pilot was ready to regain control, yet the storm grew.').some((c) => c.negative)).toBe(false);
  });

  it('reads contractions spaced by tokenised text or written without their apostrophe, and not "No." before a number', () => {
    expect(clauses('The case hadn ’ t been submitted by Tuesday.').map((c) => c.negative)).toEqual([true]);
    expect(clauses('The crew didnt reach the summit.').map((c) => c.negative)).toEqual([true]);
    expect(clauses('The No. 1 team won again.').map((c) => c.negative)).toEqual([false]);
    expect(clauses('No 2 teams played alike.').map((c) => c.negative)).toEqual([false]);
    expect(clauses('No rescue team reached them.').map((c) => c.negative)).toEqual([true]);
  });

  it('tells a denial of something said from a refusal', () => {
    expect(clauses('The court denied an appeal from the city.').some((c) => c.denial)).toBe(false);
    expect(clauses('The minister denied paying the contractor.').some((c) => c.denial)).toBe(true);
  });

  it('reads a refusal of something asked for as no negation: it says what "turned down" says', () => {
    expect(clauses('The prosecutor denied a defence offer to settle.').some((c) => c.negative)).toBe(false);
    expect(clauses('The prosecutor denied the report.').some((c) => c.negative)).toBe(true);
  });

  it('reads "pleaded not guilty" as the name of a plea, not as a negation', () => {
    expect(clauses('The driver pleaded not guilty to both charges.').some((c) => c.negative)).toBe(false);
    expect(clauses('The driver pleads no contest.').some((c) => c.negative)).toBe(false);
    expect(clauses('The driver did not plead guilty.').some((c) => c.negative)).toBe(true);
  });

  it('reads "nobody else" as saying something of the subject, not denying it', () => {
    expect(clauses('Nobody else can carry both loads.').some((c) => c.negative)).toBe(false);
    expect(clauses('Nobody can carry both loads.').some((c) => c.negative)).toBe(true);
  });
});

describe('numbers', () => {
  const numbers = (text: string) =>
    extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set() }).numbers.map((n) => ({ low: n.low, high: n.high, unit: n.unit }));

  it('reads two numbers joined by a dash as one value spanning both: a range, a score or a record', () => {
    expect(numbers('Between 10-12 people were injured.')).toEqual([{ low: 5, high: 12.5, unit: 'peopl' }]);
    expect(numbers('The Rovers won 3 – 1 in the final.').map((n) => [n.low, n.high])).toEqual([[0.5, 3.5]]);
    expect(numbers('The jury was split 9 - 3 votes.')).toHaveLength(1);
  });

  it('joins "twenty three" but not the digits of a score', () => {
    expect(numbers('Twenty three boats sank.').map((n) => n.low)).toEqual([22.5]);
    expect(numbers('They lost 20-3 at home.').map((n) => [n.low, n.high])).toEqual([[2.5, 25]]);
  });

  const mentions = (text: string) => extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set() }).numbers;
  const disagree = (a: string, b: string) => numbersDisagree(mentions(a), mentions(b));

  it('does not dispute a count when the sentence also gives the other count of the other thing', () => {
    const shots = 'The two guards fired 11 shots — seven bullets entered the car, three of them from the rear.';
    const bullets = 'The car was hit in the back by three of the seven bullets fired by the guards.';
    expect(disagree(shots, bullets)).toBe(false);
    // Without the shared figure the counts still conflict.
    expect(disagree('The two guards fired 11 shots at the car.', bullets)).toBe(true);
  });

  it('reads no count in a length of time that dates something', () => {
    expect(numbers('The strike began 12 days ago, and 40 people were evacuated.')).toEqual([{ low: 35, high: 45, unit: 'peopl' }]);
    expect(disagree('The siege began 12 days ago.', 'The siege began 11 days ago.')).toBe(false);
    expect(numbers('The talks lasted 12 days.').map((n) => n.unit)).toEqual(['dai']);
  });

  it('reads no count in how long something ongoing has lasted', () => {
    expect(disagree('The city was calm after eight days of riots.', 'Shops reopened after four days of riots.')).toBe(false);
    expect(numbers('Twelve days into the strike, 40 workers were dismissed.').map((n) => n.unit)).toEqual(['worker']);
    expect(numbers('He served five years in prison.').map((n) => n.unit)).toEqual(['year']);
  });

  it('reads no count in one member of a set', () => {
    expect(disagree('Nile Net is one of the largest providers hit by the outage.', 'Nile Net and Delta Link are two of the largest providers hit by the outage.')).toBe(false);
    expect(numbers('One of the three boats sank.').map((n) => n.low)).toEqual([2.5]);
    expect(numbers('One boat sank.').map((n) => n.unit)).toEqual(['boat']);
  });

  it('reads no count in what was required', () => {
    expect(disagree('Okafor needed nine points to pass the record.', 'Okafor scored 20 points to pass the record.')).toBe(false);
    expect(numbers('The bill needs at least 60 votes, and 55 senators backed it.').map((n) => n.unit)).toEqual(['senat']);
  });

  it('measures a distance from the place named after its direction', () => {
    expect(disagree('The quake was centred 13 miles east of Brackenford.', 'The quake was centred two miles east of Ullerby.')).toBe(false);
    expect(disagree('The quake was centred 13 miles east of Brackenford.', 'The quake was centred 20 miles east of Brackenford.')).toBe(true);
    expect(mentions('It struck 40 km north-east of the capital, Ostrava.')[0].predicate).toBe('north east capit');
    // Distances of two things from one place ("the plant" and "a farmer") are no conflict.
    expect(disagree('Staff left the plant, about 15 miles north of Brackenford.', 'A farmer 50 miles north of Brackenford saw the van.')).toBe(false);
    expect(disagree('The plant is about 15 miles north of Brackenford.', 'A farmer 50 miles north of Brackenford saw the van.')).toBe(false);
    expect(disagree('Staff left the plant, about 15 miles north of Brackenford.', 'Staff left the plant 50 miles north of Brackenford.')).toBe(true);
  });

  it('tells apart counts told of different people, but not counts that people report', () => {
    // The entities stage's person mentions, as the units pass them: by entity id.
    const told = (text: string, ...names: [string, string][]) =>
      extractFeatures(text, 0, {
        vocabulary: new Set(),
        compounds: new Set(),
        people: names.map(([name, who]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, who })),
      }).numbers;
    const carter = told('Ada Carter scored 14 points in the final.', ['Ada Carter', 'e1']);
    const vance = told('Bo Vance scored 11 points in the final.', ['Bo Vance', 'e2']);
    expect(carter[0].who).toBe('e1');
    expect(numbersDisagree(carter, vance)).toBe(false);
    expect(numbersDisagree(carter, told('Carter scored 11 points in the final.', ['Carter', 'e1']))).toBe(true);
    const said = (text: string, name: string, who: string) => told(text, [name, who]);
    expect(said('Ada Carter said 14 people were evacuated.', 'Ada Carter', 'e1')[0].who).toBeUndefined();
    // The language's own verbs of saying count too.
    const german = extractFeatures('Anna Weber sagte 30 Bewohner seien evakuiert worden.', 0, {
      vocabulary: new Set(),
      compounds: new Set(),
      language: 'de',
      people: [{ start: 0, end: 10, who: 'e3' }],
    }).numbers;
    expect(german.map((n) => n.who)).toEqual([undefined]);
    expect(numbersDisagree(said('Ada Carter said 14 people were evacuated.', 'Ada Carter', 'e1'), said('Bo Vance said 30 people were evacuated.', 'Bo Vance', 'e2'))).toBe(true);
  });

  it('tells kinds of one thing apart by the noun before the head noun', () => {
    // "ladder" and "fire" are nouns naming kinds of truck; "strong" only describes the aftershocks.
    expect(disagree('Crews brought three ladder trucks.', 'Crews brought 31 fire trucks.')).toBe(false);
    expect(mentions('Crews brought three ladder trucks.')[0]).toMatchObject({ unit: 'ladder', predicate: 'truck', head: true });
    expect(disagree('Three strong aftershocks were felt.', 'It was followed by four strong aftershocks.')).toBe(true);
    expect(disagree('Crews brought three fire trucks.', 'Crews brought 31 fire trucks.')).toBe(true);
  });

  it('does not compare a count naming a kind of thing with a count of the thing itself', () => {
    // "a 9-yard touchdown run" names a kind of touchdown; "ran 40 yards for a touchdown" tells how far a run went.
    const kind = 'Osei capped the drive with a 9 - yard touchdown run.';
    const distance = 'Osei broke free and ran 40 yards for a touchdown.';
    expect(mentions(kind)[0]).toMatchObject({ unit: 'yard', head: true });
    expect(mentions(distance)[0]).toMatchObject({ unit: 'yard', predicate: mentions(kind)[0].predicate });
    expect(disagree(kind, distance)).toBe(false);
    expect(disagree(kind, 'Osei capped the drive with a 12 - yard touchdown run.')).toBe(true);
  });

  it('counts the noun after a nationality', () => {
    expect(mentions('Five Israeli soldiers lost their lives.').map((n) => [n.unit, n.predicate])).toEqual([['soldier', 'lost']]);
    expect(mentions('Three Chinese were killed.').map((n) => [n.unit, n.predicate])).toEqual([['chines', 'kill']]);
  });

  it('compares counts of different things only by what happened to them, not by a complement they share', () => {
    // "for life" and "of life" say what the counts are about, not what was done to them.
    expect(disagree('He received four sentences of life without parole.', 'Nine jurors backed death, with three voting for life without parole.')).toBe(false);
    expect(disagree('Twelve people were evacuated.', 'Some 30 residents were evacuated.')).toBe(true);
    // A complement still tells counts of one thing apart.
    expect(disagree('The ship was 13 nautical miles from the warship.', 'The ship was 30 nautical miles from the warship.')).toBe(true);
  });

  it('reads a thousands comma set apart by a space as part of the number', () => {
    expect(numbers('The wave killed 230, 000 people.')).toEqual([{ low: 225000, high: 235000, unit: 'peopl' }]);
  });

  it('reads a decimal point set apart by a space as part of the number', () => {
    const bounds = (text: string) => numbers(text).map((n) => [n.low, n.high].map((x) => Number(x.toFixed(6))));
    expect(bounds('A magnitude 5. 9 earthquake shook the island.')).toEqual([[5.85, 5.95]]);
    expect(bounds('The bridge cost $27. 5 million.')).toEqual([[27_450_000, 27_550_000]]);
  });

  it('disputes one figure of one wording whose other figures agree, and not of two tallies that share a figure', () => {
    const told = (magnitude: string) => mentions(`A magnitude ${magnitude} quake struck Varn island, home to 120,000 people.`);
    expect(numbersDisagree(told('6.1'), told('5.9'), true, true)).toBe(true);
    expect(numbersDisagree(told('6.1'), told('6.1'), true, true)).toBe(false);
    const season = 'Okafor caught 52 passes for 440 yards and two touchdowns this season.';
    const game = 'Okafor caught eight passes for 66 yards and two touchdowns.';
    expect(disagree(season, game)).toBe(false);
    expect(disagree(season, 'Okafor caught eight passes for 66 yards.')).toBe(true);
    // An agreeing figure of the same quantity settles it even in one wording: "from 6 feet to 3 feet" and "3 feet instead of 6".
    expect(numbersDisagree(mentions('The water fell from 6 feet to 3 feet.'), mentions('The water fell to 3 feet from 6 feet.'), true, true)).toBe(false);
  });

  it('reads no count in a rank or a label after a number sign', () => {
    expect(numbers('They could still take the #1 seed, and they beat the No. 1 team twice.')).toEqual([]);
    expect(numbers('Nr. 5 traf zweimal.')).toEqual([]);
    // "No one" is no number sign: it counts no people, and the cars stay three.
    expect(numbers('No one saw the 3 cars.')).toEqual([{ low: -0.5, high: 0.5, unit: 'peopl' }, { low: 2.5, high: 3.5, unit: 'car' }]);
  });

  it('reads a number after a capitalised word inside a sentence as part of a name', () => {
    expect(disagree('The laptop has Intel HD Graphics 4000 built in.', 'The laptop moves up from Intel HD Graphics 3000 this year.')).toBe(false);
    expect(numbers('Internet Explorer 7 users were hit, and the car left Route 52 near the exit.')).toEqual([]);
    expect(numbers('He lost a fumble on the Colts 16-yard line.')).toEqual([]);
    // A headline in title case, and a count after a sentence's first word, are still counts.
    expect(numbers('Quake Kills 12 Villagers')).toEqual([expect.objectContaining({ low: 11.5, high: 12.5 })]);
    expect(numbers('Police said 12 people were injured.')).toEqual([expect.objectContaining({ unit: 'peopl' })]);
  });

  it('reads no count in a set phrase with "one"', () => {
    expect(numbers('At one point he was on the list, and one day he ran.')).toEqual([]);
    expect(disagree('At one point he was on the FBI list.', 'He was placed on the FBI list of 10 fugitives.')).toBe(false);
  });

  it('reads no count in a time of day or a game clock', () => {
    expect(numbers('The gunman walked in at about 4 p.m. and staff left at 5:30 p.m.')).toEqual([]);
    expect(numbers('He scored with 7: 42 left, and 12 people were hurt at 2:09 a.m.')).toEqual([{ low: 11.5, high: 12.5, unit: 'peopl' }]);
    expect(disagree('The shot came with 7:42 left in the half.', 'The shot came with 7:41 left in the half.')).toBe(false);
  });

  it('reads what a number counts within its phrase: not across a comma or a bracket', () => {
    const [seasons, seven] = mentions('Kell played for the club for 11 seasons and coached for seven, then was named manager.');
    expect([seasons.unit, seven.unit, seven.predicate]).toEqual(['season', '', undefined]);
    expect(mentions('The crater was two metres (6 feet) wide.').map((n) => [n.unit, n.predicate])).toEqual([['metr', undefined], ['feet', undefined]]);
  });

  it('reads a count that is part of another ("12 of 40 miners") as counting nothing of its own', () => {
    expect(mentions('Rescuers brought 12 of 40 trapped miners to the surface.').map((n) => n.unit)).toEqual(['', 'trap']);
    expect(disagree('Rescuers brought 12 of 40 trapped miners to the surface.', 'Rescuers brought all 40 trapped miners to the surface.')).toBe(false);
    expect(disagree('Rescuers brought 12 trapped miners to the surface.', 'Rescuers brought 40 trapped miners to the surface.')).toBe(true);
    // Two numbers side by side are not a part and its whole.
    expect(mentions('The quake had a depth of 1. 2 miles.')[0].unit).toBe('mile');
  });

  it('compares counts of different words for the same people, but never measures in different units', () => {
    expect(disagree('Some 1,800 people were evacuated.', 'About 1,200 residents were evacuated.')).toBe(true);
    expect(disagree('The crater was two metres wide.', 'The crater was 6.6 feet wide.')).toBe(false);
    expect(disagree('They went on a 73-yard drive.', 'They went on a 13-play drive.')).toBe(false);
  });

  it('reads the measure after a modifier as the unit: "13 nautical miles", "189 rushing yards"', () => {
    expect(mentions('The ship was 13 nautical miles from the warship.').map((n) => [n.unit, n.predicate])).toEqual([['mile', 'warship']]);
    expect(disagree('The ship was 13 nautical miles from the warship.', 'The attack took place 150 nautical miles off Aden.')).toBe(false);
    expect(disagree('The ship was 13 nautical miles from the warship.', 'The ship was 30 nautical miles from the warship.')).toBe(true);
  });

  it('reads numbers with a decimal comma in the languages that write them so', () => {
    const value = (text: string, language: string) =>
      extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set(), language }).numbers.map((n) => (n.low + n.high) / 2);
    expect(value('Die Feuerwehr brachte 1.800 Menschen in Sicherheit.', 'de')).toEqual([1800]);
    expect(value('Der Pegel stieg um 1,8 Meter.', 'de')).toEqual([1.8]);
    expect(value('They brought 1,800 people to safety.', 'en')).toEqual([1800]);
    // Thousands grouped by a space (plain, no-break or narrow), but not a year and the count after it.
    expect(value('Эвакуированы 1 800 жителей и 12 000 000 рублей.', 'ru')).toEqual([1800, 12e6]);
    expect(value('Les 1\u00a0800 habitants, 2\u202f500 maisons.', 'fr')).toEqual([1800, 2500]);
    expect(value('En 2019 500 personnes ont fui.', 'fr')).toEqual([500]);
  });

  it('reads Russian, Ukrainian and Polish counts: spaced thousands, declined number words, qualifiers', () => {
    const outlets = (language: string, sentence: (count: string) => string, a: string, b: string) =>
      buildClaims(
        events.twoOutlets(sentence(a), sentence(b)),
      );
    const ru = (count: string) => `Во вторник спасатели эвакуировали ${count} жителей прибрежных кварталов Тарнбю.`;
    expect(outlets('ru', ru, '1 200', '1 800')[0].status).toBe('disputed');
    expect(outlets('ru', ru, '1 800', '1800')[0].status).toBe('corroborated');
    expect(outlets('ru', ru, 'более двух тысяч', '2500')[0].status).toBe('corroborated');
    expect(outlets('ru', ru, 'двести', 'триста')[0].status).toBe('disputed');
    const uk = (count: string) => `У вівторок рятувальники евакуювали ${count} мешканців прибережних вулиць Тарнбю.`;
    expect(outlets('uk', uk, 'близько 300', '320')[0].status).toBe('corroborated');
    expect(outlets('uk', uk, 'двісті', '900')[0].status).toBe('disputed');
    const pl = (count: string) => `We wtorek strażacy ewakuowali ${count} mieszkańców nadbrzeżnych ulic Tarnby.`;
    expect(outlets('pl', pl, 'ponad dwa tysiące', '1 200')[0].status).toBe('disputed');
    expect(outlets('pl', pl, 'około 1 200', '1150')[0].status).toBe('corroborated');
  });

  it('reads Chinese and Japanese numerals, with their units and group units, only before a counter', () => {
    const read = (text: string, language: string) =>
      extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set(), language }).numbers.map((n) => [text.slice(n.start, n.end), (n.low + n.high) / 2, n.unit]);
    expect(read('洪水导致十二人死亡，一百二十五人受伤。', 'zh')).toEqual([['十二', 12, '人'], ['一百二十五', 125, '人']]);
    expect(read('1.5万户停电，两人失踪。', 'zh')).toEqual([['1.5万', 15000, '户'], ['两', 2, '人']]);
    // "一些" (some) and "十分" (very) start like numerals but no counter follows.
    expect(read('一些居民十分担心。', 'zh')).toEqual([]);
    expect(read('住民三百人が避難した。', 'ja')).toEqual([['三百', 300, '人']]);
  });

  it("reads dates with chrono-node's parser for the document's language, and only those that name a day", () => {
    const dates = (text: string, language: string) =>
      extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set(), language, published: new Date('2024-05-10T09:00:00Z') }).dates.map((d) => [d.text, d.iso]);
    expect(dates('Der Bau begann am 2. März 2024 und endete gestern.', 'de')).toEqual([['am 2. März 2024', '2024-03-02'], ['gestern', '2024-05-09']]);
    expect(dates('Il a plu pendant deux heures mardi.', 'fr')).toEqual([['mardi', '2024-05-07']]);
  });

  it('reads "today" in quoted words as the speaker\'s day, not the publication\'s', () => {
    // Each capture carries its dateline, which the extract stage reads as the publication date.
    const report = (published: string, sentence: string) => `Harbour budget signed\nPublished: ${published}\n\n${sentence}`;
    const speech = buildClaims(events.twoOutlets(
      report('March 4, 2024', 'Protesters outside the Portwick town hall chanted “sign the harbour budget today” for an hour.'),
      report('March 5, 2024', 'Dozens of protesters chanted “sign the harbour budget today” outside the Portwick town hall.'),
    ));
    expect(speech.filter((c) => c.status === 'disputed')).toEqual([]);
    // Inside a quotation the statements stage found, its marks in other sentences, too.
    const context = { vocabulary: new Set<string>(), compounds: new Set<string>(), language: 'en', published: new Date('2024-03-04T09:00:00Z') };
    const text = 'We will sign the harbour budget today, she said.';
    expect(extractFeatures(text, 0, context).dates.map((d) => d.iso)).toEqual(['2024-03-04']);
    expect(extractFeatures(text, 0, { ...context, quoted: [{ start: 0, end: 38 }] }).dates).toEqual([]);
    // Told by the outlets themselves, one day read from two publication dates still differs.
    const narrative = buildClaims(events.twoOutlets(
      report('March 4, 2024', 'The council of Portwick signed the harbour budget today after a long debate.'),
      report('March 5, 2024', 'The Portwick council signed the harbour budget today after a long and heated debate.'),
    ));
    expect(claimWith(narrative, 'harbour budget today').status).toBe('disputed');
  });

  it('places no stretch longer than a day on a day, unless a day is named in it', () => {
    const dates = (text: string) =>
      extractFeatures(text, 0, { vocabulary: new Set(), compounds: new Set(), language: 'en', published: new Date('2024-05-10T09:00:00Z') }).dates.map((d) => d.text);
    expect(dates('He was fired last week and came back this year, two weeks ago.')).toEqual([]);
    expect(dates('He was fired on Monday last week, three days ago.')).toEqual(['on Monday last week', 'three days ago']);
  });

  it('reads what happened to a count before it when nothing after it in its phrase says', () => {
    const [four] = mentions('The quake struck on Sunday, killing four people, injuring dozens.');
    const [one] = mentions('The quake killed one person and injured dozens of others.');
    expect([four.predicate, one.predicate]).toEqual(['kill', 'kill']);
    expect(disagree('The quake struck on Sunday, killing four people, injuring dozens.', 'The quake killed one person and injured dozens of others.')).toBe(true);
  });

  it('never compares sums in different currencies', () => {
    expect(disagree('Robbers took jewels worth $108 million.', 'Robbers took jewels worth 85 million euros.')).toBe(false);
    expect(disagree('Robbers took jewels worth 85 million euros.', 'Robbers took jewels worth $108 million.')).toBe(false);
  });

  it('compares one of counts that add up only with another such count', () => {
    expect(mentions('Two women and one man died in the bank.').map((n) => n.part)).toEqual([true, true]);
    expect(disagree('Two women and one man died in the bank.', 'Three people died in the bank.')).toBe(false);
    expect(disagree('Sailors held 12 Somali and 11 Yemeni men.', 'Sailors held 23 Somali men.')).toBe(false);
    expect(disagree('Two women and one man died in the bank.', 'Four women and two men died in the bank.')).toBe(true);
  });
});

describe('mutualBestPairs', () => {
  it('pairs two sentences only when each is the other one’s best match in its document', () => {
    const units = buildUnits(
      coverageOf([
        textDoc({ id: 'a', source: 'A', text: 'Some 1,800 people were evacuated from the low streets.' }),
        textDoc({ id: 'b', source: 'B', text: 'About 1,200 residents were evacuated from their homes.\n\nLast spring 300 homes were evacuated upstream.' }),
      ]),
    );
    const [a, b1, b2] = units;
    const counterparts = mutualBestPairs(units, [
      { a: 0, b: 1, score: 0.5 },
      { a: 0, b: 2, score: 0.3 },
    ]);
    expect(counterparts(a, b1)).toBe(true);
    expect(counterparts(b1, a)).toBe(true);
    expect(counterparts(a, b2)).toBe(false);
  });
});

describe('SourceIndependence', () => {
  it('joins two documents whose sentences are near copies, whatever their ids hold, and leaves a third alone', () => {
    const story = [
      'Engineers opened the spillway gates of the Halden dam early on Tuesday morning.',
      'Some 1,800 residents of the lower town were moved to the sports hall overnight.',
      'The provincial government set up an emergency fund for the flooded households.',
    ];
    const docs = [
      textDoc({ id: 'wire/story 1.txt', source: 'Wire', text: story.join(' ') }),
      // The same sentences, one word changed in each: a copy edited by a second outlet.
      textDoc({ id: 'daily/story 1.txt', source: 'Daily', text: story.map((s) => s.replace(/the /, 'its ')).join(' ') }),
      textDoc({ id: 'own report.txt', source: 'Gazette', text: 'Our reporter watched the water reach Mill Lane at seven, and hundreds left their homes.' }),
    ];
    const coverage = coverageOf(docs);
    const independence = new SourceIndependence(coverage, buildUnits(coverage));
    expect(independence.groupOf('daily/story 1.txt')).toBe(independence.groupOf('wire/story 1.txt'));
    expect(independence.groupOf('own report.txt')).not.toBe(independence.groupOf('wire/story 1.txt'));
  });
});
