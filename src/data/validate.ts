/**
 * Shape checks of a version 1 feed (with the small checks of shape.ts).
 *
 * The top level is all or nothing (a feed without `version: 1` or a usable `event` is fatal); below
 * it, every room, track, person and session is checked on its own, so one bad entry costs only
 * itself. Inside an entry, a bad optional value (a `javascript:` avatar, a colour that is not hex,
 * a tag that is not a string) is pruned with a warning and the entry kept; a bad required one
 * (a session without a title) skips the entry with an error. Unknown keys are allowed and dropped,
 * so newer feeds stay readable.
 *
 * What needs the event's time zone or the other lists (parsing `start`, durations, references,
 * duplicate ids) is left to normalize.ts.
 */
import {
  LINK_KINDS,
  TEXT_FORMATS,
  type Diagnostic,
  type FeedEvent,
  type FeedPerson,
  type FeedRoom,
  type FeedSession,
  type FeedTrack,
  type Severity,
} from './model.js';
import { canonicalLanguage, isLanguageTag } from './language-tag.js';
import { array, brief, checkShape, fieldName, isRecord, mapped, object, optional, plainOrMap, value, type Shape } from './shape.js';
import { isDateKey, isValidTimeZone } from './time.js';
import { safeUrl } from './url.js';

// Invisible format characters (zero-width space, bidi controls, soft hyphen) are blank too: they show nothing.
const NOT_BLANK = /[^\s\p{Cf}]/u;
/** A CSS hex colour: `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`. */
const HEX_COLOR = /^#(?:[\da-f]{3,4}|[\da-f]{6}|[\da-f]{8})$/i;

// The messages below complete a sentence that starts with the field's name: "title must be a string".
const isText = (input: unknown): input is string => typeof input === 'string';
const text = () => value<string>(isText, 'must be a string');
/** A string that passes `test`, else `message` (after "must be a string" for anything else). */
const textThat = (test: (input: string) => boolean, message: string) =>
  value<string>((input) => isText(input) && test(input), (input) => (isText(input) ? message : 'must be a string'));
/** A string with something other than white space in it (what an id or a title must be). */
export const isNonBlank = (input: unknown): input is string => isText(input) && NOT_BLANK.test(input);
const nonBlank = () => textThat(isNonBlank, 'must not be blank');
const isNumber = (input: unknown): input is number => typeof input === 'number' && !Number.isNaN(input);
const count = () =>
  value<number>(
    (input) => Number.isInteger(input) && (input as number) >= 0,
    (input) => (!isNumber(input) ? 'must be a number' : !Number.isInteger(input) ? 'must be a whole number' : 'must not be negative'),
  );
/** One of a fixed list of strings. */
const oneOf = <T extends string>(choices: readonly T[]) =>
  value<T>((input) => (choices as readonly unknown[]).includes(input), `must be one of ${choices.join(', ')}`);
const flag = () => value<boolean>((input) => typeof input === 'boolean', 'must be true or false');
/** A well-formed BCP 47 language tag, replaced by its canonical form (`EN-us` → `en-US`). */
const languageTag = () => mapped(text(), canonicalLanguage, 'must be a BCP 47 language tag such as "de" or "pt-BR"');
const dateKey = () => textThat(isDateKey, 'must be a calendar date written yyyy-MM-dd');
const list = <T>(item: Shape<T>) => array(item, 'must be an array');
const TAG_MESSAGE = 'must be a BCP 47 language tag such as "pt-BR"';
/** A human-readable text: `shape` (a string), or a map from language tags to such strings, whose bad entries are pruned one by one. */
const localized = (shape: Shape<string>) =>
  plainOrMap(shape, isLanguageTag, `key ${TAG_MESSAGE}`, 'must not be an empty map', 'must be a string or a map of language tags to text');

