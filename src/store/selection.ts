import { parseDateValue } from '../extract/index.js';
import type { StoredDocument } from './types.js';

/**
 * Which stored documents to work on: those published on or after `since` and on or before
 * `until` (days, `YYYY-MM-DD`, both ends included), from any of `sources` (outlet names,
 * case ignored). An empty selection takes every document.
 */
export interface Selection {
  since?: string;
  until?: string;
  sources?: string[];
}

export function isEverything(selection: Selection): boolean {
  return selection.since === undefined && selection.until === undefined && !selection.sources?.length;
}

/** The day a stored date falls on, as the publisher wrote it (ISO 8601, or an older store's own text). */
function dayOf(published: string | undefined): string | undefined {
  return parseDateValue(published)?.slice(0, 10);
}

export interface Selected {
  documents: StoredDocument[];
  /** Documents a date bound left out because they have no publication date. */
  undated: number;
  /** Outlets of the selection that no stored document has. */
  unknownSources: string[];
}

export function select(documents: StoredDocument[], selection: Selection): Selected {
  const sources = selection.sources?.length ? new Set(selection.sources.map((s) => s.toLowerCase())) : undefined;
  const dated = selection.since !== undefined || selection.until !== undefined;
  let undated = 0;
  const chosen = documents.filter((d) => {
    if (sources && !sources.has(d.source.toLowerCase())) return false;
    if (!dated) return true;
    const day = dayOf(d.published);
    if (day === undefined) {
      undated++;
      return false;
    }
    return (selection.since === undefined || day >= selection.since) && (selection.until === undefined || day <= selection.until);
  });
  const known = new Set(documents.map((d) => d.source.toLowerCase()));
  const unknownSources = (selection.sources ?? []).filter((s) => !known.has(s.toLowerCase()));
  return { documents: chosen, undated, unknownSources };
}
