/**
 * Sessionize "All data" (`/api/v2/{id}/view/All`) → v1 feed.
 *
 * The export is flat: `sessions`, `speakers`, `rooms`, `categories` and `questions`, joined by
 * ids. Its times (`startsAt`, `endsAt`) are the venue's wall-clock times without an offset, and it
 * names neither the venue's zone nor the event, so both come from the options (else UTC and a
 * generic name, with a warning each).
 */
import type { FeedEvent, FeedPerson, FeedPersonLink, FeedRoom, FeedSession, FeedSessionLink, FeedTrack, FeedV1 } from '../model.js';
import { isDateKey } from '../time.js';
import { parseInstant } from '../time-text.js';
import {
  at,
  chooseTimeZone,
  DiagnosticLog,
  guarded,
  idText,
  isoOffsetMinutes,
  isRecord,
  type JsonObject,
  list,
  listAt,
  peopleList,
  notThisFormat,
  PASS_NAME,
  quote,
  slugify,
  sourceUrl,
  text,
  titledItem,
  UniqueIds,
} from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';

/** The name used when neither the file nor the options name the event. */
const DEFAULT_EVENT_NAME = 'Sessionize event';
/** The `type` of a service session (break, lunch, registration) that no category types. */
const SERVICE_TYPE = 'break';
/** The tag of a plenum session (everyone attends: keynotes, opening). */
const PLENUM_TAG = 'plenum';
/** What a category is for, from its title: "Track", "Which track…?" → track; "Session format", "Type" → type; others (Level…) → tags. */
const TRACK_TITLE = /\btracks?\b/i;
const TYPE_TITLE = /\b(?:format|type)\b/i;
/** Question titles or answers that are a video: "YouTube Video", "Recording". */
const VIDEO = /video|youtube|vimeo|recording|stream/i;

/** What a category item becomes on the sessions that choose it. */
interface CategoryItem {
  readonly role: 'track' | 'type' | 'tag';
  readonly name: string;
  /** The track's id, for `track` items. */
  readonly trackId?: string;
}

/** A speaker as sessions find it: the feed id, the name, and the sessions the speaker lists. */
interface SpeakerEntry {
  readonly id: string;
  readonly name: string;
  readonly sessions: ReadonlySet<string>;
}

/** Shared state of one conversion. */
interface Context {
  readonly log: DiagnosticLog;
  readonly timeZone: string;
  readonly roomIds: ReadonlySet<string>;
  /** Source speaker id → the speakers with it (more than one when the export repeats an id). */
  readonly speakers: ReadonlyMap<string, readonly SpeakerEntry[]>;
  readonly items: ReadonlyMap<string, CategoryItem>;
  /** Question id → question text. */
  readonly questions: ReadonlyMap<string, string>;
  readonly sessionIds: UniqueIds;
}

/**
 * Converts Sessionize's "All data" JSON into a v1 feed.
 *
 * Kept: `rooms` (id, name); `speakers` (id, `fullName`, `tagLine` → jobTitle, `bio` as text,
 * `profilePicture` → avatar, `links` with their titles); session `categories` (a "track"
 * category → tracks, a "format"/"type" one → type, others such as level → tags); sessions (`id`,
 * `title`, `description` as text, `startsAt`/`endsAt` as local times, `roomId`, `speakers`,
 * `isServiceSession` → type "break", `isPlenumSession` → tag "plenum", `liveUrl`/`recordingUrl`
 * and URL answers to questions → video links). Dropped, with a warning per field: speaker
 * categories and answers, `isTopSpeaker`, and question answers that are not URLs.
 */
export function fromSessionize(input: unknown, options: AdapterOptions = {}): AdapterResult {
  return guarded('Sessionize', () => convert(input, options));
}

function convert(input: unknown, options: AdapterOptions): AdapterResult {
  if (Array.isArray(input) && isRecord(input[0]) && 'groupId' in input[0]) {
    return notThisFormat('This is Sessionize\'s grouped "Sessions" view; export the "All data" view (/api/v2/{id}/view/All), which has speakers and rooms too.');
  }
  if (!isRecord(input) || !Array.isArray(input['sessions'])) {
    return notThisFormat(`Not a Sessionize "All data" export: expected an object with a sessions list, got ${quote(input)}.`);
  }
  const log = new DiagnosticLog();
  const timeZone = chooseTimeZone({ offsets: startOffsets(input['sessions']) }, options, log);
  const rooms = readRooms(input['rooms'], log);
  const speakers = new Map<string, SpeakerEntry[]>();
  const people = readSpeakers(input['speakers'], log, speakers);
  const { tracks, items } = readCategories(input['categories'], log);
  const ctx: Context = {
    log,
    timeZone,
    roomIds: new Set(rooms.map((room) => room.id)),
    speakers,
    items,
    questions: readQuestions(input['questions']),
    sessionIds: new UniqueIds(log, 'session'),
  };
  const sessions = input['sessions']
    .map((session: unknown, i) => readSession(session, at('$.sessions', i), ctx))
    .filter((s): s is FeedSession => s !== undefined);
  const feed: FeedV1 = { version: 1, event: readEvent(sessions, timeZone, options, log), rooms, tracks, people, sessions };
  return { feed, diagnostics: log.list() };
}

