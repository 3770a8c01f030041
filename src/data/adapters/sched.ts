/**
 * Sched (sched.com) → v1 feed.
 *
 * Input: the session export (`/api/session/export?format=json`), a JSON array with one object per
 * session. Optionally Sched's speakers export (`/api/user/list`) fills in the people's bios,
 * avatars and links, which the session export leaves out.
 *
 * Times: `event_start`/`event_end` are the venue's wall-clock time ("2024-09-10 09:00"), and
 * `start_time_ts`/`end_time_ts` the same instants as Unix seconds, so the two together give the
 * UTC offset Sched applied. Sessions are written as wall time plus that offset (exact even when
 * the zone is a guess); without a timestamp, as wall time read in the event zone. Sched names no
 * zone: `options.eventTimeZone` is used (and checked against the offsets), else the `Etc/GMT±N`
 * of the offsets, with a warning at `$`.
 *
 * The export has no event name either: `options.eventName` is used, else "Schedule" with a
 * warning (the only event-wide key, `event_key`, is in fact each session's key).
 *
 * Diagnostic paths: `$[3].venue` points into the session export; `$speakers.speakers[2].avatar`
 * into the speakers export given as `options.speakers`.
 */
import type { FeedPerson, FeedPersonLink, FeedSession, FeedSessionLink, FeedSessionPerson, FeedV1 } from '../model.js';
import { zoneOffset } from '../time.js';
import { parseInstant } from '../time-text.js';
import {
  at,
  chooseTimeZone,
  DiagnosticLog,
  guarded,
  hostLabel,
  idText,
  isRecord,
  type JsonObject,
  list,
  peopleList,
  markupFormat,
  NamedItems,
  notThisFormat,
  PASS_NAME,
  quote,
  slugify,
  sourceUrl,
  text,
  UniqueIds,
  wholeNumber,
} from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';

/** Options of {@link fromSched}. */
export interface SchedOptions extends AdapterOptions {
  /**
   * Sched's speakers export (`/api/user/list`): an array of users (`username`, `name`, `company`,
   * `position`, `about`, `avatar`, `url`, `socialurls[]`), or an object with that array as
   * `speakers` and optionally `equal`: groups of usernames that are one person (the first wins).
   * Users are matched to the sessions' role groups by `username`.
   */
  speakers?: unknown;
}

/** Where diagnostics about `options.speakers` point. */
const SPEAKERS_ROOT = '$speakers';
const PLACEHOLDER_NAME = 'Schedule';
const MINUTE_MS = 60_000;
/** The widest real UTC offsets are -12:00 and +14:00. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** Sched's role groups of a session and the role each becomes. A person in several keeps the most specific (last). */
const ROLE_GROUPS: readonly (readonly [field: string, role: string])[] = [
  ['speakers', 'speaker'],
  ['artists', 'artist'],
  ['sponsors', 'sponsor'],
  ['exhibitors', 'exhibitor'],
  ['volunteers', 'volunteer'],
  ['moderators', 'moderator'],
];

/** The session fields this adapter reads, or that only repeat another field in another form. */
const KNOWN_FIELDS = new Set([
  'event_key', 'id', 'name', 'active', 'event_start', 'event_end', 'start_time_ts', 'end_time_ts',
  'event_type', 'event_subtype', 'venue', 'venue_id', 'description', 'goers', 'seats', 'video_stream',
  'files', 'invite_only', 'pinned', 'start_date', 'start_time', 'end_date', 'end_time',
  ...ROLE_GROUPS.map(([field]) => field),
]);
/** `event_start_weekday`, `event_end_time` …: the start and end again, spelled out for display. */
const SPELLED_OUT_TIME = /^event_(start|end)_/;

/** File names that are slides rather than handouts. */
const SLIDES_FILE = /\.(pdf|pptx?|key|odp)$/i;

/** Everything one conversion builds up while it walks the sessions. */
interface Context {
  readonly log: DiagnosticLog;
  readonly rooms: NamedItems;
  readonly tracks: NamedItems;
  readonly people: Map<string, FeedPerson>;
  readonly peopleIds: UniqueIds;
  /** Speakers export entries by (canonical) username. */
  readonly profiles: Map<string, { user: JsonObject; path: string }>;
  /** Alias username → canonical username, from the speakers export's `equal` groups. */
  readonly aliases: Map<string, string>;
  readonly sessionIds: UniqueIds;
}

