import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/extract/html/index.js';

const prose = (topic: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic}: the council met on Tuesday and agreed, after a long debate, to fund the new bridge, which engineers say will take three years to build.</p>`,
  ).join('\n');

const newsPage = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Bridge plan approved | The Riverside Courier</title>
  <meta property="og:site_name" content="The Riverside Courier">
  <meta property="og:title" content="Bridge plan approved">
  <meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
  <link rel="canonical" href="/news/bridge-plan">
  <script type="application/ld+json">
    {"@context":"https://schema.org","@type":"NewsArticle","headline":"Bridge plan approved",
     "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Kim"}],
     "dateModified":"2024-03-06T10:00:00Z"}
  </script>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
  <header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article>
      <h1>Bridge plan approved</h1>
      <div class="byline">By Ann Lee and Bo Kim</div>
      <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <div class="article-body">
        ${prose('the bridge', 4)}
        <h2>What happens next</h2>
        <ul><li>Tenders open in May.</li><li>Work starts next spring.</li></ul>
        <figure><img src="b.jpg"><figcaption>The old bridge in 1990. Photo: Ann Lee</figcaption></figure>
        ${prose('the budget', 3)}
      </div>
      <aside class="related-articles"><h3>Related</h3><ul><li><a href="/a">Council elections next month</a></li><li><a href="/b">Road closures this weekend</a></li></ul></aside>
      <div class="newsletter-signup">Sign up for our daily newsletter and get the news in your inbox.</div>
      <section id="comments" class="comments-area">
        <h3>3 comments</h3>
        <div class="comment"><p>Reader One said: this bridge is long overdue and I am glad the council finally agreed to fund it after years.</p></div>
      </section>
    </article>
  </main>
  <footer class="site-footer"><p>© 2024 The Riverside Courier. All rights reserved.</p></footer>
</body>
</html>`;

describe('extractHtml on a news article', () => {
  const a = extractHtml(newsPage, 'https://courier.example/news/bridge-plan?utm=x');

  it('keeps the article paragraphs, headings and lists', () => {
    expect(a.text).toContain('Paragraph 1 about the bridge');
    expect(a.text).toContain('Paragraph 3 about the budget');
    expect(a.text).toContain('What happens next');
    expect(a.text).toContain('- Tenders open in May.\n- Work starts next spring.');
  });

  it('separates paragraphs with blank lines', () => {
    expect(a.text).toMatch(/to build\.\n\nParagraph 2 about the bridge/);
  });

  it('drops navigation, sharing, related links, newsletter, comments, cookie banner and footer', () => {
    for (const junk of ['Home', 'Share on Facebook', 'Council elections', 'daily newsletter', 'Reader One', 'cookies', 'All rights reserved']) {
      expect(a.text).not.toContain(junk);
    }
  });

  it('leaves the title and the byline out of the text', () => {
    expect(a.text.startsWith('Paragraph 1')).toBe(true);
    expect(a.text).not.toContain('By Ann Lee');
  });

  it('reads the metadata', () => {
    expect(a.title).toBe('Bridge plan approved');
    expect(a.author).toEqual(['Ann Lee', 'Bo Kim']);
    expect(a.published).toBe('2024-03-05T09:30:00+01:00');
    expect(a.modified).toBe('2024-03-06T10:00:00Z');
    expect(a.site).toBe('The Riverside Courier');
    expect(a.canonical).toBe('https://courier.example/news/bridge-plan');
    expect(a.language).toBe('en');
    expect(a.pageType).toBe('article');
    expect(a.partial).toBeUndefined();
  });

  it('keeps figure captions unless asked to leave them out', () => {
    expect(a.text).toContain('The old bridge in 1990');
    const withoutCaptions = extractHtml(newsPage, undefined, { content: { captions: false } });
    expect(withoutCaptions.text).not.toContain('The old bridge in 1990');
  });
});

