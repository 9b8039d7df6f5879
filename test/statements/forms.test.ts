import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/entities/index.js';
import { findStatements } from '../../src/statements/index.js';
import { about, docOf, slice, statementsOf } from './helpers.js';

describe('direct quotes', () => {
  it.each([
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['„', '“'],
    ['‘', '’'],
    ['「', '」'],
  ])('reads %s…%s quotes with the speaker after them', (open, close) => {
    const text = `The harbour will reopen next week. ${open}We have repaired every crane in the port,${close} said Maria Lopez, the port director.`;
    const s = about(statementsOf(text), 'repaired every crane');
    expect(s).toBeDefined();
    expect(s!.kind).toBe('direct');
    expect(s!.speaker.name).toBe('Maria Lopez');
    expect(s!.cue.lemma).toBe('say');
    expect(slice(text, s!.cue.span)).toBe('said');
  });

  it('reads a quote that runs over several paragraphs', () => {
    const text =
      'The minister spoke for an hour.\n\nJohn Carver said: “We will build the bridge this year.\n\n“The money is there and the plans are ready.\n\n“Nobody should doubt it.”\n\nThe opposition was not convinced.';
    const statements = statementsOf(text);
    const s = about(statements, 'build the bridge');
    expect(s).toBeDefined();
    expect(s!.speaker.name).toBe('John Carver');
    expect(s!.text).toContain('Nobody should doubt it');
    expect(s!.parts!.length).toBe(3);
  });

  it('strips only the outer quotation marks: a quoted phrase that ends the words keeps its closing mark', () => {
    const text = 'The fire chief described the mill as a "total loss". "The roof went first," she said. Ola Berg said \'Ana\'s shop\' was gone.';
    const statements = statementsOf(text);
    const mill = about(statements, 'the mill as');
    expect(mill?.text).toBe('the mill as a "total loss"');
    expect(slice(text, mill?.span)).toBe('the mill as a "total loss"');
    expect(about(statements, 'The roof')?.text).toBe('The roof went first');
    // An apostrophe inside a word is no quotation mark.
    expect(about(statements, 'shop')?.text).toBe("'Ana's shop' was gone");
  });

  it('keeps a quote inside a quote within the outer statement', () => {
    const text = '“My father always told me ‘never give up on a harvest’, and I never have,” said farmer Ella Moss.';
    const s = about(statementsOf(text), 'My father always told me');
    expect(s?.speaker.name).toBe('Ella Moss');
    expect(s?.text).toContain('‘never give up on a harvest’');
  });

  it('survives unbalanced marks without a runaway span', () => {
    const text = 'The mayor said “we will see about that.\n\nThe council meets on Monday. It will vote on the budget.';
    const statements = statementsOf(text);
    for (const s of statements) expect(s.span.end).toBeLessThanOrEqual(text.indexOf('\n'));
  });
});

