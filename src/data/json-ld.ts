/**
 * schema.org `Event` data for sessions, as JSON-LD, so that search engines read a programme: each
 * session an `Event` with its name, start and end with the venue's offset, the room as its
 * `Place` (with the event's location as the address, where the feed gives one), its people as
 * performers, its status and attendance mode, a plain-text description, its URL, and the event
 * as its `superEvent`. Google's required fields for event rich results (name, startDate,
 * location) are always there. Pure code: the CLI's `render` writes it into every page.
 */
import type { EventInfo, Person, Session } from './model.js';
import { absoluteUrl, richTextToPlain } from './plain-text.js';
import { textIn } from './texts.js';

/** How the JSON-LD names each session's page. */
export interface JsonLdOptions {
  /** The URL of a session's page (e.g. a `session-href` pattern filled in); default: its first link. */
  readonly url?: (session: Session) => string | undefined;
  /** The reader's locale: texts the feed gives in several languages are written in theirs. Default: the feed's default language. */
  readonly locale?: string;
}

type Thing = Record<string, unknown>;

/** Drops the members that are undefined or empty strings, so that the data says only what is known. */
function known(thing: Thing): Thing {
  return Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && value !== ''));
}

function place(session: Session, event: EventInfo, locale: string | undefined): Thing {
  const { room } = session;
  const address = textIn(event.location, event.i18n?.location, locale);
  const name = room ? [textIn(room.name, room.i18n?.name, locale), textIn(room.location, room.i18n?.location, locale)].filter(Boolean).join(', ') : '';
  return known({ '@type': 'Place', name: name || address || textIn(event.name, event.i18n?.name, locale), address });
}

function performer(person: Person, event: EventInfo, locale: string | undefined): Thing {
  const organization = textIn(person.organization, person.i18n?.organization, locale);
  return known({
    '@type': 'Person',
    name: person.name,
    jobTitle: textIn(person.jobTitle, person.i18n?.jobTitle, locale),
    affiliation: organization ? { '@type': 'Organization', name: organization } : undefined,
    image: absoluteUrl(person.avatar, event),
  });
}

/** One session as a schema.org `Event`. */
export function sessionJsonLd(session: Session, event: EventInfo, options: JsonLdOptions = {}): Thing {
  const { locale } = options;
  const title = textIn(session.title, session.i18n?.title, locale);
  const description = session.description && { ...session.description, source: textIn(session.description.source, session.i18n?.description, locale) };
  return known({
    '@type': 'Event',
    name: session.code ? `${session.code}: ${title}` : title,
    startDate: session.start,
    endDate: session.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(session, event, locale),
    description: description ? richTextToPlain(description) : undefined,
    inLanguage: session.languages.length > 0 ? session.languages : undefined,
    performer: session.people.length > 0 ? session.people.map(({ person }) => performer(person, event, locale)) : undefined,
    url: absoluteUrl(options.url?.(session) ?? session.links[0]?.url, event),
    superEvent: known({ '@type': 'Event', name: textIn(event.name, event.i18n?.name, locale), url: absoluteUrl(event.url, event) }),
  });
}

/** The sessions as one JSON-LD document: `{"@context": "https://schema.org", "@graph": [Event, …]}`. */
export function scheduleJsonLd(sessions: readonly Session[], event: EventInfo, options: JsonLdOptions = {}): Thing {
  return { '@context': 'https://schema.org', '@graph': sessions.map((session) => sessionJsonLd(session, event, options)) };
}

/**
 * JSON-LD as the text of a `<script type="application/ld+json">`: JSON with every `<` escaped
 * (`\u003c`), so that no feed text can close the script element or open a comment.
 */
export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
