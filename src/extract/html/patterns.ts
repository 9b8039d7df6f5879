import { RIGHTS_RESERVED } from '../patterns.js';

/**
 * Lexicons for HTML extraction: tag classes, boilerplate markers in class and id names,
 * and short boilerplate phrases. Markers cover English, German, French, Spanish,
 * Portuguese, Italian, Dutch and Polish, because held-out pages are in those languages.
 */
import type { PageType } from '../../core/types.js';

/** Subtrees the parser drops outright: never visible text. */
export const DROPPED_SUBTREES = new Set([
  'script',
  'style',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'select',
  'textarea',
  'datalist',
  'audio',
  'video',
]);

/** Elements without content or closing tag. */
export const VOID_TAGS = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen',
  'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/**
 * Elements whose start tag closes an open element (HTML's optional end tags): a <p>
 * ends at the next block, an <li> at the next <li> of its list, a cell at the next cell.
 * `closes`: what it closes; `within`: where the search stops (the list of an <li>);
 * `through`: whether other open elements may stand in between.
 */
export interface ImpliedClose {
  closes: Set<string>;
  within: Set<string>;
  through: boolean;
}

const closesParagraph: ImpliedClose = { closes: new Set(['p']), within: new Set(), through: false };
const PARAGRAPH_CLOSERS = [
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul',
];
export const IMPLIED_CLOSE = new Map<string, ImpliedClose>([
  ...PARAGRAPH_CLOSERS.map((t): [string, ImpliedClose] => [t, closesParagraph]),
  ['li', { closes: new Set(['li']), within: new Set(['ul', 'ol', 'menu']), through: true }],
  ['dt', { closes: new Set(['dt', 'dd']), within: new Set(['dl']), through: true }],
  ['dd', { closes: new Set(['dt', 'dd']), within: new Set(['dl']), through: true }],
  ['tr', { closes: new Set(['tr']), within: new Set(['table', 'thead', 'tbody', 'tfoot']), through: true }],
  ['td', { closes: new Set(['td', 'th']), within: new Set(['tr', 'table']), through: true }],
  ['th', { closes: new Set(['td', 'th']), within: new Set(['tr', 'table']), through: true }],
  ['thead', { closes: new Set(['thead', 'tbody', 'tfoot']), within: new Set(['table']), through: true }],
  ['tbody', { closes: new Set(['thead', 'tbody', 'tfoot']), within: new Set(['table']), through: true }],
  ['tfoot', { closes: new Set(['thead', 'tbody', 'tfoot']), within: new Set(['table']), through: true }],
  ['option', { closes: new Set(['option']), within: new Set(['select', 'datalist', 'optgroup']), through: false }],
  ['optgroup', { closes: new Set(['option', 'optgroup']), within: new Set(['select']), through: false }],
  ['body', { closes: new Set(['head']), within: new Set(), through: false }],
]);

/**
 * The end of a sentence: a mark followed by a space or ending the text. Latin and CJK
 * marks, the danda of Hindi and other Indic scripts (।), the Urdu full stop (۔), the
 * Arabic question mark (؟), the full stops of Armenian, Ethiopic, Myanmar and Khmer,
 * and, since Thai and Lao end sentences with a space and no mark, a letter of those
 * scripts (U+0E00-U+0EFF) ending the text.
 */
export const SENTENCE_END = /[.!?。！？…:;)"”»।॥۔؟։።။។]\s|[.!?。！？…"”»」』।॥۔؟։።။។\u0e00-\u0eff]$/;

/** Commas that part clauses: Latin, CJK (，、) and Arabic-script (،). */
export const CLAUSE_COMMA = /[,，、،]/;

/**
 * Scripts in which one character is a syllable or a word, and how many Latin characters
 * each is worth in length thresholds. The same text takes about a third as many
 * characters in Chinese as in English, and under half in Japanese or Korean: a Chinese
 * sentence of 25 characters says what an English one says in 80.
 */
const DENSE: [string, number][] = [
  ['\\p{Script=Han}', 3],
  ['\\p{Script=Hangul}', 2.5],
  ['\\p{Script=Hiragana}\\p{Script=Katakana}', 2],
];
export const DENSE_SCRIPTS: [RegExp, number][] = DENSE.map(([chars, weight]) => [new RegExp(`[${chars}]`, 'gu'), weight]);