describe('mixed and reported speech', () => {
  it('marks a partial quote inside reported speech as mixed', () => {
    const text = 'Chancellor Olaf Weber called the talks ‘productive, substantive, concrete’ after the meeting.';
    const s = statementsOf(text)[0];
    expect(s.kind).toBe('mixed');
    expect(s.speaker.name).toBe('Olaf Weber');
    expect(s.speaker.role).toBe('Chancellor');
    expect(s.text).toContain('productive, substantive, concrete');
  });

  it.each([
    ['Senator Ann Miles said that the bill would pass in the spring.', 'Ann Miles', 'say', 'the bill would pass'],
    ['The bill would pass in the spring, Senator Ann Miles said.', 'Ann Miles', 'say', 'The bill would pass'],
    ['According to Senator Ann Miles, the bill will pass in the spring.', 'Ann Miles', 'according to', 'the bill will pass'],
    ['Ann Miles told reporters that the bill would pass in the spring.', 'Ann Miles', 'tell', 'the bill would pass'],
    ['Ann Miles warned that the bill could fail in the spring.', 'Ann Miles', 'warn', 'the bill could fail'],
    ['Ann Miles insisted that the bill would pass in the spring.', 'Ann Miles', 'insist', 'the bill would pass'],
    ['Ann Miles denied that the bill had been delayed by the committee.', 'Ann Miles', 'deny', 'the bill had been delayed'],
    ['Ann Miles believes that the bill will pass in the spring.', 'Ann Miles', 'believe', 'the bill will pass'],
    ['Ann Miles wrote that the bill would pass in the spring.', 'Ann Miles', 'write', 'the bill would pass'],
  ])('%s', (text, speaker, lemma, words) => {
    const s = about(statementsOf(text), words);
    expect(s).toBeDefined();
    expect(s!.kind).toBe('reported');
    expect(s!.speaker.name).toBe(speaker);
    expect(s!.cue.lemma).toBe(lemma);
  });

  it('reads "added" after an earlier statement, with the pronoun resolved', () => {
    const text = 'Governor Paul Reyes said the roads would be cleared by Friday. He added that schools would stay closed.';
    const s = about(statementsOf(text), 'schools would stay closed');
    expect(s?.cue.lemma).toBe('add');
    expect(slice(text, s?.speaker.span)).toBe('He');
    expect(s?.speaker.name).toBe('Paul Reyes');
    expect(slice(text, s?.speaker.antecedent)).toMatch(/Reyes$/);
  });

  it('reads "described … as …"', () => {
    const text = 'Lena Fischer described the agreement as a turning point for the region.';
    const s = statementsOf(text)[0];
    expect(s.speaker.name).toBe('Lena Fischer');
    expect(s.cue.lemma).toBe('describe');
    expect(s.text).toContain('the agreement as a turning point');
  });

  it('does not take the subject of a passive cue for its speaker, except where it names a state of mind', () => {
    const text =
      'Ferry captain Ansel Morrow was accused of ignoring the storm warnings. Two deckhands were told to leave the quay. ' +
      'Several fishermen are convinced that the breakwater will not hold.';
    const statements = statementsOf(text);
    expect(about(statements, 'ignoring the storm warnings')?.speaker.span).toBeUndefined();
    expect(about(statements, 'leave the quay')?.speaker.span).toBeUndefined();
    expect(slice(text, about(statements, 'breakwater will not hold')?.speaker.span)).toBe('Several fishermen');
  });

  it('does not take the subject of a passive without "be" for its speaker ("Ferry captain accused of…")', () => {
    const headline = 'Ferry captain Ansel Morrow accused of ignoring storm warnings';
    expect(statementsOf(headline).filter((s) => s.speaker.span)).toEqual([]);
    const reduced = 'A deckhand said to have been on the bridge was questioned on Monday.';
    expect(statementsOf(reduced).filter((s) => s.speaker.span)).toEqual([]);
    // Nor one that the sentence's own auxiliary follows ("The rules announced Thursday would…"),
    // unless a relative pronoun opens the phrase ("which police wrote had…") or the verb is "say".
    const rules = 'The harbour rules announced Thursday would close the quay to anglers.';
    expect(statementsOf(rules).filter((s) => s.speaker.span)).toEqual([]);
    const wrote = 'He drove a van, which police wrote had a dented hood.';
    expect(statementsOf(wrote).map((s) => slice(wrote, s.speaker.span))).toContain('police');
    const said = 'The harbour master said Tuesday was the last day for repairs.';
    expect(statementsOf(said).map((s) => slice(said, s.speaker.span))).toEqual(['The harbour master']);
    // A form that is only a participle is passive with no auxiliary before it.
    const shown = 'Jury shown video of the ferry leaving the quay in the storm';
    expect(statementsOf(shown).filter((s) => s.speaker.span)).toEqual([]);
    // The active verbs keep their subjects.
    const active = 'The harbour master accused the captain of ignoring the warnings. The skipper claimed to be on the bridge. She expects to be back at sea.';
    expect(statementsOf(active).map((s) => slice(active, s.speaker.span))).toEqual(['The harbour master', 'The skipper', 'She']);
  });

  it('gives a passive without "be" to its agent after "by" ("a break-in described by regional newspapers as…")', () => {
    const text =
      "Masked thieves took paintings worth 40 million euros (35 million pounds) from a gallery in the old town of Lyon, during a break-in described by regional newspapers on Saturday as the boldest art theft in the city's history. " +
      'The break-in, condemned by the mayor as an attack on the city, lasted four minutes.';
    const statements = statementsOf(text);
    const theft = about(statements, 'boldest art theft');
    expect(slice(text, theft?.speaker.span)).toBe('regional newspapers');
    const attack = about(statements, 'attack on the city');
    expect(slice(text, attack?.speaker.span)).toBe('the mayor');
    expect(attack?.text).toBe('as an attack on the city');
    // A channel after "by" is no agent: the subject still speaks.
    const phone = 'Nadia Roche said by phone that the alarm had been cut.';
    expect(slice(phone, statementsOf(phone)[0].speaker.span)).toBe('Nadia Roche');
  });

  it('reads "a friend of mine", a passive before "for", and no verb before a dash as the source', () => {
    const friend = 'A female friend of mine said this morning, "Nell Orme did more for the town than anyone."';
    expect(slice(friend, statementsOf(friend)[0].speaker.span)).toBe('A female friend of mine');
    const remembered = 'She began with Nell Orme, a singer remembered for her feuds rather than for her voice.';
    expect(statementsOf(remembered).filter((s) => s.speaker.span)).toEqual([]);
    const dash = 'Imagine the surprise -- a retired teacher who left the stage forty years before, suddenly finds that she is famous again.';
    expect(slice(dash, statementsOf(dash)[0].speaker.span)).toMatch(/^a retired teacher/);
  });

  it('reads the whole sentence before ", officials said" when an aside in dashes comes first', () => {
    const text =
      'Armed men - some dressed as couriers - grabbed $40 million worth of paintings, sculptures and rare books from a gallery on a quiet Lyon street in one of the largest art thefts in decades, officials said Saturday.';
    expect(statementsOf(text)[0].text).toBe(text.slice(0, text.indexOf(', officials')));
  });

  it('reads a source named after its cue at the end of the sentence', () => {
    const text =
      'Investigators suspect the warehouse fire on Dock Road was set on purpose, reports this morning\'s Harbour Gazette. ' +
      'The skipper had complained about the engine for weeks, said his daughter.';
    const statements = statementsOf(text);
    const fire = about(statements, 'warehouse fire');
    expect(slice(text, fire?.speaker.span)).toBe("this morning's Harbour Gazette");
    expect(fire?.text).toBe('Investigators suspect the warehouse fire on Dock Road was set on purpose');
    expect(slice(text, about(statements, 'complained about the engine')?.speaker.span)).toBe('his daughter');
    // With a relative clause that describes the source.
    const relative = 'In Orrin village a mudslide buried a barn, killing two cows, said the warden who keeps the island records.';
    const barn = about(statementsOf(relative), 'mudslide buried a barn');
    expect(slice(relative, barn?.speaker.span)).toBe('the warden who keeps the island records');
    expect(barn?.text).toBe('In Orrin village a mudslide buried a barn, killing two cows');
  });
});