/** A URL that passes {@link safeUrl}, replaced by its cleaned form (tabs and newlines removed). */
const url = (image = false) =>
  mapped(
    text(),
    (input) => safeUrl(input, { image }),
    image ? 'must be an http(s), relative or data:image URL' : 'must be an http(s) or relative URL',
  );

/** An event's `dayChange`: a time of day `HH:mm` from `00:00` to `12:00`. */
export const DAY_CHANGE = /^(0\d|1[01]):[0-5]\d$|^12:00$/;

const EventSchema: Shape<FeedEvent> = object({
  id: optional(text()),
  name: localized(nonBlank()),
  defaultLanguage: optional(textThat(isLanguageTag, TAG_MESSAGE)),
  timeZone: textThat(isValidTimeZone, 'must be an IANA time zone such as "Europe/Istanbul"'),
  start: optional(dateKey()),
  end: optional(dateKey()),
  url: optional(url()),
  location: optional(localized(text())),
  dayChange: optional(textThat((input) => DAY_CHANGE.test(input), 'must be a time of day from "00:00" to "12:00", such as "06:00"')),
});

const RoomSchema: Shape<FeedRoom> = object({
  id: nonBlank(),
  name: localized(nonBlank()),
  location: optional(localized(text())),
  capacity: optional(count()),
});

const TrackSchema: Shape<FeedTrack> = object({
  id: nonBlank(),
  name: localized(nonBlank()),
  color: optional(textThat((input) => HEX_COLOR.test(input), 'must be a CSS hex colour such as "#0b6e4f"')),
});

const PersonSchema: Shape<FeedPerson> = object({
  id: nonBlank(),
  name: nonBlank(),
  jobTitle: optional(localized(text())),
  organization: optional(localized(text())),
  bio: optional(localized(text())),
  bioFormat: optional(oneOf(TEXT_FORMATS)),
  avatar: optional(url(true)),
  links: optional(list(object({ label: nonBlank(), url: url() }))),
});

const SessionSchema: Shape<FeedSession> = object({
  id: nonBlank(),
  code: optional(text()),
  title: localized(nonBlank()),
  start: text(),
  end: optional(text()),
  duration: optional(text()),
  roomId: optional(text()),
  trackId: optional(text()),
  type: optional(text()),
  description: optional(localized(text())),
  descriptionFormat: optional(oneOf(TEXT_FORMATS)),
  people: optional(list(object({ id: nonBlank(), role: optional(nonBlank()) }))),
  agenda: optional(list(object({ title: localized(nonBlank()), peopleIds: optional(list(text())), duration: text() }))),
  attendees: optional(object({ count: optional(count()), capacity: optional(count()), url: optional(url()) })),
  links: optional(list(object({ kind: optional(oneOf(LINK_KINDS)), url: url(), label: optional(text()) }))),
  tags: optional(list(text())),
  allDay: optional(flag()),
  languages: optional(list(languageTag())),
  doNotRecord: optional(flag()),
});

/** An entry of one of the feed's lists that passed its shape check, with its index in the feed. */
export interface Indexed<T> {
  readonly index: number;
  readonly value: T;
}

/** A feed whose shape is right: the event, and each list with only its well-shaped entries. */
export interface ValidatedFeed extends FeedHead {
  readonly sessions: readonly Indexed<FeedSession>[];
}

/** What {@link validateFeed} found: the feed, unless a fatal diagnostic says it is unusable. */
export interface ValidationResult {
  readonly feed?: ValidatedFeed;
  readonly diagnostics: readonly Diagnostic[];
}

/** Where an issue is pruned: the key path (from the entry) of the optional key or array element to remove. */
interface Prune {
  readonly keys: readonly (string | number)[];
  /** The removed thing is an agenda item: losing a timed item is an error, not a warning. */
  readonly timed: boolean;
}

/** Entries revalidated after pruning more often than this are skipped: pruning converges in one pass in practice. */
const MAX_PRUNE_PASSES = 3;

const REMOVED = Symbol('removed');

