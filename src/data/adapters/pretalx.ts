/**
 * pretalx and frab `schedule.json` (the c3voc "schedule" format) → v1 feed.
 *
 * The source nests talks as `schedule.conference.days[i].rooms[roomName][j]`. Each talk's `date`
 * (ISO 8601 with the venue's offset) is authoritative; `start` ("HH:MM") is only a fallback
 * together with the day's `date`, because c3voc days run past midnight (39C3's end at 06:00 the
 * next morning, pretalx's at 03:59): a 02:00 talk listed under day 2025-12-27 starts on the
 * calendar day 2025-12-28, which is also its day in the v1 model (days are calendar days there).
 */
import type { FeedEvent, FeedPerson, FeedRoom, FeedSession, FeedSessionLink, FeedTrack, FeedV1, LinkKind } from '../model.js';
import { isDateKey, nextDay } from '../time.js';
import { parseInstant } from '../time-text.js';
import { DAY_CHANGE } from '../validate.js';
import {
  at,
  chooseTimeZone,
  count,
  DiagnosticLog,
  guarded,
  hostLabel,
  idText,
  isoMinutes,
  isoOffsetMinutes,
  isRecord,
  languageFields,
  list,
  peopleList,
  notThisFormat,
  parseClockDuration,
  quote,
  slugify,
  sourceUrl,
  text,
  titledItem,
  UniqueIds,
  type JsonObject,
} from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';

const CONFERENCE = '$.schedule.conference';
const NO_FIELD = 'the v1 feed has no field for it';
/** A CSS hex colour as the feed schema accepts it. */
const HEX_COLOUR = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** Link and attachment titles that name slides ("Slides", "Folien", "Presentation slides"). */
const SLIDES = /slide|folien|präsentation|presentation/i;

/** One talk as found in the source, with where it was found. */
interface TalkEntry {
  readonly talk: unknown;
  readonly path: string;
  /** The name of the `rooms` key the talk is listed under. */
  readonly roomKey: string;
  /** The c3voc day's `date` (`2019-08-21`) and the clock time its `day_start` gives (`09:00`). */
  readonly dayDate?: string;
  readonly dayStartClock?: string;
}

/** Shared state of one conversion. */
interface Context {
  readonly log: DiagnosticLog;
  /** `schedule.base_url`: the base for relative media URLs in the document. */
  readonly base?: string;
  readonly rooms: RoomIndex;
  readonly tracks: TrackIndex;
  readonly people: PersonIndex;
  readonly sessionIds: UniqueIds;
}

/**
 * Converts a frab or pretalx `schedule.json` (c3voc schedule format) into a v1 feed.
 *
 * Kept: the conference (`acronym` → id, `title`, `url`, `time_zone_name`, days → start/end);
 * `conference.rooms` (guid, name, capacity) and every room that talks are listed under;
 * `conference.tracks` (name, colour) and every talk `track`; talks (`id`, else `guid`, else `slug`, `title`, `date`,
 * `duration`, `room`, `track`, `type`, `subtitle` + `abstract` + `description` as markdown,
 * `persons`, `url`, `feedback_url`, `links`, `attachments`, `language` → languages, `do_not_record`); persons (`guid`/`code`/`id`,
 * `public_name`, `biography` as markdown, `avatar`, `url`). Everything else that carries data is
 * reported once per field as dropped.
 */
export function fromPretalx(input: unknown, options: AdapterOptions = {}): AdapterResult {
  return guarded('pretalx/frab', () => convert(input, options));
}

