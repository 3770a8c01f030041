/**
 * Helpers shared by the adapters: reading loosely typed source JSON, JSON paths into the source,
 * unique ids, "HH:MM" durations, the event's time zone, URLs, and a diagnostics log.
 *
 * Everything here is pure and never throws on bad input.
 */
import { canonicalLanguage } from '../language-tag.js';
import type { Diagnostic, FeedSession, Severity } from '../model.js';
import { isValidTimeZone } from '../time.js';
import { safeUrl } from '../url.js';
import { isNonBlank } from '../validate.js';
import type { AdapterOptions, AdapterResult } from './types.js';

// ---------------------------------------------------------------------------------------------
// Reading untyped JSON
// ---------------------------------------------------------------------------------------------

/** A plain JSON object (not null, not an array). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain JSON object. */
export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` trimmed if it is a string with some text that shows (not blank for the feed reader), else undefined. */
export function text(value: unknown): string | undefined {
  return isNonBlank(value) ? value.trim() : undefined;
}

/**
 * A source item that is an object with a title, as every session of every format must be;
 * otherwise an error that skips it, naming the kind of item (`talk`, `session`).
 */
export function titledItem(
  value: unknown,
  path: string,
  log: DiagnosticLog,
  noun: string,
): { readonly item: JsonObject; readonly title: string } | undefined {
  if (!isRecord(value)) {
    log.error(path, `is not a ${noun} object (${quote(value)}); it is skipped.`);
    return undefined;
  }
  const title = text(value['title']);
  if (title === undefined) {
    log.error(at(path, 'title'), `${noun} has no title (${quote(value['title'])}); it is skipped.`);
    return undefined;
  }
  return { item: value, title };
}

/** A source id as a string: strings as written (trimmed, non-empty), finite numbers stringified. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  return text(value);
}

/** `value` if it is an array, else an empty list (absent optional lists read as empty). */
export function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** {@link list}, where a value that is there but no list (a broken copy) is said at `path`, not read as empty in silence. */
export function listAt(value: unknown, path: string, log: DiagnosticLog, what = 'a list', outcome = 'it is read as empty'): readonly unknown[] {
  if (value != null && !Array.isArray(value)) log.warn(path, `${quote(value)} is not ${what}; ${outcome}.`);
  return list(value);
}

/** A session's list of people at `path` ({@link listAt}). */
export function peopleList(value: unknown, path: string, log: DiagnosticLog): readonly unknown[] {
  return listAt(value, path, log, 'a list of people', 'the session is kept without them');
}

/** A whole, non-negative number, or undefined. */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

// ---------------------------------------------------------------------------------------------
// JSON paths into the source
// ---------------------------------------------------------------------------------------------

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `parent` extended by a key or index: `$.a` + `b` → `$.a.b`, + `Saal 1` → `$.a["Saal 1"]`, + 3 → `$.a[3]`. */
export function at(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return IDENTIFIER.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

/** A value quoted for a message, a long text cut in its middle (ids and URLs differ at their ends): `"Saal 1"`, `42`, `an object`. */
export function quote(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 29)}…${value.slice(-28)}` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// ---------------------------------------------------------------------------------------------
// Diagnostics
// ---------------------------------------------------------------------------------------------

/**
 * The diagnostics of one conversion. Besides single problems it counts source fields that the
 * v1 feed cannot hold, so that 895 talks with a `language` give one warning, not 895, and likewise
 * any other note that would repeat on every item ({@link DiagnosticLog.counted}).
 */
export class DiagnosticLog {
  readonly #items: Diagnostic[] = [];
  readonly #counted = new Map<string, { firstPath: string; count: number; message: (times: string) => string }>();

  add(severity: Severity, path: string, message: string): void {
    this.#items.push({ path, message, severity });
  }

  warn(path: string, message: string): void {
    this.add('warning', path, message);
  }

  error(path: string, message: string): void {
    this.add('error', path, message);
  }

  /**
   * Notes a warning that would repeat on many items, once per `key`: at the path of its first
   * occurrence, with the message of the first occurrence given how often it happened
   * (`once`, `12 times, first here`).
   */
  counted(key: string, path: string, message: (times: string) => string): void {
    const entry = this.#counted.get(key);
    if (entry) entry.count++;
    else this.#counted.set(key, { firstPath: path, count: 1, message });
  }

