import { ALIGNMENT, citationOf, type ClaimAnalysis, type Unit } from '../claims/index.js';
import type { BriefingJson } from './schema.js';

type TimelineEntry = NonNullable<BriefingJson['timeline']>[number];
type Entry = TimelineEntry & { order: number; first: Unit };

/**
 * Dated happenings: every sentence that names a date (chrono-node, relative dates read
 * against the document's publication date), in date order. Sentences that name the same
 * date and tell one happening are one entry with several citations: sentences of one
 * claim, and sentences as alike as two that say the same thing (`ALIGNMENT.pair`), of
 * different documents that the claims stage aligned or of one document that says it twice
 * (a headline-like lead and its body). The loose pairs the claims stage also aligns ("the
 * trial starts Monday", "a judge found her guilty") stay apart.
 */
export function buildTimeline(analysis: ClaimAnalysis): TimelineEntry[] {
  const claimOf = new Map<object, string>();
  for (const [id, units] of analysis.unitsOf) for (const u of units) if (!claimOf.has(u)) claimOf.set(u, id);
  const sameHappening = (a: Unit, b: Unit) =>
    (claimOf.has(a) && claimOf.get(a) === claimOf.get(b)) ||
    ((a.doc === b.doc || analysis.aligned(a, b)) && analysis.similarity.compare(a, b).score >= ALIGNMENT.pair);
  const byDate = new Map<string, Entry[]>();
  analysis.units.forEach((u, order) => {
    for (const d of u.features.dates) {
      if (!d.iso) continue;
      const date = d.precision === 'month' ? d.iso.slice(0, 7) : d.iso.slice(0, 10);
      const dated = byDate.get(date) ?? byDate.set(date, []).get(date)!;
      const entry = dated.find((e) => sameHappening(e.first, u));
      if (!entry) dated.push({ date, when: d.text, text: u.text, support: [citationOf(u)], order, first: u });
      else if (!entry.support.some((s) => s.doc === u.doc && s.span.start === u.span.start)) entry.support.push(citationOf(u));
    }
  });
  return [...byDate.values()]
    .flat()
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .map(({ order: _order, first: _first, ...entry }) => entry);
}
