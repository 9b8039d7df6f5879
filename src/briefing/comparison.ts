import type { Claim, Coverage } from '../core/types.js';
import { demonymsOf } from '../entities/index.js';
import type { BriefingJson } from './schema.js';

type Comparison = NonNullable<BriefingJson['comparison']>;

/** The outlet of each document (its `source`, or its id when it has none). */
export function outletOf(coverage: Coverage): Map<string, string> {
  return new Map(coverage.docs.map((d) => [d.id, d.source?.trim() || d.id]));
}

/**
 * How many people, places and organisations a claim names that no other outlet writes at
 * all, by any of their names or, for a place, its adjective ("US" in "US President",
 * "Russian"): an outlet's exclusive that brings in someone or somewhere new ("Navalny",
 * "Guantanamo") tells more of what only it reports than its own wording of the event.
 */
function newNamesOf(coverage: Coverage, outlet: Map<string, string>): (c: Claim) => number {
  const texts = new Map<string, string>();
  for (const doc of coverage.docs) {
    const source = outlet.get(doc.id) ?? doc.id;
    texts.set(source, `${texts.get(source) ?? ''}\n${doc.title ?? ''}\n${doc.text}`);
  }
  const outlets = [...texts].map(([source, text]) => ({ source, ...wordsOf(text) }));
  const writers = new Map<string, number>();
  for (const e of coverage.entities ?? []) {
    if (e.type === 'other') continue;
    const forms = [e.name, ...e.aliases, ...(e.type === 'place' ? demonymsOf(e.name) : [])];
    writers.set(e.id, outlets.filter((o) => forms.some((f) => writes(o, f))).length);
  }
  const docs = new Map(coverage.docs.map((d) => [d.id, d]));
  return (c) => {
    const names = new Set<string>();
    for (const cite of c.support) {
      for (const m of docs.get(cite.doc)?.mentions ?? []) {
        if (m.entity && writers.get(m.entity) === 1 && m.start >= cite.span.start && m.end <= cite.span.end) names.add(m.entity);
      }
    }
    return names.size;
  };
}

/** An outlet's words as written and lower-cased, and its whole text lower-cased. */
interface OutletWords {
  exact: Set<string>;
  lower: Set<string>;
  text: string;
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordsOf(text: string): OutletWords {
  const words = text.match(WORD) ?? [];
  return { exact: new Set(words), lower: new Set(words.map((w) => w.toLowerCase())), text: text.toLowerCase() };
}

/** Whether an outlet writes a name: initials ("US") only in capitals, other names in any case. */
function writes(o: OutletWords, name: string): boolean {
  if (/^\p{Lu}{2,4}$/u.test(name)) return o.exact.has(name);
  const words = name.match(WORD) ?? [];
  if (words.length === 0 || !words.every((w) => o.lower.has(w.toLowerCase()))) return false;
  return words.length === 1 || o.text.includes(name.toLowerCase());
}

/**
 * Source comparison: what only each outlet reports, which outlets leave out each
 * corroborated claim, and which claims are agreed and which disputed. `claims` come in
 * order of importance, and the lists keep it, except that an outlet's exclusives naming
 * someone or somewhere no other outlet writes come first.
 */
export function compareSources(coverage: Coverage, claims: Claim[]): Comparison {
  const outlet = outletOf(coverage);
  const outlets = [...new Set(outlet.values())];
  const outletsOf = (c: Claim) => new Set(c.support.map((s) => outlet.get(s.doc) ?? s.doc));
  const newNames = newNamesOf(coverage, outlet);
  return {
    outlets: outlets.map((source) => ({
      source,
      docs: coverage.docs.filter((d) => outlet.get(d.id) === source).map((d) => d.id),
      exclusives: claims
        .filter((c) => c.status === 'single-source' && [...outletsOf(c)].every((o) => o === source))
        .map((c) => ({ id: c.id, names: newNames(c) }))
        .sort((a, b) => b.names - a.names)
        .map((c) => c.id),
    })),
    omissions: claims
      .filter((c) => c.status === 'corroborated')
      .map((c) => ({ claim: c.id, missing: outlets.filter((o) => !outletsOf(c).has(o)) })),
    agreements: claims.filter((c) => c.status === 'corroborated').map((c) => c.id),
    disagreements: claims.filter((c) => c.status === 'disputed').map((c) => c.id),
  };
}
