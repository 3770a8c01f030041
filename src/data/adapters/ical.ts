/**
 * iCalendar (RFC 5545, `.ics`) → v1 feed, parsed with ical.js.
 *
 * Each VEVENT becomes a session; a recurring one (RRULE/RDATE, minus EXDATE, with its
 * RECURRENCE-ID exceptions) becomes one session per occurrence, at most
 * {@link MAX_OCCURRENCES} per event; an RDATE period gives its occurrence the period's length. SUMMARY is the title, DESCRIPTION the text description
 * (X-ALT-DESC in HTML wins), LOCATION names the room, the first CATEGORIES value is the track and
 * the others are tags, URL and ATTACH become links, UID the id (`UID_20240320T090000` for an
 * occurrence). X-WR-CALNAME names the event. A SUMMARY ending in "(talk by Ada Lovelace & Alan
 * Turing)" also gives the speakers, when every name in it reads as a name; the title is kept
 * as written. A file whose PRODID names pretalx has SUMMARY "Title - Speaker, Speaker" instead:
 * the names after the last " - " are the speakers and the title is what comes before. HTML
 * character references in plain-text properties (`Q&amp;A`) are decoded to text.
 *
 * Times: UTC (`…Z`) and TZID times defined by a VTIMEZONE in the file are exact instants, written
 * with their offset in the event zone. A TZID with no VTIMEZONE is read as an IANA zone if it is
 * one; floating times are read in the event zone. The event zone is, in order: X-WR-TIMEZONE, the
 * most used TZID (or its VTIMEZONE's X-LIC-LOCATION), `options.eventTimeZone`, the one offset all
 * times share, UTC (the last two with a warning).
 *
 * All-day events (DATE values) become `allDay` sessions from local midnight to the midnight after
 * their last day (DTEND is exclusive; one day when it is missing).
 *
 * Diagnostic paths name the component and property: `$.VEVENT[3].DTSTART` is the DTSTART of the
 * file's fourth VEVENT.
 */
import ICAL from 'ical.js';
import { isoDateTime } from '../format.js';
import type { FeedSession, FeedSessionLink, FeedSessionPerson, FeedV1 } from '../model.js';
import { decodeEntities } from '../plain-text.js';
import { isValidTimeZone } from '../time.js';
import { parseInstant } from '../time-text.js';
import { isICalendarText } from './detect.js';
import {
  at,
  chooseTimeZone,
  DiagnosticLog,
  guarded,
  NamedItems,
  notThisFormat,
  PASS_NAME,
  quote,
  slugify,
  sourceUrl,
  text,
  UniqueIds,
} from './shared.js';
import type { AdapterOptions, AdapterResult } from './types.js';

type Component = ICAL.Component;
type Time = ICAL.Time;
type Event = ICAL.Event;

/** The most sessions one recurring VEVENT gives; an RRULE without COUNT or UNTIL never ends. */
export const MAX_OCCURRENCES = 1000;
const PLACEHOLDER_NAME = 'Calendar';

/** VEVENT properties read here, or that carry nothing a feed shows (bookkeeping, free/busy). */
const READ_PROPERTIES = new Set([
  'uid', 'dtstart', 'dtend', 'duration', 'rrule', 'rdate', 'exdate', 'recurrence-id', 'summary',
  'description', 'x-alt-desc', 'location', 'categories', 'url', 'attach', 'status',
  'dtstamp', 'created', 'last-modified', 'sequence', 'transp', 'class', 'priority',
]);

/** "(talk by Ada Lovelace & Alan Turing)" at the end of a SUMMARY: the kind of session, then the people. */
const BYLINE = /\((\p{L}[\p{L} ]*) by ([^()]+)\)\s*$/u;
const NAME_SEPARATOR = /\s+(?:&|and)\s+/;
/** A person's name: capitalized words of letters, dots, hyphens and apostrophes, at most five. */
const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+){0,4}$/u;

