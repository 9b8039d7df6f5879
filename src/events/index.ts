export { findDuplicates, containment } from './dedupe.js';