describe('colon forms', () => {
  it('reads a headline "Name: words"', () => {
    const text = 'Marlow: We agreed on a new trade deal\n\nThe two leaders met in Oslo on Tuesday.';
    const s = about(statementsOf(text), 'We agreed on a new trade deal');
    expect(slice(text, s?.speaker.span)).toBe('Marlow');
    expect(s?.cue.lemma).toBe(':');
    expect(s?.kind).toBe('direct');
  });

  it('reads a topic before a colon as a label, a described name as a speaker', () => {
    expect(statementsOf('Lakeside double murder: Nephew suspected of killing aunt and uncle').filter((s) => s.speaker.span)).toEqual([]);
    const text = 'Local fisherman Ansel Morrow: We saw the smoke from the quay';
    expect(statementsOf(text)[0]?.speaker.name).toBe('Ansel Morrow');
  });

  it('reads the words after "said:" to the end of the sentence, without quotation marks', () => {
    const text = 'The minister said: the bridge will reopen in May. Crews were cheered.';
    const s = statementsOf(text)[0];
    expect(slice(text, s?.speaker.span)).toBe('The minister');
    expect(s?.text).toBe('the bridge will reopen in May');
  });

  it('reads "X said:" before the words', () => {
    const text = 'The talks ended late.\n\nPrime Minister Tom Hale said:\n\nWe have reached an agreement that protects our farmers.';
    const s = about(statementsOf(text), 'We have reached an agreement');
    expect(s?.speaker.name).toBe('Tom Hale');
    expect(s?.speaker.role).toBe('Prime Minister');
    expect(s?.cue.lemma).toBe('say');
    expect(s?.kind).toBe('direct');
  });

  it('reads a speaker line that ends with a comma', () => {
    const text = 'The visitors were tired after the flight.\n\nMayor Rosa Diaz thanked the delegation,\n\nIt is always better to talk in person.\n\nThe meeting lasted two hours.';
    const s = about(statementsOf(text), 'always better to talk in person');
    expect(s?.speaker.name).toBe('Rosa Diaz');
    expect(s?.cue.lemma).toBe('thank');
    expect(s?.kind).toBe('direct');
  });
});

describe('labels', () => {
  it('reads a one-word line ending in a colon that names no one elsewhere as a label, not a speaker', () => {
    const text = 'Ferries resume\n\nStatement:\n\nThe harbour company will run two ferries a day from Monday.\n\nTickets go on sale tomorrow.';
    expect(statementsOf(text).filter((s) => s.speaker.name === 'Statement')).toEqual([]);
    // A speaker named twice speaks from such a line.
    const named = 'Ferries resume\n\nHalvorsen:\n\nWe will run two ferries a day from Monday.\n\nHalvorsen runs the harbour company.';
    expect(about(statementsOf(named), 'two ferries a day')?.speaker.name).toBe('Halvorsen');
  });

  it('reads a line ending in a colon as a speaker line only when the speaker opens it or the line names the words', () => {
    const storm = 'Flood update\n\nA heavy storm struck Marrow Valley on Monday night:\n\nThe river rose two metres before dawn.\n\nMarrow Valley has flooded before.';
    expect(statementsOf(storm)).toEqual([]);
    const dateline = 'Flood update\n\nHNS Nov 12, 2011, 05:51AM MARROW VALLEY:\n\nThe river rose two metres before dawn.\n\nMarrow Valley has flooded before.';
    expect(statementsOf(dateline)).toEqual([]);
    const named = 'Flood update\n\nBelow is a statement by Ada Brenn, the valley engineer:\n\nThe river rose two metres before dawn.\n\nThe road stays shut.';
    expect(about(statementsOf(named), 'river rose')?.speaker.name).toBe('Ada Brenn');
  });
});

