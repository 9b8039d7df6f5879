/** ISO 639-3 codes that franc returns, mapped to the ISO 639-1 codes used in documents. */
export const ISO6393_TO_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt', ita: 'it', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk',
  tur: 'tr', ara: 'ar', arb: 'ar', cmn: 'zh', zho: 'zh', jpn: 'ja', kor: 'ko', swe: 'sv', nob: 'nb', nno: 'nn',
  dan: 'da', fin: 'fi', ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', bul: 'bg', ron: 'ro',
  hun: 'hu', ell: 'el', heb: 'he', pes: 'fa', fas: 'fa', urd: 'ur', hin: 'hi', ben: 'bn', tam: 'ta', tel: 'te',
  mar: 'mr', guj: 'gu', kan: 'kn', mal: 'ml', pan: 'pa', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', msa: 'ms',
  tgl: 'tl', swh: 'sw', swa: 'sw', cat: 'ca', glg: 'gl', eus: 'eu', lit: 'lt', lav: 'lv', ekk: 'et', est: 'et', isl: 'is',
  gle: 'ga', cym: 'cy', afr: 'af', azj: 'az', uzn: 'uz', kaz: 'kk', bel: 'be', mkd: 'mk', als: 'sq', hye: 'hy',
  kat: 'ka', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', som: 'so', nep: 'ne', sin: 'si', khm: 'km', mya: 'my',
};

/**
 * Frequent function words of common news languages (ISO 639-1 keys). In a short text,
 * names can outweigh the letter statistics franc relies on; function words cannot.
 */
export const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'are', 'were', 'on', 'that', 'for', 'with', 'said', 'we', 'he', 'she', 'it', 'they', 'has', 'have', 'will', 'not', 'this', 'at', 'by', 'from', 'after', 'again'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'auf', 'für', 'von', 'den', 'dem', 'ein', 'eine', 'sich', 'wir', 'er', 'sie', 'es', 'hat', 'wird', 'sagte', 'nach', 'auch', 'bei'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'un', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'avec', 'nous', 'il', 'elle', 'ont', 'a', 'été', 'du', 'au', 'aux', 'selon'],
  es: ['el', 'la', 'los', 'las', 'y', 'de', 'que', 'en', 'es', 'una', 'un', 'por', 'para', 'con', 'no', 'se', 'su', 'del', 'al', 'dijo', 'ha', 'fue', 'como', 'pero', 'más'],
  pt: ['o', 'a', 'os', 'as', 'e', 'de', 'que', 'em', 'é', 'uma', 'um', 'para', 'com', 'não', 'se', 'do', 'da', 'no', 'na', 'disse', 'foi', 'mais', 'como', 'ao', 'pelo'],
  it: ['il', 'lo', 'la', 'gli', 'le', 'e', 'di', 'che', 'è', 'una', 'un', 'per', 'con', 'non', 'si', 'del', 'della', 'nel', 'ha', 'sono', 'detto', 'come', 'anche', 'alla', 'dei'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'niet', 'op', 'met', 'voor', 'dat', 'die', 'zijn', 'wij', 'hij', 'zij', 'heeft', 'werd', 'zei', 'ook', 'bij', 'naar', 'aan', 'om', 'er'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'z', 'że', 'do', 'jest', 'to', 'jak', 'po', 'o', 'ale', 'od', 'za', 'przez', 'powiedział', 'był', 'są', 'oraz', 'już', 'tak', 'dla', 'jego'],
  da: ['og', 'i', 'det', 'at', 'en', 'den', 'til', 'er', 'som', 'på', 'de', 'med', 'han', 'af', 'for', 'ikke', 'der', 'var', 'sagde', 'har', 'vi', 'et', 'om', 'efter', 'fra'],
  sv: ['och', 'i', 'att', 'det', 'som', 'en', 'på', 'är', 'av', 'för', 'med', 'till', 'den', 'har', 'de', 'inte', 'om', 'ett', 'han', 'var', 'sa', 'vi', 'från', 'efter', 'säger'],
  tr: ['ve', 'bir', 'bu', 'da', 'de', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'olan', 'en', 'ama', 'sonra', 'dedi', 'değil', 'var', 'yok', 'ise', 'kadar', 'her', 'şey', 'o', 'biz'],
};

/** Languages that write "1.800" for one thousand eight hundred and "1,8" for one point eight. */
export const DECIMAL_COMMA = new Set(
  'de fr es it pt nl pl ru uk tr sv da nb nn fi cs sk sl hr sr bs bg ro hu el id vi ca gl eu lt lv et is az kk be mk sq'.split(' '),
);

/**
 * Nouns in the `stopword` package's lists that news uses as content words ("zwei Menschen
 * werden vermisst"): they stay content words.
 */
export const STOPWORD_NOUNS: Record<string, string[]> = {
  de: 'beispiel ende gott jahr jahre jahren mann mensch menschen mittel ordnung recht sache schluss startseite tag tage tagen teil uhr zeit'.split(' '),
};

/**
 * Function words that the `stopword` package's shorter lists lack: forms of "be" and
 * "have", and determiners of quantity ("unos", "vários"). Without them they count as
 * content words when sentences are compared.
 */
export const MORE_STOPWORDS: Record<string, string[]> = {
  es: `es son era eran fue fueron ser sido siendo será serán sería ha han había habían hay haber está están estaba estaban
    estar estado unos unas algunos algunas varios varias tras cerca todo toda todos todas este esta estos estas`.split(/\s+/),
  pt: `é são era eram foi foram ser sido sendo será serão seria há tem têm tinha tinham ter está estão estava estavam
    estar estado uns alguns algumas vários várias após cerca todo toda todos todas`.split(/\s+/),
  nl: 'werden ongeveer enkele'.split(' '),
  // Single characters that are function words, now that a single character of these scripts may be a content word.
  zh: '被 将 从 让 给 由 但 而 则 其 以 因 如 若 曾 仍 才 再 只 可 能 要 另 已经 正在 并且 以及 但是 因为 所以 如果 虽然'.split(' '),
  ja: 'っ ゃ ゅ ょ'.split(' '),
};

/** Languages that capitalise every noun, where a capital letter does not mark a name. */
export const CAPITALIZED_NOUNS = new Set(['de', 'lb']);

/**
 * Scripts written without spaces between words. Their runs are split into words by the
 * Unicode word breaker (ICU's dictionaries, through Intl.Segmenter).
 */
export const UNSPACED_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
