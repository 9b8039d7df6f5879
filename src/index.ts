/**
 * Parallax library API: the same stage functions the CLI uses.
 *
 *   import { analyzeInputs } from 'parallax';
 *   const coverage = await analyzeInputs(['coverage/']);
 */
export * from './core/types.js';
export { defaultOptions, resolveOptions, type ParallaxOptions } from './core/options.js';
export { formatMessage } from './core/messages.js';
export { ingest, fromBytes, type IngestItem } from './ingest/index.js';
export { extract, extractHtml, extractText, toDoc } from './extract/index.js';
export { analyzeLanguage, detectLanguage, splitParagraphs, splitSentences } from './language/index.js';
export { findMentions, resolveEntities, linkSpeakers } from './entities/index.js';
export { findStatements, isSpeech } from './statements/index.js';
export { EVENT_GROUPING, EventsSchema, eventsJsonSchema, eventsReport, findDuplicates, groupEvents, type EventGroup, type EventsJson } from './events/index.js';
export { analyzeClaims, buildClaims } from './claims/index.js';
export { buildBriefing, BriefingSchema, type BriefingJson } from './briefing/index.js';
export { briefingJsonSchema } from './briefing/json-schema.js';
export { render, type Format } from './render/index.js';
export { analyzeDocument, analyzeDocuments, analyzeEvent, analyzeInputs, readDocuments, storeDocuments, type AnalyzedItem } from './pipeline/index.js';
export { openStore, select, selectedDocuments, StoreError, type AddOutcome, type Selection, type Store, type StoredDocument } from './store/index.js';
export { createApp, type ServerSettings } from './server/index.js';
