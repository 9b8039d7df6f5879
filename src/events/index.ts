export { findDuplicates } from './dedupe.js';
