import { describe, expect, it } from 'vitest';
import { classifyLines, extractText, stripResidue } from '../../src/extract/text/index.js';

const article = [
  'Skip to content',
  '',
  'Harbour bridge reopens after storm repairs',
  '',
  'Photo credit: Lena Marsh / Coastal Daily',
  '',
  'The Larkport harbour bridge reopened on Monday after three weeks of repairs to its storm-damaged deck.',
  '',
  'Mayor Ines Calloway said the crews had worked through two weekends to finish early.',
  '',
  'Share this:',
  'Twitter',
  'Facebook',
  '',
  'More updates will follow later today.',
  '',
  'Leave a Reply',
  '',
  'Your email address will not be published. Required fields are marked *',
  '',
  'Great news, I drive over it every single morning and the detour was long!',
].join('\n');

describe('extractText', () => {
  it('drops widget, credit, teaser and comment lines and keeps every article sentence', () => {
    const { text, title } = extractText(article);
    expect(text).toBe(
      [
        'Harbour bridge reopens after storm repairs',
        'The Larkport harbour bridge reopened on Monday after three weeks of repairs to its storm-damaged deck.',
        'Mayor Ines Calloway said the crews had worked through two weekends to finish early.',
      ].join('\n\n'),
    );
    expect(title).toBe('Harbour bridge reopens after storm repairs');
  });

  it('returns a clean article unchanged, so offsets match the original', () => {
    const clean = 'Harbour bridge reopens\n\nThe bridge reopened on Monday.\r\nCrews worked two weekends.\n';
    expect(extractText(clean).text).toBe(clean);
  });

  it('keeps short speaker lines that sit between paragraphs of prose', () => {
    const text = [
      'The talks ended at noon after a long morning of negotiations between the two delegations.',
      '',
      'Minister Okafor said,',
      '',
      'We have a deal that both sides can defend at home, and we will sign it next week.',
      '',
      'Minister Okafor.',
    ].join('\n');
    expect(extractText(text).text).toBe(text);
  });

  it('handles boilerplate in other languages', () => {
    const text = [
      'Zum Inhalt springen',
      '',
      'Der Stadtrat hat am Dienstag die Sanierung der alten Hafenbrücke beschlossen, die Arbeiten beginnen im Mai.',
      '',
      'Teilen auf Facebook',
      '',
      'Hafenblatt Verlag 2024. Alle Rechte vorbehalten.',
      '',
      'Kommentar hinterlassen',
      '',
      'Endlich passiert etwas, ich warte seit Jahren auf diese Entscheidung des Rates.',
    ].join('\n');
    expect(extractText(text).text).toBe(
      'Der Stadtrat hat am Dienstag die Sanierung der alten Hafenbrücke beschlossen, die Arbeiten beginnen im Mai.',
    );
  });

  it('reads a byline and a dateline as metadata', () => {
    const text = [
      'Ferry strike ends',
      'By Ana Ruiz',
      'Published: March 3, 2024',
      '',
      'Ferry workers returned to work on Sunday after the union accepted a new pay offer from the operator.',
    ].join('\n');
    const result = extractText(text);
    expect(result.author).toEqual(['Ana Ruiz']);
    expect(result.published?.slice(0, 10)).toBe('2024-03-03');
    expect(result.text).not.toContain('Ana Ruiz');
    expect(result.text).toContain('Ferry workers returned to work on Sunday');
  });

  it('reads labelled datelines in their common forms; the first is the publication date', () => {
    const body = 'The harbour ferry resumed its timetable on Sunday after a week of repairs to the landing stage.';
    const cases: [string[], string][] = [
      [['Harbour ferry back in service', 'On behalf of Marsh & Tally LLP posted in Transport News on Friday, May 3, 2013.'], '2013-05-03'],
      [['Harbour ferry back in service', '3 July 2013 Last updated at 13:38 GMT'], '2013-07-03'],
      [['Harbour ferry back in service', 'Monday, Sep 10, 2012 | Updated 9:01 AM EDT'], '2012-09-10'],
      [['Harbour ferry back in service', 'PUBLISHED: 02:31 GMT, 12 March 2013', 'UPDATED: 22:19 GMT, 13 March 2013'], '2013-03-12'],
      // A date with a time of day after a bar or a comma.
      [['Harbour ferry back in service', 'Sunday, March 17, 2013 | 5:00 PM'], '2013-03-17'],
      [['Harbour ferry back in service', 'MAR. 14, 2013, 8: 12 PM'], '2013-03-14'],
    ];
    for (const [header, date] of cases) {
      const result = extractText([...header, '', body].join('\n'));
      expect(result.published?.slice(0, 10)).toBe(date);
      expect(result.text).toBe(`${header[0]}\n\n${body}`);
    }
  });

  it('takes no publication date from a line that dates itself relatively, which would move with the day it is read', () => {
    const body = 'The harbour ferry resumed its timetable on Sunday after a week of repairs to the landing stage.';
    for (const line of ['Posted 2 years, 40 days ago [saved on 4 May 2015]', 'Published 3 days ago']) {
      expect(extractText(['Harbour ferry back in service', line, '', body].join('\n')).published).toBeUndefined();
    }
  });

  it('keeps sentences near the top that mention a date or a publishing verb', () => {
    const prose = [
      'Ada Moss was hired as the club coach on April 21, 2004 and posted a record of 43 wins that season.',
      'The survey, published on March 3, 2024, found that the landing stage was unsafe for heavy loads.',
      'In a statement published on its website, the operator said a repair crew is now on site.',
    ];
    const text = ['Harbour ferry back in service', '', ...prose].join('\n');
    const result = extractText(text);
    expect(result.text).toBe(text);
    expect(result.published).toBeUndefined();
  });

  it('drops a run of menu labels but keeps a lone heading', () => {
    const text = ['Home', 'World', 'Politics', 'Sport', '', 'Floods in the valley', '', 'Rivers rose overnight and two villages were evacuated before dawn on Thursday.'].join('\n');
    expect(extractText(text).text).toBe('Floods in the valley\n\nRivers rose overnight and two villages were evacuated before dawn on Thursday.');
  });
});

