import { describe, expect, it } from 'vitest';
import { DATELINE } from '../../src/language/dateline.js';
import { detectLanguage, splitParagraphs, splitSentences } from '../../src/language/index.js';

function sentences(text: string, language = 'en'): string[] {
  return splitSentences(text, splitParagraphs(text), language).map((s) => text.slice(s.start, s.end));
}

describe('splitParagraphs', () => {
  it('splits on blank lines and trims each paragraph', () => {
    const text = '  First line.\n\n\nSecond para\nstill second.\n \nThird.  ';
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'First line.',
      'Second para\nstill second.',
      'Third.',
    ]);
  });
});

describe('splitSentences', () => {
  it('does not break after titles, initials or mid-phrase abbreviations', () => {
    expect(sentences('Mr. Okafor met Dr. A. B. Lindqvist at 9 a.m. on Friday. The U.S. Senate had adjourned.')).toEqual([
      'Mr. Okafor met Dr. A. B. Lindqvist at 9 a.m. on Friday.',
      'The U.S. Senate had adjourned.',
    ]);
  });

  it('reads a sentence opener after an ambiguous abbreviation as a new sentence, a name as a continuation', () => {
    expect(sentences('Crowds gathered at the U.S. Capitol on Sunday. She moved to the U.S. He stayed in Oslo.')).toEqual([
      'Crowds gathered at the U.S. Capitol on Sunday.',
      'She moved to the U.S.',
      'He stayed in Oslo.',
    ]);
  });

  it('reads a run of initials as part of a name, unless a sentence opener follows it', () => {
    expect(sentences('“We know,” general manager A.J. Smith said. She moved to N.J. The firm followed.')).toEqual([
      '“We know,” general manager A.J. Smith said.',
      'She moved to N.J.',
      'The firm followed.',
    ]);
  });

  it('reads an abbreviation whose letters a tokenised capture spaced as the abbreviation', () => {
    expect(sentences('The quake struck at 7: 37 a. m. UTC (3: 37 a. m. EDT), officials said. It ended at 5 p. m. The night was calm.')).toEqual([
      'The quake struck at 7: 37 a. m. UTC (3: 37 a. m. EDT), officials said.',
      'It ended at 5 p. m.',
      'The night was calm.',
    ]);
    // Spaced initials stay initials, and an unspaced run before a title keeps the title.
    expect(sentences('According to F. B. I. reports, he fled. U.S. Sen. Ada Vance spoke.')).toEqual([
      'According to F. B. I. reports, he fled.',
      'U.S. Sen. Ada Vance spoke.',
    ]);
  });

  it('reads a decimal point set apart by a space as no sentence end', () => {
    expect(sentences('A 2. 7GHz chip and two USB 3. 0 ports. The quake was 6. 1. It ended in 2012. 15 People left.')).toEqual([
      'A 2. 7GHz chip and two USB 3. 0 ports.',
      'The quake was 6. 1.',
      'It ended in 2012.',
      '15 People left.',
    ]);
    // Nor, in English, is a point that opens a figure after an article ("a. 357 Magnum").
    expect(sentences('She carried a. 357 Magnum in the car. Police came. 12 People left.')).toEqual([
      'She carried a. 357 Magnum in the car.',
      'Police came.',
      '12 People left.',
    ]);
  });

  it('keeps a quotation of several sentences in one sentence with its attribution', () => {
    expect(sentences('“The dam is sound. Opening the gates was safe,” said Piet Aldana. He left. “We hold. We wait.” Nobody spoke.')).toEqual([
      '“The dam is sound. Opening the gates was safe,” said Piet Aldana.',
      'He left.',
      '“We hold.',
      'We wait.”',
      'Nobody spoke.',
    ]);
  });

  it('pairs no quotation marks across a line break', () => {
    // The mark left open on the first line would pair with the one before "fighters" and
    // read the lines between as a quotation running into its attribution.
    const text = '"The pumps failed at dawn.\nNobody could stop it," she said.\nNine homes were flooded.\nThe council blamed "outside fighters" for the damage.';
    expect(sentences(text)).toEqual([
      '"The pumps failed at dawn.',
      'Nobody could stop it," she said.',
      'Nine homes were flooded.',
      'The council blamed "outside fighters" for the damage.',
    ]);
  });

  it('joins a title at the end of a line to the name on the next, and nothing else across lines', () => {
    const text = '"Nobody was hurt," the Rev.\nAnna Holt said.\nThey met on Main St.\nThe roof held.';
    expect(sentences(text)).toEqual(['"Nobody was hurt," the Rev.\nAnna Holt said.', 'They met on Main St.', 'The roof held.']);
  });

  it('keeps a quote and its lower-case attribution together', () => {
    expect(sentences('“Is the bridge safe?” she asked. Nobody answered.')).toEqual([
      '“Is the bridge safe?” she asked.',
      'Nobody answered.',
    ]);
  });

  it('keeps a closing mark set apart by a space in the sentence it closes', () => {
    expect(sentences('Le maire a dit : « Le pont tiendra. » Les habitants restent prudents.', 'fr')).toEqual([
      'Le maire a dit : « Le pont tiendra. »',
      'Les habitants restent prudents.',
    ]);
    // A mark that opens the next quotation stays with it.
    expect(sentences('He left . " We will return , " she said .')).toEqual(['He left .', '" We will return , " she said .']);
  });

  it('treats each line as a sentence and flags headline lines without final punctuation', () => {
    const text = 'Mayor: We will rebuild the harbour\n\nThe storm hit at night. Boats sank.';
    const result = splitSentences(text, splitParagraphs(text), 'en');
    expect(result.map((s) => [text.slice(s.start, s.end), s.heading, s.paragraph])).toEqual([
      ['Mayor: We will rebuild the harbour', true, 0],
      ['The storm hit at night.', false, 1],
      ['Boats sank.', false, 1],
    ]);
  });

  it('reads a bracketed tag at the end of a headline as no final punctuation', () => {
    const text = 'Ferry Line Adds Night Crossings [UPDATED]\nThe first boat leaves at ten. (Reuters)\n\nHarbour floods again (PHOTOS)';
    const result = splitSentences(text, splitParagraphs(text), 'en');
    expect(result.map((s) => [text.slice(s.start, s.end), s.heading])).toEqual([
      ['Ferry Line Adds Night Crossings [UPDATED]', true],
      ['The first boat leaves at ten.', false],
      ['(Reuters)', false],
      ['Harbour floods again (PHOTOS)', true],
    ]);
  });

  it('flags a title line over its text with no blank line between, but not a line of prose wrapped by hand', () => {
    const text = 'Flood Closes Old Mill Bridge\nCrews shut the bridge at dawn. It may reopen in May.';
    const result = splitSentences(text, splitParagraphs(text), 'en');
    expect(result.map((s) => [text.slice(s.start, s.end), s.heading])).toEqual([
      ['Flood Closes Old Mill Bridge', true],
      ['Crews shut the bridge at dawn.', false],
      ['It may reopen in May.', false],
    ]);
    const wrapped = 'The council voted on Tuesday to close the old bridge to all traffic\nafter engineers found cracks, the mayor said.';
    expect(splitSentences(wrapped, splitParagraphs(wrapped), 'en').map((s) => s.heading)).toEqual([false, false]);
  });

  it('leaves a wire dateline out of the sentence it opens, and nothing else that merely starts in capitals', () => {
    expect(sentences('HALVERSTON, N.D. (AP) — Floodwater reached the mill on Monday. Crews waited.')).toEqual([
      'Floodwater reached the mill on Monday.',
      'Crews waited.',
    ]);
    expect(sentences('Kiel (dpa) - Die Fähre lief am Morgen aus.', 'de')).toEqual(['Die Fähre lief am Morgen aus.']);
    expect(sentences('NEW TOWN -- Two bridges closed.\n\nLAKE ORR – Roads reopened.')).toEqual([
      'Two bridges closed.',
      'Roads reopened.',
    ]);
    // A hyphenated name, an acronym in a sentence, a headline in capitals: no dateline.
    expect(sentences('T-Mobile raised prices. NATO - the alliance - met.')).toEqual(['T-Mobile raised prices.', 'NATO - the alliance - met.']);
    expect(sentences('FIVE FAMILIES EVACUATED AFTER STORM HITS COAST - OFFICIALS')).toEqual([
      'FIVE FAMILIES EVACUATED AFTER STORM HITS COAST - OFFICIALS',
    ]);
  });

  it('opens a sentence with the quotation mark the segmenter left at the end of the one before', () => {
    expect(sentences('市长表示，大桥已关闭。“我们会尽快修复。”他说。', 'zh')).toEqual(['市长表示，大桥已关闭。', '“我们会尽快修复。”', '他说。']);
    // A German closing mark (“ after „) stays where it is.
    expect(sentences('Er sagte: „Wir bauen neu.“ Dann ging er.', 'de')).toEqual(['Er sagte: „Wir bauen neu.“', 'Dann ging er.']);
  });

  it('uses the language’s own abbreviations', () => {
    expect(sentences('Das gilt z.B. für Hamburg. Dr. Weber widersprach.', 'de')).toEqual([
      'Das gilt z.B. für Hamburg.',
      'Dr. Weber widersprach.',
    ]);
  });

  it('takes English titles in other languages, but not one that is a word of the language', () => {
    // Swedish "hon" is she; the English title "Hon." still holds in English.
    expect(sentences('Det sa hon. Sedan gick Lena hem.', 'sv')).toEqual(['Det sa hon.', 'Sedan gick Lena hem.']);
    expect(sentences('Vi träffade Dr. Lena Ek i går.', 'sv')).toEqual(['Vi träffade Dr. Lena Ek i går.']);
    expect(sentences('The Hon. Lena Ek spoke first.', 'en')).toEqual(['The Hon. Lena Ek spoke first.']);
  });

  it('returns spans that index the original text', () => {
    const text = 'One.  Two!\n\n  Three?';
    const spans = splitSentences(text, splitParagraphs(text), 'en');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['One.', 'Two!', 'Three?']);
  });
});

