/**
 * One entry point for every format schedule-elements reads: `convertFeed` detects the format
 * (or takes the one it is told) and runs its adapter. A v1 feed passes through unchanged.
 */
import type { FeedV1 } from '../model.js';
import { FEED_FORMATS, detectFormat, isFeedFormat, isICalendarText, isScheduleXmlText, type FeedFormat } from './detect.js';
import { fromFrabXml } from './frab-xml.js';
import { fromICalendar } from './ical.js';
import { fromPretalx } from './pretalx.js';
import { fromPretalxWidget } from './pretalx-widget.js';
import { fromSched, type SchedOptions } from './sched.js';
import { fromSessionize } from './sessionize.js';
import { notThisFormat, quote } from './shared.js';
import type { AdapterResult } from './types.js';
import { describeText, describeValue } from './unknown.js';
import type { XmlOptions } from './xml.js';

export { detectFormat, FEED_FORMATS, isFeedFormat, type FeedFormat } from './detect.js';
export { fromFrabXml, type FrabXmlOptions } from './frab-xml.js';
export { fromICalendar, MAX_OCCURRENCES } from './ical.js';
export { fromPretalx } from './pretalx.js';
export { fromPretalxWidget } from './pretalx-widget.js';
export { fromSched, type SchedOptions } from './sched.js';
export { fromSessionize } from './sessionize.js';
export type { AdapterOptions, AdapterResult } from './types.js';
export { describeText, pretalxApiDump } from './unknown.js';
export { MAX_XML_LENGTH, type XmlDocument, type XmlElement, type XmlNode, type XmlOptions, type XmlParser } from './xml.js';

/** Options of {@link convertFeed}: every adapter's options (each reads its own), and the format. */
export interface ConvertOptions extends SchedOptions, XmlOptions {
  /** The input's format; detected from its shape when undefined. An explicit format wins over detection. */
  format?: FeedFormat;
}

/** Text other than iCalendar and XML is JSON: parsed here, or a fatal result that says what the text looks like. */
function parseJson(input: string): { value: unknown } | AdapterResult {
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    return describeText(input, error instanceof Error ? error.message : String(error));
  }
}

/** A v1 feed as it is; `normalizeFeed` checks it. With `format: 'v1'` forced, a non-v1 value is fatal. */
function passThrough(value: unknown): AdapterResult {
  const isV1 = detectFormat(value) === 'v1';
  return isV1 ? { feed: value as FeedV1, diagnostics: [] } : notThisFormat(`This is ${quote(value)}, not a v1 feed (version 1 with an event).`);
}

/**
 * Converts `input` (the text of a file, or its parsed JSON) to a v1 feed. `options.format` forces
 * a format; otherwise it is detected, and input of no known format gives one fatal diagnostic.
 * Never throws.
 */
export function convertFeed(input: unknown, options: ConvertOptions = {}): AdapterResult {
  const { format: forced, ...adapterOptions } = options;
  if (forced !== undefined && !isFeedFormat(forced)) {
    return notThisFormat(`The format option ${quote(forced)} is not one of ${FEED_FORMATS.join(', ')}.`);
  }
  if (forced === 'ical' || (forced === undefined && typeof input === 'string' && isICalendarText(input))) {
    // fromICalendar checks at run time that it was given text, and says so when not.
    return fromICalendar(input as string, adapterOptions);
  }
  if (forced === 'frab-xml' || (forced === undefined && typeof input === 'string' && isScheduleXmlText(input))) {
    return fromFrabXml(input, adapterOptions);
  }
  const parsed = typeof input === 'string' ? parseJson(input) : { value: input };
  if (!('value' in parsed)) return parsed;
  switch (forced ?? detectFormat(parsed.value)) {
    case 'v1':
      return passThrough(parsed.value);
    case 'pretalx':
      return fromPretalx(parsed.value, adapterOptions);
    case 'pretalx-widget':
      return fromPretalxWidget(parsed.value, adapterOptions);
    case 'sessionize':
      return fromSessionize(parsed.value, adapterOptions);
    case 'sched':
      return fromSched(parsed.value, adapterOptions);
    default: // undefined: parsed JSON is never iCalendar or XML
      return describeValue(parsed.value);
  }
}
