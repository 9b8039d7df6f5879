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

/** Word classes of a clause's subject: a cut may not end on one right before its verb ("… Committee Democrats …"). */
export const SUBJECT_CLASSES = ['NOUN', 'PROPN', 'PRON'] as const;

/**
 * Lemmas of verbs whose object is a clause: a cut after one must reach that clause's verb
 * ("he believes authorities …" says nothing of what they did).
 */
export const CLAUSE_VERBS = ['say', 'tell', 'believe', 'think', 'claim', 'argue', 'insist', 'suggest', 'hope', 'fear', 'assert', 'allege', 'contend', 'stress', 'add'] as const;

/** Words that lead into the word after them ("according" to, "due" to, "instead" of): a cut may not end on one. */
export const LEADS_INTO_NEXT = ['according', 'due', 'prior', 'instead', 'because', 'ahead', 'regardless', 'rather', 'owing', 'thanks', 'contrary'] as const;

/** Words that open a pair, with the word that joins its second half: "between Republicans …" and Democrats. */
export const PAIR_OPENERS: Readonly<Record<string, string>> = { between: 'and', both: 'and', either: 'or', neither: 'nor' };