describe('copyright notices', () => {
  const body = 'The council met on Tuesday and agreed, after a long debate, to fund the new bridge over the river.';
  it.each([
    'Jornal da Serra. Todos os direitos reservados.',
    '«Городские вести». Все права защищены.',
    'Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지. 기사 제보는 이메일로 보내 주세요.',
    '版权所有：山城日报。未经授权不得转载，违者必究。',
    'Dagbladet Norrland. Alla rättigheter förbehållna.',
    '© 2024 Harbour Daily',
    'Copyright 2024 Harbour Daily Media Group',
  ])('drops the notice line "%s"', (notice) => {
    expect(extractText(`${body}\n\n${notice}`).text).toBe(body);
  });

  it('keeps a long paragraph that mentions a notice', () => {
    const long = `${body} The publisher printed "all rights reserved" on every page of the plan, which the council then had to license before it could post the drawings online for residents to read.`;
    expect(extractText(long).text).toBe(long);
  });
});

describe('markup residue', () => {
  it('strips tags and the tail of a broken tag, keeping the text', () => {
    expect(stripResidue('The <b>council</b> voted <a href="/x">yes</a>.')).toBe('The council voted yes.');
    expect(stripResidue('latest” data-track-href=”https://example.org/latest”>Council votes yes')).toBe('Council votes yes');
  });

  it('classifies unfilled template placeholders as residue', () => {
    expect(classifyLines('Loading %s').map((l) => l.kind)).toEqual(['residue']);
  });

  it('does not treat a comment marker above the article as the comment section', () => {
    const text = ['Comments', '', 'The ferry resumed service on Sunday after the strike ended with a new agreement on pay and hours for the crews, the operator said in a statement on its website.'].join('\n');
    const kinds = classifyLines(text).map((l) => l.kind);
    expect(kinds[2]).toBe('content');
  });
});

describe('capture header', () => {
  it('reads a masthead above the headline as the site name and drops it', () => {
    const text = ['Valley Diary', '', 'Ferry service resumes after the strike', '', 'The first ferry left the harbour at six on Sunday morning with a full deck of cars.'].join('\n');
    const result = extractText(text);
    expect(result.site).toBe('Valley Diary');
    expect(result.title).toBe('Ferry service resumes after the strike');
    expect(result.text.startsWith('Ferry service resumes after the strike\n\n')).toBe(true);
  });
});