describe('lists of statements', () => {
  it('gives every item to the speaker named in the introduction, first-person items included', () => {
    const text = [
      'Prime Minister Karl Jensen spoke to the press after the summit.',
      'The main points of Jensen’s statements are as follows:',
      'We agreed to reopen the embassies next month.',
      'Tom Berg explained the remark he made about me, and I accepted it.',
      'There will be new talks on fishing rights in the autumn.',
    ].join('\n\n');
    const statements = statementsOf(text);
    for (const words of ['reopen the embassies', 'Tom Berg explained the remark', 'new talks on fishing rights']) {
      const s = about(statements, words);
      expect(s, words).toBeDefined();
      expect(s!.speaker.name).toBe('Karl Jensen');
      // "The main points of his statements": the outlet's summary, not his words.
      expect(s!.kind).toBe('reported');
    }
    expect(statements.filter((s) => s.speaker.name?.includes('Berg'))).toEqual([]);
  });
});

describe('floating quotes', () => {
  it('gives a quote standing alone to the speaker of the sentence before', () => {
    const text =
      '“The river has never been this high,” said engineer Petra Novak. “We are moving the pumps to the north bank tonight.”\n\nOfficials closed the bridge.';
    const s = about(statementsOf(text), 'moving the pumps');
    expect(s?.speaker.name).toBe('Petra Novak');
    expect(s?.kind).toBe('direct');
  });

  it('links a quote standing alone after narration to the statement it continues', () => {
    const text =
      '“The river has never been this high,” said engineer Petra Novak. The water reached the steps of the town hall.\n\n“We are moving the pumps to the north bank tonight.”\n\nOfficials closed the bridge.';
    const statements = statementsOf(text);
    const first = about(statements, 'never been this high');
    const next = about(statements, 'moving the pumps');
    expect(next).not.toBe(first);
    expect(next?.speaker.name).toBe('Petra Novak');
    expect(next?.cue.span).toBeUndefined();
    expect(next?.continues).toBe(first?.id);
    expect(first?.continues).toBeUndefined();
  });

  it('gives the words before a name line to that name', () => {
    const text =
      'The agency published its decision on Monday.\n\nWe will not allow the merger to harm rural customers, and we will watch prices closely.\n\n— Commissioner Dana Starks\n\nThe companies did not comment.';
    const s = about(statementsOf(text), 'will not allow the merger');
    expect(s?.speaker.name).toBe('Dana Starks');
    expect(s?.speaker.role).toBe('Commissioner');
    expect(s?.kind).toBe('direct');
    expect(slice(text, s?.cue.span)).toBe('—');
    expect(s?.cue.lemma).toBe('—');
  });

  it('reads words signed on their own line, quoted or not', () => {
    const text = [
      'The towpath was busy again on Sunday.',
      '“The levee should have been raised years ago, and everyone knew it.” ― Ines Calder',
      '“Nobody listened to the farmers downstream.”― Tomas Berg ',
      'I have lived here forty years and never seen water like this. — Ana Ruiz (@anaruiz) May 2, 2024',
    ].join('\n');
    const statements = statementsOf(text);
    expect(statements.map((s) => [s.speaker.name, s.cue.text, slice(text, s.parts?.[0])])).toEqual([
      ['Ines Calder', '―', '“The levee should have been raised years ago, and everyone knew it.”'],
      ['Tomas Berg', '―', '“Nobody listened to the farmers downstream.”'],
      ['Ana Ruiz', '—', 'I have lived here forty years and never seen water like this'],
    ]);
  });

  it('lets no cue outside a signed quotation give its words to someone else', () => {
    const text = 'Readers wrote to us.\n“The levee should have been raised years ago, and everyone knew it.” ― Ines Calder';
    expect(statementsOf(text).map((s) => s.speaker.name)).toEqual(['Ines Calder']);
  });

  it('does not take a dash before a name inside narration for a signature', () => {
    const text = 'The bridge closed at noon — Mayor Ines Calder ordered it. Traffic moved to the ring road.';
    expect(statementsOf(text).some((s) => s.cue.lemma === '—')).toBe(false);
  });

  it('reads a name line with an addressee after the words', () => {
    const text =
      'The two presidents met in the library.\n\nI know that you had a long trip, and I hope our meeting will be useful.\n\nPresident Arno Kell to Mira Voss\n\nThe talks went on for hours.';
    const s = about(statementsOf(text), 'I know that you had a long trip');
    expect(s?.speaker.name).toBe('Arno Kell');
  });
});