/** Any character of those scripts: a quick test that most texts fail. */
export const ANY_DENSE = new RegExp(`[${DENSE.map(([chars]) => chars).join('')}]`, 'u');

/** Elements that start a new block of text (everything else is inline). */
export const BLOCK_TAGS = new Set([
  '#root',
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'head',
  'title',
  'option',
  'label',
]);

export const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Tags that are page furniture wherever they stand. */
export const BOILERPLATE_TAGS = new Set(['nav', 'aside', 'dialog', 'menu', 'head', 'title', 'label', 'option']);

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
  'alert',
]);

/**
 * Stems of comment sections: never the article, however large, but the very content
 * of a forum thread. They match anywhere inside a class or id token ("commentlist").
 */
export const COMMENT_STEMS = ['comment', 'komment', 'komentar', 'comentar', 'kommentar', 'yorum', 'reactie', 'disqus', 'replies'];

/** Whole tokens of comment sections. */
export const COMMENT_TOKENS = new Set(['reply', 'reactions']);

/** Stems of related-content lists ("relatedposts", "lesen-sie-auch"): never the content. */
export const RELATED_STEMS = [
  'related', 'verwandt', 'aehnlich', 'ähnlich', 'similar', 'similaire', 'relacionad', 'correlat', 'powiazan',
  'powiązan', 'podobne', 'gerelateerd', 'readnext', 'read-next', 'lire-aussi', 'voir-aussi', 'leer-tambien',
  'zobacz-tez', 'lesen-sie-auch', 'mehr-zum-thema', 'morestories', 'more-stories', 'mostread', 'most-read',
  'meistgelesen', 'outbrain', 'taboola', 'zergnet', 'plista', 'ligatus',
  // pt, nl, tr, id, es, it
  'leia-tambem', 'veja-tambem', 'mais-lidas', 'lees-ook', 'meest-gelezen', 'ilgili', 'terkait', 'baca-juga',
  'mas-leidas', 'piu-letti',
];

/**
 * The heading of a related-content section ("You may also like", "Leia também",
 * "Читайте также", "関連記事"), matched against a heading's whole text. A section that
 * such a heading opens is a list of other articles, however much teaser prose it holds.
 * "See also" is left out: in reference pages its links are part of the content.
 * en, de, fr, es, pt, it, nl, pl, ru, tr, id, ar, zh, ja, ko.
 */
export const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'related( articles| stories| posts| content| news| coverage| reading| links)?',
      'you (may|might) (also )?(like|enjoy|be interested in)', 'read (also|next)', 'also read',
      '(more|other) (stories|articles|news)', 'recommended (for you|reading|articles|stories)', 'more on this (story|topic)',
      'lesen sie auch', 'auch interessant', 'das könnte sie auch interessieren', 'mehr zum thema', '(ähnliche|verwandte|weitere) artikel',
      '(à )?lire aussi', 'sur le même sujet', 'vous aimerez (peut-être )?aussi', 'articles (similaires|liés)',
      'lee también', 'leer también', '(también )?te puede interesar', '(noticias|artículos) relacionad[oa]s', 'te recomendamos',
      'leia também', 'você (também )?pode (gostar|se interessar)', '(notícias|artigos|posts) relacionad[oa]s',
      'leggi anche', '(ti )?potrebbe(ro)? interessarti', '(articoli|notizie) correlat[ie]',
      'lees ook', 'gerelateerde artikelen', 'czytaj (też|także)', 'podobne artykuły', 'polecane',
      'читайте также', 'похожие (статьи|новости|материалы)', 'вам (также )?может (понравиться|быть интересно)',
      'по теме', 'ilgili haberler', '(bunlar da )?ilginizi çekebilir', 'baca juga', '(artikel|berita) terkait',
      'اقرأ أيضا[ً]?', '(مقالات|أخبار) ذات صلة',
      '相[关關](文章|阅读|閱讀|新闻|新聞)', '推荐阅读', '延伸[阅閱][读讀]', '猜你喜[欢歡]', '関連記事', '(あわせて|合わせて)読みたい',
      'こちらもおすすめ', '관련 ?기사', '함께 (보면 좋은|볼만한) 기사',
    ].join('|') +
    ')[\\s.:…!]*$',
  'i',
);