describe('boilerplate markers in other languages', () => {
  const page = (lang: string, widgets: Record<string, string>) => `<html lang="${lang}"><body><div class="inhalt">
    ${prose('die Brücke', 4)}
    ${Object.entries(widgets)
      .map(([cls, text]) => `<div class="${cls}"><p>${text} — dieser Kasten ist lang genug, um wie ein echter Absatz auszusehen, mit Kommas, Punkten und allem.</p></div>`)
      .join('\n')}
  </div></body></html>`;

  it.each([
    ['de', { kommentare: 'KOMMENTAR', 'artikel-teilen': 'TEILEN', 'verwandte-artikel': 'VERWANDT' }],
    ['fr', { 'zone-commentaires': 'COMMENTAIRE', 'partager-article': 'PARTAGER', 'articles-similaires': 'SIMILAIRE' }],
    ['es', { comentarios: 'COMENTARIO', compartir: 'COMPARTIR', 'noticias-relacionadas': 'RELACIONADA' }],
    ['pl', { komentarze: 'KOMENTARZ', udostepnij: 'UDOSTEPNIJ', powiazane: 'POWIAZANE' }],
  ])('drops comment, share and related boxes named in %s', (lang, widgets) => {
    const a = extractHtml(page(lang, widgets));
    expect(a.text).toContain('Paragraph 4 about die Brücke');
    for (const marker of Object.values(widgets)) expect(a.text).not.toContain(marker);
    expect(a.language).toBe(lang);
  });
});

describe('metadata fallbacks', () => {
  it('reads a byline and a date printed under the headline, and strips the site from <title>', () => {
    const a = extractHtml(`<html><head><title>Ein langer Tag im Rathaus - Stadtblatt</title>
      <meta property="og:site_name" content="Stadtblatt"></head><body>
      <h1>Ein langer Tag im Rathaus</h1>
      <p>Von Jana Nowak</p><p>12. März 2024</p>
      <div>${prose('das Rathaus', 4)}</div></body></html>`);
    expect(a.title).toBe('Ein langer Tag im Rathaus');
    expect(a.author).toEqual(['Jana Nowak']);
    expect(a.published?.slice(0, 10)).toBe('2024-03-12');
    expect(a.text).not.toContain('Jana Nowak');
  });

  it('reads <time datetime> and rel=author', () => {
    const a = extractHtml(`<html><body><article><h1>Storm damage counted</h1>
      <p class="meta"><a rel="author" href="/staff/li">Li Wei</a> <time datetime="2023-11-02T08:00:00Z">2 Nov</time></p>
      ${prose('the storm', 4)}</article></body></html>`);
    expect(a.author).toEqual(['Li Wei']);
    expect(a.published).toBe('2023-11-02T08:00:00Z');
  });

  it('takes the calendar day from the URL when a UTC timestamp crossed midnight', () => {
    const a = extractHtml(
      `<html><head><meta property="article:published_time" content="2025-12-19T02:41:41+00:00"></head>
       <body><article>${prose('late news', 4)}</article></body></html>`,
      'https://blog.example/2025/12/18/late-news/',
    );
    expect(a.published).toBe('2025-12-18');
  });
});

describe('page types and non-article pages', () => {
  it('names a product page and keeps its main block', () => {
    const a = extractHtml(`<html><head><script type="application/ld+json">{"@type":"Product","name":"Blue Mug"}</script></head>
      <body><nav><a href="/">Shop</a></nav><main><h1>Blue Mug</h1><p>$12.00</p><p>Hand-thrown stoneware mug.</p>
      <ul><li>Holds 350 ml</li><li>Dishwasher safe</li></ul></main><footer>Contact us</footer></body></html>`);
    expect(a.pageType).toBe('product');
    expect(a.text).toContain('$12.00');
    expect(a.text).toContain('- Dishwasher safe');
    expect(a.text).not.toContain('Contact us');
  });

  it('reads a forum thread marked up as a Q&A page', () => {
    const a = extractHtml(`<html><head><script type="application/ld+json">{"@type":"QAPage"}</script></head>
      <body><div class="question"><p>How do I repot a cactus without getting hurt? I have tried gloves, but the spines go through.</p></div>
      <div class="answer"><p>Wrap the cactus in a folded newspaper strip and lift it out by the strip; the spines stay in the paper.</p></div></body></html>`);
    expect(a.pageType).toBe('forum');
    expect(a.text).toContain('folded newspaper');
  });
});

describe('script-driven pages', () => {
  it('reads content kept in <noscript> when the page shows nothing else', () => {
    const a = extractHtml(`<html><body><div id="app"></div><noscript><div role="main">${prose('the thread', 3)}</div></noscript></body></html>`);
    expect(a.text).toContain('Paragraph 3 about the thread');
  });

  it('reads a streamed segment hidden until a script moves it', () => {
    const a = extractHtml(`<html><body><main><template id="B:0"></template></main><div hidden id="S:0">${prose('streaming', 4)}</div></body></html>`);
    expect(a.text).toContain('Paragraph 4 about streaming');
  });
});

