import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/types.js';
import { findMentions, linkSpeakers, resolveEntities } from '../../src/entities/index.js';
import { textDoc } from '../helpers/docs.js';

const makeDoc = (id: string, text: string) => textDoc({ id, source: id, text });

function mentionsOf(text: string) {
  const doc = makeDoc('d', text);
  return findMentions(doc).map((m) => ({ text: m.text, type: m.type, role: m.role, span: text.slice(m.start, m.end) }));
}

describe('findMentions', () => {
  it('separates the role from the name and types the name', () => {
    const found = mentionsOf('Eastmark Governor Marta Okonjo visited Marrow Fen with Finance Minister Aino Dahl on Tuesday.');
    expect(found).toContainEqual({ text: 'Marta Okonjo', type: 'person', role: 'Eastmark Governor', span: 'Marta Okonjo' });
    expect(found).toContainEqual({ text: 'Aino Dahl', type: 'person', role: 'Finance Minister', span: 'Aino Dahl' });
    expect(mentionsOf('Orbis CTO Lina Varga spoke.')).toContainEqual({ text: 'Lina Varga', type: 'person', role: 'Orbis CTO', span: 'Lina Varga' });
  });

  it('separates a role that holds an organisation\'s word from the person named after it', () => {
    const found = mentionsOf('Harwick Police Chief Oren Tally met Police Constable Mira Solberg. The Harwick Police Department said nothing.');
    expect(found).toContainEqual({ text: 'Oren Tally', type: 'person', role: 'Harwick Police Chief', span: 'Oren Tally' });
    expect(found).toContainEqual({ text: 'Mira Solberg', type: 'person', role: 'Police Constable', span: 'Mira Solberg' });
    expect(found).toContainEqual({ text: 'Harwick Police Department', type: 'organization', role: undefined, span: 'Harwick Police Department' });
  });

  it('ends an owner\'s name at its possessive when a person\'s name follows ("the Harbor Times\'s Nell Ashby")', () => {
    const found = mentionsOf('The Harbor Times’s Nell Ashby wrote that Kessel Foods’s Corp would close.');
    expect(found.map((m) => m.span)).toEqual(['Harbor Times', 'Nell Ashby', 'Kessel Foods’s Corp']);
    expect(found[1].type).toBe('person');
  });

  it('ends an owner\'s name at its possessive before a surname the text gives a first name ("Orbis\'s Varga")', () => {
    const found = mentionsOf('Lina Varga leads the unit. Orbis’s Varga said the plant would stay. Samaritan’s Purse sent tents; Kessel’s Corp did not.');
    expect(found.map((m) => m.span)).toEqual(['Lina Varga', 'Orbis', 'Varga', 'Samaritan’s Purse', 'Kessel’s Corp']);
  });

  it('keeps a name "of" a place whole, and reads a role "of" a place as no person', () => {
    const found = mentionsOf('The Bank of America branch shut as storms crossed the Gulf of Mexico. The Governor of Alaska flew in with Secretary of State Ilse Brandt.');
    expect(found).toContainEqual(expect.objectContaining({ span: 'Bank of America', type: 'organization' }));
    expect(found).toContainEqual(expect.objectContaining({ span: 'Gulf of Mexico', type: 'place' }));
    expect(found.find((m) => m.span === 'Alaska')).toMatchObject({ role: undefined });
    expect(found.find((m) => m.span === 'Alaska')?.type).not.toBe('person');
    expect(found).toContainEqual(expect.objectContaining({ span: 'Ilse Brandt', type: 'person', role: 'Secretary of State' }));
  });

  it('reads a name that opens with a place word as a place ("Avenue Montaigne", "Lake Orr")', () => {
    const found = mentionsOf('The van stopped on the busy Avenue Delmont, then drove to Lake Orr and Mount Calder.');
    expect(found.map((m) => [m.span, m.type])).toEqual([
      ['Avenue Delmont', 'place'],
      ['Lake Orr', 'place'],
      ['Mount Calder', 'place'],
    ]);
    expect(mentionsOf('The crash closed the Tarnby Freeway for an hour.').map((m) => [m.span, m.type])).toEqual([['Tarnby Freeway', 'place']]);
  });

  it('reads a title word alone as a surname when the text writes it after a given name', () => {
    const text = 'Police said Orla King saw it. King told reporters she heard shots. The King of Jordan arrived. Finance Minister Aino Dahl spoke.';
    const kings = findMentions(makeDoc('d', text)).filter((m) => m.text === 'King');
    expect(kings.map((m) => m.start)).toEqual([text.indexOf('King told')]);
    expect(mentionsOf('King told reporters the palace was shut.').map((m) => m.span)).toEqual([]);
  });

  it('types a ship by the prefix of its name, not as a person or a place', () => {
    const found = mentionsOf('The frigate INS Talwar answered a call from MV Orla Bright near Port Senna.');
    expect(found.filter((m) => m.text !== 'Port Senna').map((m) => [m.text, m.type])).toEqual([['INS Talwar', 'other'], ['MV Orla Bright', 'other']]);
    expect(mentionsOf('Ms Orla Bright spoke.').map((m) => m.type)).toEqual(['person']);
  });

  it('leaves a day that follows a name out of the name, but keeps a month that may be one', () => {
    expect(mentionsOf('A van struck a cyclist in Tarrowby Friday night.').map((m) => m.span)).toEqual(['Tarrowby']);
    expect(mentionsOf('The council met Hana May Thursday.').map((m) => m.span)).toEqual(['Hana May']);
  });

  it('leaves an adverb that opens the sentence out of the name after it, not a given name in -ly', () => {
    expect(mentionsOf('Typically Harrowgate Software ships fixes on Tuesdays.').map((m) => m.span)).toContain('Harrowgate Software');
    expect(mentionsOf('Kimberly Osei said the fix would ship.').map((m) => m.span)).toEqual(['Kimberly Osei']);
    expect(mentionsOf('Typically Harrowgate Software ships fixes on Tuesdays.').map((m) => m.span)).not.toContain('Typically Harrowgate Software');
  });

  it('reads the names of a title-case headline by the words its text writes in lower case', () => {
    const text = 'Cyclist Killed In Fatal Tarrowby Crash\n\nA cyclist was killed in a fatal crash in Tarrowby on Friday, police said.';
    const headline = findMentions(makeDoc('d', text)).filter((m) => m.end <= text.indexOf('\n'));
    expect(headline.map((m) => text.slice(m.start, m.end))).toEqual(['Tarrowby']);
    // Another form of a word the text writes in lower case is a common word too ("Admits", "admitted").
    const admits = 'Captain Ilse Rand Admits To Error In Harbour Collision\n\nThe ferry captain admitted an error in the collision in the harbour.';
    const names = findMentions(makeDoc('d', admits)).filter((m) => m.end <= admits.indexOf('\n'));
    expect(names.map((m) => admits.slice(m.start, m.end))).toEqual(['Ilse Rand']);
    // Without "In" the line is not title case, and its capitals stand.
    expect(mentionsOf('Mayor Hana Dole opened the Tarrowby Crash Museum, a museum of fatal crashes.').map((m) => m.span)).toContain('Tarrowby Crash Museum');
  });

  it('does not take a capitalised function word of another language for a name', () => {
    const doc = textDoc({ id: 'd', source: 'd', language: 'fr', text: 'Le préfet a visité Brévannes. Les digues ont tenu.' });
    expect(findMentions(doc).map((m) => m.text)).toEqual(['Brévannes']);
  });

  it('keeps "der" and "la" inside a name only after another particle', () => {
    expect(mentionsOf('The talks with Ursula von der Leyen and Ana de la Cruz ended.').map((m) => m.text)).toEqual(['Ursula von der Leyen', 'Ana de la Cruz']);
    const doc = textDoc({ id: 'd', source: 'd', language: 'de', text: 'Nach Angaben der Polizei Talheim werden zwei Menschen vermisst.' });
    expect(findMentions(doc).map((m) => m.text)).not.toContain('Angaben der Polizei Talheim');
  });

  it('takes no German common noun for a name: after an article, a determiner or a number, or by its ending', () => {
    const text =
      'Die Stadt Passau hat am Sonntag rund 3000 Anwohner in Sicherheit gebracht. ' +
      'Der frühere Landrat Egon Falk sagte, die Lage in der Schweiz sei ruhig. Die Evakuierung dauerte die kalte Nacht hindurch.';
    const doc = textDoc({ id: 'd', source: 'd', language: 'de', text });
    expect(findMentions(doc).map((m) => m.text)).toEqual(['Passau', 'Egon Falk', 'Schweiz']);
    // A German title is a role, as in English.
    const titled = textDoc({ id: 't', source: 't', language: 'de', text: 'Oberbürgermeister Karl Reiter sagte, die Lage sei ernst.' });
    expect(findMentions(titled).map((m) => [m.text, m.role])).toEqual([['Karl Reiter', 'Oberbürgermeister']]);
  });

  it('reads lower-case roles before a name, including a plural role shared by two names', () => {
    const found = mentionsOf('The talks were led by foreign ministers Ilse Brandt and Tomas Varga.');
    expect(found.filter((m) => m.type === 'person')).toEqual([
      { text: 'Ilse Brandt', type: 'person', role: 'foreign ministers', span: 'Ilse Brandt' },
      { text: 'Tomas Varga', type: 'person', role: 'foreign ministers', span: 'Tomas Varga' },
    ]);
  });

  it('knows places, organisations and named things, and skips ordinary capitalised words', () => {
    const found = mentionsOf('After the vote, the Ministry of Transport and NATO met in Geneva to discuss the Minsk Agreement.');
    expect(found.map((m) => [m.text, m.type])).toEqual([
      ['Ministry of Transport', 'organization'],
      ['NATO', 'organization'],
      ['Geneva', 'place'],
      ['Minsk Agreement', 'other'],
    ]);
    // A common noun for a company right before a name makes it one.
    const firms = mentionsOf('The attack was seen by security firm Trend Micro and by analyst Dana Reyes.');
    expect(firms.map((m) => [m.text, m.type])).toEqual([
      ['Trend Micro', 'organization'],
      ['Dana Reyes', 'person'],
    ]);
  });

  it('splits names joined by a hyphen when a part names someone alone, and drops possessives from the span', () => {
    const found = mentionsOf('Okonjo-Castell talks in Geneva ended. Castell’s office confirmed it.');
    expect(found.map((m) => m.text)).toEqual(['Okonjo', 'Castell', 'Geneva', 'Castell']);
    expect(mentionsOf('Russian-American talks ended.')).toEqual([]);
  });

  it('keeps a hyphenated name whole: a double surname, a compound first name, a town', () => {
    expect(mentionsOf('Rep. Maria Ortiz-Lindqvist said the bill would pass.')).toContainEqual(
      { text: 'Maria Ortiz-Lindqvist', type: 'person', role: 'Rep.', span: 'Maria Ortiz-Lindqvist' },
    );
    const doc = textDoc({ id: 'd', source: 'd', language: 'fr', text: 'Les pompiers ont évacué 300 habitants à Saint-Aubert, a indiqué Jean-Luc Perrin.' });
    expect(findMentions(doc).map((m) => m.text)).toEqual(['Saint-Aubert', 'Jean-Luc Perrin']);
  });

  it('keeps an organisation\'s name whole across "for", "on" and "and" after its head, and two fields before one head', () => {
    const spans = (text: string) => mentionsOf(text).map((m) => [m.span, m.type]);
    expect(spans('The Institute for Tidal Studies and Coastal Defence said the Marrow Fen Council on Flood Planning had met.')).toEqual([
      ['Institute for Tidal Studies and Coastal Defence', 'organization'],
      ['Marrow Fen Council on Flood Planning', 'organization'],
    ]);
    expect(spans('The Fen and Dyke Authority and the Harwick Office of Drainage and Pumping Works agreed.')).toEqual([
      ['Fen and Dyke Authority', 'organization'],
      ['Harwick Office of Drainage and Pumping Works', 'organization'],
    ]);
    // A day, a date, a street, a place or initials after "on" are no part of the name.
    const organisations = (text: string) => mentionsOf(text).filter((m) => m.type === 'organization').map((m) => m.span);
    expect(organisations('The Harwick Water Board on Tuesday, the Tally Arts Society on Jan. 5 and the Orbis Centre on East Quay Road spoke on KTV.')).toEqual([
      'Harwick Water Board',
      'Tally Arts Society',
      'Orbis Centre',
      'KTV',
    ]);
    // Two names: the left part names a place, or the coordinated name is written alone too.
    expect(spans('The Bank of Portugal and Kessel Foods fell. Okonjo and Harwick Council met; Okonjo left.').map(([span]) => span)).toEqual([
      'Bank of Portugal', 'Kessel Foods', 'Okonjo', 'Harwick Council', 'Okonjo',
    ]);
  });

  it('reads a capital hyphened to a common word as part of that word, never as a name of its own', () => {
    expect(mentionsOf('The Agency for Regional Co-operation met.').map((m) => m.span)).toEqual(['Agency for Regional Co-operation']);
    expect(mentionsOf('No-one saw the Nell Ashby T-shirts. Re-election is near.').map((m) => m.span)).toEqual(['Nell Ashby']);
  });

  it('reads a capitalised plural title alone as a name, a singular one as none', () => {
    // "Queens" is the plural of a title: before a day it once read as a role over the name "Friday".
    expect(mentionsOf('A van struck a cyclist in Queens Friday night.').map((m) => [m.span, m.type])).toEqual([['Queens', 'place']]);
    expect(mentionsOf('The Kings won again at home.').map((m) => m.span)).toEqual(['Kings']);
    expect(mentionsOf('The Queen opened the new bridge.')).toEqual([]);
    expect(mentionsOf('Foreign Ministers Aino Dahl and Tomas Berg met.').map((m) => [m.span, m.role])).toContainEqual(['Aino Dahl', 'Foreign Ministers']);
  });

  it('reads a title-cased role with no name after it as no name at all', () => {
    const found = mentionsOf('The blaze was a total loss, said Peter Guest, Assistant Chief Fire Officer at the Surrey fire service.');
    expect(found.filter((m) => m.type === 'person').map((m) => m.text)).toEqual(['Peter Guest']);
    expect(mentionsOf('General Manager A.J. Smith spoke first.')).toContainEqual({ text: 'A.J. Smith', type: 'person', role: 'General Manager', span: 'A.J. Smith' });
  });
});