/**
 * Stems of small widgets: sharing, newsletter and cookie boxes, ads, breadcrumbs, tag
 * lists, bylines. An element so named that holds a lot of text is not one (pages do
 * put id="share-btn" on the article body).
 */
export const WIDGET_STEMS = [
  // sharing and social
  'share', 'sharing', 'social', 'teilen', 'partag', 'compartir', 'compartilh', 'condivid', 'udostepn', 'paylas',
  'bagikan', 'follow-us', 'followus', 'addthis', 'sociable',
  // newsletter, sign-up
  'newsletter', 'signup', 'sign-up',
  // cookies and consent
  'cookie', 'consent', 'gdpr', 'rgpd',
  // ads
  'advert', 'adsense', 'adslot', 'ad-slot', 'adunit', 'ad-unit', 'adwrap', 'ad-wrap', 'adcontainer', 'ad-container',
  'anzeige', 'werbung', 'publicite', 'publicidad', 'reklam', 'pubblicit', 'sponsor', 'affiliate', 'dfp-',
  'gpt-ad', 'doubleclick',
  // furniture inside articles
  'breadcrumb', 'brotkrumen', 'fil-ariane', 'pagination', 'paginac', 'paginier', 'stronicow', 'skiplink',
  'skip-link', 'skip-to', 'sr-only', 'screen-reader', 'visually-hidden', 'visuallyhidden', 'offscreen', 'tagcloud',
  'tag-list', 'taglist', 'post-tags', 'entry-tags', 'article-tags', 'author-bio', 'authorbio', 'author-box',
  'authorbox', 'about-author', 'about-the-author', 'byline', 'dateline', 'timestamp', 'post-meta', 'entry-meta',
  'article-meta',
];

/** Whole class or id tokens of small widgets ("ad", not "add"). */
export const WIDGET_TOKENS = new Set([
  'ad', 'ads', 'tags', 'tag', 'share', 'social', 'meta', 'bio', 'author', 'authors', 'autor', 'auteur',
  'autore', 'disclaimer', 'copyright', 'sitemap', 'cta', 'email', 'toc', 'date', 'datum', 'fecha', 'published',
]);

/** Text (characters, whitespace aside) above which an element is too big to be a small widget. */
export const SMALL_WIDGET_MAX_TEXT = 1500;

/**
 * Stems of page layout: headers, footers, sidebars, menus, pop-ups. An element named with
 * one of these is junk unless its name also says it is a wrapper or the content itself
 * (CONTENT_TOKENS: "content-with-sidebar", "has-sidebar", "menu-content").
 */
export const LAYOUT_STEMS = [
  'sidebar', 'seitenleiste', 'barra-lateral', 'footer', 'fusszeile', 'stopka', 'rodape', 'pie-de-pagina', 'pied-de-page',
  'navbar', 'navigation', 'navegacao', 'navegacion', 'menu',
  'toolbar', 'topbar', 'top-bar', 'bottombar', 'popup', 'pop-up', 'modal', 'overlay', 'lightbox',
  'promo', 'recommend', 'empfehl', 'recomend', 'raccomand', 'polecan', 'trending', 'popular',
  'subscri', 'abonn', 'suscri', 'subskryp', 'prenumer', 'register', 'login', 'rating', 'alert-bar',
];

/**
 * Stems of a page's header area. Outside <main> and <article> this is the site's
 * masthead; inside them it is the article's own header or a page's hero banner.
 */
export const HEADER_STEMS = ['header', 'masthead', 'banner', 'cabecalho', 'cabecera'];

/** Whole tokens of page layout. */
export const LAYOUT_TOKENS = new Set([
  'nav', 'head', 'links', 'search', 'suche', 'recherche', 'buscar', 'szukaj', 'signin', 'print',
  'noprint', 'nocontent', 'feedback', 'survey', 'legal', 'aside',
]);