function convert(input: unknown, options: AdapterOptions): AdapterResult {
  const schedule = isRecord(input) ? input['schedule'] : undefined;
  const conference = isRecord(schedule) ? schedule['conference'] : undefined;
  if (!isRecord(schedule) || !isRecord(conference)) {
    return notThisFormat(`Not a pretalx/frab schedule.json: expected an object with schedule.conference, got ${quote(input)}.`);
  }
  if (!Array.isArray(conference['days'])) {
    return notThisFormat(`Not a pretalx/frab schedule.json: ${CONFERENCE}.days must be a list of days, got ${quote(conference['days'])}.`);
  }
  const log = new DiagnosticLog();
  const talks = collectTalks(conference['days'], log);
  const timeZone = chooseTimeZone(
    { named: conference['time_zone_name'], namedPath: `${CONFERENCE}.time_zone_name`, offsets: talkOffsets(talks) },
    options,
    log,
  );
  const ctx: Context = {
    log,
    base: text(schedule['base_url']),
    rooms: new RoomIndex(conference['rooms'], log),
    tracks: new TrackIndex(conference['tracks'], log),
    people: new PersonIndex(log, unreliablePersonKeys(talks, log)),
    sessionIds: new UniqueIds(log, 'session'),
  };
  const sessions = talks.map((entry) => readTalk(entry, ctx)).filter((s): s is FeedSession => s !== undefined);
  const feed: FeedV1 = {
    version: 1,
    event: readEvent(conference, timeZone, options, log),
    rooms: ctx.rooms.list(),
    tracks: ctx.tracks.list(),
    people: ctx.people.list(),
    sessions,
  };
  return { feed, diagnostics: log.list() };
}

// ---------------------------------------------------------------------------------------------
// Days and talks
// ---------------------------------------------------------------------------------------------

/** Every talk of every day, in source order, with its path. Broken days and room lists are warned and skipped. */
function collectTalks(days: readonly unknown[], log: DiagnosticLog): TalkEntry[] {
  const talks: TalkEntry[] = [];
  days.forEach((day, d) => {
    const dayPath = at(`${CONFERENCE}.days`, d);
    if (!isRecord(day) || !isRecord(day['rooms'])) {
      log.warn(dayPath, `is not a day with a rooms object (${quote(day)}); it is skipped.`);
      return;
    }
    const dayDate = text(day['date']);
    const dayStart = text(day['day_start']);
    for (const [roomKey, roomTalks] of Object.entries(day['rooms'])) {
      const roomPath = at(`${dayPath}.rooms`, roomKey);
      if (!Array.isArray(roomTalks)) {
        log.warn(roomPath, `must be a list of talks, got ${quote(roomTalks)}; it is skipped.`);
        continue;
      }
      roomTalks.forEach((talk: unknown, t) => {
        talks.push({
          talk,
          path: at(roomPath, t),
          roomKey,
          dayDate: dayDate !== undefined && isDateKey(dayDate) ? dayDate : undefined,
          dayStartClock: dayStart?.slice(11, 16),
        });
      });
    }
  });
  return talks;
}

/** The UTC offsets the talks' `date`s carry: they imply the zone when the file names none. */
function* talkOffsets(talks: readonly TalkEntry[]): Iterable<number> {
  for (const { talk } of talks) {
    const date = isRecord(talk) ? text(talk['date']) : undefined;
    const offset = date === undefined ? undefined : isoOffsetMinutes(date);
    if (offset !== undefined) yield offset;
  }
}

function readTalk(entry: TalkEntry, ctx: Context): FeedSession | undefined {
  const { path } = entry;
  const { log } = ctx;
  const titled = titledItem(entry.talk, path, log, 'talk');
  if (!titled) return undefined;
  const { item: talk, title } = titled;
  const start = talkStart(talk, entry, log);
  if (start === undefined) return undefined;
  const guid = text(talk['guid']);
  const session: FeedSession = {
    id: ctx.sessionIds.claim(idText(talk['id']) ?? guid ?? text(talk['slug']) ?? slugify(title), at(path, 'id'), guid),
    title,
    start,
  };
  const duration = parseClockDuration(talk['duration']);
  if (duration !== undefined) session.duration = isoMinutes(duration);
  else log.warn(at(path, 'duration'), `${quote(talk['duration'])} is not a duration such as "01:30"; the talk is kept without an end.`);
  const roomName = text(talk['room']) ?? text(entry.roomKey);
  if (roomName !== undefined) session.roomId = ctx.rooms.idOf(roomName, at(path, 'room'));
  const trackName = text(talk['track']);
  if (trackName !== undefined) session.trackId = ctx.tracks.idOf(trackName, at(path, 'track'));
  const type = text(talk['type']);
  if (type !== undefined) session.type = type;
  const description = composeDescription(talk);
  if (description !== undefined) {
    session.description = description;
    session.descriptionFormat = 'markdown';
  }
  const people = readTalkPersons(talk['persons'], at(path, 'persons'), ctx);
  if (people.length > 0) session.people = people.map((id) => ({ id }));
  const links = readTalkLinks(talk, path, ctx);
  if (links.length > 0) session.links = links;
  Object.assign(session, languageFields(talk['language'], at(path, 'language'), talk['do_not_record'], log));
  noteDropped(talk, path, log);
  return session;
}

