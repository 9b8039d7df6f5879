/**
 * Quotation marks of the styles the stage reads: “…”, "…", «…», »…«, „…“, „…”, ‚…‘,
 * ‘…’, '…', ‹…›, 「…」 and 『…』. Each opener lists the marks that may close it.
 */
export const closersOf: Record<string, string> = {
  '“': '”“',
  '"': '"',
  '«': '»',
  '»': '«',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  "'": "'",
  '‹': '›',
  '「': '」',
  '『': '』',
  '”': '”',
};

/** Marks that open a quotation only when they stand where an opener can stand. */
export const ambiguousOpeners = new Set(['"', "'", '”', '»', '‘']);

/** French sets guillemets apart from the words with a space: « Oui », a-t-il dit. */
export const spacedOpeners = new Set(['«', '‹']);
export const spacedClosers = new Set(['»', '›']);

/** Single marks double as apostrophes ("don’t", "’90s"). */
export const singleMarks = new Set(["'", '‘', '’', '‚', '‹', '›']);

export const allMarks = new Set([...Object.keys(closersOf), ...Object.values(closersOf).join('')]);

/** Quotation marks by UTF-16 code, for a fast test while scanning text. */
const markCodes = new Uint8Array(0x10000);
for (const mark of allMarks) markCodes[mark.charCodeAt(0)] = 1;

export function isQuoteMark(ch: string): boolean {
  return ch.length === 1 && markCodes[ch.charCodeAt(0)] === 1;
}

export function isQuoteCode(code: number): boolean {
  return markCodes[code] === 1;
}