/** A local wall time with the offset Sched's timestamp implies, when there is one. */
interface SourceTime {
  /** `2024-09-10T09:00`. */
  readonly wall: string;
  /** Epoch ms of the wall time read as UTC: for comparing. */
  readonly wallMs: number;
  /** Minutes east of UTC, from the `*_ts` field. */
  readonly offset?: number;
}

// ---------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------

const SCHED_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)$/;

/** `event_start` (+ `start_time_ts`) of session `path`, or undefined when missing or unreadable (the caller says what that means). */
function readTime(session: JsonObject, field: string, tsField: string, path: string, log: DiagnosticLog): SourceTime | undefined {
  const raw = text(session[field]);
  const m = raw === undefined ? null : SCHED_DATE_TIME.exec(raw);
  const wall = m ? `${m[1]}T${m[2]}` : undefined;
  const wallMs = wall === undefined ? undefined : parseInstant(`${wall}Z`, 'UTC');
  if (wall === undefined || wallMs === undefined) return undefined;
  const ts = wholeNumber(session[tsField]);
  if (ts === undefined) return { wall, wallMs };
  const offset = (wallMs - ts * 1000) / MINUTE_MS;
  if (!Number.isInteger(offset) || Math.abs(offset) > MAX_OFFSET_MINUTES) {
    log.warn(at(path, tsField), `${quote(session[tsField])} is not the instant of ${field} ${quote(raw)} in any time zone; it is ignored.`);
    return { wall, wallMs };
  }
  return { wall, wallMs, offset };
}

/** `-07:00` for -420. */
function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** The feed's form of a time: with its offset when known (exact), else wall time read in the event zone. */
function feedTime(time: SourceTime, fallbackOffset?: number): string {
  const offset = time.offset ?? fallbackOffset;
  return offset === undefined ? time.wall : `${time.wall}${offsetText(offset)}`;
}

/** Warns once when the zone given as an option disagrees with the offsets Sched computed. */
function checkZoneAgrees(zone: string, starts: readonly (SourceTime & { path: string })[], log: DiagnosticLog): void {
  const clash = starts.find((t) => t.offset !== undefined && zoneOffsetAt(zone, t) !== t.offset);
  if (!clash) return;
  log.warn(
    at(clash.path, 'start_time_ts'),
    `The event-time-zone ${quote(zone)} does not match this file: here the UTC offset is ${offsetText(clash.offset!)}, ` +
      `in ${zone} it is ${offsetText(zoneOffsetAt(zone, clash))}. Times keep Sched's offsets; check the zone.`,
  );
}

/** The UTC offset of `zone` at the instant Sched gave for `time`. */
function zoneOffsetAt(zone: string, time: SourceTime): number {
  return zoneOffset(zone, time.wallMs - (time.offset ?? 0) * MINUTE_MS);
}

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

/** Reads the speakers export into the context: profiles by username and the `equal` aliases. */
function readSpeakersExport(value: unknown, ctx: Context): void {
  if (value === undefined) return;
  const root = isRecord(value) ? value : { speakers: value };
  const usersPath = isRecord(value) ? at(SPEAKERS_ROOT, 'speakers') : SPEAKERS_ROOT;
  if (!Array.isArray(root['speakers'])) {
    ctx.log.warn(SPEAKERS_ROOT, `The speakers option is ${quote(value)}, not Sched's user list (an array of users); it is ignored.`);
    return;
  }
  list(root['equal']).forEach((group) => {
    const [first, ...others] = list(group).map(text);
    if (first !== undefined) others.forEach((alias) => alias !== undefined && ctx.aliases.set(alias, first));
  });
  root['speakers'].forEach((user: unknown, i) => {
    const path = at(usersPath, i);
    const username = isRecord(user) ? text(user['username']) : undefined;
    if (!isRecord(user) || username === undefined) {
      ctx.log.warn(path, 'is not a Sched user with a username; it is ignored.');
      return;
    }
    const key = canonical(username, ctx);
    if (!ctx.profiles.has(key)) ctx.profiles.set(key, { user, path });
  });
}

