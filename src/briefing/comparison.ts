import type { Claim, Coverage } from '../core/types.js';
import type { BriefingJson } from './schema.js';

type Comparison = NonNullable<BriefingJson['comparison']>;

/** The outlet of each document (its `source`, or its id when it has none). */
export function outletOf(coverage: Coverage): Map<string, string> {
  return new Map(coverage.docs.map((d) => [d.id, d.source?.trim() || d.id]));
}

/**
 * Source comparison: what only each outlet reports, which outlets leave out each
 * corroborated claim, and which claims are agreed and which disputed. `claims` come in
 * order of importance, and the lists keep it.
 */
export function compareSources(coverage: Coverage, claims: Claim[]): Comparison {
  const outlet = outletOf(coverage);
  const outlets = [...new Set(outlet.values())];
  const outletsOf = (c: Claim) => new Set(c.support.map((s) => outlet.get(s.doc) ?? s.doc));
  return {
    outlets: outlets.map((source) => ({
      source,
      docs: coverage.docs.filter((d) => outlet.get(d.id) === source).map((d) => d.id),
      exclusives: claims
        .filter((c) => c.status === 'single-source' && [...outletsOf(c)].every((o) => o === source))
        .map((c) => c.id),
    })),
    omissions: claims
      .filter((c) => c.status === 'corroborated')
      .map((c) => ({ claim: c.id, missing: outlets.filter((o) => !outletsOf(c).has(o)) })),
    agreements: claims.filter((c) => c.status === 'corroborated').map((c) => c.id),
    disagreements: claims.filter((c) => c.status === 'disputed').map((c) => c.id),
  };
}
