/**
 * pretalx's widget schedule (`<event-url>schedule/widgets/schedule.json`; older instances
 * `schedule/widget/v2.json`) → v1 feed. It is the JSON pretalx's own schedule widget reads, served
 * with `Access-Control-Allow-Origin: *`, so a page can name it in `src` and follow the live
 * programme.
 *
 * The document is flat and joined by ids: `talks` (sessions with a `code`, and breaks and blockers
 * without one), `rooms` and `tracks` (ids; names a string or a `{language: text}` map), `speakers`
 * (keyed by their `code`), and the event's IANA `timezone`. Times carry their offset. The older
 * URL serves the same document, so both are read alike (the content, not the URL, tells the format).
 */
import type { FeedEvent, FeedPerson, FeedRoom, FeedSession, FeedText, FeedTrack, FeedV1 } from '../model.js';
import { isLanguageTag } from '../language-tag.js';
import { parseInstant } from '../time-text.js';
import {
  at,
  chooseTimeZone,
  DiagnosticLog,
  guarded,
  idText,
  isRecord,
  languageFields,
  listAt,
  notThisFormat,
  peopleList,
  quote,
  sourceUrl,
  text,
  UniqueIds,
  type JsonObject,
} from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';

/** The name used when the options name no event: the widget's JSON does not carry it. */
const DEFAULT_EVENT_NAME = 'pretalx event';
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Shared state of one conversion. */
interface Context {
  readonly log: DiagnosticLog;
  readonly roomIds: ReadonlySet<string>;
  readonly trackIds: ReadonlySet<string>;
  readonly speakerIds: ReadonlySet<string>;
  readonly sessionIds: UniqueIds;
}

/**
 * Converts pretalx's widget JSON into a v1 feed.
 *
 * Kept: `timezone`; `rooms` in event order (id, name); `tracks` (id, name, `color`); `speakers`
 * (`code` → id, `name`, `avatar`); talks with a `code` (`code` → id: an opaque key, not shown before the title; `title`, `abstract` as
 * text, `start`/`end` with their offsets, `room`, `track`, `speakers` by code, `content_locale` →
 * languages, `do_not_record`); breaks and blockers (no `code`) as sessions of type "break". A
 * `{language: text}` map stays a map (entries whose key is no language tag, or whose text is blank,
 * left out), so each reader gets their language; a talk's plain title and abstract become a map of
 * one entry in its `content_locale`, which marks their language. Dropped, with one warning:
 * `signup_status` (the v1 feed has no field for it yet).
 */
export function fromPretalxWidget(input: unknown, options: AdapterOptions = {}): AdapterResult {
  return guarded('pretalx widget', () => convert(input, options));
}

function convert(input: unknown, options: AdapterOptions): AdapterResult {
  if (!isRecord(input) || !Array.isArray(input['talks'])) {
    return notThisFormat(`Not a pretalx widget schedule: expected an object with a talks list, got ${quote(input)}.`);
  }
  const log = new DiagnosticLog();
  const timeZone = chooseTimeZone({ named: input['timezone'], namedPath: '$.timezone' }, options, log);
  const rooms = readNamed(input['rooms'], '$.rooms', 'room', log);
  const tracks: FeedTrack[] = readNamed(input['tracks'], '$.tracks', 'track', log).map(({ id, name, source }) => {
    const color = text(source['color']);
    return color !== undefined && HEX_COLOR.test(color) ? { id, name, color } : { id, name };
  });
  const people = readSpeakers(input['speakers'], log);
  const ctx: Context = {
    log,
    roomIds: new Set(rooms.map((room) => room.id)),
    trackIds: new Set(tracks.map((track) => track.id)),
    speakerIds: new Set(people.map((person) => person.id)),
    sessionIds: new UniqueIds(log, 'session'),
  };
  const sessions = input['talks']
    .map((talk: unknown, i) => readTalk(talk, at('$.talks', i), ctx))
    .filter((session): session is FeedSession => session !== undefined);
  const feed: FeedV1 = {
    version: 1,
    event: readEvent(input, timeZone, options, log),
    rooms: rooms.map(({ id, name }): FeedRoom => ({ id, name })),
    tracks,
    people,
    sessions,
  };
  return { feed, diagnostics: log.list() };
}

/**
 * A text that is a string or a `{language: text}` map: the map's entries with a language tag and a
 * text; a string as it is, or as a map of one entry in `lang` (the talk's language) when given.
 */
function localized(value: unknown, lang?: string): FeedText | undefined {
  if (!isRecord(value)) {
    const plain = text(value);
    return plain !== undefined && lang !== undefined ? { [lang]: plain } : plain;
  }
  const map: Record<string, string> = {};
  for (const [tag, entry] of Object.entries(value)) {
    const written = text(entry);
    if (written !== undefined && isLanguageTag(tag)) map[tag] = written;
  }
  return Object.keys(map).length > 0 ? map : undefined;
}

function readEvent(input: JsonObject, timeZone: string, options: AdapterOptions, log: DiagnosticLog): FeedEvent {
  let name = text(options.eventName);
  if (name === undefined) {
    name = DEFAULT_EVENT_NAME;
    log.warn('$', `pretalx's widget schedule does not name the event; "${name}" is used: pass the name with the event-name attribute or the eventName option.`);
  }
  const event: FeedEvent = { name, timeZone };
  const start = text(input['event_start']);
  const end = text(input['event_end']);
  if (start !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(start)) event.start = start;
  if (end !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(end)) event.end = end;
  return event;
}

