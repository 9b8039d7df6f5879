import { overlaps } from '../core/span.js';
import type { Doc, Entity, Mention, Statement } from '../core/types.js';
import { DAY_NAMES, LOCATING_PREPOSITIONS, ROLE_SYNONYMS, TITLE_HEADS } from './lexicon.js';
import { nameKey } from './resolve.js';

/**
 * Give every statement's speaker its canonical entity: through the mention at the
 * speaker's span (or, for a pronoun, its antecedent; see `headPerson` when the span names
 * several people), else by name or surname, else a description ("the president") by the
 * role of someone this document names.
 */
export function linkSpeakers(docs: Doc[], entities: Entity[]): void {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const doc of docs) {
    const inDoc = entities.filter((e) => e.mentions.some((m) => m.doc === doc.id));
    for (const statement of doc.statements) {
      const entity = entityOf(statement, doc, byId, inDoc, entities);
      if (entity) statement.speaker = { ...statement.speaker, entity: entity.id, name: entity.name };
    }
  }
}

/**
 * A preposition of where, perhaps with "the", right before a place: "in (the) …", "of …".
 * Not "from", which also names who the words come from ("testimony from Nick Hanna").
 */
const LOCATING = new RegExp(`\\b(?:${LOCATING_PREPOSITIONS.join('|')})\\s+(?:the\\s+)?$`, 'i');

/**
 * The person a speaker phrase is about when it names several: the first, when a comma or
 * a preposition follows it ("Peter Guest, chief fire officer at the Surrey service",
 * "Mohsen Kazemi from Iran's Red Crescent"), else the last, since the name comes after its
 * modifiers ("Putin's spokesman Dmitry Peskov", "Chargers general manager A.J. Smith").
 */
function headPerson(mentions: Mention[], text: string, byId: Map<string, Entity>): Mention | undefined {
  const people = mentions.filter((m) => byId.get(m.entity!)?.type === 'person');
  if (people.length === 0) return undefined;
  return /^\s*(?:,|(?:from|of|at|with)\s)/.test(text.slice(people[0].end)) ? people[0] : people[people.length - 1];
}

function entityOf(
  statement: Statement,
  doc: Doc,
  byId: Map<string, Entity>,
  inDoc: Entity[],
  all: Entity[],
): Entity | undefined {
  const { speaker } = statement;
  const target = speaker.antecedent ?? speaker.span;
  if (target) {
    // In "Reid's rep", "Jeffs' attorneys" or "Gray ’ s cousin" (spaced as some captures have
    // it) the name says whose the speaker is, not who; nor does "Vancouver" in "Vancouver
    // police", which the statements stage names by the whole phrase.
    const possessive = (m: Mention) => /^\s?['’]\s?s\b/.test(doc.text.slice(m.end, m.end + 4)) || (/s$/.test(m.text) && /^['’](?!\p{L})/u.test(doc.text.slice(m.end, m.end + 2)));
    const possessor = (m: Mention) => m.end < target.end - 2 && possessive(m);
    const modifier = (m: Mention) => {
      // Up to a comma or a bracket: "The Sudanese military, which has been fighting …".
      const after = doc.text.slice(m.end, target.end).split(/[,;:()\u2013\u2014]/)[0].trim();
      // Lower-case words only, and no day: "Microsoft today" is Microsoft.
      if (!/^[\p{Ll}\s]+$/u.test(after) || after.split(/\s+/).some((w) => DAY_NAMES.has(w))) return false;
      return !speaker.antecedent && (speaker.name?.endsWith(` ${after}`) ?? false);
    };
    // "the Governor of Alaska" is not Alaska: a place a role is "of" says whose role it is.
    const office = (m: Mention) => {
      const role = /([\p{L}.]+)\s+of\s+(?:the\s+)?$/u.exec(doc.text.slice(target.start, m.start))?.[1].toLowerCase();
      return role !== undefined && TITLE_HEADS.has(role) && !['person', 'organization'].includes(byId.get(m.entity!)?.type ?? '');
    };
    // "defense attorneys in Utah": a place after a preposition says where the speaker is.
    const located = (m: Mention) => byId.get(m.entity!)?.type === 'place' && LOCATING.test(doc.text.slice(target.start, m.start));
    const overlapping = doc.mentions.filter((m) => m.entity && overlaps(m, target) && !possessor(m) && !modifier(m) && !office(m) && !located(m));
    // A pronoun that stands for two people ("they": "Mark and Condon") is neither alone.
    const people = overlapping.filter((m) => byId.get(m.entity!)?.type === 'person');
    if (speaker.antecedent && people.length === 2 && /^\s+and\s+$/.test(doc.text.slice(people[0].end, people[1].start))) return undefined;
    const mention = headPerson(overlapping, doc.text, byId) ?? overlapping[0];
    if (mention) return byId.get(mention.entity!);
  }
  if (!speaker.name) return undefined;
  const key = nameKey(speaker.name).replace(/^the /, '');
  const named = (list: Entity[]) => list.find((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === key));
  const bySurname = (list: Entity[]) => {
    const found = list.filter((e) => e.type === 'person' && nameKey(e.name).split(' ').pop() === key);
    return found.length === 1 ? found[0] : undefined;
  };
  const byRole = (list: Entity[]) => {
    const found = list.filter((e) => e.roles.some((r) => nameKey(r).endsWith(key)));
    return found.length === 1 ? found[0] : undefined;
  };
  return named(inDoc) ?? named(all) ?? bySurname(inDoc) ?? bySurname(all) ?? byRole(inDoc) ?? byPossessedRole(speaker.name, all);
}

