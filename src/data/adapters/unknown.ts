/**
 * What an input that no adapter reads looks like, for the one fatal diagnostic it gets: an HTML
 * page, XML of another kind, a CSV table, a pretalx API dump, JSON of an unknown shape. Each
 * message names what the file seems to be and which export to use instead.
 */
import { xmlRootName } from './detect.js';
import { isRecord, notThisFormat, quote } from './shared.js';
import type { AdapterResult } from './types.js';

/** The formats read, as messages list them. */
export const READABLE_FORMATS =
  'v1, pretalx/frab schedule.json, pentabarf/frab schedule.xml, the pretalx widget schedule, Sessionize, Sched, iCalendar';

const UNKNOWN_FORMAT = `not a format schedule-elements can read (${READABLE_FORMATS})`;

/** Where each tool publishes a programme that can be read. */
const EXPORTS =
  'use the programme export of the event\'s tool: pretalx or frab <event-url>/schedule/export/schedule.json (or schedule.xml), ' +
  'Sessionize "All data" JSON, Sched\'s session export, or an iCalendar (.ics) file';

/** XML documents people take for schedules, by root element (an HTML page is told apart before). */
const XML_KINDS = new Map([
  ['rss', 'an RSS news feed'],
  ['rdf:RDF', 'an RSS 1.0 news feed'],
  ['feed', 'an Atom news feed'],
  ['svg', 'an SVG image'],
  ['icalendar', 'an xCal document (iCalendar written as XML: export the same calendar as .ics)'],
  ['xs:schema', 'an XML Schema'],
]);

/** The `<title>` of an HTML page, for the message. */
function pageTitle(html: string): string {
  const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
  return title ? ` (${quote(title)})` : '';
}

/** A first line that splits into at least two columns at `,`, `;` or tabs, and a second line with as many. */
function csvColumns(text: string): string[] | undefined {
  const [header, second] = text.replace(/^\ufeff/, '').split(/\r?\n/, 2);
  if (header === undefined || second === undefined) return undefined;
  for (const separator of [',', ';', '\t']) {
    const columns = header.split(separator);
    if (columns.length >= 2 && second.split(separator).length >= columns.length) return columns.map((c) => c.trim().replace(/^"|"$/g, ''));
  }
  return undefined;
}

/** `a, b, c, …` of the first few of `names`. */
function some(names: readonly string[], n = 6): string {
  return names.slice(0, n).join(', ') + (names.length > n ? ', …' : '');
}

/** What text that is neither JSON nor any text format read looks like; `reason` is why JSON.parse refused it. */
export function describeText(text: string, reason: string): AdapterResult {
  // Without these two, JSON.parse's reason spoke for them: "Unexpected end of JSON input", or a NUL quoted raw onto the terminal.
  if (!text.trim()) return notThisFormat('The input is empty: it was saved or downloaded with nothing in it; export it again.');
  // eslint-disable-next-line no-control-regex -- control characters (not tabs, line ends or ESC) are what text has none of
  if (/[\0-\b\x0e-\x1a\x1c-\x1f]/.test(text.slice(0, 1024))) {
    return notThisFormat(`The input is binary data, not text: a compressed file, a program or a picture (or text saved as UTF-16, not UTF-8); it is ${UNKNOWN_FORMAT}; ${EXPORTS}.`);
  }
  const root = xmlRootName(text);
  if (root !== undefined) {
    if (root.toLowerCase() === 'html' || /^\s*<!doctype html/i.test(text)) {
      return notThisFormat(
        `The input is an HTML page${pageTitle(text)}, not a schedule: the URL may point at the event's web page rather than at its export; ${EXPORTS}.`,
      );
    }
    const kind = XML_KINDS.get(root) ?? `XML whose root element is <${root}>, not <schedule>`;
    return notThisFormat(`The input is ${kind}: it is ${UNKNOWN_FORMAT}; ${EXPORTS}.`);
  }
  const columns = csvColumns(text);
  if (columns) {
    return notThisFormat(
      `The input looks like a CSV table (columns ${some(columns.map((c) => quote(c)))}): spreadsheets have no fixed columns to read, so it is ${UNKNOWN_FORMAT}; ${EXPORTS}.`,
    );
  }
  // JSON that JSON.parse refused: most often a copy cut short (an upload or a download that stopped), not another format.
  if (/^\ufeff?\s*[[{]/.test(text)) {
    return notThisFormat(`The input is JSON that ends too soon or is damaged (${withLine(text, reason)}): the file may be cut short; copy or export it again.`);
  }
  return notThisFormat(`The input is neither iCalendar, XML nor JSON (${reason}): it is ${UNKNOWN_FORMAT}.`);
}

/** JSON.parse's reason with the line and column of its "position N", where the engine gives only the position (V8 before 12.x, Node 20). */
function withLine(text: string, reason: string): string {
  const position = /position (\d+)(?![^]*line \d)/.exec(reason)?.[1];
  if (position === undefined) return reason;
  const lines = text.slice(0, Number(position)).split('\n');
  return `${reason} (line ${lines.length} column ${lines.at(-1)!.length + 1})`;
}

/** The pretalx page that replaces its API dumps. */
const PRETALX_EXPORT = 'export the schedule instead: <event-url>/schedule/export/schedule.json, which converts with every talk, room, speaker and the event\'s time zone';

/**
 * What a pretalx API dump is, when `value` is one: a page of `/api/events/<event>/talks/` (or
 * `/submissions/`, `/speakers/`), or a schedule of `/api/events/<event>/schedules/<version>/`.
 * These are not converted: the talks list holds no event (name, days, time zone) and comes page
 * by page, the schedule holds its slots as ids or without speakers, and both changed shape
 * between pretalx's API versions. The schedule export holds all of it in one documented file.
 */
export function pretalxApiDump(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  const { results, count, next } = value;
  if (Array.isArray(results) && typeof count === 'number') {
    const first: unknown = results[0];
    if (first !== undefined && !(isRecord(first) && typeof first['code'] === 'string')) return undefined;
    const what = isRecord(first) && !('title' in first) ? 'speakers' : 'talks (or submissions)';
    const page =
      typeof next === 'string' && next !== ''
        ? ` It is also only one page of that list: ${results.length} of ${count} results, the next page is at ${next.slice(0, 200)}.`
        : '';
    return `This is a page of pretalx's API list of ${what} (/api/events/<event>/…/), not a schedule export: it holds no event name, days or time zone.${page} ${capitalize(PRETALX_EXPORT)}.`;
  }
  if (Array.isArray(value['slots']) && 'version' in value && value['version'] !== 1) {
    return `This is a schedule of pretalx's API (/api/events/<event>/schedules/<version>/), whose slots name talks, rooms and speakers by id only; ${PRETALX_EXPORT}.`;
  }
  return undefined;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value for a message: an object by its top-level keys (`a JSON object with the keys "a", "b"`). */
function shapeOf(value: unknown): string {
  if (!isRecord(value)) return quote(value);
  const keys = Object.keys(value);
  return keys.length === 0 ? 'an empty JSON object' : `a JSON object with the keys ${some(keys.map((key) => quote(key)))}`;
}

/** What a parsed JSON value of no known format looks like: a pretalx API dump, or its top-level keys. */
export function describeValue(value: unknown): AdapterResult {
  const dump = pretalxApiDump(value);
  return notThisFormat(dump ?? `The input is ${shapeOf(value)}: it is ${UNKNOWN_FORMAT}; ${EXPORTS}.`);
}
