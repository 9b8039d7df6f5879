/** Turn author fields and bylines ("By Ann Lee and Bo Kim | Reuters") into a list of names. */
import { BYLINE_PREFIX, NAME_SEPARATOR, NOT_A_NAME } from './lexicon.js';

const MAX_NAME_WORDS = 6;
const MAX_NAME_CHARS = 60;
/** Post-nominal credentials ("MS", "RD", "PhD") stay with the name before them. */
const CREDENTIAL = /^(?:[A-Z]{2,5}|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z][a-z]?\.[A-Z]\.?)$/;

/**
 * Names in one author field or byline; nothing when it does not read as names. Text
 * taken from the page (not a metadata field) is held to `printed` rules: names are
 * capitalised and the noisiest sources need two words.
 */
export function authorNames(raw: string | undefined, printed?: { minWords: number }): string[] {
  if (!raw) return [];
  let text = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:|^www\.|@/.test(text)) return [];
  // A byline often runs on into a date, a role or a source after a separator or line break.
  text = text.split(/\s[|•·–—]\s|\s-\s|\n/)[0];
  // "ByAnn Lee": the label glued to the name by markup.
  text = text.replace(/^\s*[Bb]y(?=\p{Lu})/u, '');
  for (let i = 0; i < 2; i++) text = text.replace(BYLINE_PREFIX, '');
  const names: string[] = [];
  for (const piece of text.split(NAME_SEPARATOR)) {
    const name = piece.replace(/^[\s"'“”‘’(.:-]+|[\s"'“”‘’).,:;-]+$/g, '');
    if (!name) continue;
    if (CREDENTIAL.test(name) && names.length > 0) {
      names[names.length - 1] += `, ${name}`;
      continue;
    }
    if (isName(name) && (!printed || looksPrinted(name, printed.minWords))) names.push(name);
  }
  return uniqueNames(names);
}

/** Lower-case words that may stand inside a name ("Ludwig van Beethoven", "María de la Paz"). */
const NAME_PARTICLE = /^(?:van|von|der|den|de|del|della|di|da|das|do|dos|du|la|le|bin|ibn|al|el|y|e|zu|ter|ten)$/;

function looksPrinted(name: string, minWords: number): boolean {
  const words = name.split(/\s+/);
  if (words.length < minWords) return false;
  // Scripts without letter case (CJK, Arabic...) cannot be checked this way.
  if (!/[\p{Lu}\p{Ll}]/u.test(name)) return true;
  return words.every((w) => /^[\p{Lu}\p{N}(]/u.test(w) || NAME_PARTICLE.test(w));
}

function isName(s: string): boolean {
  if (s.length < 2 || s.length > MAX_NAME_CHARS) return false;
  if (s.split(' ').length > MAX_NAME_WORDS) return false;
  if (/\d|https?:|www\.|[@#{}<>=*]|\w\.\w+\.\w/.test(s)) return false;
  if (NOT_A_NAME.test(s)) return false;
  return /\p{L}/u.test(s);
}

/** Names without repeats, ignoring case. */
export function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
