import type { Doc, Entity, EntityType, Mention } from '../core/types.js';
import { PERSON_PRONOUNS, TITLE_HEADS } from './lexicon.js';
import { canonicalPlace } from './mentions.js';

/** Fold case and diacritics so "Guantánamo" and "Guantanamo" are one key. */
export function nameKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
}

const words = (name: string) => nameKey(name).split(' ');

/** Plural role heads read as singular roles: "foreign ministers" → "foreign minister". */
function normalizeRole(role: string): string {
  return role.replace(/(\p{L}+)s$/u, (all, stem: string) => (TITLE_HEADS.has(stem.toLowerCase()) ? stem : all));
}

interface Cluster {
  type: EntityType;
  names: Map<string, number>;
  roles: Map<string, string>;
  mentions: Item[];
}

type Item = { doc: Doc; mention: Mention };

/**
 * Merge the mentions of all documents into canonical entities for the event:
 * a surname alone joins the person whose full name ends with it, place aliases join
 * their canonical place, and the fullest name form becomes the entity's name.
 * Sets `mention.entity` on every resolved mention.
 */
export function resolveEntities(docs: Doc[]): Entity[] {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const all = docs.flatMap((doc) => doc.mentions.map((mention) => ({ doc, mention })));
  settleTypes(all);

  const add = (key: string, type: EntityType, item: Item) => {
    let cluster = byKey.get(key);
    if (!cluster) {
      cluster = { type, names: new Map(), roles: new Map(), mentions: [] };
      byKey.set(key, cluster);
      clusters.push(cluster);
    }
    record(cluster, item);
  };

  // Full person names first, so that surnames have something to join.
  const people = all.filter(({ mention }) => mention.type === 'person' && words(mention.text).length > 1);
  for (const item of people) add(personKey(item.mention.text, byKey), 'person', item);

  for (const item of all) {
    const { mention } = item;
    if (mention.type === 'person' && words(mention.text).length > 1) continue;
    if (mention.type === 'place') {
      add(`place:${nameKey(canonicalPlace(mention.text) ?? mention.text)}`, 'place', item);
      continue;
    }
    const person = mention.type !== 'organization' ? personBySurname(mention.text, item.doc, byKey) : undefined;
    if (person) record(person, item);
    else if (mention.type === 'other' && words(mention.text).length === 1 && pronounFollows(item.doc, mention)) {
      add(`person:${nameKey(mention.text)}`, 'person', item);
    } else add(`${mention.type}:${nameKey(mention.text)}`, mention.type, item);
  }

  const entities = clusters
    .map((cluster) => ({ cluster, name: canonicalName(cluster) }))
    .sort((a, b) => b.cluster.mentions.length - a.cluster.mentions.length || a.name.localeCompare(b.name));
  return entities.map(({ cluster, name }, i) => {
    const id = `e${i + 1}`;
    for (const { mention } of cluster.mentions) mention.entity = id;
    return {
      id,
      name,
      type: cluster.type,
      aliases: [...cluster.names.keys()].filter((alias) => alias !== name).sort(),
      roles: [...cluster.roles.values()],
      mentions: cluster.mentions.map(({ doc, mention }) => ({ doc: doc.id, span: { start: mention.start, end: mention.end } })),
    };
  });
}

function record(cluster: Cluster, item: Item): void {
  cluster.mentions.push(item);
  const surface = item.mention.text.replace(/['’]s$/, '');
  cluster.names.set(surface, (cluster.names.get(surface) ?? 0) + 1);
  if (item.mention.role) {
    const role = normalizeRole(item.mention.role);
    if (!cluster.roles.has(role.toLowerCase())) cluster.roles.set(role.toLowerCase(), role);
  }
}

/**
 * One name, one type across the event. A role before any mention makes a person; else
 * specific evidence (a place after "in", an organisation word) beats the default that
 * makes unknown multi-word names people.
 */
function settleTypes(items: Item[]): void {
  const byName = new Map<string, Mention[]>();
  for (const { mention } of items) {
    const key = nameKey(mention.text);
    byName.set(key, [...(byName.get(key) ?? []), mention]);
  }
  for (const mentions of byName.values()) {
    const types = new Set(mentions.map((m) => m.type));
    if (types.size < 2) continue;
    let type: EntityType = 'person';
    if (!mentions.some((m) => m.role)) {
      const counts = new Map<EntityType, number>();
      for (const m of mentions) if (m.type !== 'person') counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
      type = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    }
    for (const m of mentions) m.type = type;
  }
}

/** "Vladimir Putin" joins an existing "Vladimir Vladimirovich Putin": same first and last word. */
function personKey(name: string, byKey: Map<string, Cluster>): string {
  const w = words(name);
  for (const key of byKey.keys()) {
    if (!key.startsWith('person:')) continue;
    const k = key.slice('person:'.length).split(' ');
    if (k.length > 1 && k[0] === w[0] && k[k.length - 1] === w[w.length - 1]) return key;
  }
  return `person:${w.join(' ')}`;
}

/** The person a lone surname (or first name) refers to: the same document's person first, then the event's. */
function personBySurname(name: string, doc: Doc, byKey: Map<string, Cluster>): Cluster | undefined {
  const w = words(name);
  if (w.length !== 1) return undefined;
  const candidates = [...byKey.entries()].filter(([key]) => {
    if (!key.startsWith('person:')) return false;
    const parts = key.slice('person:'.length).split(' ');
    return parts.length > 1 && parts[parts.length - 1] === w[0];
  });
  if (candidates.length <= 1) return candidates[0]?.[1];
  const inDoc = candidates.filter(([, c]) => c.mentions.some((m) => m.doc === doc));
  if (inDoc.length === 1) return inDoc[0][1];
  // Ambiguous surname ("Clinton"): the most mentioned bearer, as a reader would assume.
  return candidates.sort((a, b) => b[1].mentions.length - a[1].mentions.length)[0][1];
}

/** "Navalny was aware that he…": a personal pronoun later in the same sentence makes a lone name a person. */
function pronounFollows(doc: Doc, mention: Mention): boolean {
  const sentence = doc.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
  const after = doc.text.slice(mention.end, sentence ? sentence.end : mention.end + 80);
  return after.split(/[^\p{L}]+/u).some((w) => PERSON_PRONOUNS.has(w.toLowerCase()));
}

/** The fullest, then most frequent, surface form; places use their canonical name. */
function canonicalName(cluster: Cluster): string {
  const forms = [...cluster.names.entries()];
  if (cluster.type === 'place') {
    const canonical = canonicalPlace(forms[0][0]);
    if (canonical) return canonical;
  }
  forms.sort((a, b) => words(b[0]).length - words(a[0]).length || b[1] - a[1] || a[0].localeCompare(b[0]));
  return forms[0][0];
}