function canonical(username: string, ctx: Context): string {
  return ctx.aliases.get(username) ?? username;
}

/** The links of a Sched user: `url` (their site) and `socialurls[] {service, url}`. */
function personLinks(user: JsonObject, path: string, log: DiagnosticLog): FeedPersonLink[] {
  const links: FeedPersonLink[] = [];
  const site = sourceUrl(user['url'], at(path, 'url'), log);
  if (site !== undefined) links.push({ label: hostLabel(site) ?? site, url: site });
  list(user['socialurls']).forEach((social, i) => {
    if (!isRecord(social)) return;
    const url = sourceUrl(social['url'], at(at(at(path, 'socialurls'), i), 'url'), log);
    if (url !== undefined) links.push({ label: text(social['service']) ?? 'Link', url });
  });
  return links;
}

/** Sched avatars are protocol-relative (`//avatars.sched.co/…`): made https so they work on any page. */
function avatarUrl(value: unknown, path: string, log: DiagnosticLog): string | undefined {
  const raw = text(value);
  return sourceUrl(raw?.startsWith('//') ? `https:${raw}` : raw, path, log, undefined, true);
}

/** Copies into `person` what `user` (a role-group entry or a speakers-export profile) adds; no key is set to undefined. */
function fillPerson(person: FeedPerson, user: JsonObject, path: string, log: DiagnosticLog): void {
  const bio = text(user['about']);
  const found: Partial<FeedPerson> = {
    organization: text(user['company']),
    jobTitle: text(user['position']),
    ...(bio === undefined ? {} : { bio, bioFormat: markupFormat(bio) }),
    avatar: avatarUrl(user['avatar'], at(path, 'avatar'), log),
  };
  const links = personLinks(user, path, log);
  if (links.length > 0) found.links = links;
  for (const [key, value] of Object.entries(found)) {
    if (value !== undefined && person[key as keyof FeedPerson] === undefined) Object.assign(person, { [key]: value });
  }
  if (text(user['location']) !== undefined) log.dropped('location', at(path, 'location'), 'v1 people have no location.');
}

/** The person of a role-group entry, created on first sight and completed from the speakers export. */
function personOf(entry: JsonObject, path: string, ctx: Context): FeedPerson | undefined {
  const name = text(entry['name']);
  const username = text(entry['username']);
  if (name === undefined) {
    ctx.log.warn(path, 'has no name; this person is left out of the session.');
    return undefined;
  }
  const key = username === undefined ? `name:${name}` : canonical(username, ctx);
  let person = ctx.people.get(key);
  if (!person) {
    const preferred = username === undefined ? slugify(name) : key;
    person = { id: ctx.peopleIds.claim(preferred, path, idText(entry['id'])), name };
    ctx.people.set(key, person);
    const profile = ctx.profiles.get(key);
    if (profile) fillPerson(person, profile.user, profile.path, ctx.log);
  }
  fillPerson(person, entry, path, ctx.log);
  return person;
}