/** `$.sessions[3]` + `people[1].id` → `$.sessions[3].people[1].id`. */
function joinPath(base: string, keys: readonly (string | number)[]): string {
  return keys.length === 0 ? base : `${base}${typeof keys[0] === 'number' ? '' : '.'}${fieldName(keys)}`;
}

/** `Session "ws196"`, or `Session #3` when the entry has no usable id. */
export function entryLabel(noun: string, entry: unknown, index: number): string {
  const id = isRecord(entry) ? entry.id : undefined;
  return typeof id === 'string' && id !== '' ? `${noun} "${id}"` : `${noun} #${index}`;
}

/** The deepest optional key or array element on an issue's path, or undefined if the path is required all the way up. */
function pruneTarget(schema: Shape<unknown>, keys: readonly (string | number)[]): Prune | undefined {
  let target: Prune | undefined;
  let node: Shape<unknown> | undefined = schema;
  for (let i = 0; i < keys.length && node; i++) {
    const key = keys[i]!;
    if (node.kind === 'array' || (node.kind === 'map' && typeof key === 'string')) {
      target = { keys: keys.slice(0, i + 1), timed: keys[i - 1] === 'agenda' };
      node = node.item;
    } else {
      const child: Shape<unknown> | undefined = node.entries?.[key];
      if (child?.kind === 'optional') {
        target = { keys: keys.slice(0, i + 1), timed: false };
        node = child.wrapped;
      } else {
        node = child;
      }
    }
  }
  return target;
}

/** A copy of JSON-like data (plain objects and arrays), so pruning never touches the caller's objects. */
function copyData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyData);
  // Own keys as JSON.parse makes them: assigning an own "__proto__" would set the copy's prototype, whose fields the shapes then read.
  return isRecord(value) ? Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copyData(item)])) : value;
}

/**
 * Per entry that lost list elements to pruning: by the list's keys in the feed (`people`,
 * `agenda.2.peopleIds`), the index in the feed of each element it kept.
 */
const feedIndexes = new WeakMap<object, ReadonlyMap<string, readonly number[]>>();

/**
 * The index in the feed of element `index` of the list at `keys` (`people`, `agenda.2.peopleIds`)
 * of a checked entry: pruning may have removed elements before it (`people[1]` was `people[2]`).
 */
export function feedIndex(entry: object, keys: string, index: number): number {
  return feedIndexes.get(entry)?.get(keys)?.[index] ?? index;
}

/**
 * An issue's keys in the repaired copy of an entry (`agenda[1].title`) as keys into the feed
 * (`agenda[2].title`), by the feed indexes of the elements kept in each list that lost some.
 */
function feedKeys(keys: readonly (string | number)[], moved: ReadonlyMap<string, readonly number[]>): (string | number)[] {
  if (moved.size === 0) return [...keys];
  return keys.map((key, i) => (typeof key === 'number' ? (moved.get(keys.slice(0, i).join('.'))?.[key] ?? key) : key));
}

/**
 * Removes the pruned keys and array elements from `data` (a copy). Elements are marked first so
 * indexes stay put; `moved` gets the feed index of each element kept in a list that lost some.
 */
function applyPrunes(data: Record<string, unknown>, prunes: readonly Prune[], moved: Map<string, readonly number[]>): void {
  const touched = new Map<unknown[], string>();
  for (const { keys } of prunes) {
    let container: unknown = data;
    for (const key of keys.slice(0, -1)) container = isRecord(container) || Array.isArray(container) ? (container as Record<string | number, unknown>)[key] : undefined;
    const last = keys[keys.length - 1]!;
    if (Array.isArray(container) && typeof last === 'number') {
      container[last] = REMOVED;
      touched.set(container, keys.slice(0, -1).join('.'));
    } else if (isRecord(container)) {
      delete container[last];
    }
  }
  for (const [array, listKeys] of touched) {
    const indexes = moved.get(listKeys) ?? array.map((_, i) => i);
    moved.set(listKeys, indexes.filter((_, i) => array[i] !== REMOVED));
    const kept = array.filter((item) => item !== REMOVED);
    array.length = 0;
    array.push(...kept);
  }
}

