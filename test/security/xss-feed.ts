/**
 * One v1 feed that carries every payload of the corpus in every text, rich-text and URL field
 * (docs/feed-format.md): payload i is the whole of each field of session i, of its room, track and
 * agenda, and of person i. The event's single fields hold all payloads at once. Pure data: no DOM.
 */
import type { FeedV1, LinkKind, TextFormat } from '../../src/data/model.js';

/** A URL that the feed names on purpose, so that each link and label is shown beside a refused one. */
export const NAMED_LINK = 'https://allowed.invalid/page';

const KINDS: readonly LinkKind[] = ['media', 'slides', 'video', 'feedback', 'attendees', 'signup', 'other'];
const FORMATS: readonly TextFormat[] = ['html', 'markdown'];

/** The fields of the feed that hold a payload, as the suite reports them. */
export const FIELDS = [
  'event.id', 'event.name', 'event.url', 'event.location',
  'rooms[].name', 'rooms[].location', 'tracks[].name', 'tracks[].color',
  'people[].id', 'people[].name', 'people[].jobTitle', 'people[].organization', 'people[].bio (html/markdown)', 'people[].avatar',
  'people[].links[].label', 'people[].links[].url',
  'sessions[].id', 'sessions[].code', 'sessions[].title', 'sessions[].type', 'sessions[].tags[]',
  'sessions[].description (html/markdown)', 'sessions[].people[].role', 'sessions[].agenda[].title',
  'sessions[].attendees.url', 'sessions[].links[].url', 'sessions[].links[].label',
] as const;

/** The session id of payload `i`: the payload itself, numbered so that ids stay unique. */
export const sessionId = (payload: string, i: number): string => `${i}${payload}`;

/** The feed with every payload; sessions run from 09:00 on 2 March 2030 at the venue, 5 minutes apart, 30 minutes each. */
export function corpusFeed(payloads: readonly string[]): FeedV1 {
  const all = payloads.join(' ');
  const n = payloads.length;
  const personId = (i: number) => `${i % n}${payloads[i % n]}`;
  return {
    version: 1,
    event: { id: all, name: all, timeZone: 'Europe/Istanbul', start: '2030-03-02', end: '2030-03-02', url: all, location: all },
    rooms: payloads.map((text, i) => ({ id: `r${i}`, name: text, location: text, capacity: 100 })),
    tracks: payloads.map((text, i) => ({ id: `t${i}`, name: text, color: text })),
    people: payloads.map((text, i) => ({
      id: personId(i),
      name: text,
      jobTitle: text,
      organization: text,
      bio: text,
      bioFormat: FORMATS[(i + 1) % 2],
      avatar: text,
      links: [
        { label: text, url: text },
        { label: text, url: NAMED_LINK },
      ],
    })),
    sessions: payloads.map((text, i) => {
      const minutes = 9 * 60 + 5 * i;
      const start = `2030-03-02T${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      return {
        id: sessionId(text, i),
        code: text,
        title: text,
        start,
        duration: 'PT30M',
        roomId: `r${i}`,
        trackId: `t${i}`,
        type: text,
        tags: [text],
        description: text,
        descriptionFormat: FORMATS[i % 2],
        people: [
          { id: personId(i), role: text },
          { id: personId(i + 1), role: 'speaker' },
        ],
        agenda: [
          { title: text, peopleIds: [personId(i)], duration: 'PT10M' },
          { title: text, duration: 'PT20M' },
        ],
        attendees: { count: i, capacity: 100, url: text },
        links: [
          { kind: KINDS[i % KINDS.length], url: text, label: text },
          { kind: 'other', url: NAMED_LINK, label: text },
        ],
      };
    }),
  };
}
