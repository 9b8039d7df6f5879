import { describe, expect, it } from 'vitest';
import { dateFromUrl, findDate, parseDateValue, swapDayMonth } from '../../src/extract/html/dates.js';

describe('parseDateValue', () => {
  it('keeps the time and offset of machine-readable values', () => {
    expect(parseDateValue('2019-11-19T07:03:25+00:00')).toBe('2019-11-19T07:03:25+00:00');
    expect(parseDateValue('2019-11-19 07:03')).toBe('2019-11-19T07:03:00');
    expect(parseDateValue('2019-11-19T07:03:25.123Z')).toBe('2019-11-19T07:03:25Z');
    expect(parseDateValue('20191119')).toBe('2019-11-19');
    expect(parseDateValue('Tue, 19 Nov 2019 10:00:00 GMT')).toBe('2019-11-19');
    expect(parseDateValue('1574168580')).toBe('2019-11-19T13:03:00Z');
  });

  it('rejects what is not a plausible date', () => {
    expect(parseDateValue('2019-13-40')).toBeUndefined();
    expect(parseDateValue('1850-01-01')).toBeUndefined();
    expect(parseDateValue('soon')).toBeUndefined();
    expect(parseDateValue(undefined)).toBeUndefined();
  });
});

describe('findDate in text', () => {
  it.each([
    ['Published November 19, 2019 at 5 pm', '2019-11-19'],
    ['Updated: Nov. 2, 2023', '2023-11-02'],
    ['12. März 2024, 14:00 Uhr', '2024-03-12'],
    ['le 3 février 2021', '2021-02-03'],
    ['5 de octubre de 2018', '2018-10-05'],
    ['opublikowano 7 listopada 2022', '2022-11-07'],
    ['19.11.2019', '2019-11-19'],
    ['Posted 2024/01/31 by admin', '2024-01-31'],
    ['Dec 17, 2025Julian', '2025-12-17'],
    ['ByKathryn GiuffridaMar 5, 2025 | 6 comments', '2025-03-05'],
    ['Sept. 3, 2021', '2021-09-03'],
    ['3 lutego 2021', '2021-02-03'],
    ['Опубликовано 14 марта 2023, 10:15', '2023-03-14'],
    ['оновлено 2 листопада 2021 р.', '2021-11-02'],
    ['发布时间：2019年3月5日 08:30', '2019-03-05'],
    ['２０２０年１１月２日', '2020-11-02'],
    ['입력 2022년 7월 18일 오후', '2022-07-18'],
    ['12 Mayıs 2020', '2020-05-12'],
    ['Among 12 people 2019 voted; on 4 June 2019 the count ended', '2019-06-04'],
  ])('%s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });

  it('reads slashed dates day first unless the page is US English', () => {
    expect(findDate('03/04/2020')).toBe('2020-04-03');
    expect(findDate('03/04/2020', { monthFirst: true })).toBe('2020-03-04');
    expect(findDate('25/04/2020', { monthFirst: true })).toBe('2020-04-25');
  });

  it('finds nothing in text without a date', () => {
    expect(findDate('Price: $12.00, 3 for 2')).toBeUndefined();
    expect(findDate('Giuffrida 5, 2025')).toBeUndefined();
  });
});

describe('dateFromUrl', () => {
  it('reads /yyyy/mm/dd/ and yyyy-mm-dd paths', () => {
    expect(dateFromUrl('https://x.example/2019/11/18/some-story/')).toBe('2019-11-18');
    expect(dateFromUrl('https://x.example/articles/2025-12-15+Rust')).toBe('2025-12-15');
    expect(dateFromUrl('https://x.example/news/12345')).toBeUndefined();
    expect(dateFromUrl('not a url')).toBeUndefined();
    expect(dateFromUrl('https://x.example/blog/2023/october/03/story/')).toBe('2023-10-03');
    expect(dateFromUrl('https://x.example/blog/2023/marketing/03/story/')).toBeUndefined();
  });
});

describe('swapDayMonth', () => {
  it('swaps day and month when both readings are dates', () => {
    expect(swapDayMonth('2024-10-09')).toBe('2024-09-10');
    expect(swapDayMonth('2024-10-09T10:00:00Z')).toBe('2024-09-10');
    expect(swapDayMonth('2024-03-25')).toBeUndefined();
    expect(swapDayMonth('2024-04-04')).toBeUndefined();
  });
});