/**
 * Checks one entry against its schema. A bad optional value is pruned (warning) and the entry
 * checked again; a bad required one drops the entry with `requiredSeverity` (`error` for list
 * entries, `fatal` for the event).
 */
function checkEntry<T>(
  schema: Shape<T>,
  input: unknown,
  where: () => [path: string, label: string],
  requiredSeverity: Severity,
  diagnostics: Diagnostic[],
  copy = true,
): T | undefined {
  let result = checkShape(schema, input, { copy });
  if (result.ok) return result.output;
  // Only now the path and label: building them for every good entry of a big feed costs real time.
  const [path, label] = where();
  const consequence = requiredSeverity === 'fatal' ? 'the feed cannot be read' : 'it is skipped';
  let data = input;
  const moved = new Map<string, readonly number[]>();
  for (let pass = 0; pass < MAX_PRUNE_PASSES; pass++) {
    if (pass > 0) result = checkShape(schema, data);
    if (result.ok) {
      if (moved.size > 0) feedIndexes.set(result.output as object, moved);
      return result.output;
    }
    if (!isRecord(data)) {
      const problem = data === undefined ? 'is missing' : `is not an object, but ${brief(data)}`;
      diagnostics.push({ path, message: `${label} ${problem}; ${consequence}.`, severity: requiredSeverity });
      return undefined;
    }
    const prunes: Prune[] = [];
    let required = false;
    for (const issue of result.issues) {
      const { keys } = issue;
      const prune = pruneTarget(schema as Shape<unknown>, keys);
      // After a pass that removed list elements, the issue's indexes are those of the repaired copy: say the feed's.
      const inFeed = feedKeys(keys, moved);
      const problem = issue.input === undefined ? 'is missing' : `${issue.message}, not ${brief(issue.input)}`;
      const field = keys.length > 0 ? `${fieldName(inFeed)} ` : '';
      const outcome = prune === undefined ? consequence : prune.keys.length === keys.length ? 'it is ignored' : `${fieldName(inFeed.slice(0, prune.keys.length))} is ignored`;
      const severity = prune === undefined ? requiredSeverity : prune.timed ? 'error' : 'warning';
      diagnostics.push({ path: joinPath(path, inFeed), message: `${label}: ${field}${problem}; ${outcome}.`, severity });
      if (prune === undefined) required = true;
      else prunes.push(prune);
    }
    if (required) return undefined;
    data = pass === 0 ? copyData(data) : data;
    applyPrunes(data as Record<string, unknown>, prunes, moved);
  }
  diagnostics.push({ path, message: `${label} could not be repaired; ${consequence}.`, severity: requiredSeverity });
  return undefined;
}

/** The entries of one of the feed's lists (`rooms` …), none when it is absent; a list that is not an array is ignored with an error. */
function entriesOf(feed: Record<string, unknown>, key: string, diagnostics: Diagnostic[]): readonly unknown[] {
  const list = feed[key];
  if (list === undefined || Array.isArray(list)) return list ?? [];
  diagnostics.push({ path: `$.${key}`, message: `The feed's ${key} must be an array, not ${brief(list)}; it is ignored.`, severity: 'error' });
  return [];
}

/** A list of the feed, unchecked, and the check of one of its entries. */
export interface ListEntries<T> {
  /** The entries as the feed has them (none when the list is absent or not an array). */
  readonly entries: readonly unknown[];
  /** The entry at `index` if its shape is right (bad optional parts pruned); its diagnostics go to `diagnostics`. */
  check(index: number, diagnostics: Diagnostic[]): T | undefined;
}

