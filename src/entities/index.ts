export { findMentions, canonicalPlace, demonymsOf, isDemonym } from './mentions.js';
export { resolveEntities, nameKey } from './resolve.js';
export { linkSpeakers } from './speakers.js';
