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

/** Word classes (Universal Dependencies tags) a cut sentence may not end on: they lead into words it leaves out. */
export const DANGLING_CLASSES = ['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'AUX'] as const;

/** Word classes that open a verb's object: a cut before one leaves the object out ("urged the State …"). */
export const OBJECT_CLASSES = ['DET', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADJ'] as const;