describe('speakers', () => {
  it('turns a surname into the full name introduced earlier', () => {
    const text = 'Finance Minister Lara Quist presented the budget on Monday. Quist said the deficit would shrink next year.';
    const s = about(statementsOf(text), 'the deficit would shrink');
    expect(slice(text, s?.speaker.span)).toBe('Quist');
    expect(s?.speaker.name).toBe('Lara Quist');
  });

  it('turns a surname that two people share into the one named last ("Tony Bale" and his son "T.J. Bale")', () => {
    const text =
      'Coach Tony Bale will lead the team. His son, T.J. Bale, plays for Temple. Bale said he had not spoken to his father yet. ' +
      'On Sunday Tony Bale met the players. Bale said the team was ready.';
    const statements = statementsOf(text);
    expect(about(statements, 'not spoken to his father')?.speaker.name).toBe('T.J. Bale');
    expect(about(statements, 'the team was ready')?.speaker.name).toBe('Tony Bale');
  });

  it('keeps a weekday out of a name and its role, and reads a title as the role', () => {
    const day = statementsOf('On Friday President Anna Holt said the port would open.')[0];
    expect([day?.speaker.name, day?.speaker.role]).toEqual(['Anna Holt', 'President']);
    const title = statementsOf('Undersheriff Lee Varga said the deputy had gone in alone.')[0];
    expect([title?.speaker.name, title?.speaker.role]).toEqual(['Lee Varga', 'Undersheriff']);
    // British style writes a title without its point: "Rev" is no part of the name, so "she" is not the Rev Billy Hale.
    const text = 'Nora Lind sang for years. Then came the ministry of the Rev Billy Hale. In her later years, she defended the songs she wrote.';
    expect(about(statementsOf(text), 'the songs she wrote')?.speaker.name).toBe('Nora Lind');
    const sergeant = statementsOf('Det Sgt Ann Hale said the van had been found.')[0];
    expect([sergeant?.speaker.name, sergeant?.speaker.role]).toEqual(['Ann Hale', 'Det Sgt']);
  });

  it('gives "he said" after the words to the speaker before them, not to a name inside them', () => {
    const text =
      'Tom Reyes was arrested near the pier, Sgt. Ana Ruiz said. No shots were fired when Reyes was held, she added. ' +
      'She became nervous, Stan Perlo explained. Reyes agreed not to call his mother, he said.';
    const statements = statementsOf(text);
    expect(about(statements, 'No shots were fired')?.speaker.name).toBe('Ana Ruiz');
    expect(about(statements, 'Reyes agreed not to call')?.speaker.name).toBe('Stan Perlo');
    // Nor a name in an earlier sentence of the quotation it signs.
    const quoted = 'Coach Mark Tully spoke on Monday. "We never met Tom Hale before the final. It is not true that I envied him," he said.';
    expect(about(statementsOf(quoted), 'I envied him')?.speaker.name).toBe('Mark Tully');
  });

  it('reads a surname that opens a sentence as a name when the document writes it as one ("Vane married twice")', () => {
    const text =
      'The pin-up model Bettie Vane died on Thursday. Vane married twice; the second marriage, to Armond Tull, lasted five years. ' +
      'After attending Bible school, she wanted to serve as a missionary.';
    expect(about(statementsOf(text), 'serve as a missionary')?.speaker.name).toBe('Bettie Vane');
  });

  it('gives a pronoun to the nearest person of a fitting gender', () => {
    const text = 'Senator Anna Kovac met Governor Peter Lind on Monday. Lind said the roads would reopen soon. She said the bridge would stay closed.';
    const s = about(statementsOf(text), 'the bridge would stay closed');
    expect(slice(text, s?.speaker.span)).toBe('She');
    expect(s?.speaker.name).toBe('Anna Kovac');
  });

  it('does not give "he" or "she" to a ship, a month, or a name the entities stage reads as a place or an organisation', () => {
    const text =
      'Inspector Tomas Reyes met the crew at dawn. The ferry then left Port Ellery for Dunmore Island. Both crews were safe, he said.';
    const doc = docOf(text);
    const place = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, type: 'place' as const });
    expect(about(findStatements(doc), 'Both crews were safe')?.speaker.name).toBe('Port Ellery');
    doc.mentions = [place('Port Ellery'), place('Dunmore Island')];
    expect(about(findStatements(doc), 'Both crews were safe')?.speaker.name).toBe('Tomas Reyes');
    // Nor to a month ("Early November, …"), nor to a ship, whatever the entities stage says.
    const month = 'Inspector Tomas Reyes met the crew at dawn. Early November, the ferry left the harbour. Both crews were safe, he said.';
    expect(about(statementsOf(month), 'Both crews were safe')?.speaker.name).toBe('Tomas Reyes');
    const ship = 'Inspector Tomas Reyes met the crew at dawn. MV Dunmore Star then left the harbour. Both crews were safe, he said.';
    expect(about(statementsOf(ship), 'Both crews were safe')?.speaker.name).toBe('Tomas Reyes');
    // A place whose first word is a title's qualifier ("White Rock") is no person with a role.
    const town = 'Inspector Tomas Reyes met the crew at dawn. The ferry was built in White Rock. Both crews were safe, he said.';
    const inTown = docOf(town);
    inTown.mentions = [{ start: town.indexOf('White Rock'), end: town.indexOf('White Rock') + 10, text: 'White Rock', type: 'place' }];
    expect(about(findStatements(inTown), 'Both crews were safe')?.speaker.name).toBe('Tomas Reyes');
  });

  it('gives "they" to a group, never to one person or a place', () => {
    const club = 'Mayor Ana Ruiz spoke on Monday. The Harwick Rowing Club said the race was off. They said it would be held in May.';
    expect(about(statementsOf(club), 'held in May')?.speaker.name).toBe('Harwick Rowing Club');
    const text = 'Mayor Ana Ruiz met the jurors in Harwick on Monday. They said the vote had been close.';
    const doc = docOf(text);
    doc.mentions = [{ start: text.indexOf('Harwick'), end: text.indexOf('Harwick') + 7, text: 'Harwick', type: 'place' }];
    expect(about(findStatements(doc), 'vote had been close')?.speaker.name).toBe('They');
    // A group named by a plural or collective subject is one.
    const jurors = 'The Harwick Rowing Club hosted the trial. The jury deliberated for three hours. They said the vote had been close.';
    expect(about(statementsOf(jurors), 'vote had been close')?.speaker.name).toBe('jury');
    // "None of them…" names no one a later pronoun could stand for.
    const none = 'Mayor Ana Ruiz thanked the jurors. None of them wanted to be named. They said the vote had been close.';
    expect(about(statementsOf(none), 'vote had been close')?.speaker.name).toBe('They');
  });

  it('gives "they" to two people joined by "and", but not to names that qualify a noun, nor to a named thing', () => {
    // As in the pipeline, the entities stage's mentions tell people from things.
    const withMentions = (text: string) => {
      const doc = docOf(text);
      doc.mentions = findMentions(doc);
      return findStatements(doc);
    };
    const pair = 'On Monday the directors Hana Ruiz and Tomas Berg cut the opening song. They said the show would run shorter.';
    expect(about(withMentions(pair), 'run shorter')?.speaker.name).toBe('Hana Ruiz and Tomas Berg');
    const products = 'The firm sells its Orbis Nova and Orbis Vega systems abroad. They said sales had doubled.';
    expect(about(withMentions(products), 'sales had doubled')?.speaker.name).toBe('They');
    // Nor to a named thing that is no group: a cup, a series, a theatre.
    const cup = 'Mayor Ana Ruiz opened the Harwick Cup on Monday. They said the final would be close.';
    expect(about(withMentions(cup), 'final would be close')?.speaker.name).toBe('They');
    // Nor to an organisation named before a sentence that names two people: "they" are more likely those two.
    const couple =
      'The Harwick Water Board said Nell Ashby had joined it. Ashby was engaged to the painter Tomas Berg in 2019. They said the wedding was off.';
    expect(about(withMentions(couple), 'wedding was off')?.speaker.name).toBe('They');
    const board = 'The Harwick Water Board met on Monday. They said the pumps would run all night.';
    expect(about(withMentions(board), 'pumps would run')?.speaker.name).toBe('Harwick Water Board');
  });

  it('gives "he" to a speaker named by a surname that is also a title\'s qualifier ("White")', () => {
    const text =
      'Vera Lind was released on bail. White said he had received word that Lind was at the clinic. He declined to say where Lind was staying.';
    expect(about(statementsOf(text), 'where Lind was staying')?.speaker.name).toBe('White');
  });

  it('gives "the statement" to whoever issued it', () => {
    const issued = 'Harlow Mills issued a statement on Saturday saying it was saddened by the fire. The statement said the mill would close for a week.';
    expect(about(statementsOf(issued), 'close for a week')?.speaker.name).toBe('Harlow Mills');
    const from = 'The frigate chased the boats away, according to a statement from the Eastmark government. The statement said three men were held.';
    const statements = statementsOf(from);
    expect(about(statements, 'chased the boats')?.speaker.name).toBe('Eastmark government');
    expect(about(statements, 'three men were held')?.speaker.name).toBe('Eastmark government');
    // No statement mentioned before: the words stay the statement's.
    expect(about(statementsOf('Police arrested two men. The statement said they were held.'), 'they were held')?.speaker.name).toBe('statement');
  });

  it('gives a release that names its issuer to the issuer ("an NYPD release")', () => {
    const release = 'According to a NYPD release, the van was travelling north on Dock Street.';
    expect(about(statementsOf(release), 'the van was travelling')?.speaker.name).toBe('NYPD');
    const possessive = "The Harbour Authority's statement said the pier would reopen.";
    expect(about(statementsOf(possessive), 'the pier would reopen')?.speaker.name).toBe('Harbour Authority');
  });

  it('gives "it" to a company, not to a person named closer', () => {
    const text =
      'Harlow Mills, a maker of oat flour, issued a statement saying it was shocked by the fire. The statement said Alan Kerrigan founded the firm. It said the mill would stay closed.';
    const doc = docOf(text);
    doc.mentions = [{ start: 0, end: 'Harlow Mills'.length, text: 'Harlow Mills', type: 'organization' }];
    expect(about(findStatements(doc), 'the mill would stay closed')?.speaker.name).toBe('Harlow Mills');
  });

  it('prefers the person of the sentence before over an earlier speaker', () => {
    const text =
      'The relief fund will open on Monday, Governor Ysolde Marr said.\n\nMayor Ilse Vantongeren did not hide her anger. She told residents that the warning had come too late.';
    const s = about(statementsOf(text), 'the warning had come too late');
    expect(s?.speaker.name).toBe('Ilse Vantongeren');
  });

  it('turns "the president" into the named president', () => {
    const text = 'President Samuel Ortega arrived in Lima on Sunday. The president said the visit would strengthen ties.';
    const s = about(statementsOf(text), 'the visit would strengthen ties');
    expect(slice(text, s?.speaker.span)).toBe('The president');
    expect(s?.speaker.name).toBe('Samuel Ortega');
    expect(slice(text, s?.speaker.antecedent)).toBe('Samuel Ortega');
  });

  it('reads an occupation before a name as a role ("Actor Leonardo DiCaprio"), and "the actress" as the actress named', () => {
    const text = 'Actress Mira Solberg was at the premiere. The actress said the film had taken four years.';
    const s = about(statementsOf(text), 'taken four years');
    expect(s?.speaker.name).toBe('Mira Solberg');
  });

  it('turns "the company" into the organisation last heard, but not into a common noun', () => {
    const text = 'Harlow Ferries Ltd said on Monday that two crossings would be cut. The company said fuel costs had doubled.';
    expect(about(statementsOf(text), 'fuel costs had doubled')?.speaker.name).toBe('Harlow Ferries Ltd');
    const police = 'Police said the quay was safe. The newspaper reported that fares would rise.';
    expect(about(statementsOf(police), 'fares would rise')?.speaker.name).toBe('newspaper');
  });

  it('reads a title word written as a surname ("Orla King") as that person when it stands alone', () => {
    const text = 'Orla King saw the crash from her window. King told reporters she heard three shots. She said the car sped off. The King of Eastmark sent his regards.';
    const statements = statementsOf(text);
    expect(about(statements, 'three shots')?.speaker.name).toBe('Orla King');
    expect(about(statements, 'sped off')?.speaker.name).toBe('Orla King');
  });

  it('names "the Governor of X" by its holder, or by the whole role, never by X', () => {
    const held = 'President Samuel Ortega arrived on Sunday. The President of Eastmark said the visit would strengthen ties.';
    expect(about(statementsOf(held), 'strengthen ties')?.speaker.name).toBe('Samuel Ortega');
    // An abbreviated title holds the role it abbreviates.
    const abbreviated = 'Eastmark Gov. Marta Okonjo toured the site. The Governor of Eastmark said the fire had been set.';
    expect(about(statementsOf(abbreviated), 'had been set')?.speaker.name).toBe('Marta Okonjo');
    const alone = 'The Governor of Eastmark said the fire had been set on purpose.';
    const s = about(statementsOf(alone), 'set on purpose');
    expect(slice(alone, s?.speaker.span)).toBe('The Governor of Eastmark');
    expect(s?.speaker.name).toBe('Governor of Eastmark');
  });

  it('resolves honorifics and descriptions by their role words', () => {
    const text =
      'Nordic Prime Minister Ola Brenn met Canadian Premier Jean Tardif in Oslo. The Nordic leader said the talks had been open. Mr. Brenn added that a deal was close.';
    const statements = statementsOf(text);
    const first = about(statements, 'the talks had been open');
    expect(slice(text, first?.speaker.span)).toBe('The Nordic leader');
    expect(first?.speaker.name).toBe('Ola Brenn');
    expect(first?.speaker.role).toBe('Nordic Prime Minister');
    expect(about(statements, 'a deal was close')?.speaker.name).toBe('Ola Brenn');
  });

  it('gives a particular role noun only to its own title ("the police spokeswoman" is not the Police Commissioner)', () => {
    const text = 'Police Commissioner Ray Dunmore visited the scene. The police spokeswoman said the road would reopen. The police chief said the driver was arrested.';
    const statements = statementsOf(text);
    expect(about(statements, 'the road would reopen')?.speaker.name).toBe('police spokeswoman');
    // "chief" stands for any title the word before it fits.
    expect(about(statements, 'the driver was arrested')?.speaker.name).toBe('Ray Dunmore');
  });

  it('names a speaker that a name owns by the whole phrase, an "s" possessive too ("Jeffs\' lawyers")', () => {
    const text = "Tomas Jeffs was in court on Monday. Jeffs' lawyers say the case must wait.";
    expect(about(statementsOf(text), 'must wait')?.speaker.name).toBe("Jeffs' lawyers");
    const spaced = 'Tomas Grey was in court on Monday. Grey ’ s lawyer said the case must wait.';
    expect(about(statementsOf(spaced), 'must wait')?.speaker.name).toBe('Grey ’ s lawyer');
  });

  it('names a speaker that a name only qualifies by the whole phrase ("Selwyn administration", not Selwyn)', () => {
    const text = 'Governor Ada Selwyn signed the order. The Selwyn administration said it would review the rules. Coastguard officials told reporters the crew was safe.';
    const statements = statementsOf(text);
    expect(about(statements, 'review the rules')?.speaker.name).toBe('Selwyn administration');
    expect(about(statements, 'the crew was safe')?.speaker.name).toBe('Coastguard officials');
  });

  it('names a speaker described by a relative clause by what comes before it, not by a name inside it, nor by a day after it', () => {
    const text = 'A climber who watched his brother fall on Harwick Peak said he had expected to die. The ferry was late.';
    const s = about(statementsOf(text), 'expected to die');
    expect(s?.speaker.name).toBe('climber');
    expect(slice(text, s?.speaker.span)).toBe('A climber who watched his brother fall on Harwick Peak');
    const comma = 'The skipper, who asked not to be named, said the nets were torn.';
    expect(about(statementsOf(comma), 'nets were torn')?.speaker.name).toBe('skipper');
    // Nor past a dash that a capture doubled.
    const dashed = 'Two boats sank in the night, according to police - - the crews were found on the shore and the skipper was missing.';
    expect(about(statementsOf(dashed), 'Two boats sank')?.speaker.name).toBe('police');
    // Nor by a day right after a noun.
    const today = 'Some activists today criticised the omission of the harbour.';
    const criticised = about(statementsOf(today), 'omission of the harbour');
    expect(criticised?.speaker.name).toBe('Some activists');
    expect(slice(today, criticised?.speaker.span)).toBe('Some activists today');
    // "all of whom", "the WHO": no relative clause to leave out.
    expect(about(statementsOf('The WHO said the outbreak was over.'), 'outbreak was over')?.speaker.name).toBe('WHO');
  });

  it('names an organisation that speaks', () => {
    const text = 'The Kremlin said the talks had been constructive and would continue.';
    const s = statementsOf(text)[0];
    expect(s.speaker.name).toBe('Kremlin');
    // A nationality before the head noun names no one alone, though the tagger reads "military" as an adjective.
    expect(statementsOf('The Norwegian military said the drill ended early.')[0].speaker.name).toBe('Norwegian military');
  });

  it('keeps every span on the document text', () => {
    const text = 'Lina Ortiz said the 🚀 launch was “a success for everyone involved,” and she thanked the team.';
    const statements = statementsOf(text);
    expect(statements.length).toBeGreaterThan(0);
    for (const s of statements) {
      if (s.parts!.length === 1) expect(text.slice(s.span.start, s.span.end)).toBe(s.text);
      if (s.cue.span) expect(text.slice(s.cue.span.start, s.cue.span.end)).toBe(s.cue.text);
      expect(s.id).toMatch(/^t:s\d+$/);
    }
  });
});

