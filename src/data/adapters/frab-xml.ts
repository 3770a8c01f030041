/**
 * pentabarf / frab `schedule.xml` → v1 feed. FOSDEM publishes only this format; frab and pretalx
 * export it beside `schedule.json`, which carries the same data (the c3voc "schedule" format).
 *
 * So the XML is read into the JSON document frab would have written, element for element, and
 * that is converted by {@link fromPretalx}: one set of rules for both (time zones, days past
 * midnight, person identities, links). The diagnostics' paths are then turned back into paths
 * into the XML (`/schedule/day[1]/room[2]/event[3]/persons/person[1]/@id`).
 *
 * Days: a `<day>` has a `date` and, in frab, `start`/`end` date-times; pentabarf gives instead the
 * conference's `<day_change>` (04:00 at CCC events, 09:00 at FOSDEM), the clock time at which one
 * programme day turns into the next. An event's `<date>` (with its offset) is its start; without
 * one, its `<start>` clock on its day's date, or on the next calendar date when the clock is
 * before the day's start or day change (a 01:30 talk of day 1 is on day 1's date + 1). The day
 * change, or a day's `end` on the next date, becomes the event's `dayChange`: that talk stays on day 1.
 */
import { fromPretalx } from './pretalx.js';
import { at, guarded, notThisFormat, quote, type JsonObject } from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';
import { describeText } from './unknown.js';
import { attribute, childElement, childElements, elementText, parseXml, type XmlElement, type XmlOptions } from './xml.js';

/** Options of {@link fromFrabXml}: those of every adapter, and the XML parser to use outside a browser. */
export interface FrabXmlOptions extends AdapterOptions, XmlOptions {}