describe('malformed markup', () => {
  const sentence = 'A paragraph that is long enough to count as prose, with a comma in it.';

  it('survives stray closing tags, an unclosed comment and an unclosed script', () => {
    expect(extractHtml(`</div></span><p>${sentence}</p></body></html></html>`).text).toBe(sentence);
    expect(extractHtml(`<p>${sentence}</p><!-- never closed <p>hidden</p>`).text).toBe(sentence);
    expect(extractHtml(`<p>${sentence}</p><script>var x = "<p>not text</p>";`).text).toBe(sentence);
  });

  it('drops control characters and prints table rows', () => {
    expect(extractHtml(`<p>A\u0000B ${sentence}</p>`).text).toBe(`AB ${sentence}`);
    const table = extractHtml('<table><tr><td>Name<td>Score<tr><td>Ann<td>12</table>');
    expect(table.text).toBe('Name | Score\nAnn | 12');
  });

  it('closes paragraphs and list items that the page leaves open', () => {
    const a = extractHtml(`<div><p>${sentence}<p>Second ${sentence}<ul><li>one<li>two</ul></div>`);
    expect(a.text).toBe(`${sentence}\n\nSecond ${sentence}\n\n- one\n- two`);
  });
});

describe('comment sections under a short post', () => {
  it('keeps the post and leaves the comments out', () => {
    const comment = (who: string) =>
      `<li class="comment"><p>${who} wrote: I have followed this topic for years, and I think the council should publish the full budget before any vote is taken, with all the numbers.</p></li>`;
    const a = extractHtml(`<html><body><article><h1>Open thread</h1>
      <div class="entry-content"><p>This is our open thread for the month: ask us anything about the budget, the bridge or the library, and we will answer below.</p></div>
      <div id="comments" class="comments-area"><ol class="comment-list">${['Ann', 'Bo', 'Cy', 'Di', 'Ed'].map(comment).join('')}</ol></div>
    </article></body></html>`);
    expect(a.text).toContain('This is our open thread');
    expect(a.text).not.toContain('wrote:');
  });
});

describe('a Polish article', () => {
  it('reads the byline, the date and drops the widgets', () => {
    const a = extractHtml(`<html lang="pl"><head><title>Nowy most na Wiśle | Gazeta Miejska</title></head><body>
      <nav class="menu-glowne"><a href="/">Strona główna</a></nav>
      <article><h1>Nowy most na Wiśle</h1><p class="autor">Autor: Anna Kowalska</p><p>7 listopada 2022</p>
      <div class="tresc-artykulu">
        <p>Radni zdecydowali we wtorek, po długiej debacie, że miasto sfinansuje budowę nowego mostu na Wiśle.</p>
        <p>Inżynierowie szacują, że prace potrwają trzy lata, a koszt wyniesie około dwustu milionów złotych.</p>
        <p>Mieszkańcy, z którymi rozmawialiśmy, przyjęli decyzję z ulgą, choć obawiają się korków w czasie budowy.</p>
      </div>
      <div class="udostepnij">Udostępnij na Facebooku</div>
      <div class="komentarze"><p>Jan: Wreszcie! Czekaliśmy na ten most od dziesięciu lat, a teraz w końcu coś się dzieje w tej sprawie.</p></div>
      </article></body></html>`);
    expect(a.title).toBe('Nowy most na Wiśle');
    expect(a.author).toEqual(['Anna Kowalska']);
    expect(a.published).toBe('2022-11-07');
    expect(a.language).toBe('pl');
    expect(a.text).toContain('Inżynierowie szacują');
    expect(a.text).not.toMatch(/Udostępnij|Wreszcie|Strona główna|Anna Kowalska/);
  });
});

describe('language', () => {
  it('detects the language of the text when the page declares none', () => {
    const body = 'Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke bis zum Sommer zu sperren, weil die Pfeiler beschädigt sind. '.repeat(3);
    expect(extractHtml(`<html><body><article><p>${body}</p></article></body></html>`).language).toBe('de');
  });
});