/** Tokens that show an element is a wrapper or the content itself; they override layout stems. */
export const CONTENT_TOKENS = new Set([
  'article', 'articles', 'content', 'contents', 'main', 'entry', 'post', 'story', 'prose', 'richtext', 'wrapper',
  'wrap', 'container', 'layout', 'page', 'site', 'artikel', 'beitrag', 'inhalt', 'contenu', 'contenido', 'cuerpo',
  'noticia', 'tresc', 'artykul', 'conteudo', 'corpo', 'testo', 'l', 'template', 'single',
]);

/** Class prefixes of page-state modifiers ("has-sidebar", "is-open"). */
export const STATE_CLASS_PREFIX = /^(?:has|with|no|is|show|hide|not|without|enable|disable)[-_]/i;
export const STATE_CLASS_SUFFIX = /[-_](?:open|closed|enabled|disabled|active|inactive|on|off|visible|allowed)$/i;
/** Class prefixes of CMS slugs ("tag-wework", "category-news"), in the long class lists CMSs generate. */
export const SLUG_CLASS_PREFIX =
  /^(?:[a-z]+[-_])?(?:tag|tags|category|categories|cat|format|type|status|postid|pageid|page-id|parent-pageid|term|taxonomy|author|section|topic|rubrik|rubrique|seccion|single-format|page-template|post-type|node-type|language|lang)[-_]/i;
/** A class list this long is generated by a CMS. */
export const SLUG_LIST_MIN = 4;

/** Stems that mark the main content in class or id names and itemprops. */
export const CONTENT_STEMS = [
  'articlebody', 'article-body', 'article_body', 'articletext', 'article-text', 'article-content', 'articlecontent',
  'entry-content', 'entrycontent', 'post-content', 'postcontent', 'post-body', 'postbody', 'post-entry',
  'story-body', 'storybody', 'story-content', 'main-content', 'maincontent', 'page-content', 'body-text',
  'bodytext', 'text-content', 'rich-text', 'richtext', 'prose', 'artikel-text', 'artikeltext', 'beitragstext',
  'contenu-article', 'article-contenu', 'cuerpo-noticia', 'contenido-nota', 'tresc-artykulu', 'artykul-tresc',
];

export const CONTENT_ITEMPROPS = new Set(['articlebody', 'text', 'reviewbody', 'mainentityofpage']);

/**
 * Short blocks (a line or two) that are boilerplate whatever their markup. Matched
 * against the whole block, case-insensitively.
 */