const SCHEDULE = '$.schedule';
const CONFERENCE = `${SCHEDULE}.conference`;
/** The conference fields frab's JSON writes under the same name as the XML element. */
const CONFERENCE_FIELDS = ['title', 'acronym', 'start', 'end', 'time_zone_name', 'url'] as const;
/** The event fields that are one element's text, under the same name in frab's JSON. */
const EVENT_FIELDS = ['date', 'start', 'duration', 'room', 'slug', 'url', 'title', 'subtitle', 'track', 'type', 'language', 'abstract', 'description', 'logo', 'feedback_url'] as const;
/** One JSON path step at the end of a path: `.name`, `[3]`, `["Saal 1"]`. */
const LAST_STEP = /(?:\.[A-Za-z_$][\w$]*|\[(?:\d+|"(?:[^"\\]|\\.)*")\])$/;

/**
 * Converts a pentabarf or frab `schedule.xml` (its text) into a v1 feed, with the rules and the
 * fields of {@link fromPretalx}; `<person id>` and `<link href>` are read as frab's JSON writes
 * them. In Node, pass `options.xmlParser` (see {@link XmlOptions}).
 */
export function fromFrabXml(input: unknown, options: FrabXmlOptions = {}): AdapterResult {
  return guarded('schedule.xml', () => convert(input, options));
}

function convert(input: unknown, options: FrabXmlOptions): AdapterResult {
  if (typeof input !== 'string') return notThisFormat(`A schedule.xml is read from its text, not from ${quote(input)}.`);
  const parsed = parseXml(input, 'schedule.xml', options);
  if (!('root' in parsed)) return parsed;
  const { root } = parsed;
  if (root.nodeName !== 'schedule') return describeText(input, 'it is XML');
  if (!childElement(root, 'conference') && childElements(root, 'day').length === 0) {
    return notThisFormat('Not a pentabarf/frab schedule.xml: its <schedule> has neither a <conference> nor any <day>.');
  }
  const paths = new SourcePaths();
  const converted = fromPretalx(scheduleDocument(root, paths), options);
  return { ...converted, diagnostics: converted.diagnostics.map((d) => ({ ...d, path: paths.xmlPath(d.path) })) };
}

// ---------------------------------------------------------------------------------------------
// Paths
// ---------------------------------------------------------------------------------------------

/** Which XML node each JSON path of the document built from it stands for. */
class SourcePaths {
  readonly #xml = new Map<string, string>([[SCHEDULE, '/schedule']]);

  /** Notes that the JSON value at `json` was read from the XML node at `xml`. */
  set(json: string, xml: string): void {
    this.#xml.set(json, xml);
  }

  /** The XML path of the JSON path `json`: that of its nearest noted ancestor, and the remaining steps. */
  xmlPath(json: string): string {
    let prefix = json;
    while (prefix !== '') {
      const xml = this.#xml.get(prefix);
      if (xml !== undefined) return xml + xmlSteps(json.slice(prefix.length));
      const step = LAST_STEP.exec(prefix);
      if (!step) break;
      prefix = prefix.slice(0, step.index);
    }
    return json; // `$`: the whole document
  }
}

/** JSON steps as XML steps: `.title` → `/title`, `[0]` → `[1]`, `["Saal 1"]` → `[@name="Saal 1"]`. */
function xmlSteps(steps: string): string {
  return steps
    .replace(/\.([A-Za-z_$][\w$]*)/g, '/$1')
    .replace(/\[(\d+)\]/g, (_, i: string) => `[${Number(i) + 1}]`)
    .replace(/\[("(?:[^"\\]|\\.)*")\]/g, '[@name=$1]');
}

/** `/schedule/day[2]`: the `n`th (0-based) `name` child of `parent`, 1-based as XPath counts. */
function nth(parent: string, name: string, n: number): string {
  return `${parent}/${name}[${n + 1}]`;
}

// ---------------------------------------------------------------------------------------------
// The XML as frab's JSON
// ---------------------------------------------------------------------------------------------

/** Copies the text of `element`'s child `name` (if any) to `target[field]`, noting its path. */
function copyText(element: XmlElement, name: string, target: JsonObject, json: string, xml: string, paths: SourcePaths, field = name): void {
  const value = elementText(childElement(element, name));
  if (value === undefined) return;
  target[field] = value;
  paths.set(at(json, field), `${xml}/${name}`);
}

/** Copies the attribute `name` of `element` (if it has it) to `target[field]`, noting its path. */
function copyAttribute(element: XmlElement, name: string, target: JsonObject, field: string, json: string, xml: string, paths: SourcePaths): void {
  const value = attribute(element, name);
  if (value === undefined) return;
  target[field] = value;
  paths.set(at(json, field), `${xml}/@${name}`);
}

/** `{ schedule: { base_url, conference: { …, days, rooms, tracks } } }` from `<schedule>`. */
function scheduleDocument(root: XmlElement, paths: SourcePaths): JsonObject {
  const conferenceElement = childElement(root, 'conference');
  const conference: JsonObject = {};
  const schedule: JsonObject = { conference };
  if (conferenceElement) {
    const xml = '/schedule/conference';
    paths.set(CONFERENCE, xml);
    for (const field of CONFERENCE_FIELDS) copyText(conferenceElement, field, conference, CONFERENCE, xml, paths);
    copyText(conferenceElement, 'base_url', schedule, SCHEDULE, xml, paths);
  }
  const dayChange = elementText(conferenceElement && childElement(conferenceElement, 'day_change'))?.trim();
  if (dayChange !== undefined) conference['day_change'] = dayChange;
  const rooms: JsonObject[] = [];
  conference['days'] = childElements(root, 'day').map((day, d) => readDay(day, d, dayChange, rooms, paths));
  conference['rooms'] = rooms;
  // FOSDEM lists its tracks in <schedule>; <conference> is read too, where the c3voc JSON has them.
  const scheduleTracks = childElement(root, 'tracks');
  const conferenceTracks = conferenceElement && childElement(conferenceElement, 'tracks');
  if (scheduleTracks) conference['tracks'] = readTracks(scheduleTracks, '/schedule/tracks', paths);
  else if (conferenceTracks) conference['tracks'] = readTracks(conferenceTracks, '/schedule/conference/tracks', paths);
  return { schedule };
}

/**
 * One `<day>` as a c3voc day: its `date`, its start (the `start` attribute, else its date at the
 * conference's day change) and its events by room name. Each named room is added to `rooms`
 * on first sight, as the conference's list of rooms.
 */
function readDay(day: XmlElement, d: number, dayChange: string | undefined, rooms: JsonObject[], paths: SourcePaths): JsonObject {
  const json = at(`${CONFERENCE}.days`, d);
  const xml = nth('/schedule', 'day', d);
  paths.set(json, xml);
  const result: JsonObject = {};
  copyAttribute(day, 'date', result, 'date', json, xml, paths);
  copyAttribute(day, 'start', result, 'day_start', json, xml, paths);
  copyAttribute(day, 'end', result, 'day_end', json, xml, paths);
  const date = attribute(day, 'date');
  if (result['day_start'] === undefined && dayChange !== undefined && date !== undefined) result['day_start'] = `${date}T${dayChange}`;
  // No prototype: a room called "__proto__" is a room like any other.
  const byRoom = Object.create(null) as Record<string, JsonObject[]>;
  childElements(day, 'room').forEach((room, r) => {
    const name = attribute(room, 'name') ?? '';
    const roomJson = at(at(json, 'rooms'), name);
    const roomXml = nth(xml, 'room', r);
    if (!Object.hasOwn(byRoom, name)) {
      byRoom[name] = [];
      paths.set(roomJson, roomXml);
    }
    const talks = byRoom[name]!;
    if (name.trim() !== '' && !rooms.some((known) => known['name'] === name)) {
      const listed: JsonObject = { name };
      const listedJson = at(`${CONFERENCE}.rooms`, rooms.length);
      paths.set(listedJson, roomXml);
      copyAttribute(room, 'guid', listed, 'guid', listedJson, roomXml, paths);
      rooms.push(listed);
    }
    childElements(room, 'event').forEach((event, e) => talks.push(readEvent(event, at(roomJson, talks.length), nth(roomXml, 'event', e), paths)));
  });
  result['rooms'] = byRoom;
  return result;
}

/** `<tracks><track slug color>Name</track></tracks>` (FOSDEM) as c3voc tracks. */
function readTracks(tracks: XmlElement, xml: string, paths: SourcePaths): JsonObject[] {
  return childElements(tracks, 'track').map((track, i) => {
    const json = at(`${CONFERENCE}.tracks`, i);
    const trackXml = nth(xml, 'track', i);
    paths.set(json, trackXml);
    const result: JsonObject = { name: attribute(track, 'name') ?? elementText(track) };
    copyAttribute(track, 'slug', result, 'slug', json, trackXml, paths);
    copyAttribute(track, 'color', result, 'color', json, trackXml, paths);
    return result;
  });
}

/** One `<event>` as a c3voc talk. */
function readEvent(event: XmlElement, json: string, xml: string, paths: SourcePaths): JsonObject {
  paths.set(json, xml);
  const talk: JsonObject = {};
  copyAttribute(event, 'id', talk, 'id', json, xml, paths);
  copyAttribute(event, 'guid', talk, 'guid', json, xml, paths);
  for (const field of EVENT_FIELDS) copyText(event, field, talk, json, xml, paths);
  const persons = childElement(event, 'persons');
  if (persons) talk['persons'] = readList(persons, 'person', at(json, 'persons'), `${xml}/persons`, paths, readPerson);
  for (const [list, item] of [['links', 'link'], ['attachments', 'attachment']] as const) {
    const element = childElement(event, list);
    if (element) talk[list] = readList(element, item, at(json, list), `${xml}/${list}`, paths, readLink);
  }
  const recording = childElement(event, 'recording');
  if (recording) {
    const optout = elementText(childElement(recording, 'optout'))?.trim();
    if (optout === 'true') talk['do_not_record'] = true;
    paths.set(at(json, 'do_not_record'), `${xml}/recording/optout`);
    copyText(recording, 'license', talk, json, `${xml}/recording`, paths, 'recording_license');
  }
  return talk;
}

/** The `item` children of `list`, each read by `read` at its JSON and XML path. */
function readList(
  list: XmlElement,
  item: string,
  json: string,
  xml: string,
  paths: SourcePaths,
  read: (element: XmlElement, json: string, xml: string, paths: SourcePaths) => JsonObject,
): JsonObject[] {
  return childElements(list, item).map((element, i) => {
    const itemJson = at(json, i);
    const itemXml = nth(xml, item, i);
    paths.set(itemJson, itemXml);
    return read(element, itemJson, itemXml, paths);
  });
}

/** `<person id guid>Name</person>` as `{ id, guid, public_name }`. */
function readPerson(person: XmlElement, json: string, xml: string, paths: SourcePaths): JsonObject {
  const result: JsonObject = { public_name: elementText(person) };
  copyAttribute(person, 'id', result, 'id', json, xml, paths);
  copyAttribute(person, 'guid', result, 'guid', json, xml, paths);
  return result;
}

/** `<link href>Title</link>` (and `<attachment>`) as `{ url, title }`. */
function readLink(link: XmlElement, json: string, xml: string, paths: SourcePaths): JsonObject {
  const result: JsonObject = { title: elementText(link) };
  copyAttribute(link, 'href', result, 'url', json, xml, paths);
  return result;
}