  /** Notes that source field `field` at `path` is not kept, for the reason given (same for every occurrence). */
  dropped(field: string, path: string, reason: string): void {
    this.counted(`dropped ${field}`, path, (times) => `${field} is not kept (${times}): ${reason}`);
  }

  /** Every diagnostic, with one warning per counted note at its first occurrence. */
  list(): Diagnostic[] {
    const summaries = [...this.#counted.values()].map(({ firstPath, count: n, message }): Diagnostic => ({
      path: firstPath,
      severity: 'warning',
      message: message(n === 1 ? 'once' : `${n} times, first here`),
    }));
    return [...this.#items, ...summaries];
  }
}

/** The result for input that is not the adapter's format at all: no feed, one fatal diagnostic at `$`. */
export function notThisFormat(message: string): AdapterResult {
  return { diagnostics: [{ path: '$', message, severity: 'fatal' }] };
}

/**
 * Runs a conversion and turns an unexpected exception into a fatal diagnostic, so that adapters
 * keep their promise never to throw even on input shapes nobody anticipated.
 */
export function guarded(format: string, convert: () => AdapterResult): AdapterResult {
  try {
    return convert();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notThisFormat(`The ${format} file could not be converted (${reason}); please report this file.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Ids
// ---------------------------------------------------------------------------------------------

/** A URL- and attribute-friendly id from a name: `"Saal 1 & 2"` → `saal-1-2`; `item` when nothing is left. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // strip the accents NFKD split off
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug === '' ? 'item' : slug;
}

/** Hands out unique ids within one list (sessions, people …), reporting each clash. */
export class UniqueIds {
  readonly #used = new Set<string>();

  constructor(
    private readonly log: DiagnosticLog,
    /** What the ids name, for messages: "session", "person". */
    private readonly what: string,
  ) {}

  /** Whether `id` is already taken. */
  has(id: string): boolean {
    return this.#used.has(id);
  }

  /**
   * `preferred` if it is free; else the first free `alternative` (another stable source id);
   * else `preferred-2`, `-3` … A clash is warned at `path`.
   */
  claim(preferred: string, path: string, alternative?: string): string {
    let id = preferred;
    if (this.#used.has(id)) {
      id = alternative !== undefined && !this.#used.has(alternative) ? alternative : this.#suffixed(preferred);
      this.log.warn(path, `${this.what} id ${quote(preferred)} is used more than once; this one gets the id ${quote(id)}.`);
    }
    this.#used.add(id);
    return id;
  }

  #suffixed(base: string): string {
    let n = 2;
    while (this.#used.has(`${base}-${n}`)) n++;
    return `${base}-${n}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Durations
// ---------------------------------------------------------------------------------------------

/** `H:MM`, `HH:MM` or `HH:MM:SS`; hours may exceed 24 (a multi-day installation). */
const CLOCK_DURATION = /^(\d{1,3}):([0-5]\d)(?::([0-5]\d))?$/;

/** Minutes of a clock-style duration (`"01:30"` → 90, `"00:00"` → 0), or undefined if unreadable. */
export function parseClockDuration(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = CLOCK_DURATION.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]) + (m[3] === undefined ? 0 : Number(m[3]) / 60);
}

/** An ISO 8601 duration of whole or fractional minutes: 90 → `PT90M`, 0 → `PT0M`. */
export function isoMinutes(minutes: number): string {
  return Number.isInteger(minutes) ? `PT${minutes}M` : `PT${Math.round(minutes * 60)}S`;
}

// ---------------------------------------------------------------------------------------------
// Time zones
// ---------------------------------------------------------------------------------------------

/** Minutes east of UTC of an ISO date-time's explicit offset (`+01:00` → 60, `Z` → 0), or undefined without one. */
export function isoOffsetMinutes(value: string): number | undefined {
  const m = /(?:T[\d:.,]+)(Z|([+-])(\d{2}):?(\d{2})?)$/.exec(value);
  if (!m) return undefined;
  if (m[1] === 'Z') return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4] ?? 0);
  return m[2] === '-' ? -minutes : minutes;
}