export const BOILERPLATE_LINES: RegExp[] = [
  /^(advertisement|advertising|advert|ad|sponsored( content)?|anzeige|werbung|publicit[ée]|publicidad|publicidade|reklama|reklame|pubblicit[àa]|iklan|annons|mainos)$/i,
  /^(share|tweet|pin( it)?|email|e-mail|print|drucken|imprimer|imprimir|drukuj|teilen|partager|compartir|udost[eę]pnij|condividi)$/i,
  /^(share|teilen|partager|compartir|udost[eę]pnij|condividi)\b.{0,40}\b(on|via|auf|sur|en|na|su|this|article|artikel|story)\b.{0,30}$/i,
  /^(read more|more|weiterlesen|mehr|lire la suite|en savoir plus|leer m[aá]s|seguir leyendo|czytaj (wi[eę]cej|dalej)|continua a leggere|continue reading|ver m[aá]s|voir plus)\W*$/i,
  /^(related|related (articles|stories|posts|content)|see also|siehe auch|voir aussi|ver tambi[eé]n|zobacz (te[zż]|r[oó]wnie[zż])|leggi anche|lesen sie auch|lire aussi|lee tambi[eé]n)\W*$/i,
  new RegExp(RIGHTS_RESERVED, 'i'),
  /^(sign up|subscribe|subscribe now|jetzt abonnieren|abonnieren|s'abonner|abonnez-vous|suscr[ií]bete|suscribirse|subskrybuj|zapisz si[eę]|iscriviti)\b/i,
  /\b(subscribe to|sign up for|abonnieren sie|inscrivez-vous [àa]|abonnez-vous [àa]|suscr[ií]bete a|zapisz si[eę] do) (our|the|unseren?|notre|nuestro|naszego)?.{0,40}\b(newsletters?|bulletins?|bolet[ií]n|infolettre)\b/i,
  /^(follow us|folgen sie uns|suivez-nous|s[ií]guenos|obserwuj nas|seguici)\b/i,
  /^follow\b.{0,40}\bon (twitter|x|facebook|instagram|linkedin|tiktok|youtube|bluesky)\b/i,
  /\bshare (it|this( story| article)?) with\b.{0,30}$/i,
  /^(tags?|schlagw[oö]rter|stichw[oö]rter|mots[- ]cl[ée]s|etiquetas|tagi|tag|filed under|posted in|categor(y|ies)|kategorien?|cat[ée]gories?|categor[ií]as?|kategori[ea])\s*:?(\s.{0,200})?$/i,
  // Newsletter boxes and their confirmations.
  /^(?=.{0,300}$).*\b(newsletters?|infolettre|bolet[ií]n)\b.*\b(subscrib\w*|sign up|inbox|delivered|abonn\w*|inscri\w*|suscr\w*|zapisz|e-?mail)\b|^(?=.{0,300}$).*\b(subscrib\w*|sign up|abonn\w*|inscri\w*|suscr\w*)\b.*\b(newsletters?|infolettre|bolet[ií]n)\b|^you('ve| have) (been )?(successfully )?subscribed\b/i,
  // Affiliate disclosures.
  /^(?=.{0,300}$).*\b(affiliate (commission|links?)|(earn|get|receive) (a |an )?(small )?(share of the sale|commission)|provision (erhalten|bekommen)|touchons une commission|recibimos una comisi[oó]n)\b/i,
  /\bcontributed to this (report|story|article)\W*$/i,
  // Gallery counters and icon-font ligatures ("Image 1 of 5", "arrow_forward_ios").
  /^(image|photo|picture|slide|bild|foto|zdj[eę]cie|imagen|immagine) \d+ (of|von|de|sur|z|di) \d+$/i,
  /^[a-z]+(_[a-z]+)+$/,
  /^(comments?|kommentare?|commentaires?|comentarios?|komentarze?)(\s*\(\d+\))?$/i,
  /^(previous|next|older|newer|vorheriger|n[äa]chster|pr[ée]c[ée]dent|suivant|anterior|siguiente|poprzedni|nast[eę]pny)( (post|article|story|entry|beitrag|artikel|entrada|art[ií]culo|wpis|artyku[lł]))?\W*$/i,
  /^(explore further|more from|most popular|most read|meistgelesen|les plus lus|lo m[aá]s le[ií]do|najcz[eę][sś]ciej czytane)\W*$/i,
  // Reading times, tables of contents, bookmarks.
  /^(\d+\s*(min(ute)?s?|mins?)\.?\s*(read|reading time|lesezeit|de lecture|de lectura|czytania|di lettura)|(reading time|lesezeit|temps de lecture|tiempo de lectura|czas czytania)\s*:?\s*\d+\s*\w*)\W*$/i,
  /^(table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des mati[èe]res|[íi]ndice|contenido|spis tre[sś]ci|indice|in this article|auf dieser seite|dans cet article|en este art[ií]culo|w tym artykule)\W*$/i,
  /^(save|save (this )?(story|article)|bookmark|merken|speichern|enregistrer|guardar|zapisz)$/i,
  /^(join (our|the) (mailing list|newsletter|conversation|community)|add a comment|leave a (reply|comment))\W*$/i,
  // Calls to action standing alone.
  /^(book a (demo|call|consultation)|request a (demo|quote|call)|get (a )?(free )?(quote|consultation|demo|trial)|get started( (today|now|for free))?|start (your )?free trial|contact us|kontakt(ieren sie uns)?|contactez-nous|cont[aá]ctanos|skontaktuj si[eę]|jetzt (anfragen|starten)|demander un devis|solicitar (presupuesto|demo)|zapytaj o ofert[eę])\W*$/i,
  // CMS shortcodes that were never rendered.
  /^\[\w+[^\]]*\].*\[\/\w+\]$/,
  /^(skip to (main )?content|zum inhalt springen|aller au contenu|saltar al contenido|przejd[zź] do tre[sś]ci)$/i,
  /^(loading|wird geladen|chargement|cargando|[lł]adowanie)\W*$/i,
  /^(back to top|nach oben|haut de page|volver arriba|do g[oó]ry|torna su)$/i,
  /^(view|show|hide|post|add|leave a|write a) (\d+ )?comments?\W*$|^(kommentare? (anzeigen|schreiben)|voir les commentaires|ver comentarios|poka[zż] komentarze)$/i,
  /\b(we use cookies|uses cookies|verwendet cookies|utilise des cookies|utiliza cookies|u[zż]ywa(my)? (plik[oó]w )?cookies)\b/i,
  // Photo credits standing alone: "Photo: Ann Lee, AP", "Getty Images", "Foto: dpa".
  /^((photo|image|picture|foto|bild|zdj[eę]cie|imagen|illustration|credit|source|quelle|fuente|źródło)s?( credit)?\s*[:|/]\s*.{1,80}|[^.!?]{0,60}\b(getty images|shutterstock|istock(photo)?|reuters|associated press|afp|dpa|epa|imago)\b[^.!?]{0,20})$/i,
  /^(caption|bildunterschrift|l[ée]gende|pie de foto|podpis)$/i,
  // The commonest of these lines in Portuguese, Dutch, Russian, Turkish, Indonesian,
  // Arabic, Chinese, Japanese and Korean. Whole lines, ending in
  // anything but letters (\b and \W only know ASCII letters: \W* would eat a Russian sentence).
  /^(anúncio|advertentie|реклама|reklam|إعلان|广告|廣告|広告|광고)$/iu,
  /^(compartilh(ar|e)|partilhar|delen|поделиться|paylaş|bagikan|شارك|分享|シェア|공유(하기)?|printen|печать|yazdır|cetak|طباعة|打印|印刷|인쇄)$/iu,
  /^(leia mais|saiba mais|continue lendo|lees (meer|verder)|читать (далее|дальше|полностью)|подробнее|devamını oku|baca selengkapnya|اقرأ المزيد|阅读全文|閱讀全文|続きを読む|더 ?보기)[^\p{L}\p{N}]*$/iu,
  /^(leia também|veja também|lees ook|читайте также|смотрите также|ayrıca bakınız|baca juga|اقرأ أيضا[ًا]?|相[关關](文章|阅读|閱讀|新闻|新聞)|関連記事|관련 ?기사)[^\p{L}\p{N}]*$/iu,
  /^(siga-nos|volg ons|подписывайтесь на нас|bizi takip edin|ikuti kami|تابعونا|关注我们|關注我們)(\s.{0,60})?$/iu,
  /^(assine( já)?|inscreva-se|abonneer( je)?|подпишитесь|подписаться|abone ol|berlangganan|اشترك|订阅|訂閱|購読|구독(하기)?)[^\p{L}\p{N}]*$/iu,
  /^(comentários?|reacties?|комментари(и|ев|й)|yorumlar|komentar|تعليقات|评论|評論|コメント|댓글)(\s*\(?\d+\)?)?$/iu,
  /^(etiquetas|теги|метки|etiketler|الوسوم|标签|標籤|タグ|태그)(\s*[:：].{0,200})?$/iu,
  /^(próxim[oa]|vorige|volgende|предыдущая|следующая|önceki|sonraki|sebelumnya|selanjutnya|السابق|التالي|上一篇|下一篇|前の記事|次の記事|이전 ?글|다음 ?글)[^\p{L}\p{N}]*$/iu,
  /^(mais lid[ao]s|meest gelezen|самое (читаемое|популярное)|en çok okunanlar|terpopuler|الأكثر قراءة|热门文章|熱門文章|人気記事|많이 본 (뉴스|기사))[^\p{L}\p{N}]*$/iu,
  /^(voltar ao topo|naar boven|наверх|yukarı çık|kembali ke atas|pular para o conteúdo|перейти к содержанию|içeriğe geç|carregando|загрузка|yükleniyor|memuat)[^\p{L}\p{N}]*$/iu,
  /(utilizamos cookies|usamos cookies|gebruik(t|en) cookies|использу(ет|ем) (файлы )?cookie|çerez(ler)? kullan|menggunakan cookie|使用\s?cookie|クッキーを使用|쿠키를 사용)/iu,
  /^(фото|источник|fotografia|kaynak|sumber|صورة|المصدر|图片|摄影|来源|來源|写真|사진|출처)\s*[:：|/]\s*.{0,80}$/iu,
];

const DATELINE_WORDS =
  'published|updated|posted|last (?:updated|modified)|ver[öo]ffentlicht|aktualisiert|publi[ée]|mis [àa] jour|publicado|actualizado|opublikowano|zaktualizowano|pubblicato|aggiornato';

/** Labels of a dateline ("Published: 19 Nov 2019 | Updated: ..."). */
export const DATELINE_LABEL = new RegExp(`^(?:${DATELINE_WORDS})\\b`, 'i');

/** The same labels anywhere in a line ("On behalf of Ann Lee posted in News on May 2, 2013"). */
export const DATELINE_WORD = new RegExp(`(?<!\\p{L})(?:${DATELINE_WORDS})(?!\\p{L})`, 'iu');

/** Keys under which script state (data layers, hydration blobs) holds the publication date. */
export const PUBLISHED_STATE_KEYS = [
  'datePublished',
  'publishDate',
  'publishedDate',
  'publishedAt',
  'published_at',
  'publish_date',
  'published_date',
  'date_published',
  'publicationDate',
  'publication_date',
  'firstPublishedDate',
  'firstPublishedAt',
  'first_published_at',
  'pubDate',
];

/** Meta names, beyond the usual ones, that give the publication date ("w-published-date"). */
export const PUBLISHED_META_NAME = /(?:publi(?:sh|cation)|pub-?date)[a-z_.:-]*(?:date|time)|pubdate/i;
/** Meta names of other dates that the pattern above would take. */
export const NOT_PUBLISHED_META_NAME = /modif|updat|expir|unpub|embargo/i;

/** Page-type hints in schema.org types, og:type and URL paths. */
export const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting', 'socialmediaposting',
  'scholarlyarticle', 'report', 'satiricalarticle', 'advertisercontentarticle', 'posting', 'review', 'recipe',
  'howto', 'medicalwebpage',
]);

