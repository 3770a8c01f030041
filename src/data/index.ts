/**
 * `schedule-elements/data`: the feed's types, its validation and normalization into the immutable
 * model, time helpers and status against a clock. Pure code: no DOM, no Lit.
 */
export * from './model.js';
export { normalizeFeed, emptySchedule } from './normalize.js';
export { validateFeed, type FeedHead, type Indexed, type ValidatedFeed, type ValidationResult } from './validate.js';
export { sessionStatus, eventStatus, liveSessions, nextSessions } from './status.js';
export { safeUrl, type SafeUrlOptions } from './url.js';
export { isValidTimeZone, dayKey, isDateKey, zoneOffset } from './time.js';
export { parseInstant, parseDuration } from './time-text.js';
export * from './format.js';
export * from './ical.js';
export { htmlToPlainText } from './plain-text.js';
export * from './saved.js';
export { sessionJsonLd, scheduleJsonLd, jsonLdScriptText, type JsonLdOptions } from './json-ld.js';
export { pick, type PickedText } from './texts.js';
export { isLanguageTag } from './language-tag.js';
