import { alternation, UNSPACED_SCRIPT } from '../language/index.js';
import { PRONOUNS } from '../statements/index.js';

/**
 * The label a printed passage needs to say who speaks in it: the speaker's name, unless
 * the passage already names them (by the full name or the surname, in any case: "Putin
 * said…", "according to police" for "Police") or the name is a bare pronoun, which would
 * say nothing. "The Russian leader said…" and "We agreed…" get the label.
 */
export function speakerLabel(text: string, name: string | undefined): string | undefined {
  name = name?.trim();
  if (!name || PRONOUNS.has(name.toLowerCase())) return undefined;
  const surname = name.split(/[\s·・]+/).pop() ?? name;
  // Words of a script without spaces have no boundary to look for ("凯勒星期二说").
  if (UNSPACED_SCRIPT.test(name)) return text.includes(name) || text.includes(surname) ? undefined : name;
  const named = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation([name, surname])})(?![\\p{L}\\p{N}])`, 'iu');
  return named.test(text) ? undefined : name;
}
