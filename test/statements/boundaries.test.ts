import { describe, expect, it } from 'vitest';
import { about, slice, statementsOf } from './helpers.js';

describe('content and source boundaries', () => {
  it('reads no statement in a verb form that describes a noun ("his accused killer")', () => {
    const text = 'Friends of the baker gathered on Monday. His accused killer, Tom Reyes, made a brief appearance in court on Tuesday.';
    expect(statementsOf(text).map((s) => s.cue.text)).toEqual([]);
    // The same verb as a cue still reports.
    const said = 'Prosecutors accused Tom Reyes of lying to the court on Tuesday.';
    expect(statementsOf(said).map((s) => s.cue.text)).toEqual(['accused']);
  });

  it('reads no statement in a headline that ends on a participle ("…, Driver Charged")', () => {
    const headline = 'Cyclist Killed In Harbour Road Crash, Driver Charged\nA cyclist died on Harbour Road on Sunday.';
    expect(statementsOf(headline).map((s) => s.cue.text)).toEqual([]);
    // A headline still reports in the present, and a sentence with the same verb still reports.
    const says = 'Harbour Road Will Close In May, Council Says';
    expect(statementsOf(says).map((s) => s.cue.text)).toEqual(['Says']);
    const charged = 'The levy is unlawful, the councillor charged.';
    expect(statementsOf(charged).map((s) => s.cue.text)).toEqual(['charged']);
  });

  it('gives a participle of saying after a comma the subject of its clause ("…, saying …")', () => {
    const text = 'The union protested at the closure of the Velm depot on Friday, saying the drivers had been given no notice.';
    const s = about(statementsOf(text), 'no notice');
    expect(s?.cue.text).toBe('saying');
    expect(slice(text, s?.speaker.span)).toBe('The union');
  });

  it("keeps an appositive's closing comma in the source, as PolNeAR marks it", () => {
    const text = 'An attorney for the harbour board, Mark Dunne, stressed that the cranes were safe.';
    const s = about(statementsOf(text), 'cranes were safe');
    expect(slice(text, s?.speaker.span)).toBe('An attorney for the harbour board, Mark Dunne,');
    expect(s?.speaker.name).toBe('Mark Dunne');
  });

  it('takes into the source the rest of an appositive that runs up to the cue', () => {
    const text = 'The harbour board, a 12-member panel of port owners, ferry agents and others, voted to close the old depot by the end of May.';
    const s = about(statementsOf(text), 'close the old depot');
    expect(slice(text, s?.speaker.span)).toBe('The harbour board, a 12-member panel of port owners, ferry agents and others,');
  });

  it('leaves the word that opens a clause out of its source ("where spokeswoman Ada Lorne said")', () => {
    const text = 'The wounded were taken to the Velm clinic, where spokeswoman Ada Lorne said the families had asked for privacy.';
    const s = about(statementsOf(text), 'asked for privacy');
    expect(slice(text, s?.speaker.span)).toBe('spokeswoman Ada Lorne');
  });

  it('takes the source of "according to" after it and gives a name before it to the content', () => {
    const text = 'Holt, who is a mother of two, had gone back to her old street to visit Anna Beck, according to Tomas who translated for Beck.';
    const [s] = statementsOf(text);
    expect(s?.speaker.name).toBe('Tomas');
    expect(s?.text).toBe('Holt, who is a mother of two, had gone back to her old street to visit Anna Beck');
  });

  it('keeps two coordinated sources together ("police and the woman\'s friend said")', () => {
    const text = 'The ferry was late on Friday evening, and the pier stayed shut, police and the woman’s friend said.';
    const [s] = statementsOf(text);
    expect(slice(text, s?.speaker.span)).toBe('police and the woman’s friend');
    expect(s?.text).toBe('The ferry was late on Friday evening, and the pier stayed shut');
  });

  it('ends a content with the closing marks of a quotation it opened', () => {
    const text = `He said the plan was ''worth multiples of the price.'' Then he left.`;
    const s = about(statementsOf(text), 'worth multiples');
    expect(s?.parts?.map((p) => slice(text, p))).toEqual([`the plan was ''worth multiples of the price.''`]);
    // Past commas inside the quotation, to its end.
    const post = 'Ana Brill posted that, “To the neighbours who moan about my bakery opening at five o’clock in the morning, at least you know the bread will be warm, fresh, and ready!”';
    expect(about(statementsOf(post), 'bakery')?.text).toBe(post.slice(post.indexOf('that')));
  });

  it('stops reported content at a semicolon outside quotation marks', () => {
    const text = 'Councillor Reyes believes that the levy is too high; that is a surefire way to lose the vote.';
    const s = about(statementsOf(text), 'levy');
    expect(s?.parts?.map((p) => slice(text, p))).toEqual(['that the levy is too high']);
  });

  it('keeps a semicolon inside quoted words', () => {
    const text = 'The harbour master said: “We tried to warn them; nobody listened to us.”';
    const s = about(statementsOf(text), 'We tried');
    expect(s?.text).toContain('nobody listened');
  });

  it('leaves when it was said out of the content that follows the cue', () => {
    const cases: [string, string, string[]][] = [
      ['The ferry was held in port, the operator said Friday, because the crossing is unsafe.', 'crossing', ['The ferry was held in port', 'because the crossing is unsafe']],
      ['The harbour master said this week that the pier would be rebuilt.', 'pier', ['that the pier would be rebuilt']],
      ['Officials said on Tuesday morning the coast road was closed.', 'coast road', ['the coast road was closed']],
    ];
    for (const [text, words, parts] of cases) {
      expect(about(statementsOf(text), words)?.parts?.map((p) => slice(text, p))).toEqual(parts);
    }
  });

  it('keeps a time word that is part of what was said', () => {
    const said = (text: string, words: string) => about(statementsOf(text), words)?.text;
    expect(said('The union said today is the last day of talks.', 'last day')).toBe('today is the last day of talks');
    expect(said("The minister praised Friday's agreement on fishing quotas.", 'agreement')).toBe("Friday's agreement on fishing quotas");
  });

  it('leaves the relative pronoun of a clause about the speaker out of the source', () => {
    const text = 'The harbour master, who spoke to reporters on Monday, said the port would reopen.';
    const s = about(statementsOf(text), 'port would reopen');
    expect(slice(text, s?.speaker.span)).toBe('The harbour master');
  });

  it('gives no content a phrase about the speaker between the source and the cue ("…, who spoke on condition of anonymity, said …")', () => {
    const said = (text: string, words: string) => about(statementsOf(text), words)?.text;
    expect(said('A Western diplomat, who spoke on condition of anonymity, said power had not moved.', 'power')).toBe('power had not moved');
    const participle = 'A retired pilot, speaking on condition of anonymity because of his pension, said Ortiz ignored the warning.';
    expect(said(participle, 'Ortiz ignored')).toBe('Ortiz ignored the warning');
    // Words between the source and the cue are content when none follow the cue.
    expect(about(statementsOf('The nets, the skipper said, were torn.'), 'were torn')?.text).toBe('The nets … were torn');
  });

  it('ends a source before a participle\'s phrase about how it spoke, not before "including"', () => {
    const source = (text: string, words: string) => {
      const s = about(statementsOf(text), words);
      return slice(text, s?.speaker.span);
    };
    expect(source('A police spokesman, speaking to reporters outside the station, said two men were held.', 'two men')).toBe('A police spokesman');
    expect(source('“The nets are torn,” said Ana Brill, speaking of the storm.', 'nets are torn')).toBe('Ana Brill');
    expect(source('Critics, including the mayor, said the plan would fail.', 'plan would fail')).toMatch(/^Critics, including the mayor/);
  });

  it('takes no article alone for a source ("but an estimated …")', () => {
    const text = 'Providentially, nobody was injured, but an estimated one million dollars in damage was done to Quennbry Hall Friday night.';
    const s = about(statementsOf(text), 'one million dollars');
    expect(s).toBeDefined();
    expect(s?.speaker.span).toBeUndefined();
  });

  it('takes in the noun phrase after an article the tagger cut off ("…, the WHO said")', () => {
    const text = 'The runway at Pellow airfield was closed for safety checks, the WHO said.';
    const s = about(statementsOf(text), 'runway');
    expect(slice(text, s?.speaker.span)).toBe('the WHO');
    expect(s?.speaker.name).toBe('WHO');
  });

  it('gives "…, a statement from her office said" to the office, not the statement to the content', () => {
    const text = 'The mayor will meet the families on Monday, a statement from her office said.';
    const s = about(statementsOf(text), 'meet the families');
    expect(s?.text).toBe('The mayor will meet the families on Monday');
    expect(slice(text, s?.speaker.span)).toBe('a statement from her office');
    expect(s?.speaker.name).toBe('her office');
    const issued = 'Ferries will run again on Friday, a short statement issued by the Harbour Board said.';
    const t = about(statementsOf(issued), 'Ferries');
    expect(t?.text).toBe('Ferries will run again on Friday');
    expect(t?.speaker.name).toBe('Harbour Board');
  });

  it('leaves the medium of the words out of a source named after its cue ("said the company in a statement")', () => {
    const text = '"The mill will reopen," said the company in a statement. Workers in the statement office said nothing had changed.';
    const statements = statementsOf(text);
    expect(slice(text, about(statements, 'mill will reopen')?.speaker.span)).toBe('the company');
    expect(slice(text, about(statements, 'nothing had changed')?.speaker.span)).toBe('Workers in the statement office');
  });

  it('reads no statement in a set phrase built on a verb of saying ("Needless to say, …")', () => {
    const text = 'Needless to say the crowd cheered when the ferry docked. The mayor said the road was open.';
    expect(statementsOf(text).map((s) => s.speaker.name)).toEqual(['mayor']);
  });

  it('names a speaker by capitalised words joined by a hyphen, but keeps a hyphenated title a role', () => {
    const text = 'Tel-Vox said on Monday that more phones would follow. Rep. Ana Ortiz-Bell said the plan was weak. The Director-General said nothing.';
    const statements = statementsOf(text);
    expect(about(statements, 'more phones')?.speaker.name).toBe('Tel-Vox');
    expect(about(statements, 'the plan was weak')?.speaker.name).toBe('Ana Ortiz-Bell');
    expect(statements.map((s) => s.speaker.name)).not.toContain('General');
  });
});