describe('resolveEntities', () => {
  it('keys initials without their dots: "A.J. Butler" and "AJ Butler" are one person', () => {
    const a = makeDoc('a', 'Team manager A.J. Butler spoke to reporters.');
    const b = makeDoc('b', 'Team manager AJ Butler spoke to reporters.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    expect(resolveEntities([a, b]).filter((e) => e.type === 'person').map((e) => e.mentions.length)).toEqual([2]);
  });

  it('merges a full name, a titled name and a lone surname across documents, keeping the role', () => {
    const a = makeDoc('a', 'Eastmark Governor Marta Okonjo opened the fund. Okonjo said it was urgent.');
    const b = makeDoc('b', 'Okonjo spoke in the town hall of Marrow Fen.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const entities = resolveEntities([a, b]);
    const okonjo = entities.find((e) => e.name === 'Marta Okonjo');
    expect(okonjo).toMatchObject({ type: 'person', aliases: ['Okonjo'], roles: ['Eastmark Governor'] });
    expect(okonjo!.mentions.map((m) => m.doc)).toEqual(['a', 'a', 'b']);
    expect(b.mentions[0].entity).toBe(okonjo!.id);
  });

  it('joins two spellings of one given name with the same surname, but not short names a letter apart', () => {
    const a = makeDoc('a', 'President Aleksandr Vorontsov opened the bridge. Maria Rossi and Mario Rossi watched.');
    const b = makeDoc('b', 'President Alexandr Vorontsov spoke at the bridge.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const people = resolveEntities([a, b]).filter((e) => e.type === 'person');
    expect(people.find((e) => e.name.endsWith('Vorontsov'))!.mentions).toHaveLength(2);
    expect(people.filter((e) => e.name.endsWith('Rossi'))).toHaveLength(2);
  });

  it('joins a given name and its usual short form with the same surname, not two given names', () => {
    const a = makeDoc('a', 'Attorney Stanley Ferrow asked for bail. Judge William Osei refused it.');
    const b = makeDoc('b', 'Stan Ferrow, the defence lawyer, spoke to Bill Osei and to Tom Ferrow outside.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const people = resolveEntities([a, b]).filter((e) => e.type === 'person');
    expect(people.find((e) => e.name === 'Stanley Ferrow')).toMatchObject({ aliases: ['Stan Ferrow'] });
    expect(people.find((e) => e.name === 'William Osei')).toMatchObject({ aliases: ['Bill Osei'] });
    expect(people.find((e) => e.name === 'Tom Ferrow')!.mentions).toHaveLength(1);
  });

  it('joins a name with a middle name to the same person, named in full', () => {
    const doc = makeDoc('a', 'Anna Maria Kowalczyk spoke first. Later Anna Kowalczyk left, and Kowalczyk did not return.');
    doc.mentions = findMentions(doc);
    const people = resolveEntities([doc]).filter((e) => e.type === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]).toMatchObject({ name: 'Anna Maria Kowalczyk', aliases: ['Anna Kowalczyk', 'Kowalczyk'] });
  });

  it('joins place aliases under the canonical name', () => {
    const doc = makeDoc('a', 'The USA and the United States are one country; the U.S. is another way to write it.');
    doc.mentions = findMentions(doc);
    const places = resolveEntities([doc]).filter((e) => e.type === 'place');
    expect(places).toHaveLength(1);
    expect(places[0].name).toBe('United States');
  });

  it('reads the lexicon\'s abbreviations only in capitals: "Us" is a pronoun, "US\'s" the country', () => {
    const found = mentionsOf('Us against the world, Tove Lind said. The US’s envoy and the U.S. Navy agreed.');
    expect(found.filter((m) => m.type === 'place').map((m) => m.span)).toEqual(['US']);
  });

  it('types abbreviations of common nouns as no organisation, and agents, magazines and customs by their heads', () => {
    const found = mentionsOf('The TV audience grew after DNA tests. Customs Agent Vera Holm told Orbis Weekly that Eastmark Customs had acted.');
    expect(found.filter((m) => ['TV', 'DNA'].includes(m.text)).map((m) => m.type)).toEqual(['other', 'other']);
    expect(found).toContainEqual(expect.objectContaining({ text: 'Vera Holm', type: 'person', role: 'Customs Agent' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'Orbis Weekly', type: 'organization' }));
    expect(found).toContainEqual(expect.objectContaining({ text: 'Eastmark Customs', type: 'organization' }));
  });

  it('knows countries in the document\'s language and cities of two words, from the gazetteer', () => {
    // Multi-word cities no longer default to people; countries with no preposition before them are places.
    const found = mentionsOf('Rescuers flew from Banda Aceh to Las Vegas while Somalia and Eritrea closed ports.');
    for (const place of ['Banda Aceh', 'Las Vegas', 'Somalia', 'Eritrea']) expect(found).toContainEqual(expect.objectContaining({ text: place, type: 'place' }));
    // "Somali" is Somalia in Turkish, an adjective in English.
    expect(mentionsOf('Somali fishermen waited, said Tove Lind.').filter((m) => m.type === 'place')).toEqual([]);
    // A country's name in German is the same place as its English name.
    const de = textDoc({ id: 'de', source: 'de', language: 'de', text: 'Deutschland und Frankreich einigten sich am Montag.' });
    const en = makeDoc('en', 'Germany signed the pact with France on Monday.');
    for (const doc of [de, en]) doc.mentions = findMentions(doc);
    const places = resolveEntities([de, en]).filter((e) => e.type === 'place');
    expect(places.map((e) => [e.name, e.aliases])).toEqual([['France', ['Frankreich']], ['Germany', ['Deutschland']]]);
  });

  it('reads a name the coverage writes after "the" as a team (plural) or a thing, and a lone plural as its team', () => {
    const a = makeDoc('a', 'The Harwick Otters beat the Dunmore Falcons on Sunday at the Orbis Arena. The Otters scored twice.');
    const b = makeDoc('b', 'Harwick Otters coach Mira Solberg praised the Otters. Fans filled the Orbis Arena.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const entities = resolveEntities([a, b]);
    const kind = (name: string) => entities.find((e) => e.name === name)?.type;
    expect([kind('Harwick Otters'), kind('Dunmore Falcons'), kind('Orbis Arena')]).toEqual(['organization', 'organization', 'other']);
    expect(entities.find((e) => e.name === 'Harwick Otters')!.mentions).toHaveLength(4);
    // Weaker than any other evidence: people named once after "the" stay people.
    const c = makeDoc('c', 'Nell Ashby won. The Nell Ashby fans cheered, and Nell Ashby waved.');
    c.mentions = findMentions(c);
    expect(resolveEntities([c]).find((e) => e.name === 'Nell Ashby')?.type).toBe('person');
  });

  it('joins an organisation\'s initials and its name without a corporate suffix to its full name', () => {
    const a = makeDoc('a', 'Harwick-Lumen Co. will buy Orbis Marine Survey Services Inc. on Monday, HL said. The Federal Office of Tides agreed.');
    const b = makeDoc('b', 'HL paid cash for Orbis Marine Survey Services, and OMSS staff stay. The FOT said nothing.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const entities = resolveEntities([a, b]);
    const named = (name: string) => entities.find((e) => e.name === name);
    expect(named('Harwick-Lumen Co')).toMatchObject({ type: 'organization', aliases: ['HL'] });
    expect(named('Orbis Marine Survey Services Inc')).toMatchObject({ type: 'organization', aliases: ['OMSS', 'Orbis Marine Survey Services'] });
    expect(named('Federal Office of Tides')).toMatchObject({ type: 'organization', aliases: ['FOT'] });
    // Initials that keep a word written in capitals whole: "UKHS" of "UK Hydrographic Survey".
    const c = makeDoc('c', 'The UK Hydrographic Survey mapped the bay on Monday. The UKHS said the charts would change.');
    c.mentions = findMentions(c);
    expect(resolveEntities([c]).find((e) => e.name === 'UK Hydrographic Survey')).toMatchObject({ type: 'organization', aliases: ['UKHS'] });
  });

  it('reads an abbreviation that the text defines in brackets as a name, though its word in lower case is none ("WHO")', () => {
    const doc = makeDoc('a', 'The World Health Organization (WHO) met on Monday. Later the WHO said the outbreak was over. Who knows why?');
    doc.mentions = findMentions(doc);
    const who = resolveEntities([doc]).find((e) => e.name === 'World Health Organization');
    expect(who).toMatchObject({ type: 'organization', aliases: ['WHO'] });
    expect(who!.mentions).toHaveLength(3);
  });

  it('does not join a short form that fits two full names, nor a lone word that only opens one', () => {
    const doc = makeDoc('a', 'The Harbor Port Authority and the Highland Police Agency met. HPA staff left. Orbis said Orbis Marine Survey Ltd would pay.');
    doc.mentions = findMentions(doc);
    const entities = resolveEntities([doc]);
    expect(entities.find((e) => e.name === 'HPA')).toBeDefined();
    expect(entities.find((e) => e.name === 'Orbis')).toBeDefined();
  });

  it('reads a lone place name as the person of the document who bears it as surname', () => {
    const doc = makeDoc('a', 'Coach Nadia Jordan spoke twice. Jordan then thanked the fans, and a team from Jordan lost.');
    doc.mentions = findMentions(doc);
    const entities = resolveEntities([doc]);
    const nadia = entities.find((e) => e.name === 'Nadia Jordan')!;
    expect(nadia.mentions).toHaveLength(3);
    expect(entities.filter((e) => e.type === 'place')).toEqual([]);
  });

  it('prefers the bearer of a surname named in the same document', () => {
    const a = makeDoc('a', 'Senator Ruth Calder spoke first. Calder wants a vote.');
    const b = makeDoc('b', 'Coach Peter Calder resigned. Calder will leave in May.');
    for (const doc of [a, b]) doc.mentions = findMentions(doc);
    const entities = resolveEntities([a, b]);
    const ruth = entities.find((e) => e.name === 'Ruth Calder')!;
    const peter = entities.find((e) => e.name === 'Peter Calder')!;
    expect(a.mentions.map((m) => m.entity)).toEqual([ruth.id, ruth.id]);
    expect(b.mentions.map((m) => m.entity)).toEqual([peter.id, peter.id]);
  });

  it('makes a lone name a person when a pronoun follows it', () => {
    const doc = makeDoc('a', 'Varga knew that he would lose the vote.');
    doc.mentions = findMentions(doc);
    expect(resolveEntities([doc])[0]).toMatchObject({ name: 'Varga', type: 'person' });
    // Not a name that most sentences name without one: one entity, of no known kind.
    const maker = makeDoc('b', 'Zentrix sold more phones. Zentrix opened a shop in Lyon. Zentrix hired staff. Zentrix said he would speak later.');
    maker.mentions = findMentions(maker);
    expect(resolveEntities([maker]).filter((e) => e.name === 'Zentrix').map((e) => e.type)).toEqual(['other']);
  });
});

describe('linkSpeakers', () => {
  /** A document with its mentions, and statements whose speakers are the given phrases of its text. */
  function withSpeakers(text: string, speakers: (Omit<Statement['speaker'], 'span' | 'antecedent'> & { at?: string; antecedent?: string })[], id = 'a') {
    const doc = makeDoc(id, text);
    doc.mentions = findMentions(doc);
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    doc.statements = speakers.map(({ at: phrase, antecedent, ...speaker }, i) => ({
      id: `s${i + 1}`, doc: id, text: 'x', span: { start: 0, end: 1 }, kind: 'direct', cue: { text: 'said', lemma: 'say' },
      speaker: { ...speaker, ...(phrase ? { span: at(phrase) } : {}), ...(antecedent ? { antecedent: at(antecedent) } : {}) },
    }));
    return doc;
  }

  it('gives statements the canonical name through the mention, the antecedent or the role', () => {
    const doc = withSpeakers('Eastmark Governor Marta Okonjo arrived. “We will pay,” she said. The governor said more help would come. Okonjo left.', [
      { name: 'Okonjo', at: 'she', antecedent: 'Marta Okonjo' },
      { name: 'the governor', at: 'The governor' },
      { name: 'Okonjo' },
    ]);
    const entities = resolveEntities([doc]);
    linkSpeakers([doc], entities);
    const okonjo = entities.find((e) => e.name === 'Marta Okonjo')!;
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([
      [okonjo.id, 'Marta Okonjo'],
      [okonjo.id, 'Marta Okonjo'],
      [okonjo.id, 'Marta Okonjo'],
    ]);
  });

  it('leaves a pronoun that stands for two people ("Hana Ruiz and Tomas Berg") to neither', () => {
    const doc = withSpeakers('Directors Hana Ruiz and Tomas Berg cut the song. They said the show would run shorter.', [
      { name: 'Hana Ruiz and Tomas Berg', at: 'They', antecedent: 'Hana Ruiz and Tomas Berg' },
    ]);
    linkSpeakers([doc], resolveEntities([doc]));
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Hana Ruiz and Tomas Berg']]);
  });

  it('links a speaker phrase that names several people to its head: the name after its modifiers, or the one a comma or a preposition follows', () => {
    const doc = withSpeakers('President Ivan Morozov met the envoy. “The talks were useful,” Morozov’s spokesman Pavel Orlov said. “We will see,” said Anna Lind, adviser to Morozov.', [
      { name: 'Morozov’s spokesman Pavel Orlov', at: 'Morozov’s spokesman Pavel Orlov' },
      { name: 'Anna Lind, adviser to Morozov', at: 'Anna Lind, adviser to Morozov' },
    ]);
    linkSpeakers([doc], resolveEntities([doc]));
    expect(doc.statements.map((s) => s.speaker.name)).toEqual(['Pavel Orlov', 'Anna Lind']);
    // A preposition after the first name makes the rest describe it.
    const from = withSpeakers('“The roads are open,” said Anna Lind with lawyer Tomas Berg at her side.', [
      { name: 'Anna Lind', at: 'Anna Lind with lawyer Tomas Berg' },
    ]);
    linkSpeakers([from], resolveEntities([from]));
    expect(from.statements[0].speaker.name).toBe('Anna Lind');
  });

  it('links a possessed role ("her rep") to the one person of the event who holds it, in the same or other words', () => {
    const named = withSpeakers('The singer’s publicist Ivo Brandt confirmed the news. President Ivan Morozov’s lawyer Pavel Orlov declined to comment.', [], 'a');
    const president = withSpeakers('Eastmark President Ana Lopes flew in.', [], 'c');
    const rep = withSpeakers('“She is resting,” her rep said. “No comment,” Morozov’s attorney said. “Not yet,” Lind’s lawyer said. “Soon,” Westmark’s president said.', [
      { name: 'her rep', at: 'her rep' },
      { name: 'Morozov’s attorney', at: 'Morozov’s attorney' },
      { name: 'Lind’s lawyer', at: 'Lind’s lawyer' },
      { name: 'Westmark’s president', at: 'Westmark’s president' },
    ], 'b');
    const entities = resolveEntities([named, president, rep]);
    expect(entities.find((e) => e.name === 'Pavel Orlov')?.roles).toEqual(['President Ivan Morozov’s lawyer']);
    linkSpeakers([named, president, rep], entities);
    // "her rep" is the publicist; Orlov is Morozov's lawyer, not Lind's; Lopes is Eastmark's president.
    expect(rep.statements.map((s) => s.speaker.name)).toEqual(['Ivo Brandt', 'Pavel Orlov', 'Lind’s lawyer', 'Westmark’s president']);
    // Two people who hold the role: neither.
    const two = withSpeakers('Publicist Ivo Brandt and publicist Ema Kode spoke.', [], 'c');
    const again = withSpeakers('“She is resting,” her rep said.', [{ name: 'her rep', at: 'her rep' }], 'd');
    linkSpeakers([two, again], resolveEntities([two, again]));
    expect([again.statements[0].speaker.name, again.statements[0].speaker.entity]).toEqual(['her rep', undefined]);
  });

  it('reads a name that modifies the speaker\'s noun as no speaker, though a clause follows it ("a Western diplomat, who …")', () => {
    const doc = withSpeakers('“Power has not moved,” said a Western diplomat, who asked not to be named.', [
      { name: 'Western diplomat', at: 'a Western diplomat, who asked not to be named' },
    ]);
    linkSpeakers([doc], resolveEntities([doc]));
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Western diplomat']]);
  });

  it('does not give "the Governor of Alaska" to Alaska', () => {
    const doc = withSpeakers('“The fire was set,” the Governor of Alaska said.', [{ name: 'Governor of Alaska', at: 'the Governor of Alaska' }]);
    linkSpeakers([doc], resolveEntities([doc]));
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Governor of Alaska']]);
  });

  it('does not give a speaker phrase to the person it names as a possessor alone ("Morozov’s spokesman", "Jeffs’ lawyers")', () => {
    const doc = withSpeakers('President Ivan Morozov met the envoy. “The talks were useful,” Morozov’s spokesman told reporters.', [
      { name: 'Morozov’s spokesman', at: 'Morozov’s spokesman' },
    ]);
    linkSpeakers([doc], resolveEntities([doc]));
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Morozov’s spokesman']]);
    const plural = withSpeakers('Tomas Jeffs was in court. Jeffs’ lawyers said they would appeal.', [{ name: 'Jeffs’ lawyers', at: 'Jeffs’ lawyers' }]);
    linkSpeakers([plural], resolveEntities([plural]));
    expect(plural.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Jeffs’ lawyers']]);
    // Nor with the possessive spaced, as some captures have it.
    const spaced = withSpeakers('Tomas Jeffs was in court. Jeffs ’ s lawyer said he would appeal.', [{ name: 'Jeffs ’ s lawyer', at: 'Jeffs ’ s lawyer' }]);
    linkSpeakers([spaced], resolveEntities([spaced]));
    expect(spaced.statements.map((s) => s.speaker.entity)).toEqual([undefined]);
    // Nor to a place that only says where the speaker is.
    const located = withSpeakers('Tomas Jeffs was held in Ostrava. Jeffs’ lawyers in Ostrava said they would appeal.', [
      { name: 'Jeffs’ lawyers in Ostrava', at: 'Jeffs’ lawyers in Ostrava' },
    ]);
    linkSpeakers([located], resolveEntities([located]));
    expect(located.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([[undefined, 'Jeffs’ lawyers in Ostrava']]);
  });

  it('does not give "Harwick police" to the town, nor "the Morozov administration" to the president, but "Morozov today" to him', () => {
    const doc = withSpeakers(
      'President Ivan Morozov toured Harwick. “The road stays shut,” Harwick police said. “Nothing changes,” the Morozov administration said. “We will see,” Morozov today said.',
      [
        { name: 'Harwick police', at: 'Harwick police' },
        { name: 'Morozov administration', at: 'the Morozov administration' },
        { name: 'Morozov today', at: 'Morozov today' },
      ],
    );
    const entities = resolveEntities([doc]);
    linkSpeakers([doc], entities);
    const morozov = entities.find((e) => e.name === 'Ivan Morozov')!;
    expect(doc.statements.map((s) => [s.speaker.entity, s.speaker.name])).toEqual([
      [undefined, 'Harwick police'],
      [undefined, 'Morozov administration'],
      [morozov.id, 'Ivan Morozov'],
    ]);
  });
});