/** Rooms or tracks: each with an id and a name (a string or a language map); others skipped with an error. */
function readNamed(value: unknown, path: string, noun: string, log: DiagnosticLog): { id: string; name: FeedText; source: JsonObject }[] {
  const ids = new UniqueIds(log, noun);
  const items: { id: string; name: FeedText; source: JsonObject }[] = [];
  listAt(value, path, log).forEach((item, i) => {
    const itemPath = at(path, i);
    const id = isRecord(item) ? idText(item['id']) : undefined;
    const name = isRecord(item) ? localized(item['name']) : undefined;
    if (!isRecord(item) || id === undefined || name === undefined) {
      log.error(itemPath, `is not a ${noun} with an id and a name (${quote(item)}); it is skipped.`);
      return;
    }
    items.push({ id: ids.claim(id, itemPath), name, source: item });
  });
  return items;
}

/** Speakers, keyed by their `code` (never by name: two people may share one). */
function readSpeakers(value: unknown, log: DiagnosticLog): FeedPerson[] {
  const ids = new UniqueIds(log, 'speaker');
  const people: FeedPerson[] = [];
  listAt(value, '$.speakers', log).forEach((item, i) => {
    const path = at('$.speakers', i);
    const code = isRecord(item) ? idText(item['code']) : undefined;
    const name = isRecord(item) ? text(item['name']) : undefined;
    if (!isRecord(item) || code === undefined || name === undefined) {
      log.error(path, `is not a speaker with a code and a name (${quote(item)}); they are skipped.`);
      return;
    }
    const person: FeedPerson = { id: ids.claim(code, path), name };
    const avatar = sourceUrl(item['avatar'] ?? item['avatar_thumbnail_default'], at(path, 'avatar'), log, undefined, true);
    if (avatar !== undefined) person.avatar = avatar;
    people.push(person);
  });
  return people;
}

/** A talk (with a `code`), or a break or blocker (without one); undefined, with an error, when it cannot be placed in time. */
function readTalk(value: unknown, path: string, ctx: Context): FeedSession | undefined {
  const { log } = ctx;
  if (!isRecord(value)) {
    log.error(path, `is not a talk object (${quote(value)}); it is skipped.`);
    return undefined;
  }
  const code = idText(value['code']);
  const locale = text(value['content_locale']);
  const lang = locale !== undefined && isLanguageTag(locale) ? locale : undefined;
  const title = localized(value['title'], lang);
  if (title === undefined) {
    log.error(at(path, 'title'), `talk has no title (${quote(value['title'])}); it is skipped.`);
    return undefined;
  }
  const start = instant(value['start'], at(path, 'start'), log);
  const end = instant(value['end'], at(path, 'end'), log);
  if (start === undefined || end === undefined) return undefined;
  const room = reference(value['room'], ctx.roomIds, at(path, 'room'), 'room', log);
  // A break has no code: its id is made from its start and room, so that it stays the same across refreshes.
  const id = ctx.sessionIds.claim(code ?? `break-${start.slice(0, 16).replace(/\D/g, '')}${room === undefined ? '' : `-${room}`}`, path);
  const session: FeedSession = { id, title, start, end };
  // pretalx's codes are opaque submission keys, not a code to show before the title: the id only.
  if (code === undefined) session.type = 'break';
  const abstract = localized(value['abstract'], lang);
  if (abstract !== undefined) {
    session.description = abstract;
    session.descriptionFormat = 'text';
  }
  if (room !== undefined) session.roomId = room;
  const track = reference(value['track'], ctx.trackIds, at(path, 'track'), 'track', log);
  if (track !== undefined) session.trackId = track;
  const speakers = peopleList(value['speakers'], at(path, 'speakers'), log)
    .map((speaker, i) => reference(speaker, ctx.speakerIds, at(at(path, 'speakers'), i), 'speaker', log))
    .filter((speaker): speaker is string => speaker !== undefined);
  if (speakers.length > 0) session.people = [...new Set(speakers)].map((speaker) => ({ id: speaker, role: 'speaker' }));
  Object.assign(session, languageFields(value['content_locale'], at(path, 'content_locale'), value['do_not_record'], log));
  if (value['signup_status'] !== undefined && value['signup_status'] !== null) log.dropped('signup_status', at(path, 'signup_status'), 'the v1 feed has no field for it');
  return session;
}

/** An instant with its offset, as the widget writes it; undefined, with an error, otherwise. */
function instant(value: unknown, path: string, log: DiagnosticLog): string | undefined {
  const written = text(value);
  if (written !== undefined && /(?:Z|[+-]\d{2}:?\d{2})$/i.test(written) && parseInstant(written, 'UTC') !== undefined) return written;
  log.error(path, `is not a time with an offset (${quote(value)}); the talk is skipped.`);
  return undefined;
}

/** The id of a room, track or speaker that the document has; undefined (with a warning) for one it lacks. */
function reference(value: unknown, known: ReadonlySet<string>, path: string, noun: string, log: DiagnosticLog): string | undefined {
  if (value === undefined || value === null) return undefined;
  const id = idText(value);
  if (id !== undefined && known.has(id)) return id;
  log.warn(path, `names no ${noun} of the schedule (${quote(value)}); it is left out.`);
  return undefined;
}