/**
 * A property's value, or undefined when it is absent or unreadable: ical.js reads a value when it
 * is first asked for, and throws then on a bad one (`DTSTART:2024-03-31`, a date-time without its time).
 */
function readValue(component: Component, property: string): unknown {
  try {
    return component.getFirstPropertyValue(property);
  } catch {
    return undefined;
  }
}

/** RFC 5545 TEXT escapes: `\,` `\;` `\n` (a line break) and `\\`. */
const TEXT_ESCAPE = /\\([\\;,nN])/g;

/**
 * The text of an X- property (X-WR-CALNAME, X-ALT-DESC): ical.js knows no type for these and
 * leaves their escapes as written, so `Night\, and day` is unescaped here.
 */
function extensionText(property: ICAL.Property | null | undefined): string | undefined {
  const value = property?.getFirstValue();
  return typeof value === 'string' ? text(value.replace(TEXT_ESCAPE, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c))) : undefined;
}

/**
 * A plain-text property value (SUMMARY, LOCATION …), trimmed and with the HTML character references
 * that generated calendars carry decoded, once (a site's template escaped the text before writing
 * the .ics: `&amp;`, `&#8217;`). The result is still plain text: a decoded `<b>` is shown as the
 * characters `<b>`, never as markup; "AT&T" and "R&D" are no references.
 */
function plainText(value: unknown): string | undefined {
  const raw = text(value);
  return raw === undefined ? undefined : text(decodeEntities(raw));
}

/** Everything one conversion builds up while it walks the events. */
interface Context {
  readonly log: DiagnosticLog;
  readonly zone: string;
  readonly rooms: NamedItems;
  readonly tracks: NamedItems;
  readonly people: NamedItems;
  /** Person id → the affiliation written after their name ("Sarah Mount, University of …"). */
  readonly organizations: Map<string, string>;
  readonly sessionIds: UniqueIds;
  /** TZIDs already warned about, so that 100 events in one unknown zone give one warning. */
  readonly unknownZones: Set<string>;
  /** The tool that wrote the file, when its PRODID says so and its conventions are known. */
  readonly exporter?: Exporter;
}

/** Exporters whose SUMMARY conventions are known, recognised by PRODID. */
type Exporter = 'pretalx';

/** pretalx writes PRODID `-//pretalx//cfp.example.org//event-slug` (with `//talk//CODE` or `//speaker//CODE` for one talk or speaker). */
const PRETALX_PRODID = /^-\/\/pretalx\/\//i;

/** The exporter of `calendar`, from its PRODID. */
function exporterOf(calendar: Component): Exporter | undefined {
  const prodid = text(calendar.getFirstPropertyValue('prodid'));
  return prodid !== undefined && PRETALX_PRODID.test(prodid) ? 'pretalx' : undefined;
}

/** One occurrence of a VEVENT: its instants and the component (the master, or an exception) that describes it. */
interface Occurrence {
  readonly start: Time;
  readonly end: Time;
  readonly item: Event;
  /** Set for occurrences of a recurring event: what makes their ids unique. */
  readonly recurrenceId?: Time;
}

// ---------------------------------------------------------------------------------------------
// Times
// ---------------------------------------------------------------------------------------------

/** The TZID parameter of a property, if any. */
function tzidOf(component: Component, property: string): string | undefined {
  const value = component.getFirstProperty(property)?.getFirstParameter('tzid');
  return typeof value === 'string' ? value : undefined;
}

/** Whether ical.js knows the instant of `time`: UTC, or a TZID whose VTIMEZONE is in the file. */
function isExact(time: Time): boolean {
  return time.zone !== undefined && time.zone !== ICAL.Timezone.localTimezone && time.zone.tzid !== 'floating';
}