/** A start clock: `HH:MM`, or `HH:MM:SS` as pentabarf writes it. */
const START_CLOCK = /^\d{2}:\d{2}(?::\d{2})?$/;

/**
 * The start as the source writes it: `date` with its offset; else the day's date and `start` as
 * local time (pentabarf's `schedule.xml` has no `date`: that is its only way, and worth one note,
 * not one per talk; a `date` that is there but unreadable is warned on its talk).
 */
function talkStart(talk: JsonObject, entry: TalkEntry, log: DiagnosticLog): string | undefined {
  const date = text(talk['date']);
  // Any valid zone will do: this only checks that the text is a date-time.
  if (date !== undefined && parseInstant(date, 'UTC') !== undefined) return date;
  const clock = text(talk['start']);
  const fromDay = entry.dayDate !== undefined && clock !== undefined && START_CLOCK.test(clock);
  if (!fromDay) {
    log.error(entry.path, `talk has no readable start: date ${quote(talk['date'])}, start ${quote(talk['start'])}; it is skipped.`);
    return undefined;
  }
  // Before the day's start means after midnight: c3voc days run into the next morning.
  const day = entry.dayStartClock !== undefined && clock < entry.dayStartClock ? nextDay(entry.dayDate) : entry.dayDate;
  const readAs = `read as ${day} ${clock} in the event's zone`;
  if (talk['date'] === undefined) {
    const after = entry.dayStartClock === undefined ? '' : `, on the next calendar day when before the day's start at ${entry.dayStartClock}`;
    const why = `its start is its day's date and its start clock${after}`;
    log.counted('no date', at(entry.path, 'date'), (times) => `talk has no date (${times}): ${why}; the first is ${readAs}.`);
  } else log.warn(at(entry.path, 'date'), `${quote(talk['date'])} is not an ISO date-time; the start is ${readAs}.`);
  return `${day}T${clock}`;
}

/** Subtitle, abstract and description as one markdown text (pretalx and frab write markdown), without repeats. */
function composeDescription(talk: JsonObject): string | undefined {
  const parts: string[] = [];
  for (const field of ['subtitle', 'abstract', 'description']) {
    const part = text(talk[field]);
    if (part !== undefined && !parts.includes(part)) parts.push(part);
  }
  return parts.length > 0 ? lineBreaks(parts.join('\n\n')) : undefined;
}

/** A fence of fenced code (three backticks or tildes, indented at most three spaces). */
const FENCE = /^ {0,3}(?:```|~~~)/;
/** A line that starts a block of its own (a fence, list item, heading or quote): the line before needs no break. */
const BLOCK_START = /^ {0,3}(?:```|~~~|[-*+] |\d{1,9}[.)] |#|>)/;

/**
 * pretalx's markdown as pretalx shows it: it renders with python-markdown's nl2br, so every line
 * break inside a paragraph is one, where CommonMark would join the lines ("Fedi: …" and "Website: …"
 * of a bio on one line). Each line followed by another, outside fenced code, ends in a hard break
 * (two spaces), plain CommonMark, unless the next line starts a block of its own.
 */
function lineBreaks(markdown: string): string {
  let fenced = false;
  const lines = markdown.split(/\r\n?|\n/);
  return lines
    .map((line, index) => {
      if (FENCE.test(line)) fenced = !fenced;
      else if (!fenced && line.trim() !== '' && (lines[index + 1]?.trim() ?? '') !== '' && !BLOCK_START.test(lines[index + 1]!)) return `${line.trimEnd()}  `;
      return line;
    })
    .join('\n');
}

