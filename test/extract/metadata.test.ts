import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';

const body = (topic: string) =>
  Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Paragraph ${i + 1} on ${topic}: the committee read the report twice, asked for more figures and agreed to meet again before the end of the month.</p>`,
  ).join('\n');

const page = (head: string, main: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head>${head}</head><body><main><article>${main}${body('the plan')}</article></main></body></html>`;

describe('title', () => {
  it('takes the metadata title over an <h1> that names only the section', () => {
    const a = extractHtml(
      page(
        '<title>Guide complet des itinéraires cyclables autour de Lyon | Vélo Rhône</title><meta property="og:site_name" content="Vélo Rhône">',
        '<h1>Itinéraires</h1>',
        'fr',
      ),
    );
    expect(a.title).toBe('Guide complet des itinéraires cyclables autour de Lyon');
  });

  it('keeps an <h1> that rewords the metadata title', () => {
    const a = extractHtml(
      page('<title>Nowy most w Gdańsku otwarty</title>', '<h1>Nowy most w Gdańsku otwarty dla pieszych i rowerzystów</h1>', 'pl'),
    );
    expect(a.title).toBe('Nowy most w Gdańsku otwarty dla pieszych i rowerzystów');
  });

  it('does not take a one-word <h2> for the title because the metadata title holds that word', () => {
    const a = extractHtml(
      page('<meta property="og:title" content="Seven tax services tested and compared">', '<h2>Services</h2><h2>Borrow</h2>'),
    );
    expect(a.title).toBe('Seven tax services tested and compared');
  });

  it('learns the blog name from the <title> around og:title and skips an <h1> that holds it', () => {
    const a = extractHtml(
      page(
        '<title>Notes from the Orchard: Pruning old apple trees in winter</title><meta property="og:title" content="Pruning old apple trees in winter">',
        '<h1>Notes from the Orchard</h1><h2>Why prune at all</h2>',
      ),
    );
    expect(a.title).toBe('Pruning old apple trees in winter');
  });

  it('cuts the registered domain of a subdomain off the <title>', () => {
    const a = extractHtml(page('<title>Winter sale on garden tools | Gardenhaus.de</title>', ''), 'https://angebote.gardenhaus.de/winter');
    expect(a.title).toBe('Winter sale on garden tools');
  });

  it('keeps the headline segment of a title split by bars, and leaves that heading out of the text', () => {
    const a = extractHtml(page('<title>Cómo dormir mejor en verano | Salud</title>', '<h1>Cómo dormir mejor en verano | Salud | Hospital Central</h1>', 'es'));
    expect(a.title).toBe('Cómo dormir mejor en verano');
    expect(a.text).not.toContain('Hospital Central');
    const b = extractHtml(page('<title>Opinion | Why the bridge matters</title>', '<h1>Opinion | Why the bridge matters</h1>'));
    expect(b.title).toBe('Why the bridge matters');
  });

  it('takes no heading of the comment section for the title', () => {
    const a = extractHtml(
      page(
        '<meta property="og:title" content="Open-sourcing the frame files of the new printer under an open community licence - Maker Blog"><meta property="og:site_name" content="Maker Blog">',
        '<section id="comments" class="comments-area"><h2>15 Replies to “Open-sourcing the frame files of the new printer under an open community licence”</h2></section>',
      ),
    );
    expect(a.title).toBe('Open-sourcing the frame files of the new printer under an open community licence');
  });

  it('repairs UTF-8 that was read as Latin-1 and entities escaped twice', () => {
    const mojibake = 'The Gardener\u00e2\u0080\u0099s Year';
    const a = extractHtml(page(`<title>${mojibake}</title>`, `<h1>${mojibake} &amp;#x26; more</h1>`));
    expect(a.title).toBe('The Gardener\u2019s Year & more');
  });
});

