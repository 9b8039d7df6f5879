import { PRONOUNS } from '../statements/index.js';

/**
 * Words that, as the whole of what someone said, stand for words elsewhere ("…, which was first
 * reported by TMZ", "Reagins confirmed it"): the statement shows the reader nothing.
 */
export const EMPTY_CONTENT = new Set([...PRONOUNS, 'which', 'what', 'something', 'so', 'his', 'hers', 'its', 'their', 'these', 'those']);

/** Separators between a page title and the site name appended to it ("Flood forces evacuations | The Courier"). */
export const TITLE_SITE_SEPARATOR = /\s+[|\-–—:·»]\s+(?=[^|\-–—:·»]+$)/;

/** Punctuation that ends a clause: a sentence cut after "Sunday," or "said:" drops it. */
export const CLAUSE_END = /[,;:—–]$/;