describe('nested statements', () => {
  const text = 'Rita Hale: We agreed on the return of the workers to their posts\n\nThe union met on Monday.';
  it('marks a statement reported inside another one, and can leave it out', () => {
    const all = findStatements(docOf(text));
    const outer = about(all, 'We agreed on the return');
    expect(outer?.speaker.name).toBe('Rita Hale');
    const inner = all.filter((s) => s.within);
    expect(inner.length).toBeGreaterThan(0);
    for (const s of inner) expect(s.within).toBe(outer!.id);
    const top = findStatements(docOf(text), { nested: false });
    expect(top.some((s) => s.within)).toBe(false);
    expect(top.length).toBe(all.length - inner.length);
  });

  it('gives a statement reported inside another one its own speaker, not the outer one\'s', () => {
    const text = 'Mayor Ana Ruiz said the engineers concluded that the dam was safe. Officials said the pilot reported engine trouble.';
    const statements = statementsOf(text);
    expect(about(statements, 'the engineers concluded')?.speaker.name).toBe('Ana Ruiz');
    const saying = (words: string) => statements.find((s) => s.text === words);
    expect(saying('that the dam was safe')?.speaker.name).toBe('engineers');
    expect(saying('engine trouble')?.speaker.name).toBe('pilot');
    expect(saying('engine trouble')?.within).toBe(about(statements, 'the pilot reported')?.id);
  });

  it('gives "I" inside someone\'s words to that someone', () => {
    const statements = statementsOf('Rita Hale: I think the return of the workers to their posts is near\n\nThe union met on Monday.');
    const inner = statements.find((s) => s.within);
    expect(inner?.speaker.name).toBe('Rita Hale');
  });
});

describe('quotes that continue in the next paragraph', () => {
  it('keeps the continuing quotation with its speaker', () => {
    const text =
      'Coach Ivan Petrov was calm after the defeat. “We played well for an hour,” he said.\n\n“The second half was a different story, and I take the blame for it.”\n\nThe club is third in the league.';
    const statements = statementsOf(text);
    const s = about(statements, 'I take the blame');
    expect(s?.speaker.name).toBe('Ivan Petrov');
    expect(s?.kind).toBe('direct');
  });
});

describe('mentions from the entities stage', () => {
  it('does not take a place before a colon for a speaker', () => {
    const text =
      'Home › Europe › Northvale\n\nNorthvale: 900 evacuated as Tarn floods Lower Brook\n\nBy Ana Ruiz, March 3, 2026\n\nRescue teams worked through the night.';
    const colonLines = (doc: ReturnType<typeof docOf>) => findStatements(doc).filter((s) => s.cue.lemma === ':');
    expect(colonLines(docOf(text)).length).toBe(1);
    const doc = docOf(text);
    const start = text.indexOf('Northvale:');
    doc.mentions = [{ start, end: start + 'Northvale'.length, text: 'Northvale', type: 'place' }];
    expect(colonLines(doc)).toEqual([]);
  });
});
