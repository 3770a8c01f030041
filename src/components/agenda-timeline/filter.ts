/**
 * Filtering the programme: accent- and case-insensitive search over everything a person might type
 * (title, code, description, people, room, track, type, tags), and facets by track, room, type,
 * speaker and saved sessions. Pure code: no DOM, no Lit.
 */
import type { Person, Room, Schedule, Session, Track } from '../../data/model.js';
import { allVersions } from '../../data/texts.js';
import { foldText } from '../../internal/fold-text.js';

/** The facets a person filters by, each one choice: a track, a room, a type, a language a session is given in, a speaker. */
export const FACETS = ['track', 'room', 'type', 'language', 'speaker'] as const;

/** One of {@link FACETS}. */
export type Facet = (typeof FACETS)[number];

/**
 * What the person filters the programme by. Facets hold ids (track, room, speaker), the type as
 * written, or a language's BCP 47 tag.
 */
export interface FilterState extends Readonly<Partial<Record<Facet, string>>> {
  readonly q: string;
  readonly savedOnly: boolean;
}

/** No filter: every session. */
export const NO_FILTER: FilterState = Object.freeze({ q: '', savedOnly: false });

/** The choices of each facet, in the order a person expects them. */
export interface Facets {
  readonly tracks: readonly Track[];
  readonly rooms: readonly Room[];
  readonly types: readonly string[];
  /** The languages sessions are given in (BCP 47 tags), as the feed names them. */
  readonly languages: readonly string[];
  readonly speakers: readonly Person[];
}

const searchTexts = new WeakMap<Session, string>();
const facetCache = new WeakMap<Schedule, Facets>();

/** A description or bio as plain words: tags and markdown punctuation become spaces. */
function plainWords(source: string): string {
  // `[^<>]`: a `<` never closed ends its match at the next `<`, so 80,000 of them take one pass, not 80,000.
  return source.replace(/<[^<>]*>/g, ' ').replace(/[*_#>`[\]()]/g, ' ');
}

/**
 * Everything a search looks through for one session, in every language the feed gives it in (a
 * title is found by its words in any of them), folded once and kept as long as the session lives.
 */
export function searchText(session: Session): string {
  let text = searchTexts.get(session);
  if (text === undefined) {
    const { room, track, description, i18n } = session;
    const parts = [
      session.code,
      ...allVersions(session.title, i18n?.title),
      session.type,
      ...(room ? [...allVersions(room.name, room.i18n?.name), ...allVersions(room.location, room.i18n?.location)] : []),
      ...(track ? allVersions(track.name, track.i18n?.name) : []),
      ...session.tags,
      ...session.people.map(({ person }) => person.name),
      ...(description ? allVersions(description.source, i18n?.description).map((source) => source && plainWords(source)) : []),
    ];
    text = foldText(parts.filter((part) => part).join('\n'));
    searchTexts.set(session, text);
  }
  return text;
}

/** Whether any filter narrows the programme. */
export function isFiltering(filter: FilterState): boolean {
  return filter.q.trim() !== '' || FACETS.some((facet) => filter[facet] !== undefined) || filter.savedOnly;
}

/**
 * Whether every session that passes `next` also passes `previous`, so `next` only needs to test
 * what `previous` let through: the same facets and saved set, and a query that extends the
 * previous one (each term then contains the term it grew from).
 */
export function narrows(previous: FilterState, next: FilterState): boolean {
  return (
    FACETS.every((facet) => previous[facet] === next[facet]) &&
    previous.savedOnly === next.savedOnly &&
    foldText(next.q).startsWith(foldText(previous.q))
  );
}

/** The key of each filter state, with the saved set it was made for (a render asks more than once). */
const filterKeys = new WeakMap<FilterState, { readonly saved: ReadonlySet<string>; readonly key: string }>();

/** A stable key of a filter (with the saved ids when they matter), for caches. */
export function filterKey(filter: FilterState, saved: ReadonlySet<string>): string {
  const known = filterKeys.get(filter);
  if (known?.saved === saved) return known.key;
  const key = makeFilterKey(filter, saved);
  filterKeys.set(filter, { saved, key });
  return key;
}

function makeFilterKey(filter: FilterState, saved: ReadonlySet<string>): string {
  return JSON.stringify([
    foldText(filter.q.trim()),
    ...FACETS.map((facet) => filter[facet]),
    filter.savedOnly ? [...saved].sort() : false,
  ]);
}

/**
 * The test a session must pass. Every word of the query must appear somewhere in the session's
 * search text (in any order); each facet must match exactly.
 */
export function compileFilter(filter: FilterState, saved: ReadonlySet<string>): (session: Session) => boolean {
  const terms = foldText(filter.q).split(' ').filter(Boolean);
  const { track, room, type, language, speaker, savedOnly } = filter;
  return (session) =>
    (track === undefined || session.track?.id === track) &&
    (room === undefined || session.room?.id === room) &&
    (type === undefined || session.type === type) &&
    (language === undefined || session.languages.includes(language)) &&
    (speaker === undefined || session.people.some(({ person }) => person.id === speaker)) &&
    (!savedOnly || saved.has(session.id)) &&
    (terms.length === 0 || containsAll(searchText(session), terms));
}

/** Whether `text` contains every term (a loop: this runs for every session on every keystroke). */
function containsAll(text: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!text.includes(term)) return false;
  return true;
}

/** The choices of each facet: only what some session uses, in the feed's order (the filters panel sorts them in the reader's language). */
export function facets(schedule: Schedule): Facets {
  let result = facetCache.get(schedule);
  if (result === undefined) {
    const used = (index: ReadonlyMap<string, readonly Session[]>, id: string): boolean => (index.get(id)?.length ?? 0) > 0;
    result = {
      tracks: schedule.tracks.filter((track) => used(schedule.byTrack, track.id)),
      rooms: schedule.rooms.filter((room) => used(schedule.byRoom, room.id)),
      types: [...new Set(schedule.sessions.flatMap((session) => (session.type ? [session.type] : [])))],
      languages: [...new Set(schedule.sessions.flatMap((session) => session.languages))],
      speakers: schedule.people.filter((person) => used(schedule.byPerson, person.id)),
    };
    facetCache.set(schedule, result);
  }
  return result;
}

/**
 * The filter without the facet choices a newer programme has no more (a room renamed or gone, a
 * track dropped): the same object when all are still there. A choice left behind would filter out
 * every session while its select showed another.
 */
export function withoutGone(filter: FilterState, schedule: Schedule): FilterState {
  // Without a choice, nothing to look up: the facets of a big programme (its speakers sorted) are not made for nothing.
  if (FACETS.every((facet) => filter[facet] === undefined)) return filter;
  const { tracks, rooms, types, languages, speakers } = facets(schedule);
  const present: Record<Facet, readonly string[]> = {
    track: tracks.map((track) => track.id),
    room: rooms.map((room) => room.id),
    type: types,
    language: languages,
    speaker: speakers.map((person) => person.id),
  };
  const gone = FACETS.filter((facet) => filter[facet] !== undefined && !present[facet].includes(filter[facet]!));
  return gone.length === 0 ? filter : { ...filter, ...Object.fromEntries(gone.map((facet) => [facet, undefined])) };
}
