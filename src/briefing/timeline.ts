import { citationOf, type ClaimAnalysis } from '../claims/index.js';
import type { BriefingJson } from './schema.js';

type TimelineEntry = NonNullable<BriefingJson['timeline']>[number];

/**
 * Dated happenings: every sentence that names a date (chrono-node, relative dates read
 * against the document's publication date), in date order. Sentences of one claim that
 * name the same date are one entry with several citations.
 */
export function buildTimeline(analysis: ClaimAnalysis): TimelineEntry[] {
  const claimOf = new Map<object, string>();
  for (const [id, units] of analysis.unitsOf) for (const u of units) if (!claimOf.has(u)) claimOf.set(u, id);
  const entries = new Map<string, TimelineEntry & { order: number }>();
  analysis.units.forEach((u, order) => {
    for (const d of u.features.dates) {
      if (!d.iso) continue;
      const date = d.precision === 'month' ? d.iso.slice(0, 7) : d.iso.slice(0, 10);
      const key = `${date} ${claimOf.get(u) ?? u.id}`;
      const entry = entries.get(key);
      if (entry) {
        if (!entry.support.some((s) => s.doc === u.doc && s.span.start === u.span.start)) entry.support.push(citationOf(u));
      } else entries.set(key, { date, when: d.text, text: u.text, support: [citationOf(u)], order });
    }
  });
  return [...entries.values()]
    .sort((a, b) => a.date.localeCompare(b.date) || a.order - b.order)
    .map(({ order: _order, ...entry }) => entry);
}