/** `2015-09-18T08:00:00` from the fields of `time`, ignoring its zone. */
function wallClock(time: Time): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${String(time.year).padStart(4, '0')}-${two(time.month)}-${two(time.day)}`;
  return time.isDate ? `${date}T00:00:00` : `${date}T${two(time.hour)}:${two(time.minute)}:${two(time.second)}`;
}

/**
 * `time` in feed form: exact instants with their offset in the event zone; a TZID without VTIMEZONE
 * read as an IANA zone; floating times (and unknown zones, with a warning) as event-local wall time.
 */
function feedTime(time: Time, tzid: string | undefined, path: string, ctx: Context): string {
  if (!time.isDate && isExact(time)) return isoDateTime(time.toUnixTime() * 1000, ctx.zone);
  const wall = wallClock(time);
  if (time.isDate || tzid === undefined || tzid === ctx.zone) return wall;
  const ms = isValidTimeZone(tzid) ? parseInstant(wall, tzid) : undefined;
  if (ms !== undefined) return isoDateTime(ms, ctx.zone);
  if (!ctx.unknownZones.has(tzid)) {
    ctx.unknownZones.add(tzid);
    ctx.log.warn(path, `TZID ${quote(tzid)} has no VTIMEZONE in the file and is not an IANA zone; its times are read in ${ctx.zone}.`);
  }
  return wall;
}

/** The TZID most DTSTARTs name, or the IANA name its VTIMEZONE gives as X-LIC-LOCATION. */
function dominantZone(calendar: Component, events: readonly Component[]): string | undefined {
  const counts = new Map<string, number>();
  for (const event of events) {
    const tzid = tzidOf(event, 'dtstart');
    if (tzid !== undefined) counts.set(tzid, (counts.get(tzid) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (top === undefined || isValidTimeZone(top[0])) return top?.[0];
  const definition = calendar.getAllSubcomponents('vtimezone').find((zone) => zone.getFirstPropertyValue('tzid') === top[0]);
  const location = extensionText(definition?.getFirstProperty('x-lic-location'));
  return isValidTimeZone(location) ? location : undefined;
}

/** The event zone (see the module comment). */
function calendarZone(calendar: Component, events: readonly Component[], options: AdapterOptions, log: DiagnosticLog): string {
  const declared = extensionText(calendar.getFirstProperty('x-wr-timezone'));
  const named = declared ?? dominantZone(calendar, events);
  const offsets = events.flatMap((event) => {
    const start = readValue(event, 'dtstart');
    // utcOffset() is in seconds; floating times carry no offset at all.
    return start instanceof ICAL.Time && !start.isDate && isExact(start) ? [start.utcOffset() / 60] : [];
  });
  return chooseTimeZone({ named, namedPath: declared === undefined ? '$.VEVENT' : '$.X-WR-TIMEZONE', offsets }, options, log);
}

// ---------------------------------------------------------------------------------------------
// Occurrences
// ---------------------------------------------------------------------------------------------

/**
 * The RDATEs of `component` written as periods (`RDATE;VALUE=PERIOD:20240325T100000Z/PT2H`),
 * replaced in it by their starts, and their ends by the start's Unix time. ical.js cannot expand
 * periods (it compares them as times and hands them back as occurrences, then throws:
 * kewisch/ical.js#640), which lost the period's occurrence and every one after it; RFC 5545 gives
 * such an occurrence the period's length instead of the event's.
 */
function rdatePeriods(component: Component): Map<number, Time> {
  const ends = new Map<number, Time>();
  for (const property of component.getAllProperties('rdate')) {
    if (property.type !== 'period') continue;
    const periods = property.getValues().filter((value): value is ICAL.Period => value instanceof ICAL.Period);
    for (const period of periods) ends.set(period.start.toUnixTime(), period.getEnd());
    const starts = new ICAL.Property('rdate', component);
    starts.resetType('date-time');
    const tzid = property.getParameter('tzid');
    if (typeof tzid === 'string') starts.setParameter('tzid', tzid);
    starts.setValues(periods.map((period) => period.start));
    component.removeProperty(property);
    component.addProperty(starts);
  }
  return ends;
}

/** The most days each month can have, February's leap day included. */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Why ical.js cannot be asked for the occurrences of `rule` (it would search forever, or for
 * seconds): month days that no month of the rule has (FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 never
 * occurs, and ical.js looks for it without end below MONTHLY), or a rule by the second or the
 * minute narrowed to some days (it steps through every second of a year to find them).
 */
function unexpandable(rule: ICAL.Recur): string | undefined {
  const parts = rule.parts as Partial<Record<string, number[]>>;
  const days = parts['BYMONTHDAY'];
  const months = parts['BYMONTH'] ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  if (days && !months.some((month) => days.some((day) => Math.abs(day) <= (MONTH_DAYS[month - 1] ?? 0)))) {
    return `no month of BYMONTH has a day ${days.join(' or ')}`;
  }
  const narrowing = ['BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYDAY'].find((part) => parts[part]);
  if ((rule.freq === 'SECONDLY' || rule.freq === 'MINUTELY') && narrowing) return `FREQ=${rule.freq} with ${narrowing}`;
  return undefined;
}

/**
 * The occurrences of a recurring event, at most {@link MAX_OCCURRENCES}, warning when there are
 * more. A rule that ical.js cannot expand (FREQ=MINUTELY on an all-day DTSTART repeats one date,
 * which it refuses) keeps the occurrences found before, or the event once when there are none,
 * with a warning: one odd rule never loses the rest of the calendar.
 */
function recurrences(event: Event, path: string, log: DiagnosticLog): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const periodEnds = rdatePeriods(event.component);
  const rule = event.component.getFirstPropertyValue('rrule');
  const hopeless = rule instanceof ICAL.Recur ? unexpandable(rule) : undefined;
  if (hopeless) {
    log.warn(at(path, 'RRULE'), `cannot be expanded (${hopeless}); it is ignored: the event is kept once, at its DTSTART.`);
    return [{ start: event.startDate, end: event.endDate, item: event }];
  }
  try {
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (occurrences.length === MAX_OCCURRENCES) {
        log.warn(at(path, 'RRULE'), `repeats more than ${MAX_OCCURRENCES} times; only the first ${MAX_OCCURRENCES} occurrences are kept.`);
        break;
      }
      const { startDate, endDate, item, recurrenceId } = event.getOccurrenceDetails(next);
      // An RDATE period's own end, unless a RECURRENCE-ID exception describes that occurrence.
      const periodEnd = item === event ? periodEnds.get(startDate.toUnixTime()) : undefined;
      occurrences.push({ start: startDate, end: periodEnd ?? endDate, item, recurrenceId });
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (occurrences.length === 0) {
      log.warn(at(path, 'RRULE'), `cannot be expanded (${reason}); it is ignored: the event is kept once, at its DTSTART.`);
      return [{ start: event.startDate, end: event.endDate, item: event }];
    }
    log.warn(at(path, 'RRULE'), `cannot be expanded (${reason}); the ${occurrences.length} occurrence(s) before that are kept.`);
  }
  return occurrences;
}

/** Start, end (or zero length) of one occurrence in feed form, with a warning when the end is missing or early. */
function occurrenceTimes(occurrence: Occurrence, recurring: boolean, path: string, ctx: Context): Pick<FeedSession, 'start' | 'end' | 'duration' | 'allDay'> {
  const { start, end, item } = occurrence;
  const component = item.component;
  const startTzid = tzidOf(component, 'dtstart');
  const startText = feedTime(start, startTzid, at(path, 'DTSTART'), ctx);
  const hasEnd = component.hasProperty('dtend') || component.hasProperty('duration');
  if (!hasEnd && !start.isDate) {
    ctx.log.warn(at(path, 'DTSTART'), 'has neither DTEND nor DURATION; the session is shown with no length.');
    return { start: startText, duration: 'PT0M' };
  }
  if (end.compare(start) < 0) {
    ctx.log.warn(at(path, 'DTEND'), 'is before DTSTART; the session is shown with no length.');
    return { start: startText, duration: 'PT0M' };
  }
  // An occurrence's end is its start plus the event's length, in the start's zone.
  const endTzid = recurring ? startTzid : (tzidOf(component, 'dtend') ?? startTzid);
  const endText = feedTime(end, endTzid, at(path, 'DTEND'), ctx);
  return start.isDate ? { start: startText, end: endText, allDay: true } : { start: startText, end: endText };
}

// ---------------------------------------------------------------------------------------------
// Session fields
// ---------------------------------------------------------------------------------------------

/**
 * pretalx writes SUMMARY as "Title - Speaker, Speaker" (the speakers' display names joined by ", ",
 * after the last " - "), and "Title - " for a talk without speakers. The title without the names,
 * and the people, registered in the context.
 */
function pretalxSummary(summary: string, path: string, ctx: Context): { title: string; people: FeedSessionPerson[] } {
  // text() trimmed "Title - " to "Title -".
  if (summary.endsWith(' -')) return { title: summary.slice(0, -2).trimEnd(), people: [] };
  const cut = summary.lastIndexOf(' - ');
  if (cut <= 0) {
    ctx.log.warn(at(path, 'SUMMARY'), `${quote(summary)} is not in pretalx's "Title - Speakers" form; it is kept as the title, without speakers.`);
    return { title: summary, people: [] };
  }
  const names = summary.slice(cut + 3).split(', ').map((name) => name.trim()).filter((name) => name !== '');
  const ids = [...new Set(names.map((name) => ctx.people.idFor(name, at(path, 'SUMMARY'))))];
  return { title: summary.slice(0, cut).trimEnd(), people: ids.map((id) => ({ id })) };
}