/** schema.org types of non-article pages. */
export const PAGE_TYPE_SCHEMAS: Record<string, PageType> = {
  product: 'product',
  productgroup: 'product',
  offer: 'product',
  qapage: 'forum',
  discussionforumposting: 'forum',
  question: 'forum',
  collectionpage: 'collection',
  itemlist: 'listing',
  searchresultspage: 'listing',
  techarticle: 'documentation',
  apireference: 'documentation',
  service: 'service',
  faqpage: 'service',
};

/** URL path words of non-article pages. */
export const PAGE_TYPE_PATHS: [RegExp, PageType][] = [
  [/\/(forums?|threads?|topics?|questions|community|discussions?|comments|foro|forum|diskussion|t)\//, 'forum'],
  [/\/(products?|shop|store|produkt|produit|producto|produkty?|item|p)\//, 'product'],
  [/\/(docs?|documentation|manual|reference|api|guide|dokumentation|handbuch|kb|knowledge-?base)\//, 'documentation'],
  [/\/(category|categories|tags?|archives?|search|kategorie|categorie|categoria|kategoria|page\/\d+)\b/, 'listing'],
  [/\/(collections?|catalog|catalogue|brands?)\//, 'collection'],
  [/\/(services?|solutions|pricing|leistungen|dienstleistungen|servicios|uslugi)\b/, 'service'],
];

/** A price: a currency sign or code next to an amount. */
export const PRICE = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|PLN|zł|kr)\b)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF|PLN|zł|zl|kr)\b)/;

/** The label of a shop's add-to-cart control. */
export const CART =
  /^(add to (cart|bag|basket|trolley)|buy now|in den warenkorb|jetzt kaufen|ajouter au panier|acheter|a[ñn]adir al carrito|comprar( ahora)?|dodaj do koszyka|kup teraz|aggiungi al carrello|in winkelwagen)\b/i;
