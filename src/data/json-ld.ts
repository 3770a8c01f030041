/**
 * schema.org `Event` data for sessions, as JSON-LD, so that search engines read a programme: each
 * session an `Event` with its name, start and end with the venue's offset, the room as its
 * `Place` (with the event's location as the address, where the feed gives one), its people as
 * performers, its status and attendance mode, a plain-text description, its URL, and the event
 * as its `superEvent`. Google's required fields for event rich results (name, startDate,
 * location) are always there. Pure code: the CLI's `render` writes it into every page.
 */
import { absoluteUrl, richTextToPlain } from './plain-text.js';
import type { EventInfo, Person, Session } from './model.js';

/** How the JSON-LD names each session's page. */
export interface JsonLdOptions {
  /** The URL of a session's page (e.g. a `session-href` pattern filled in); default: its first link. */
  readonly url?: (session: Session) => string | undefined;
}

type Thing = Record<string, unknown>;

/** Drops the members that are undefined or empty strings, so that the data says only what is known. */
function known(thing: Thing): Thing {
  return Object.fromEntries(Object.entries(thing).filter(([, value]) => value !== undefined && value !== ''));
}

function place(session: Session, event: EventInfo): Thing {
  const name = [session.room?.name, session.room?.location].filter(Boolean).join(', ') || event.location || event.name;
  return known({ '@type': 'Place', name, address: event.location });
}

function performer(person: Person, event: EventInfo): Thing {
  return known({
    '@type': 'Person',
    name: person.name,
    jobTitle: person.jobTitle,
    affiliation: person.organization ? { '@type': 'Organization', name: person.organization } : undefined,
    image: absoluteUrl(person.avatar, event),
  });
}

/** One session as a schema.org `Event`. */
export function sessionJsonLd(session: Session, event: EventInfo, options: JsonLdOptions = {}): Thing {
  return known({
    '@type': 'Event',
    name: session.code ? `${session.code}: ${session.title}` : session.title,
    startDate: session.start,
    endDate: session.end,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: place(session, event),
    description: session.description ? richTextToPlain(session.description) : undefined,
    performer: session.people.length > 0 ? session.people.map(({ person }) => performer(person, event)) : undefined,
    url: absoluteUrl(options.url?.(session) ?? session.links[0]?.url, event),
    superEvent: known({ '@type': 'Event', name: event.name, url: absoluteUrl(event.url, event) }),
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