/** Offsets that `startsAt` values carry: Sessionize writes none, but a hand-edited file may. */
function* startOffsets(sessions: readonly unknown[]): Iterable<number> {
  for (const session of sessions) {
    const start = isRecord(session) ? text(session['startsAt']) : undefined;
    const offset = start === undefined ? undefined : isoOffsetMinutes(start);
    if (offset !== undefined) yield offset;
  }
}

function readEvent(sessions: readonly FeedSession[], timeZone: string, options: AdapterOptions, log: DiagnosticLog): FeedEvent {
  let name = text(options.eventName);
  if (name === undefined) {
    name = DEFAULT_EVENT_NAME;
    log.warn('$', `Sessionize exports do not name the event; "${name}" is used: ${PASS_NAME}.`);
  }
  const event: FeedEvent = { name, timeZone };
  // Local times: the first ten characters are the event-local date.
  const dates = sessions.map((s) => s.start.slice(0, 10)).filter(isDateKey).sort();
  if (dates.length > 0) {
    event.start = dates[0]!;
    event.end = dates.at(-1)!;
  }
  return event;
}

// ---------------------------------------------------------------------------------------------
// Rooms, speakers, categories, questions
// ---------------------------------------------------------------------------------------------

/** The `id` and `name` of a room or category item, or undefined with a warning at `path`. */
function named(value: unknown, path: string, what: string, log: DiagnosticLog): { id: string; name: string } | undefined {
  const id = isRecord(value) ? idText(value['id']) : undefined;
  const name = isRecord(value) ? text(value['name']) : undefined;
  if (id === undefined || name === undefined) {
    log.warn(path, `is not a ${what} with an id and a name (${quote(value)}); it is skipped.`);
    return undefined;
  }
  return { id, name };
}

function readRooms(rooms: unknown, log: DiagnosticLog): FeedRoom[] {
  const ids = new UniqueIds(log, 'room');
  return listAt(rooms, '$.rooms', log).flatMap((room, i): FeedRoom[] => {
    const path = at('$.rooms', i);
    const found = named(room, path, 'room', log);
    if (!found) return [];
    // Only the first of two rooms with one id can be referenced; a renamed copy is still listed.
    return [{ id: ids.claim(found.id, at(path, 'id')), name: found.name }];
  });
}

function readSpeakers(speakers: unknown, log: DiagnosticLog, bySourceId: Map<string, SpeakerEntry[]>): FeedPerson[] {
  const ids = new UniqueIds(log, 'speaker');
  return listAt(speakers, '$.speakers', log).flatMap((speaker, i): FeedPerson[] => {
    const path = at('$.speakers', i);
    const name = isRecord(speaker) ? (text(speaker['fullName']) ?? text(`${text(speaker['firstName']) ?? ''} ${text(speaker['lastName']) ?? ''}`)) : undefined;
    const id = isRecord(speaker) ? idText(speaker['id']) : undefined;
    if (!isRecord(speaker) || id === undefined || name === undefined) {
      log.warn(path, `is not a speaker with an id and a name (${quote(speaker)}); it is skipped.`);
      return [];
    }
    const person: FeedPerson = { id: ids.claim(id, at(path, 'id')), name };
    const sessions = new Set(list(speaker['sessions']).flatMap((ref) => idText(ref) ?? []));
    bySourceId.set(id, [...(bySourceId.get(id) ?? []), { id: person.id, name, sessions }]);
    const jobTitle = text(speaker['tagLine']);
    if (jobTitle !== undefined) person.jobTitle = jobTitle;
    const bio = text(speaker['bio']);
    if (bio !== undefined) {
      person.bio = bio;
      person.bioFormat = 'text';
    }
    const avatar = sourceUrl(speaker['profilePicture'], at(path, 'profilePicture'), log, undefined, true);
    if (avatar !== undefined) person.avatar = avatar;
    const links = readSpeakerLinks(speaker['links'], at(path, 'links'), log);
    if (links.length > 0) person.links = links;
    if (speaker['isTopSpeaker'] === true) log.dropped('isTopSpeaker', at(path, 'isTopSpeaker'), 'the v1 feed has no field for it');
    if (list(speaker['categoryItems']).length > 0) log.dropped('speaker categoryItems', at(path, 'categoryItems'), 'speaker categories are about the speaker\'s submission, not shown');
    if (list(speaker['questionAnswers']).length > 0) log.dropped('speaker questionAnswers', at(path, 'questionAnswers'), 'speaker questions are internal to Sessionize');
    return [person];
  });
}