describe('publication date', () => {
  it('settles a day-month order with another source', () => {
    const a = extractHtml(
      page(
        '<script type="application/ld+json">{"@type":"Article","headline":"Road works","datePublished":"2024-09-10T16:07:00Z"}</script>',
        '<h1>Road works</h1><p>09.10.2024</p>',
      ),
    );
    expect(a.published?.slice(0, 10)).toBe('2024-09-10');
  });

  it('keeps the page reading of a numeric date that nothing contradicts', () => {
    const a = extractHtml(page('', '<h1>Road works</h1><p>09.10.2024</p>', 'de'));
    expect(a.published).toBe('2024-10-09');
  });

  it('reads a month name in the URL', () => {
    const a = extractHtml(page('', '<h1>Harvest notes</h1>'), 'https://wine.example/blog/2023/october/03/harvest-notes/');
    expect(a.published).toBe('2023-10-03');
  });

  it('passes over a sentence of the article that mentions a date', () => {
    const a = extractHtml(
      page('', '<h1>Filing season</h1><p>For most people the deadline to file returns is April 15, 2025, and late ones cost a fee.</p><time datetime="2025-01-17">17 January</time>'),
    );
    expect(a.published).toBe('2025-01-17');
  });

  it('prefers the date on the byline line to other dates by the headline', () => {
    const a = extractHtml(
      page('', '<h1>Exam results</h1><ul><li>12/16/2025</li><li>12/04/2025</li></ul><p>03/01/2017 by Ada Park, committee member</p>'),
    );
    expect(a.published).toBe('2017-03-01');
  });

  it('reads JSON-LD that a page put in a meta tag', () => {
    const ld = '{"@type":"Article","headline":"Charging at home","datePublished":"2025-11-17T09:00:00-05:00"}'.replace(/"/g, '&quot;');
    const a = extractHtml(page(`<meta name="script:ld+json" content="${ld}">`, '<h1>Charging at home</h1>'));
    expect(a.published).toBe('2025-11-17T09:00:00-05:00');
  });

  it('reads a meta tag named for the publication date beyond the usual names', () => {
    const a = extractHtml(page('<meta name="x-published-date" content="2025-05-27T06:03:43Z"><meta name="x-updated-date" content="2025-06-01">', '<h1>Moving work in house</h1>'));
    expect(a.published).toBe('2025-05-27T06:03:43Z');
  });

  it('reads the date of the article record in hydration state', () => {
    const state = JSON.stringify({
      props: { related: [{ title: 'Another story', date: '2020-01-01T00:00:00' }], post: { title: 'Wie Apps entstehen', date: '2024-04-08T06:59:34', status: 'publish' } },
    });
    const a = extractHtml(page('<title>Wie Apps entstehen</title>', `<h1>Wie Apps entstehen</h1><script id="__NEXT_DATA__" type="application/json">${state}</script>`, 'de'));
    expect(a.published).toBe('2024-04-08T06:59:34');
  });

  it('reads a published-date key in a script data layer, escaped or not', () => {
    const a = extractHtml(page('', '<h1>Cost and benefit</h1><script>window.dataLayer = [{"pageType":"article","publishDate":"2025-05-27"}];</script>'));
    expect(a.published).toBe('2025-05-27');
    const b = extractHtml(page('', '<h1>Cost and benefit</h1><script>self.push([1,"{\\"publishedAt\\":\\"2023-02-01T10:00:00Z\\"}"])</script>'));
    expect(b.published).toBe('2023-02-01T10:00:00Z');
  });

  it('takes no date from a script when the page shows one', () => {
    const a = extractHtml(page('<meta property="article:published_time" content="2022-03-04">', '<h1>Cost and benefit</h1><script>var d = {"publishDate":"2025-05-27"};</script>'));
    expect(a.published).toBe('2022-03-04');
  });
});

describe('byline', () => {
  it('reads a byline whose word and name the markup glued together', () => {
    const a = extractHtml(page('', '<h1>Fasting, explained</h1><div><span>By</span><span>Daryl Austin</span></div><div>Published March 9, 2026</div>'));
    expect(a.author).toEqual(['Daryl Austin']);
    expect(a.published).toBe('2026-03-09');
  });
});
