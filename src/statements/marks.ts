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

/** Single marks double as apostrophes ("don’t", "’90s"). */
export const singleMarks = new Set(["'", '‘', '’', '‚', '‹', '›']);

export const allMarks = new Set([...Object.keys(closersOf), ...Object.values(closersOf).join('')]);

export function isQuoteMark(ch: string): boolean {
  return allMarks.has(ch);
}
