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

/**
 * The day a date names ("2021-06-16", "16 June 2021"), or undefined when it names none: a
 * selection's bounds, and stored dates as the publisher wrote them (ISO 8601, or an older
 * store's own text).
 */
export function readDay(value: string): string | undefined {
  return parseDateValue(value)?.slice(0, 10);
}

/** Whether a selection's period ends before it begins, so that it takes nothing by its own terms. */
export function isReversed({ since, until }: Selection): boolean {
  return since !== undefined && until !== undefined && since > until;
}

export function isEverything(selection: Selection): boolean {
  return selection.since === undefined && selection.until === undefined && !selection.sources?.length;
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
    const day = d.published === undefined ? undefined : readDay(d.published);
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