function readSpeakerLinks(links: unknown, path: string, log: DiagnosticLog): FeedPersonLink[] {
  return list(links).flatMap((link, i): FeedPersonLink[] => {
    const linkPath = at(path, i);
    if (!isRecord(link)) {
      log.warn(linkPath, `is not a link object (${quote(link)}); it is dropped.`);
      return [];
    }
    const url = sourceUrl(link['url'], at(linkPath, 'url'), log);
    return url === undefined ? [] : [{ label: text(link['title']) ?? text(link['linkType']) ?? 'Link', url }];
  });
}

/** The session categories' items by id, and the tracks that "track" categories define. */
function readCategories(categories: unknown, log: DiagnosticLog): { tracks: FeedTrack[]; items: Map<string, CategoryItem> } {
  const tracks: FeedTrack[] = [];
  const items = new Map<string, CategoryItem>();
  const trackIds = new UniqueIds(log, 'track');
  listAt(categories, '$.categories', log).forEach((category, c) => {
    const path = at('$.categories', c);
    if (!isRecord(category)) {
      log.warn(path, `is not a category object (${quote(category)}); it is skipped.`);
      return;
    }
    if (text(category['type']) === 'speaker') return; // about speakers; their answers are reported where used
    const title = text(category['title']) ?? '';
    const role = TRACK_TITLE.test(title) ? 'track' : TYPE_TITLE.test(title) ? 'type' : 'tag';
    list(category['items']).forEach((item, i) => {
      const found = named(item, at(at(path, 'items'), i), 'category item', log);
      if (!found) return;
      if (role !== 'track') {
        items.set(found.id, { role, name: found.name });
        return;
      }
      const trackId = trackIds.claim(found.id, at(at(path, 'items'), i));
      tracks.push({ id: trackId, name: found.name });
      items.set(found.id, { role, name: found.name, trackId });
    });
  });
  return { tracks, items };
}

