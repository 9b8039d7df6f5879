/** Speaker names that are bare pronouns: unresolved, they say nothing about who spoke. */
export const PRONOUNS = new Set(
  `i me we us you he him she her it they them this that who one someone somebody`.split(/\s+/),
);

/**
 * Words that open a source naming no one: a pronoun left unresolved with what the tagger
 * took after it ("I couldn ’ t", "They ’ re"), a relative ("whom residents", "many of
 * whom"), or an indefinite alone ("nothing", "others").
 */
export const NO_ONE = {
  openers: new Set(`i me we us you he him she her it they them who which whom whose`.split(/\s+/)),
  inside: new Set(['whom', 'which', 'whose']),
  alone: new Set([...PRONOUNS, 'nothing', 'none', 'nobody', 'no one', 'some', 'others', 'many', 'all', 'few', 'several', 'everyone', 'everybody', 'anyone']),
};

/**
 * Words that, as the whole of what someone said, stand for words elsewhere ("…, which was first
 * reported by TMZ", "Reagins confirmed it"): the statement shows the reader nothing.
 */
export const EMPTY_CONTENT = new Set([...PRONOUNS, 'which', 'what', 'something', 'so', 'his', 'hers', 'its', 'their', 'these', 'those']);

/** Separators between a page title and the site name appended to it ("Flood forces evacuations | The Courier"). */
export const TITLE_SITE_SEPARATOR = /\s+[|\-–—:·»]\s+(?=[^|\-–—:·»]+$)/;

/** Punctuation that ends a clause: a sentence cut after "Sunday," or "said:" drops it. */
export const CLAUSE_END = /[,;:—–]$/;