/** The list `key` of the feed, each entry checked against `schema` when asked. */
function listOf<T>(feed: Record<string, unknown>, key: string, noun: string, schema: Shape<T>, diagnostics: Diagnostic[], copy: boolean): ListEntries<T> {
  const entries = entriesOf(feed, key, diagnostics);
  return {
    entries,
    check(index, into) {
      const entry: unknown = entries[index];
      return checkEntry(schema, entry, () => [`$.${key}[${index}]`, entryLabel(noun, entry, index)], 'error', into, copy);
    },
  };
}

/** The entries of a list that pass their check, with their indexes. */
function checkAll<T>({ entries, check }: ListEntries<T>, diagnostics: Diagnostic[]): Indexed<T>[] {
  const checked: Indexed<T>[] = [];
  for (let index = 0; index < entries.length; index++) {
    const value = check(index, diagnostics);
    if (value !== undefined) checked.push({ index, value });
  }
  return checked;
}

/** A feed with its top level, rooms, tracks and people checked. */
export interface FeedHead {
  readonly event: FeedEvent;
  readonly rooms: readonly Indexed<FeedRoom>[];
  readonly tracks: readonly Indexed<FeedTrack>[];
  readonly people: readonly Indexed<FeedPerson>[];
}

/** What {@link checkFeed} found: the head (unless fatal), and the sessions still to be checked. */
export interface FeedCheck {
  readonly head?: FeedHead;
  /** The sessions, each checked when asked (after the head's own diagnostics; a `sessions` that is not an array is reported then). */
  sessions(): ListEntries<FeedSession>;
  readonly diagnostics: Diagnostic[];
}

const NO_SESSIONS: ListEntries<FeedSession> = { entries: [], check: () => undefined };

/**
 * {@link validateFeed} in two steps: the head now, the sessions one at a time when asked.
 * normalize.ts builds each session right after its check, and builds the sessions of the day
 * shown first. It also passes `copy: false`: a good entry then comes back as it is, not copied
 * (unknown keys included), and normalize.ts copies what it keeps, which at 10,000 sessions spares
 * a third of the garbage.
 */
export function checkFeed(input: unknown, { copy = true } = {}): FeedCheck {
  const fatal = (path: string, message: string): FeedCheck => ({ sessions: () => NO_SESSIONS, diagnostics: [{ path, message, severity: 'fatal' }] });
  if (!isRecord(input)) return fatal('$', `The feed must be a JSON object, not ${brief(input)}.`);
  if (input.version !== 1) {
    return input.version === undefined
      ? fatal('$.version', 'The feed has no version; this reader understands version 1.')
      : fatal('$.version', `The feed's version is ${brief(input.version)}; this reader understands version 1 only.`);
  }
  const diagnostics: Diagnostic[] = [];
  const event = checkEntry<FeedEvent>(EventSchema, input.event, () => ['$.event', 'The event'], 'fatal', diagnostics, copy);
  if (event === undefined) return { sessions: () => NO_SESSIONS, diagnostics: diagnostics.filter((d) => d.severity === 'fatal').slice(0, 1) };
  const head: FeedHead = {
    event,
    rooms: checkAll(listOf(input, 'rooms', 'Room', RoomSchema, diagnostics, copy), diagnostics),
    tracks: checkAll(listOf(input, 'tracks', 'Track', TrackSchema, diagnostics, copy), diagnostics),
    people: checkAll(listOf(input, 'people', 'Person', PersonSchema, diagnostics, copy), diagnostics),
  };
  return { head, sessions: () => listOf(input, 'sessions', 'Session', SessionSchema, diagnostics, copy), diagnostics };
}

/**
 * Checks the shape of a parsed version 1 feed. Never throws on data (JSON values or plain objects).
 * A fatal diagnostic (not an object, `version` other than 1, no usable `event`) comes alone and
 * leaves `feed` undefined.
 */
export function validateFeed(input: unknown): ValidationResult {
  const { head, sessions, diagnostics } = checkFeed(input);
  return head === undefined ? { diagnostics } : { feed: { ...head, sessions: checkAll(sessions(), diagnostics) }, diagnostics };
}