/** The people of a clean "(talk by …)" byline, registered in the context; empty when there is none or it is not clean. */
function bylinePeople(title: string, path: string, ctx: Context): FeedSessionPerson[] {
  const names = BYLINE.exec(title)?.[2]?.split(NAME_SEPARATOR);
  if (!names) return [];
  const people = names.map((written) => {
    // "Sarah Mount, University of Wolverhampton": one comma parts a name from an affiliation.
    const [name = '', organization, ...more] = written.split(',').map((part) => part.trim());
    return PERSON_NAME.test(name) && more.length === 0 ? { name, organization } : undefined;
  });
  if (people.some((p) => p === undefined)) return [];
  return people.map((person) => {
    const id = ctx.people.idFor(person!.name, at(path, 'SUMMARY'));
    if (person!.organization) ctx.organizations.set(id, person!.organization);
    return { id };
  });
}

/** The text values of every CATEGORIES property (each may list several, comma-separated). */
function categories(component: Component): string[] {
  return component
    .getAllProperties('categories')
    .flatMap((property) => property.getValues())
    .flatMap((value: unknown) => plainText(value) ?? []);
}

/** URL and ATTACH (by URI) as links. */
function links(component: Component, path: string, log: DiagnosticLog): FeedSessionLink[] {
  const url = sourceUrl(component.getFirstPropertyValue('url'), at(path, 'URL'), log);
  const attachments = component.getAllProperties('attach').flatMap((property) => {
    const value = property.getFirstValue();
    // Binary attachments (ENCODING=BASE64) are no links.
    return typeof value === 'string' ? (sourceUrl(value, at(path, 'ATTACH'), log) ?? []) : [];
  });
  return [...(url === undefined ? [] : [url]), ...attachments].map((href) => ({ kind: 'other', url: href }));
}

