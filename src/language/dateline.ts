/** Parts of a dateline (see `DATELINE`). */
const DATELINE_PARTS = {
  /** "MARROW FEN", "WASHINGTON", "ST. LOUIS": a place in capitals, at most four words. */
  capitalsPlace: String.raw`\p{Lu}[\p{Lu}\p{M}'’.-]+(?: \p{Lu}[\p{Lu}\p{M}'’.-]+){0,3}`,
  /** "Geneva", "São Paulo": a capitalised place, taken only when an agency follows. */
  place: String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?: \p{Lu}[\p{L}\p{M}'’.-]*){0,3}`,
  /** ", Eastmark", ", June 16", ", N.C.": a region or a date. */
  detail: String.raw`,[^,()—–]{1,40}`,
  /** "(Reuters)", "(dpa)": the agency. */
  agency: String.raw`\(\p{L}[^()]{0,39}\)`,
  /** The dash, and the story's first word after it, which opens a sentence: a capital or a quotation mark. */
  dash: String.raw`\s*(?:—|–|--?)\s+(?=[\p{Lu}"“‘'])`,
};

/**
 * A wire dateline opening a paragraph: the place the story was filed from, perhaps a
 * region or date and the agency, then a dash ("MARROW FEN, Eastmark (CPA) — ", "GENEVA
 * (Reuters) - ", "Geneva, June 16 (AP) — ", "Kiel (dpa) - "), or the agency alone
 * ("(CNN) — "). Where a story was filed is not what it reports: sentences start after it.
 */
export const DATELINE = (() => {
  const { capitalsPlace, place, detail, agency, dash } = DATELINE_PARTS;
  const filed = `(?:${capitalsPlace}|${place}(?=(?:${detail})? ${agency}))(?:${detail})?(?: ${agency})?`;
  return new RegExp(`^(?:${filed}|${agency})${dash}`, 'u');
})();
