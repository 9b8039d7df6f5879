/**
 * Words for reading dates and bylines in page text, in English, German, French,
 * Spanish, Portuguese, Italian, Dutch and Polish.
 */

/** Month names and abbreviations (lower-case, accents kept) to month numbers. */
export const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
  // en, de, fr, es, pt, it, nl, pl (nominative and genitive), then ru, uk, tr, ro, cs, fi, id,
  // sv/da/no (the forms a date writes)
  ['january', 'jan', 'januar', 'jänner', 'janvier', 'janv', 'enero', 'ene', 'janeiro', 'gennaio', 'gen', 'januari', 'styczeń', 'stycznia', 'sty', 'январь', 'января', 'янв', 'січня', 'ocak', 'ianuarie', 'ledna', 'tammikuuta'],
  ['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'fevereiro', 'fev', 'febbraio', 'februari', 'luty', 'lutego', 'lut', 'февраль', 'февраля', 'фев', 'лютого', 'şubat', 'februarie', 'února', 'helmikuuta'],
  ['march', 'mar', 'märz', 'maerz', 'mär', 'mars', 'marzo', 'março', 'marco', 'maart', 'marzec', 'marca', 'март', 'марта', 'мар', 'березня', 'mart', 'martie', 'března', 'maaliskuuta', 'maret', 'marts'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi', 'апрель', 'апреля', 'апр', 'квітня', 'nisan', 'aprilie', 'dubna', 'huhtikuuta'],
  ['may', 'mai', 'mayo', 'may', 'maio', 'maggio', 'mag', 'mei', 'maj', 'maja', 'май', 'мая', 'травня', 'mayıs', 'května', 'toukokuuta'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'junho', 'giugno', 'giu', 'czerwiec', 'czerwca', 'cze', 'июнь', 'июня', 'червня', 'haziran', 'iunie', 'června', 'kesäkuuta'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'julho', 'luglio', 'lug', 'lipiec', 'lipca', 'lip', 'июль', 'июля', 'липня', 'temmuz', 'iulie', 'července', 'heinäkuuta'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus', 'sierpień', 'sierpnia', 'sie', 'август', 'августа', 'авг', 'серпня', 'ağustos', 'augusti', 'srpna', 'elokuuta', 'agustus'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set', 'setembro', 'settembre', 'wrzesień', 'września', 'wrz', 'сентябрь', 'сентября', 'сен', 'вересня', 'eylül', 'septembrie', 'září', 'syyskuuta'],
  ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'outubro', 'out', 'ottobre', 'ott', 'październik', 'października', 'paź', 'октябрь', 'октября', 'окт', 'жовтня', 'ekim', 'octombrie', 'října', 'lokakuuta'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis', 'ноябрь', 'ноября', 'ноя', 'листопада', 'kasım', 'noiembrie', 'listopadu', 'marraskuuta', 'nopember'],
  ['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dezembro', 'dicembre', 'grudzień', 'grudnia', 'gru', 'декабрь', 'декабря', 'дек', 'грудня', 'aralık', 'decembrie', 'prosince', 'joulukuuta', 'desember'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const n of names) MONTHS[n] = i + 1;
});

/** Words that introduce a byline, removed before the names ("By", "Von", "Par"...). */
export const BYLINE_PREFIX =
  /^\s*(?:(?:written|posted|published|reported|authored|story|text|words)\s+by|by|von|par|por|przez|di|door|autor(?:in|a)?|author|auteur|autore|text|texte|texto|tekst|redakcja|redacción|rédaction|redaktion|reporting by)\b\s*[:|\-–—]?\s*/i;

/** A word that introduces the author's name anywhere in a line ("… By Lisa Jennings on Dec. 19"). */
export const BYLINE_WORD = /(?:^|[\s|·•,(])(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Pp]rzez|[Dd]oor|[Aa]utor|[Aa]uthor|[Aa]uteur)\s*:?\s+\p{Lu}/u;

/** Words that join several names in a byline. */
export const NAME_SEPARATOR = /\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|\boraz\b|\ben\b|\bwith\b|\bmit\b|\bavec\b|\bcon\b)\s*/i;

/** Words that show a byline fragment is not a name (roles, dates, sources). */
export const NOT_A_NAME =
  /\b(?:updated|published|posted|photo|photos|minutes?|min read|read|share|comments?|follow|twitter|facebook|email|ago|am|pm|gmt|utc|cet|est|says|said|reply|replies|bio|biography|cite|view|more|posts|profile|required|the author|about|unsplash|getty|shutterstock|mon|tue|wed|thu|fri|sat|sun)\b/i;

/** Class or id stems of elements that hold a byline or the author's name. */
export const AUTHOR_NAME_HINT = /(?:^|[-_\s])(?:by-?line|author|autor|auteur|autore|writer|byl|creator|posted-?by|article-?by)(?:[-_\s]|name|s\b|$)/i;

/** Class or id stems of elements that hold the publication date. */
export const DATE_HINT =
  /(?:publish|posted|pubdate|post-?date|entry-?date|article-?date|date-?pub|dateline|datum|fecha|data-?pub|time-?stamp|timestamp|date|time|meta)/i;

/** Labels for the modified date, so that it is not taken for the published one. */
export const MODIFIED_LABEL =
  /\b(?:updated|modified|last (?:updated|modified|reviewed)|aktualisiert|geändert|mis à jour|modifié|actualizado|actualización|modificado|zaktualizowano|aktualizacja|aggiornato|bijgewerkt)\b/i;

/** A line that is only a byline label, with the names on the next line. */
export const BYLINE_LABEL =
  /^\s*(?:written by|posted by|published by|article by|story by|author|authors|by|von|autor|autorin|autoren|par|auteur|auteurs|por|autora|autores|przez|autorzy|di|door)\s*:?\s*$/i;

/** URL paths of an author's page on a site. */
export const AUTHOR_PAGE_PATH =
  /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autores|autorzy|writer|writers|contributor|contributors|journalist|journalists|redakteur|columnist|profiles?|people|staff)\/[^/?#]+/i;
