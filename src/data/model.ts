/**
 * The types of schedule-elements' data layer: the feed as its authors write it (`Feed*`, version 1,
 * see docs/feed-format.md and schema/feed-v1.schema.json) and the normalized, immutable model that
 * every component renders (`Schedule`, `Session`, `Person` …).
 *
 * Pure types and `as const` lists only: no DOM, no Lit, no date library. Instants are epoch
 * milliseconds (`startMs`) and ISO 8601 strings with the event zone's offset (`start`); the entry
 * `schedule-elements/luxon` turns them into luxon DateTimes for those who want them.
 */

/** The text formats of `description` and `bio`. */
export const TEXT_FORMATS = ['text', 'markdown', 'html'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

/** The kinds of a session's links. */
export const LINK_KINDS = ['media', 'slides', 'video', 'feedback', 'attendees', 'signup', 'other'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** The roles the contract names; any other label is a role too, shown as written. */
export const KNOWN_ROLES = ['speaker', 'moderator', 'remote-moderator'] as const;
export type KnownRole = (typeof KNOWN_ROLES)[number];

/** Where a session or the event stands against a clock. */
export const STATUSES = ['upcoming', 'live', 'ended'] as const;
export type Status = (typeof STATUSES)[number];

/** How bad a diagnostic is: `fatal` leaves an empty model, `error` drops an item, `warning` keeps it. */
export const SEVERITIES = ['fatal', 'error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

// ---------------------------------------------------------------------------------------------
// The feed, version 1, as written (everything optional unless the contract marks it required)
// ---------------------------------------------------------------------------------------------

/**
 * A human-readable text of the feed: a string, or a map from BCP 47 language tags to the text in
 * that language (`{"en": "Main hall", "de": "Großer Saal"}`; one entry names the language of a text
 * given in one language only).
 */
export type FeedText = string | { readonly [tag: string]: string };

export interface FeedEvent {
  id?: string;
  name: FeedText;
  /** The BCP 47 tag of the language that texts given as maps fall back to (else their first entry). */
  defaultLanguage?: string;
  /** IANA zone of the venue. */
  timeZone: string;
  /** Event-local calendar dates, inclusive (`2014-09-02`). */
  start?: string;
  end?: string;
  url?: string;
  location?: FeedText;
  /**
   * When one day of the programme turns into the next, `HH:mm` from `00:00` (the default, midnight)
   * to `12:00`: with `"06:00"`, a talk at 00:30 belongs to the evening before, as at a festival
   * whose nights run late.
   */
  dayChange?: string;
}

export interface FeedRoom {
  id: string;
  name: FeedText;
  location?: FeedText;
  capacity?: number;
}

export interface FeedTrack {
  id: string;
  name: FeedText;
  color?: string;
}

export interface FeedPersonLink {
  label: string;
  url: string;
}

export interface FeedPerson {
  id: string;
  name: string;
  jobTitle?: FeedText;
  organization?: FeedText;
  bio?: FeedText;
  bioFormat?: TextFormat;
  avatar?: string;
  links?: FeedPersonLink[];
}

export interface FeedSessionPerson {
  id: string;
  /** `speaker` (default), `moderator`, `remote-moderator`, or any label. */
  role?: string;
}

export interface FeedAgendaItem {
  title: FeedText;
  peopleIds?: string[];
  /** ISO 8601 duration, `PT5M`. */
  duration: string;
}

export interface FeedAttendees {
  count?: number;
  capacity?: number;
  url?: string;
}

export interface FeedSessionLink {
  kind?: LinkKind;
  url: string;
  label?: string;
}

export interface FeedSession {
  id: string;
  code?: string;
  title: FeedText;
  /** ISO 8601 with an offset, or local wall time read in `event.timeZone`. */
  start: string;
  end?: string;
  /** ISO 8601 duration; stands in for `end` when that is missing. */
  duration?: string;
  roomId?: string;
  trackId?: string;
  type?: string;
  description?: FeedText;
  descriptionFormat?: TextFormat;
  people?: FeedSessionPerson[];
  agenda?: FeedAgendaItem[];
  attendees?: FeedAttendees;
  links?: FeedSessionLink[];
  tags?: string[];
  /** An all-day session: shown as "All day"; `start` and `end` (or `duration`) still give the days it covers. */
  allDay?: boolean;
  /** The languages the session is held in, as BCP 47 tags (`["de", "en"]`), in the order given. */
  languages?: string[];
  /** The speakers asked that the session is not recorded or streamed. */
  doNotRecord?: boolean;
}

export interface FeedV1 {
  version: 1;
  event: FeedEvent;
  rooms?: FeedRoom[];
  tracks?: FeedTrack[];
  people?: FeedPerson[];
  sessions: FeedSession[];
}

// ---------------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------------

/** One problem found in a feed. `path` is a JSON path into the feed, e.g. `$.sessions[3].start`. */
export interface Diagnostic {
  readonly path: string;
  readonly message: string;
  readonly severity: Severity;
}

// ---------------------------------------------------------------------------------------------
// The normalized model (deeply frozen; collections are read-only arrays and maps)
// ---------------------------------------------------------------------------------------------

/**
 * A text in several languages, or in one named language: BCP 47 tag (canonical, `pt-BR`) → text,
 * the feed's default language first (then in feed order). Read it with `pick` (texts.ts).
 */
export type TextVariants = Readonly<Record<string, string>>;

/**
 * The language versions of an item's text fields that the feed gave as maps, by field name (a rich
 * text's versions are sources in its format). The plain field holds the first version.
 */
export type Translations<K extends string> = Readonly<Partial<Record<K, TextVariants>>>;

/** Untrusted rich text with its declared format; components sanitize it when they render it. */
export interface RichText {
  readonly format: TextFormat;
  readonly source: string;
}

export interface Room {
  readonly id: string;
  readonly name: string;
  /** Where the room is, e.g. "Rumeli -1 Floor / Room 1". */
  readonly location?: string;
  readonly capacity?: number;
  /** `name` and `location` in each language the feed gives them in. */
  readonly i18n?: Translations<'name' | 'location'>;
}

export interface Track {
  readonly id: string;
  readonly name: string;
  /** A CSS hex colour (`#0b6e4f`), checked. */
  readonly color?: string;
  /** `name` in each language the feed gives it in. */
  readonly i18n?: Translations<'name'>;
}

export interface PersonLink {
  readonly label: string;
  /** An http(s) or relative URL, checked. */
  readonly url: string;
}

export interface Person {
  readonly id: string;
  readonly name: string;
  readonly jobTitle?: string;
  readonly organization?: string;
  readonly bio?: RichText;
  /** An http(s), relative or `data:image/*` URL, checked. */
  readonly avatar?: string;
  readonly links: readonly PersonLink[];
  /** `jobTitle`, `organization` and `bio` in each language the feed gives them in. */
  readonly i18n?: Translations<'jobTitle' | 'organization' | 'bio'>;
}

/** A person in a session with their role in it. */
export interface SessionPerson {
  readonly person: Person;
  readonly role: string;
}

/** The people of one role in a session, in feed order. */
export interface RoleGroup {
  readonly role: string;
  readonly people: readonly Person[];
}

/** One timed item of a session's inner agenda, laid out from the session start. */
export interface AgendaItem {
  readonly title: string;
  /** `title` in each language the feed gives it in. */
  readonly i18n?: Translations<'title'>;
  readonly people: readonly Person[];
  /** Epoch milliseconds. */
  readonly startMs: number;
  readonly endMs: number;
  /**
   * The same instants as ISO 8601 with the event zone's offset at each, `2014-09-02T11:05:00+03:00`
   * (written on first access).
   */
  readonly start: string;
  readonly end: string;
  /** The event's IANA zone, that of `start` and `end`. */
  readonly timeZone: string;
  readonly minutes: number;
}

export interface Attendance {
  readonly count?: number;
  readonly capacity?: number;
  readonly url?: string;
}

export interface SessionLink {
  readonly kind: LinkKind;
  readonly url: string;
  readonly label?: string;
}

export interface Session {
  readonly id: string;
  readonly code?: string;
  readonly title: string;
  /** Epoch milliseconds of the start and end (end > start, or equal for a zero-length item). */
  readonly startMs: number;
  readonly endMs: number;
  /**
   * The same instants as ISO 8601 with the event zone's offset at each: `2014-09-02T11:00:00+03:00`
   * (written on first access, so a big feed does not format thousands of strings nobody reads).
   */
  readonly start: string;
  readonly end: string;
  /**
   * The event's IANA zone (`Europe/Istanbul`, the schedule's `event.timeZone`), for code that is
   * handed a session without its schedule: the zone of `start`, `end` and `day`.
   */
  readonly timeZone: string;
  readonly minutes: number;
  /** The event-local calendar day of the start, `2014-09-02`. */
  readonly day: string;
  readonly room?: Room;
  readonly track?: Track;
  readonly type?: string;
  readonly description?: RichText;
  /** Everyone in the session with their role, in feed order. */
  readonly people: readonly SessionPerson[];
  /** The same people grouped by role: groups in order of first appearance; empty roles never appear. */
  readonly roles: readonly RoleGroup[];
  readonly agenda: readonly AgendaItem[];
  readonly attendees?: Attendance;
  readonly links: readonly SessionLink[];
  readonly tags: readonly string[];
  /** Whether the session lasts all day (the feed says so): shown as "All day", without clock times. */
  readonly allDay: boolean;
  /** The languages the session is held in, canonical BCP 47 tags (`de`, `pt-BR`); empty when the feed does not say. */
  readonly languages: readonly string[];
  /** Whether the speakers asked that the session is not recorded. */
  readonly doNotRecord: boolean;
  /** The session's index in the feed's `sessions` array (for diagnostics and stable ordering). */
  readonly index: number;
  /** `title` and `description` in each language the feed gives them in. */
  readonly i18n?: Translations<'title' | 'description'>;
}

export interface EventInfo {
  readonly id?: string;
  readonly name: string;
  /** IANA zone of the venue. */
  readonly timeZone: string;
  /**
   * When one day of the programme turns into the next, in minutes after midnight (the feed's
   * `event.dayChange`: `"06:00"` is 360); absent, at midnight. Sessions that start before it are on
   * the day before, and each day of the timeline runs from it to the next day's.
   */
  readonly dayChange?: number;
  /** First and last event-local day, from `event.start`/`end`, else from the sessions. */
  readonly firstDay?: string;
  readonly lastDay?: string;
  readonly url?: string;
  readonly location?: string;
  /** The BCP 47 tag (canonical) that texts in several languages fall back to. */
  readonly defaultLanguage?: string;
  /** `name` and `location` in each language the feed gives them in. */
  readonly i18n?: Translations<'name' | 'location'>;
}

/** One event-local calendar day and its sessions in start order. */
export interface Day {
  readonly date: string;
  readonly sessions: readonly Session[];
}

/** The sessions of one day that start at the same instant. */
export interface TimeSlot {
  readonly startMs: number;
  readonly sessions: readonly Session[];
}

/** A person who is in two sessions that overlap in time. */
export interface Conflict {
  readonly person: Person;
  readonly sessions: readonly [Session, Session];
}

export interface Schedule {
  readonly event: EventInfo;
  /** Sorted by start, then end, then feed order. */
  readonly sessions: readonly Session[];
  readonly rooms: readonly Room[];
  readonly tracks: readonly Track[];
  readonly people: readonly Person[];
  /** Every event-local day from the first to the last (event dates and sessions), in order. */
  readonly days: readonly Day[];
  readonly sessionsById: ReadonlyMap<string, Session>;
  readonly peopleById: ReadonlyMap<string, Person>;
  readonly roomsById: ReadonlyMap<string, Room>;
  readonly tracksById: ReadonlyMap<string, Track>;
  /** Indexes: each list in session order. */
  readonly byDay: ReadonlyMap<string, readonly Session[]>;
  readonly byRoom: ReadonlyMap<string, readonly Session[]>;
  readonly byTrack: ReadonlyMap<string, readonly Session[]>;
  readonly byPerson: ReadonlyMap<string, readonly Session[]>;
  /** Per event-local day, the sessions grouped by start instant. */
  readonly slotsByDay: ReadonlyMap<string, readonly TimeSlot[]>;
  readonly conflicts: readonly Conflict[];
}

/** What `normalizeFeed` returns: never throws; bad input becomes diagnostics. */
export interface NormalizeResult {
  readonly schedule: Schedule;
  readonly diagnostics: readonly Diagnostic[];
}
