import { sameSpeaker } from '../claims/index.js';
import type { Coverage, Statement } from '../core/types.js';
import { isSpeech, namesNoOne, namesSomeone } from '../statements/index.js';
import { EMPTY_CONTENT } from './lexicon.js';
import type { BriefingJson } from './schema.js';

type SpeakerStatements = NonNullable<BriefingJson['speakers']>[number];

function speakerName(coverage: Coverage, s: Statement): string | undefined {
  const entity = s.speaker.entity ? coverage.entities.find((e) => e.id === s.speaker.entity) : undefined;
  if (entity) return entity.name;
  if (s.speaker.name?.trim()) return s.speaker.name.trim();
  const doc = coverage.docs.find((d) => d.id === s.doc);
  const span = s.speaker.span;
  return doc && span ? doc.text.slice(span.start, span.end).trim() || undefined : undefined;
}

/** Whether a statement's words are more than one pronoun standing for words elsewhere. */
function saysSomething(s: Statement): boolean {
  const words = s.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 1 || (words.length === 1 && !EMPTY_CONTENT.has(words[0]));
}

/**
 * One speaker for the briefing: names of one person ("Putin", "Vladimir Putin"), but a
 * description only as itself: "police" is not "police sources and witnesses", nor "a
 * witness" "another witness".
 */
function sameGroup(a: { entity?: string; name: string }, b: { entity?: string; name: string }): boolean {
  if (!(a.entity && b.entity) && [a.name, b.name].some((n) => /^\p{Ll}/u.test(n))) return a.name.toLowerCase() === b.name.toLowerCase();
  return sameSpeaker(a, b);
}

/**
 * Who said what: statements grouped by speaker (one entity, or names of one person such as
 * "Putin" and "Vladimir Putin"), speakers with most statements first. Unresolved pronouns,
 * sources that name no one ("12", "11 a.m.", "many of whom") and statements whose words are
 * one pronoun ("which", "it") are left out.
 */
export function groupBySpeaker(coverage: Coverage): SpeakerStatements[] {
  const groups: { entity?: string; name: string; statements: string[] }[] = [];
  for (const doc of coverage.docs) {
    for (const s of doc.statements ?? []) {
      if (!isSpeech(s) || !saysSomething(s)) continue;
      const name = speakerName(coverage, s);
      if (!name || !namesSomeone(name) || (!s.speaker.entity && namesNoOne(name))) continue;
      const speaker = { entity: s.speaker.entity, name };
      const group = groups.find((g) => sameGroup(g, speaker));
      if (group) {
        group.statements.push(s.id);
        if (name.length > group.name.length && !group.entity) group.name = name;
        group.entity ??= speaker.entity;
      } else groups.push({ ...speaker, statements: [s.id] });
    }
  }
  return groups
    .sort((a, b) => b.statements.length - a.statements.length)
    .map((g) => ({ entity: g.entity ?? null, name: g.name, statements: g.statements }));
}
