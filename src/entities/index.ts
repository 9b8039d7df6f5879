export { findMentions, canonicalPlace, demonymsOf, isDemonym, isNotName, isVesselName } from './mentions.js';
export { resolveEntities, nameKey } from './resolve.js';
export { linkSpeakers } from './speakers.js';
export { STREET_WORDS } from './lexicon.js';