describe('detectLanguage', () => {
  it('names common languages with ISO 639-1 codes', () => {
    expect(detectLanguage('The council voted on Tuesday to close the old bridge until repairs are finished.')).toBe('en');
    expect(detectLanguage('Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zur Reparatur zu sperren.')).toBe('de');
    expect(detectLanguage('Le conseil municipal a voté mardi la fermeture du vieux pont jusqu’à la fin des travaux.')).toBe('fr');
  });

  it('reads a short headline-and-quote text as a common language, not a rare look-alike', () => {
    expect(detectLanguage('Harbour reopens\n\n“We are open again,” Harbour Master Ida Lund said on Monday.')).toBe('en');
  });

  it('reads a longer English text that franc takes for Scots as English', () => {
    const text =
      'Ellen Marsh to host 2027 awards August 2 , 2026 Ellen Marsh was so nice at the last show that the academy asked her back . ' +
      'The comedian will host the ceremony for the second time , the academy said on Friday . ' +
      'She first hosted in 2019 and got good reviews from the critics and the crowd , and she said she was glad to be asked again .';
    expect(text.length).toBeGreaterThan(300);
    expect(detectLanguage(text)).toBe('en');
  });

  it('gives up on text too short to tell', () => {
    expect(detectLanguage('Hi')).toBeUndefined();
  });
});

describe('DATELINE', () => {
  it('matches a place in capitals, a place with its agency, or the agency alone, each before a dash', () => {
    const cut = (text: string) => DATELINE.exec(text)?.[0];
    expect(cut('TARNBY, Norland (NPA) — Divers recovered the bell.')).toBe('TARNBY, Norland (NPA) — ');
    expect(cut('Tarnby, May 2 (Norland Post) - The bell was found.')).toBe('Tarnby, May 2 (Norland Post) - ');
    expect(cut('(NPA) — The bell was found.')).toBe('(NPA) — ');
    expect(cut('Mayor Ilse Karn (left) — smiling — rang the bell.')).toBeUndefined();
    expect(cut('The bell — cast in 1890 — was found.')).toBeUndefined();
    expect(cut('HARBOUR OPENS — a headline, not a dateline')).toBeUndefined();
  });
});
