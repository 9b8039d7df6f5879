export { findDuplicates } from './dedupe.js';
export { EVENT_GROUPING, documentsOfEvent, groupEvents, type EventGroup } from './cluster.js';
export { EventsSchema, eventsJsonSchema, eventsReport, type EventsJson } from './report.js';
