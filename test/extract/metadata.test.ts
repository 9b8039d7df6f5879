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
});