/** The session's people with roles: each person once, in the role of the last group that names them. */
function sessionPeople(session: JsonObject, path: string, ctx: Context): FeedSessionPerson[] {
  const roles = new Map<string, string>();
  for (const [field, role] of ROLE_GROUPS) {
    const fieldPath = at(path, field);
    peopleList(session[field], fieldPath, ctx.log).forEach((entry, i) => {
      const entryPath = at(fieldPath, i);
      if (!isRecord(entry)) {
        ctx.log.warn(entryPath, `${quote(entry)} is not a person; it is ignored.`);
        return;
      }
      const person = personOf(entry, entryPath, ctx);
      if (!person) return;
      roles.delete(person.id); // re-inserted last: the panel's moderator is listed after its speakers
      roles.set(person.id, role);
    });
  }
  return [...roles].map(([id, role]) => (role === 'speaker' ? { id } : { id, role }));
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

/** `video_stream` as a video link and `files[] {name, path}` as slides (presentations) or other links. */
function sessionLinks(session: JsonObject, path: string, log: DiagnosticLog): FeedSessionLink[] {
  const links: FeedSessionLink[] = [];
  const video = sourceUrl(session['video_stream'], at(path, 'video_stream'), log);
  if (video !== undefined) links.push({ kind: 'video', url: video, label: 'Video' });
  list(session['files']).forEach((file, i) => {
    const filePath = at(at(path, 'files'), i);
    // Sched writes file paths with raw spaces ("…/GraphQL Conf 2024.pdf").
    const raw = isRecord(file) ? text(file['path'])?.replace(/ /g, '%20') : undefined;
    const url = sourceUrl(raw, at(filePath, 'path'), log);
    if (url === undefined) {
      if (raw === undefined) log.warn(filePath, 'is not a file with a path; it is ignored.');
      return;
    }
    const label = isRecord(file) ? text(file['name']) : undefined;
    links.push({ kind: SLIDES_FILE.test(label ?? url) ? 'slides' : 'other', url, ...(label === undefined ? {} : { label }) });
  });
  return links;
}

/** Custom fields (`audience`, or `company` used for the level): string values become tags. */
function customTags(session: JsonObject, path: string, log: DiagnosticLog): string[] {
  const tags: string[] = [];
  for (const [field, value] of Object.entries(session)) {
    if (KNOWN_FIELDS.has(field) || SPELLED_OUT_TIME.test(field)) continue;
    const tag = text(value);
    if (tag !== undefined) tags.push(tag);
    else if (value !== null && value !== '' && !(Array.isArray(value) && value.length === 0)) {
      log.dropped(`custom field ${quote(field)}`, at(path, field), 'only text custom fields become tags.');
    }
  }
  if (text(session['invite_only']) === 'Y') tags.push('Invite only');
  return tags;
}

/** Start and end of a session in feed form; undefined (with an error) when the start is unreadable. */
function sessionTimes(session: JsonObject, path: string, log: DiagnosticLog): Pick<FeedSession, 'start' | 'end' | 'duration'> | undefined {
  const start = readTime(session, 'event_start', 'start_time_ts', path, log);
  if (!start) {
    log.error(at(path, 'event_start'), `${quote(session['event_start'])} is not a Sched date-time such as "2024-09-10 09:00"; the session is skipped.`);
    return undefined;
  }
  const end = readTime(session, 'event_end', 'end_time_ts', path, log);
  if (end && end.wallMs >= start.wallMs) return { start: feedTime(start), end: feedTime(end, start.offset) };
  const why = end
    ? `event_end ${quote(session['event_end'])} is before event_start`
    : session['event_end'] === undefined ? 'there is no event_end' : `event_end ${quote(session['event_end'])} is not a Sched date-time`;
  log.warn(at(path, 'event_end'), `${why}; the session is shown with no length.`);
  return { start: feedTime(start), duration: 'PT0M' };
}

/** Room (by `venue` name, id `venue_id`) and track (`event_type`) ids of a session. */
function placement(session: JsonObject, path: string, ctx: Context): Pick<FeedSession, 'roomId' | 'trackId' | 'type'> {
  const venue = text(session['venue']);
  const eventType = text(session['event_type']);
  const subtype = text(session['event_subtype']);
  return {
    ...(venue === undefined ? {} : { roomId: ctx.rooms.idFor(venue, at(path, 'venue'), idText(session['venue_id'])) }),
    ...(eventType === undefined ? {} : { trackId: ctx.tracks.idFor(eventType, at(path, 'event_type')) }),
    ...(subtype === undefined ? {} : { type: subtype }),
  };
}

/** `goers` (people who added the session to their schedule) and `seats` (a limit; 0 means none). */
function attendance(session: JsonObject): FeedSession['attendees'] {
  const goers = wholeNumber(session['goers']);
  const seats = wholeNumber(session['seats']);
  const capacity = seats === undefined || seats === 0 ? undefined : seats;
  if (goers === undefined && capacity === undefined) return undefined;
  return { ...(goers === undefined ? {} : { count: goers }), ...(capacity === undefined ? {} : { capacity }) };
}

function convertSession(session: unknown, path: string, ctx: Context): FeedSession | undefined {
  if (!isRecord(session)) {
    ctx.log.error(path, `${quote(session)} is not a Sched session; it is skipped.`);
    return undefined;
  }
  if (text(session['active']) === 'N') {
    ctx.log.warn(at(path, 'active'), 'is an inactive (hidden) session in Sched; it is skipped.');
    return undefined;
  }
  const times = sessionTimes(session, path, ctx.log);
  if (!times) return undefined;
  const key = idText(session['event_key']);
  const title = text(session['name']);
  if (title === undefined) ctx.log.warn(at(path, 'name'), 'has no name; the session is called "Untitled".');
  const id = ctx.sessionIds.claim(key ?? idText(session['id']) ?? slugify(title ?? 'session'), path, idText(session['id']));
  const description = text(session['description']);
  const people = sessionPeople(session, path, ctx);
  const links = sessionLinks(session, path, ctx.log);
  const tags = customTags(session, path, ctx.log);
  const attendees = attendance(session);
  return {
    id,
    title: title ?? 'Untitled',
    ...times,
    ...placement(session, path, ctx),
    ...(description === undefined ? {} : { description, descriptionFormat: markupFormat(description) }),
    ...(people.length > 0 ? { people } : {}),
    ...(attendees === undefined ? {} : { attendees }),
    ...(links.length > 0 ? { links } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

/** The event zone: the option, checked against Sched's offsets, else guessed from them. */
function eventZone(sessions: readonly unknown[], options: AdapterOptions, log: DiagnosticLog): string {
  // A throwaway log: readTime's timestamp warnings are given again when the sessions are converted.
  const quiet = new DiagnosticLog();
  const starts = sessions.flatMap((s, i) => {
    const time = isRecord(s) ? readTime(s, 'event_start', 'start_time_ts', `$[${i}]`, quiet) : undefined;
    return time ? [{ ...time, path: `$[${i}]` }] : [];
  });
  const offsets = starts.flatMap((t) => (t.offset === undefined ? [] : [t.offset]));
  const zone = chooseTimeZone({ offsets }, options, log);
  if (zone === options.eventTimeZone) checkZoneAgrees(zone, starts, log);
  return zone;
}

function convert(input: unknown, options: SchedOptions): AdapterResult {
  if (!Array.isArray(input) || (input.length > 0 && !input.some((s) => isRecord(s) && 'event_start' in s))) {
    return notThisFormat(`This is ${quote(input)}, not a Sched session export (a JSON array of sessions with event_key, name and event_start).`);
  }
  const log = new DiagnosticLog();
  const ctx: Context = {
    log,
    rooms: new NamedItems(log, 'room'),
    tracks: new NamedItems(log, 'track'),
    people: new Map(),
    peopleIds: new UniqueIds(log, 'person'),
    profiles: new Map(),
    aliases: new Map(),
    sessionIds: new UniqueIds(log, 'session'),
  };
  const timeZone = eventZone(input, options, log);
  readSpeakersExport(options.speakers, ctx);
  if (input.length === 0) log.warn('$', 'The Sched export has no sessions.');
  const sessions = input.flatMap((s, i) => convertSession(s, `$[${i}]`, ctx) ?? []);
  const unused = [...ctx.profiles.keys()].filter((username) => !ctx.people.has(username)).length;
  if (unused > 0) log.warn(SPEAKERS_ROOT, `${unused} of the speakers export's users are in no session of this export; they are left out.`);
  const name = text(options.eventName);
  if (name === undefined) log.warn('$', `A Sched export has no event name; "${PLACEHOLDER_NAME}" is used: ${PASS_NAME}.`);
  const feed: FeedV1 = {
    version: 1,
    event: { name: name ?? PLACEHOLDER_NAME, timeZone },
    rooms: ctx.rooms.list(),
    tracks: ctx.tracks.list(),
    people: [...ctx.people.values()],
    sessions,
  };
  return { feed, diagnostics: log.list() };
}

/**
 * Converts Sched's session export (and, in `options.speakers`, its speakers export) to a v1 feed.
 * Never throws: input that is not a Sched export gives no feed and one fatal diagnostic.
 */
export function fromSched(input: unknown, options: SchedOptions = {}): AdapterResult {
  return guarded('Sched', () => convert(input, options));
}