/** The ids of the talk's persons, each added to the people list on first sight. */
function readTalkPersons(persons: unknown, path: string, ctx: Context): string[] {
  const ids: string[] = [];
  peopleList(persons, path, ctx.log).forEach((person, i) => {
    const id = ctx.people.add(person, at(path, i), ctx.base);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  });
  return ids;
}

/** A host name with no scheme before it, as people type a link: "nymtech.net", "www.example.org/talk". */
const BARE_HOST = /^(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?(?:[/?#]|$)/i;

/** The talk page, feedback form, links and attachments. */
function readTalkLinks(talk: JsonObject, path: string, ctx: Context): FeedSessionLink[] {
  const links: FeedSessionLink[] = [];
  const push = (kind: LinkKind, url: string | undefined, label?: string): void => {
    if (url !== undefined && !links.some((link) => link.url === url)) links.push(label === undefined ? { kind, url } : { kind, url, label });
  };
  const { log, base } = ctx;
  // 39C3 merges sources: `url` is the hub page, `origin_url` the page at the talk's own pretalx.
  const origin = sourceUrl(talk['origin_url'], at(path, 'origin_url'), log);
  const page = sourceUrl(talk['url'], at(path, 'url'), log, base);
  const details = page ?? origin;
  push('other', details, details && hostLabel(details));
  if (page !== undefined && origin !== undefined && origin !== page) {
    log.dropped('origin_url', at(path, 'origin_url'), 'the talk\'s page at its own pretalx, beside `url`, the page in the merged schedule, which is its link');
  }
  push('feedback', sourceUrl(talk['feedback_url'], at(path, 'feedback_url'), log, base), 'Feedback');
  for (const field of ['links', 'attachments']) {
    list(talk[field]).forEach((link, i) => {
      const linkPath = at(at(path, field), i);
      // Older frab and the c3voc wiki write a link as a plain URL string: it is read as { url }.
      const plain = typeof link === 'string';
      if (!plain && !isRecord(link)) {
        log.warn(linkPath, `is neither a link object nor a URL (${quote(link)}); it is dropped.`);
        return;
      }
      const label = plain ? undefined : text(link['title']);
      const urlPath = plain ? linkPath : at(linkPath, 'url');
      let written = plain ? link : link['url'];
      // A speaker's link typed as a bare host ("nymtech.net") is that site, not a page beside the Fahrplan.
      if (field === 'links' && typeof written === 'string' && BARE_HOST.test(written.trim())) {
        const read = `https://${written.trim()}`;
        log.warn(urlPath, `${quote(written)} has no scheme; it is read as ${quote(read)}.`);
        written = read;
      }
      // Attachments are files of the talk's own system: resolve them against its page when known.
      const url = sourceUrl(written, urlPath, log, field === 'attachments' ? (origin ?? base) : base);
      push(label !== undefined && SLIDES.test(label) ? 'slides' : 'other', url, label);
    });
  }
  return links;
}

/** Counts the talk fields with content that the v1 feed cannot hold. */
function noteDropped(talk: JsonObject, path: string, log: DiagnosticLog): void {
  if (text(talk['logo']) !== undefined) log.dropped('logo', at(path, 'logo'), 'the v1 feed has no session image');
  if (text(talk['recording_license']) !== undefined) log.dropped('recording_license', at(path, 'recording_license'), NO_FIELD);
  if (list(talk['answers']).length > 0) log.dropped('answers', at(path, 'answers'), 'custom questions are internal to pretalx');
  if (text(talk['code']) !== undefined) {
    log.dropped('code', at(path, 'code'), 'pretalx codes are opaque submission keys, not a code to show before the title; id is kept');
  }
}

// ---------------------------------------------------------------------------------------------
// Event
// ---------------------------------------------------------------------------------------------

function readEvent(conference: JsonObject, timeZone: string, options: AdapterOptions, log: DiagnosticLog): FeedEvent {
  let name = text(conference['title']) ?? text(options.eventName) ?? text(conference['acronym']);
  if (name === undefined) {
    name = 'Untitled event';
    log.warn(at(CONFERENCE, 'title'), `the conference has no title; "${name}" is used.`);
  }
  const event: FeedEvent = { name, timeZone };
  const id = text(conference['acronym']);
  if (id !== undefined) event.id = id;
  // The c3voc days are the event's days; `conference.end` is sometimes the morning after the last one.
  const dayDates = list(conference['days'])
    .map((day) => (isRecord(day) ? text(day['date']) : undefined))
    .filter((date): date is string => date !== undefined && isDateKey(date))
    .sort();
  const start = dayDates[0] ?? dateOf(conference['start']);
  const end = dayDates.at(-1) ?? dateOf(conference['end']);
  if (start !== undefined) event.start = start;
  if (end !== undefined && (start === undefined || end >= start)) event.end = end;
  const url = sourceUrl(conference['url'], at(CONFERENCE, 'url'), log);
  if (url !== undefined) event.url = url;
  const dayChange = dayChangeOf(conference);
  if (dayChange !== undefined) event.dayChange = dayChange;
  return event;
}

/**
 * When one day of the programme turns into the next (`HH:mm`, for `event.dayChange`): the
 * conference's `day_change` (frab XML), else the latest clock at which a day ends on the next
 * date, its night running on past midnight (`06:00` at 39C3, `04:00` at camps, rC3's `03:59` read as
 * `04:00`); none when every
 * day ends on its own date.
 */
function dayChangeOf(conference: JsonObject): string | undefined {
  const declared = text(conference['day_change'])?.slice(0, 5);
  if (declared !== undefined && DAY_CHANGE.test(declared)) return declared;
  let change: string | undefined;
  for (const day of list(conference['days'])) {
    const date = isRecord(day) ? text(day['date']) : undefined;
    const end = isRecord(day) ? text(day['day_end']) : undefined;
    if (date === undefined || end === undefined || end.slice(0, 10) <= date) continue;
    let clock = end.slice(11, 16);
    // A day that ends in its last minute (rC3's 03:59) changes on the hour after it.
    if (clock.endsWith(':59')) clock = `${String(Number(clock.slice(0, 2)) + 1).padStart(2, '0')}:00`;
    if (DAY_CHANGE.test(clock) && (change === undefined || clock > change)) change = clock;
  }
  return change;
}

/** The `yyyy-MM-dd` a date or date-time starts with. */
function dateOf(value: unknown): string | undefined {
  const date = text(value)?.slice(0, 10);
  return date !== undefined && isDateKey(date) ? date : undefined;
}

// ---------------------------------------------------------------------------------------------
// Rooms, tracks, people
// ---------------------------------------------------------------------------------------------

/** The rooms of `conference.rooms`, then every other room a talk names, by name. */
class RoomIndex {
  readonly #byName = new Map<string, FeedRoom>();
  readonly #ids: UniqueIds;
  /** Whether the conference lists its rooms: then a talk's unknown room is worth a warning. */
  readonly #listed: boolean;

  constructor(rooms: unknown, private readonly log: DiagnosticLog) {
    this.#ids = new UniqueIds(log, 'room');
    this.#listed = Array.isArray(rooms) && rooms.length > 0;
    list(rooms).forEach((room, i) => this.#addListed(room, at(`${CONFERENCE}.rooms`, i)));
  }

  #addListed(room: unknown, path: string): void {
    const name = isRecord(room) ? text(room['name']) : undefined;
    if (!isRecord(room) || name === undefined) {
      this.log.warn(path, `is not a room with a name (${quote(room)}); it is skipped.`);
      return;
    }
    if (this.#byName.has(name)) {
      this.log.warn(path, `room ${quote(name)} is listed twice; the first one is kept.`);
      return;
    }
    const feedRoom: FeedRoom = { id: this.#ids.claim(text(room['guid']) ?? slugify(name), path), name };
    const capacity = count(room['capacity']);
    if (capacity !== undefined) feedRoom.capacity = capacity;
    else if (room['capacity'] !== undefined && room['capacity'] !== null) this.log.warn(at(path, 'capacity'), `${quote(room['capacity'])} is not a number of seats; it is dropped.`);
    if (text(room['description_en'] ?? room['description']) !== undefined) {
      this.log.dropped('room description', at(path, 'description_en'), 'free text about the room (the way there, its equipment, an invitation) is no reliable `location`; give rooms a `location` in a v1 feed to show where each is');
    }
    this.#byName.set(name, feedRoom);
  }

  /** The id of the room called `name`, adding it when the conference does not list it. */
  idOf(name: string, path: string): string {
    let room = this.#byName.get(name);
    if (!room) {
      room = { id: this.#ids.claim(slugify(name), path), name };
      this.#byName.set(name, room);
      if (this.#listed) this.log.warn(path, `room ${quote(name)} is not in ${CONFERENCE}.rooms; it is added.`);
    }
    return room.id;
  }

  list(): FeedRoom[] {
    return [...this.#byName.values()];
  }
}

/** The tracks of `conference.tracks` with their colours, then every other track a talk names, by name. */
class TrackIndex {
  readonly #byName = new Map<string, FeedTrack>();
  readonly #ids: UniqueIds;
  readonly #listed: boolean;

  constructor(tracks: unknown, private readonly log: DiagnosticLog) {
    this.#ids = new UniqueIds(log, 'track');
    this.#listed = Array.isArray(tracks) && tracks.length > 0;
    list(tracks).forEach((track, i) => this.#addListed(track, at(`${CONFERENCE}.tracks`, i)));
  }

  #addListed(track: unknown, path: string): void {
    const name = isRecord(track) ? text(track['name']) : undefined;
    if (!isRecord(track) || name === undefined || this.#byName.has(name)) {
      this.log.warn(path, `is not a track with a new name (${quote(isRecord(track) ? track['name'] : track)}); it is skipped.`);
      return;
    }
    const feedTrack: FeedTrack = { id: this.#ids.claim(text(track['slug']) ?? slugify(name), path), name };
    const color = text(track['color']);
    if (color !== undefined && HEX_COLOUR.test(color)) feedTrack.color = color;
    else if (color !== undefined) this.log.warn(at(path, 'color'), `${quote(color)} is not a hex colour; it is dropped.`);
    this.#byName.set(name, feedTrack);
  }

  /** The id of the track called `name`, adding it when the conference does not list it. */
  idOf(name: string, path: string): string {
    let track = this.#byName.get(name);
    if (!track) {
      track = { id: this.#ids.claim(slugify(name), path), name };
      this.#byName.set(name, track);
      if (this.#listed) this.log.warn(path, `track ${quote(name)} is not in ${CONFERENCE}.tracks; it is added without a colour.`);
    }
    return track.id;
  }

  list(): FeedTrack[] {
    return [...this.#byName.values()];
  }
}

/** Person ids that are placeholders, not identities: `0`, `"0"`, a nil UUID. */
const PLACEHOLDER_ID = /^(?:0+|0{8}-0{4}-0{4}-0{4}-0{12})$/;

/** A name as compared for identity: Unicode NFC, runs of white space as one space. */
function nameKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ');
}

/** The display name of a source person, or undefined. */
function personName(person: unknown): string | undefined {
  return isRecord(person) ? (text(person['public_name']) ?? text(person['name']) ?? text(person['full_name'])) : undefined;
}

/** The source key of a person (`guid`, pretalx `code` or frab `id`) and the field it is in, or undefined without one. */
function personSourceKey(person: JsonObject): { key: string; field: string } | undefined {
  for (const field of ['guid', 'code', 'id']) {
    const key = field === 'id' ? idText(person[field]) : text(person[field]);
    if (key !== undefined) return { key, field };
  }
  return undefined;
}

/**
 * The source keys that do not identify one person: placeholders (c3voc's merges give the persons
 * of wiki sessions `id: 0`) and keys given to different names (frab exports can repeat ids).
 * Trusting them would credit many people's talks to one. Each is warned once, at its first use;
 * the people who carry it are told apart by name instead.
 */
function unreliablePersonKeys(talks: readonly TalkEntry[], log: DiagnosticLog): Set<string> {
  const uses = new Map<string, { path: string; field: string; names: Set<string>; talks: number }>();
  for (const { talk, path } of talks) {
    if (!isRecord(talk)) continue;
    const seen = new Set<string>();
    list(talk['persons']).forEach((person, i) => {
      const name = personName(person);
      const source = isRecord(person) && name !== undefined ? personSourceKey(person) : undefined;
      if (source === undefined || name === undefined) return;
      let use = uses.get(source.key);
      if (!use) {
        use = { path: at(at(at(path, 'persons'), i), source.field), field: source.field, names: new Set(), talks: 0 };
        uses.set(source.key, use);
      }
      use.names.add(nameKey(name));
      if (!seen.has(source.key)) use.talks++;
      seen.add(source.key);
    });
  }
  const unreliable = new Set<string>();
  for (const [key, { path, field, names, talks: n }] of uses) {
    const placeholder = PLACEHOLDER_ID.test(key);
    if (!placeholder && names.size === 1) continue;
    unreliable.add(key);
    const shown = [...names].slice(0, 3).map((name) => quote(name)).join(', ') + (names.size > 3 ? ', …' : '');
    const given = `person ${field} ${quote(key)} is ${placeholder ? 'a placeholder, ' : ''}given to ${names.size === 1 ? 'the name' : `${names.size} different names`} ${shown} on ${n} talk${n === 1 ? '' : 's'} (first here)`;
    log.warn(path, `${given}: it does not identify one person, so these people are told apart by their names instead.`);
  }
  return unreliable;
}

/**
 * The people of all talks. c3voc files repeat a person in every talk of theirs; the same source
 * key (`guid`, pretalx `code` or frab `id`, else the name) is one person, and later copies only
 * fill what earlier ones lacked. A key that is a placeholder or names different people (see
 * {@link unreliablePersonKeys}) is not used: such people are keyed by name, so two different
 * names are never one person.
 */
class PersonIndex {
  readonly #byKey = new Map<string, FeedPerson>();
  readonly #ids: UniqueIds;

  constructor(
    private readonly log: DiagnosticLog,
    private readonly unreliable: ReadonlySet<string> = new Set(),
  ) {
    this.#ids = new UniqueIds(log, 'person');
  }

  /** Adds or completes the person at `path` and returns their id; undefined (warned) if unusable. */
  add(person: unknown, path: string, base: string | undefined): string | undefined {
    const name = personName(person);
    if (!isRecord(person) || name === undefined) {
      this.log.warn(path, `is not a person with a name (${quote(person)}); the talk is kept without them.`);
      return undefined;
    }
    const found = personSourceKey(person)?.key;
    const sourceId = found !== undefined && !this.unreliable.has(found) ? found : undefined;
    const key = sourceId === undefined ? `name:${nameKey(name)}` : `id:${sourceId}`;
    let feedPerson = this.#byKey.get(key);
    if (!feedPerson) {
      feedPerson = { id: this.#ids.claim(sourceId ?? slugify(name), path), name };
      this.#byKey.set(key, feedPerson);
    }
    this.#complete(feedPerson, person, path, base);
    return feedPerson.id;
  }

  #complete(feedPerson: FeedPerson, person: JsonObject, path: string, base: string | undefined): void {
    const bio = text(person['biography']);
    if (feedPerson.bio === undefined && bio !== undefined) {
      feedPerson.bio = lineBreaks(bio);
      feedPerson.bioFormat = 'markdown';
    }
    if (feedPerson.avatar === undefined) {
      const avatar = sourceUrl(person['avatar'], at(path, 'avatar'), this.log, base, true);
      if (avatar !== undefined) feedPerson.avatar = avatar;
    }
    if (feedPerson.links === undefined) {
      const profile = sourceUrl(person['url'], at(path, 'url'), this.log, base);
      if (profile !== undefined) feedPerson.links = [{ label: hostLabel(profile) ?? profile, url: profile }];
    }
    if (list(person['answers']).length > 0) {
      this.log.dropped('person answers', at(path, 'answers'), 'custom questions are internal to pretalx');
    }
  }

  list(): FeedPerson[] {
    return [...this.#byKey.values()];
  }
}