/** "her rep", "Reid's rep", "Lindsay Lohan's attorney": an owner, then lower-case role words. */
const POSSESSED_ROLE = /^(?:(?:her|his|their|its)|(.+?)\s?['’]\s?s?)\s+((?:\p{Ll}+[\s-])*\p{Ll}+)$/iu;

/** Each role head with the heads that name the same job ("rep" with "publicist"). */
const SAME_JOB = new Map(ROLE_SYNONYMS.flatMap((group) => group.map((head) => [head, new Set(group)] as const)));

/**
 * The person a possessed role names ("her rep" told…): the one person of the event who
 * holds that role, in those or other words ("Jack Ketsoyan", whom another outlet calls
 * "the actress's rep"). A role that names another owner ("Putin's spokesman", "US
 * President") is not "Biden's spokesman" nor "Ukraine's president".
 */
function byPossessedRole(name: string, all: Entity[]): Entity | undefined {
  const match = POSSESSED_ROLE.exec(name);
  if (!match) return undefined;
  const owner = match[1] ? nameKey(match[1]).split(' ').pop()! : undefined;
  const head = match[2].toLowerCase().split(/[\s-]+/).pop()!;
  const heads = SAME_JOB.get(head) ?? new Set([head]);
  const ownerIsPerson = owner !== undefined && all.some((e) => e.type === 'person' && nameKey(e.name).split(' ').pop() === owner);
  const holds = (role: string) => {
    const words = nameKey(role).split(/[\s-]+/);
    if (!heads.has(words[words.length - 1])) return false;
    // Names in the role say whose it is ("Ivan Morozov’s spokesman", "US President"): a named
    // owner must be among them. A role that names no one ("the actress's rep") may be a
    // person's, not a country's or a company's ("Westmark's president").
    const named = role.split(/\s+/).slice(0, -1).filter((w) => /^\p{Lu}/u.test(w)).map((w) => nameKey(w));
    return !owner || named.includes(owner) || (named.length === 0 && ownerIsPerson);
  };
  const found = all.filter((e) => e.type === 'person' && e.roles.some(holds) && (!owner || !nameKey(e.name).split(' ').includes(owner)));
  return found.length === 1 ? found[0] : undefined;
}
