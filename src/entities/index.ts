export { findMentions, canonicalPlace, demonymsOf, isDemonym, isNotName, isVesselName } from './mentions.js';
export { resolveEntities, nameKey } from './resolve.js';
export { linkSpeakers } from './speakers.js';
export { ORG_DESCRIPTORS, STREET_WORDS } from './lexicon.js';