/**
 * The IANA zone that has a fixed UTC offset, if one exists: `Etc/GMT±N` covers whole hours only, from
 * -12:00 to +14:00 (there is no `Etc/GMT+13`), and its sign is inverted by POSIX convention (+01:00
 * is `Etc/GMT-1`).
 */
export function fixedOffsetZone(minutes: number): string | undefined {
  if (minutes === 0) return 'UTC';
  if (minutes % 60 !== 0 || minutes < -12 * 60 || minutes > 14 * 60) return undefined;
  const hours = minutes / 60;
  return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
}

/** What a source says about its zone. */
export interface ZoneHints {
  /** The zone the source names, if any (frab's `time_zone_name`). */
  readonly named?: unknown;
  /** Where the named zone is, for messages. */
  readonly namedPath?: string;
  /** The UTC offsets in minutes that the source's timestamps carry, or imply, in one list. */
  readonly offsets?: Iterable<number>;
}

/** Every way to name the venue's zone, for the warnings that ask for it. */
const PASS_ZONE =
  'name the venue\'s IANA zone (such as "Europe/Berlin") with the event-time-zone attribute of the component, ' +
  '--event-time-zone on the command line, or the eventTimeZone option of convertFeed';

/** Every way to name the event, for the warnings of sources that carry no name. */
export const PASS_NAME = 'name it with the event-name attribute of the component, --event-name on the command line, or the eventName option of convertFeed';

/** `+01:00` for 60, `-03:30` for -210. */
function offsetLabel(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * The event's IANA zone: the zone the source names; else `options.eventTimeZone`; else the
 * `Etc/GMT±N` of the one offset all timestamps share; else UTC. Guesses are warned at `$`.
 */
export function chooseTimeZone(hints: ZoneHints, options: AdapterOptions, log: DiagnosticLog): string {
  const option = options.eventTimeZone;
  if (option !== undefined && !isValidTimeZone(option)) {
    log.warn('$', `The event-time-zone option ${quote(option)} is not an IANA time zone such as "Europe/Berlin"; it is ignored.`);
  }
  const given = isValidTimeZone(option) ? option : undefined;
  if (hints.named !== undefined && hints.named !== null) {
    if (isValidTimeZone(hints.named)) {
      if (given !== undefined && given !== hints.named) {
        log.warn(hints.namedPath ?? '$', `The file names the time zone ${quote(hints.named)}; the event-time-zone option ${quote(given)} is ignored.`);
      }
      return hints.named;
    }
    log.warn(hints.namedPath ?? '$', `${quote(hints.named)} is not an IANA time zone; it is ignored.`);
  }
  if (given !== undefined) return given;
  const offsets = new Set(hints.offsets ?? []);
  const [only] = offsets;
  const fixed = offsets.size === 1 && only !== undefined ? fixedOffsetZone(only) : undefined;
  if (fixed !== undefined && only !== undefined) {
    const shown = fixed === 'UTC' ? 'UTC' : `${fixed} (UTC${offsetLabel(only)}, shown as "GMT${offsetLabel(only).replace(/:00$/, '').replace(/^([+-])0/, '$1')}")`;
    log.warn(
      '$',
      `The file names no time zone, only the UTC offset ${offsetLabel(only)} on every time: the fixed-offset zone ${shown} is used. ` +
        `Every session keeps its exact time, but the venue's zone name is not shown and a daylight-saving change would not be followed: ${PASS_ZONE}.`,
    );
    return fixed;
  }
  if (offsets.size > 0) {
    const labels = [...offsets].sort((a, b) => b - a).map(offsetLabel);
    const which = offsets.size === 1 ? `the UTC offset ${labels[0]!}, for which there is no fixed-offset Etc/GMT zone,` : `${offsets.size} different UTC offsets (${labels.join(', ')})`;
    log.warn('$', `The file names no time zone, and its times carry ${which}: times that carry an offset keep their exact instant, but they are shown in UTC: ${PASS_ZONE}.`);
    return 'UTC';
  }
  log.warn('$', `The file names no time zone and its times carry no UTC offset; UTC is assumed and times may be off: ${PASS_ZONE}.`);
  return 'UTC';
}

// ---------------------------------------------------------------------------------------------
// URLs
// ---------------------------------------------------------------------------------------------

/**
 * A source URL made absolute against `base` (exports often write `/media/…` relative to their own
 * host, which would be wrong on the page that embeds the feed) and checked with {@link safeUrl}.
 * Undefined, with a warning at `path`, when it is not usable; undefined silently when empty.
 */
export function sourceUrl(value: unknown, path: string, log: DiagnosticLog, base?: string, image = false): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  let absolute = raw;
  // Absolute URLs stay as written; only relative ones are resolved.
  if (base !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(raw)) {
    try {
      absolute = new URL(raw, base).href;
    } catch {
      // not resolvable against the base: check the URL as written
    }
  }
  const safe = safeUrl(absolute, { image });
  if (safe === undefined) log.warn(path, `${quote(raw)} is not an http(s) URL; it is dropped.`);
  return safe;
}