/** DESCRIPTION as text, or X-ALT-DESC when it is HTML (Outlook writes the formatted text there). */
function description(component: Component): Pick<FeedSession, 'description' | 'descriptionFormat'> {
  const alt = component.getFirstProperty('x-alt-desc');
  const html = alt?.getFirstParameter('fmttype') === 'text/html' ? extensionText(alt) : undefined;
  if (html !== undefined) return { description: html, descriptionFormat: 'html' };
  const plain = plainText(component.getFirstPropertyValue('description'));
  return plain === undefined ? {} : { description: plain, descriptionFormat: 'text' };
}

/** Notes the VEVENT properties that the feed has no place for. */
function noteDropped(component: Component, path: string, log: DiagnosticLog): void {
  for (const property of component.getAllProperties()) {
    if (READ_PROPERTIES.has(property.name)) continue;
    const name = property.name.toUpperCase();
    log.dropped(name, at(path, name), 'a v1 session has no field for it.');
  }
}

/** The session of one occurrence. */
function session(occurrence: Occurrence, uid: string, recurring: boolean, path: string, ctx: Context): FeedSession {
  const component = occurrence.item.component;
  const summary = plainText(component.getFirstPropertyValue('summary'));
  if (summary === undefined) ctx.log.warn(at(path, 'SUMMARY'), 'is empty or missing; the session is called "Untitled".');
  const byExporter = summary !== undefined && ctx.exporter === 'pretalx' ? pretalxSummary(summary, path, ctx) : undefined;
  const title = byExporter?.title ?? summary;
  const location = plainText(component.getFirstPropertyValue('location'));
  const [track, ...tags] = categories(component);
  const people = byExporter?.people ?? bylinePeople(title ?? '', path, ctx);
  const sessionLinks = links(component, path, ctx.log);
  const preferred = occurrence.recurrenceId ? `${uid}_${occurrence.recurrenceId.toICALString()}` : uid;
  return {
    id: ctx.sessionIds.claim(preferred, at(path, 'UID')),
    title: title ?? 'Untitled',
    ...occurrenceTimes(occurrence, recurring, path, ctx),
    ...(location === undefined ? {} : { roomId: ctx.rooms.idFor(location, at(path, 'LOCATION')) }),
    ...(track === undefined ? {} : { trackId: ctx.tracks.idFor(track, at(path, 'CATEGORIES')) }),
    ...description(component),
    ...(people.length > 0 ? { people } : {}),
    ...(sessionLinks.length > 0 ? { links: sessionLinks } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

/** The sessions of one VEVENT: one, or one per occurrence; none when it is cancelled. */
function eventSessions(component: Component, path: string, ctx: Context): FeedSession[] {
  noteDropped(component, path, ctx.log);
  if (text(component.getFirstPropertyValue('status'))?.toUpperCase() === 'CANCELLED') {
    ctx.log.warn(at(path, 'STATUS'), 'the event is cancelled; it is skipped.');
    return [];
  }
  if (!(readValue(component, 'dtstart') instanceof ICAL.Time)) {
    ctx.log.error(at(path, 'DTSTART'), 'is missing or unreadable; the event is skipped.');
    return [];
  }
  for (const property of ['dtend', 'duration']) {
    if (component.hasProperty(property) && readValue(component, property) === undefined) {
      ctx.log.error(at(path, property.toUpperCase()), 'is unreadable; the event is skipped.');
      return [];
    }
  }
  const event = new ICAL.Event(component);
  let uid = text(event.uid);
  if (uid === undefined) {
    uid = slugify(text(event.summary) ?? 'event');
    ctx.log.warn(at(path, 'UID'), `is missing; the id ${quote(uid)} is made from the SUMMARY.`);
  }
  const recurring = event.isRecurring();
  const occurrences = recurring
    ? recurrences(event, path, ctx.log)
    : [{ start: event.startDate, end: event.endDate, item: event }];
  return occurrences.map((occurrence) => session(occurrence, uid, recurring, path, ctx));
}

/**
 * {@link eventSessions}, or none with an error when ical.js throws on one of the event's values
 * (an unreadable DTEND or EXDATE): one bad event never loses the rest of the calendar.
 */
function guardedEventSessions(component: Component, path: string, ctx: Context): FeedSession[] {
  try {
    return eventSessions(component, path, ctx);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    ctx.log.error(path, `cannot be read (${reason}); the event is skipped.`);
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// The calendar
// ---------------------------------------------------------------------------------------------

/** The VCALENDAR of `input`, or a fatal result saying why there is none. */
function parseCalendar(input: string): Component | AdapterResult {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return notThisFormat(`This iCalendar file cannot be read: ${reason}.`);
  }
  // Several VCALENDARs in one file parse to a list of them; the first is used.
  const first = Array.isArray(jcal) && Array.isArray(jcal[0]) ? jcal[0] : jcal;
  const calendar = new ICAL.Component(first as unknown[]);
  return calendar.name === 'vcalendar' ? calendar : notThisFormat(`The file holds a ${quote(calendar.name)}, not a VCALENDAR.`);
}

/** The VEVENTs that stand for themselves: exceptions (RECURRENCE-ID) belong to their master when it is there. */
function standaloneEvents(events: readonly Component[]): Component[] {
  const masters = new Set(events.filter((e) => !e.hasProperty('recurrence-id')).map((e) => text(e.getFirstPropertyValue('uid'))));
  return events.filter((e) => !e.hasProperty('recurrence-id') || !masters.has(text(e.getFirstPropertyValue('uid'))));
}

function convert(input: unknown, options: AdapterOptions): AdapterResult {
  if (typeof input !== 'string' || !isICalendarText(input)) {
    return notThisFormat(`This is ${quote(input)}, not iCalendar text (which starts with BEGIN:VCALENDAR).`);
  }
  const calendar = parseCalendar(input);
  if (!(calendar instanceof ICAL.Component)) return calendar;
  const log = new DiagnosticLog();
  const all = calendar.getAllSubcomponents('vevent');
  for (const other of calendar.getAllSubcomponents()) {
    if (other.name !== 'vevent' && other.name !== 'vtimezone') log.dropped(other.name.toUpperCase(), at('$', other.name.toUpperCase()), 'only VEVENTs become sessions.');
  }
  const ctx: Context = {
    log,
    zone: calendarZone(calendar, all, options, log),
    rooms: new NamedItems(log, 'room'),
    tracks: new NamedItems(log, 'track'),
    people: new NamedItems(log, 'person'),
    organizations: new Map(),
    sessionIds: new UniqueIds(log, 'session'),
    unknownZones: new Set(),
    exporter: exporterOf(calendar),
  };
  const standalone = new Set(standaloneEvents(all));
  const sessions = all.flatMap((event, i) => (standalone.has(event) ? guardedEventSessions(event, at('$.VEVENT', i), ctx) : []));
  if (all.length === 0) log.warn('$', 'The calendar has no VEVENT.');
  const calname = extensionText(calendar.getFirstProperty('x-wr-calname'));
  const name = text(options.eventName) ?? (calname === undefined ? undefined : decodeEntities(calname));
  if (name === undefined) log.warn('$', `The calendar has no X-WR-CALNAME; "${PLACEHOLDER_NAME}" is used: ${PASS_NAME}.`);
  const feed: FeedV1 = {
    version: 1,
    event: { name: name ?? PLACEHOLDER_NAME, timeZone: ctx.zone },
    rooms: ctx.rooms.list(),
    tracks: ctx.tracks.list(),
    people: ctx.people.list().map((p) => ({ ...p, ...(ctx.organizations.has(p.id) ? { organization: ctx.organizations.get(p.id)! } : {}) })),
    sessions,
  };
  return { feed, diagnostics: log.list() };
}

/**
 * Converts an iCalendar file (its text) to a v1 feed. Never throws: text that is not iCalendar,
 * or that ical.js cannot parse, gives no feed and one fatal diagnostic.
 */
export function fromICalendar(text: string, options: AdapterOptions = {}): AdapterResult {
  return guarded('iCalendar', () => convert(text, options));
}