function readQuestions(questions: unknown): Map<string, string> {
  const byId = new Map<string, string>();
  for (const question of list(questions)) {
    const id = isRecord(question) ? idText(question['id']) : undefined;
    const title = isRecord(question) ? text(question['question']) : undefined;
    if (id !== undefined && title !== undefined) byId.set(id, title);
  }
  return byId;
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

function readSession(value: unknown, path: string, ctx: Context): FeedSession | undefined {
  const { log } = ctx;
  const titled = titledItem(value, path, log, 'session');
  if (!titled) return undefined;
  const { item: source, title } = titled;
  const startsAt = text(source['startsAt']);
  const startMs = startsAt === undefined ? undefined : parseInstant(startsAt, ctx.timeZone);
  if (startsAt === undefined || startMs === undefined) {
    // Sessionize writes null for sessions not yet scheduled.
    log.error(at(path, 'startsAt'), `${quote(source['startsAt'])} is not a date-time such as "2026-10-02T09:00:00"; the session "${title}" is not scheduled and is skipped.`);
    return undefined;
  }
  const session: FeedSession = {
    id: ctx.sessionIds.claim(idText(source['id']) ?? slugify(title), at(path, 'id')),
    title,
    start: startsAt,
  };
  readEnd(source['endsAt'], startMs, at(path, 'endsAt'), session, ctx);
  const description = text(source['description']);
  if (description !== undefined) {
    session.description = description;
    session.descriptionFormat = 'text';
  }
  readRoom(source['roomId'], at(path, 'roomId'), session, ctx);
  readSpeakerRefs(source['speakers'], idText(source['id']), at(path, 'speakers'), session, ctx);
  readCategoryItems(source['categoryItems'], at(path, 'categoryItems'), session, ctx);
  if (source['isServiceSession'] === true) session.type ??= SERVICE_TYPE;
  if (source['isPlenumSession'] === true) session.tags = [...(session.tags ?? []), PLENUM_TAG];
  const links = readSessionLinks(source, path, ctx);
  if (links.length > 0) session.links = links;
  return session;
}

/** `endsAt` when it is a date-time not before the start; otherwise the session stays zero-length, warned. */
function readEnd(endsAt: unknown, startMs: number, path: string, session: FeedSession, ctx: Context): void {
  const end = text(endsAt);
  const endMs = end === undefined ? undefined : parseInstant(end, ctx.timeZone);
  if (end !== undefined && endMs !== undefined && endMs >= startMs) {
    session.end = end;
    return;
  }
  const why = endMs === undefined ? 'is not a date-time' : 'is before startsAt';
  ctx.log.warn(path, `${quote(endsAt)} ${why}; the session is shown as a zero-length item at its start.`);
  session.duration = 'PT0M';
}

function readRoom(roomId: unknown, path: string, session: FeedSession, ctx: Context): void {
  const id = idText(roomId);
  if (id === undefined) return; // not in a room yet
  if (ctx.roomIds.has(id)) session.roomId = id;
  else ctx.log.warn(path, `room ${quote(id)} is not in $.rooms; the session is kept without a room.`);
}

/**
 * The session's speakers by id. When the export gives one id to several speakers, the session goes
 * to those of them whose own `sessions` list names it, never simply to the first.
 */
function readSpeakerRefs(speakers: unknown, sessionId: string | undefined, path: string, session: FeedSession, ctx: Context): void {
  const people: string[] = [];
  peopleList(speakers, path, ctx.log).forEach((ref, i) => {
    const id = idText(ref);
    const candidates = id === undefined ? undefined : ctx.speakers.get(id);
    if (candidates === undefined) {
      ctx.log.warn(at(path, i), `speaker ${quote(ref)} is not in $.speakers; the session is kept without them.`);
      return;
    }
    const chosen = candidates.length === 1 ? candidates : candidates.filter((c) => sessionId !== undefined && c.sessions.has(sessionId));
    if (chosen.length === 0) {
      const names = candidates.map((c) => quote(c.name)).join(', ');
      ctx.log.warn(at(path, i), `speaker id ${quote(id)} belongs to ${candidates.length} speakers in $.speakers (${names}) and none of them lists this session; it is kept without them.`);
    }
    for (const { id: personId } of chosen) if (!people.includes(personId)) people.push(personId);
  });
  if (people.length > 0) session.people = people.map((id) => ({ id }));
}

/** The first track item is the track and the first type item the type; everything else becomes a tag. */
function readCategoryItems(refs: unknown, path: string, session: FeedSession, ctx: Context): void {
  const tags: string[] = [];
  list(refs).forEach((ref, i) => {
    const item = ctx.items.get(idText(ref) ?? '');
    if (!item) {
      ctx.log.warn(at(path, i), `category item ${quote(ref)} is not in $.categories; it is dropped.`);
    } else if (item.role === 'track' && session.trackId === undefined) {
      session.trackId = item.trackId;
    } else if (item.role === 'type' && session.type === undefined) {
      session.type = item.name;
    } else if (!tags.includes(item.name)) {
      tags.push(item.name);
    }
  });
  if (tags.length > 0) session.tags = tags;
}

/** The live stream, the recording and answers that are URLs (a "YouTube Video" question). */
function readSessionLinks(source: JsonObject, path: string, ctx: Context): FeedSessionLink[] {
  const { log } = ctx;
  const links: FeedSessionLink[] = [];
  const live = sourceUrl(source['liveUrl'], at(path, 'liveUrl'), log);
  if (live !== undefined) links.push({ kind: 'video', url: live, label: 'Live stream' });
  const recording = sourceUrl(source['recordingUrl'], at(path, 'recordingUrl'), log);
  if (recording !== undefined) links.push({ kind: 'video', url: recording, label: 'Recording' });
  list(source['questionAnswers']).forEach((answer, i) => {
    const answerPath = at(at(path, 'questionAnswers'), i);
    const value = isRecord(answer) ? text(answer['answerValue']) : undefined;
    if (!isRecord(answer) || value === undefined) return;
    const question = ctx.questions.get(idText(answer['questionId']) ?? '') ?? 'Answer';
    if (/^https?:\/\//i.test(value)) {
      const url = sourceUrl(value, at(answerPath, 'answerValue'), log);
      const kind = VIDEO.test(question) || VIDEO.test(value) ? 'video' : 'other';
      if (url !== undefined && !links.some((link) => link.url === url)) links.push({ kind, url, label: question });
    } else {
      log.dropped(`answers to ${quote(question)}`, answerPath, 'only answers that are links are kept; the v1 feed has no field for custom questions');
    }
  });
  return links;
}