/**
 * The label of a link a source gives without one (a talk's page, a person's site): its host,
 * "fahrplan.events.ccc.de", which reads the same in every language, where a word written here
 * ("Details") would stay English on a French page. Undefined for a relative URL.
 */
export function hostLabel(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Languages and recording
// ---------------------------------------------------------------------------------------------

/**
 * The session's `languages` and `doNotRecord` from a source's language (one tag or several, as
 * `"de"`, `"de, en"` or `["de", "en"]`) and do-not-record flag: only the fields that say something.
 * Tags are made canonical and given once; one that is not BCP 47 is left out with a warning at `path`.
 */
export function languageFields(language: unknown, path: string, doNotRecord: unknown, log: DiagnosticLog): Pick<FeedSession, 'languages' | 'doNotRecord'> {
  const written = Array.isArray(language) ? language.map(text) : (text(language)?.split(/[\s,;/]+/) ?? []);
  const languages: string[] = [];
  for (const tag of written) {
    const canonical = tag === undefined ? undefined : canonicalLanguage(tag);
    if (canonical === undefined) log.warn(path, `${quote(tag)} is not a BCP 47 language tag such as "de"; it is dropped.`);
    else if (!languages.includes(canonical)) languages.push(canonical);
  }
  return { ...(languages.length > 0 ? { languages } : {}), ...(doNotRecord === true ? { doNotRecord } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Added for the Sched and iCalendar adapters
// ---------------------------------------------------------------------------------------------

/** A whole, non-negative number written as a number or as digits (Sched writes `"goers": "21"`), or undefined. */
export function wholeNumber(value: unknown): number | undefined {
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return count(value);
}

/** An HTML start or end tag, or an entity: enough to tell markup from plain text. */
// `[^<>]`: a tag never closed ends its match at the next `<` (linear on `<a<a<a…`).
const MARKUP = /<\/?[a-z][^<>]*>|&(?:[a-z]+|#\d+);/i;

/** `html` when `value` contains markup, else `text` (so that plain line breaks survive). */
export function markupFormat(value: string): 'html' | 'text' {
  return MARKUP.test(value) ? 'html' : 'text';
}

/** A room, track or person that the source knows only by its name. */
export interface NamedItem {
  readonly id: string;
  readonly name: string;
}

/**
 * Items a source names by a plain string (Sched's `venue`, an iCalendar `LOCATION`): one item per
 * distinct name, in order of first use, each with a unique id (a source id when there is one,
 * else the name's slug).
 */
export class NamedItems {
  readonly #byName = new Map<string, NamedItem>();
  readonly #ids: UniqueIds;

  constructor(log: DiagnosticLog, what: string) {
    this.#ids = new UniqueIds(log, what);
  }

  /** The id of the item called `name`, created on first use with `sourceId` or the slug of `name`. */
  idFor(name: string, path: string, sourceId?: string): string {
    let item = this.#byName.get(name);
    if (!item) {
      item = { id: this.#ids.claim(sourceId ?? slugify(name), path), name };
      this.#byName.set(name, item);
    }
    return item.id;
  }

  /** Every item, in order of first use. */
  list(): NamedItem[] {
    return [...this.#byName.values()];
  }
}
