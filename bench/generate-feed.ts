/**
 * A deterministic generator of realistic feeds for benchmarks: N sessions over several days and
 * rooms, with tracks, people, descriptions and (for some sessions) agendas. The same options
 * always give the same feed, so runs compare.
 */
import type { FeedAgendaItem, FeedPerson, FeedRoom, FeedSession, FeedTrack, FeedV1 } from '../src/data/model.js';

/** What to generate. */
export interface GenerateOptions {
  /** Number of sessions. */
  readonly sessions: number;
  /** Number of rooms (parallel tracks of the programme); default: one per 250 sessions, at least 4. */
  readonly rooms?: number;
  /** Seed of the pseudo-random choices; default 1. */
  readonly seed?: number;
}

/** Mulberry32: a tiny seeded PRNG, so the feed depends on the seed only. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORDS = 'internet governance cooperation access security privacy policy rights data open standards development cyber multistakeholder infrastructure'.split(' ');
const ROLES = ['speaker', 'speaker', 'speaker', 'moderator', 'remote-moderator'] as const;
const TYPES = ['Workshop', 'Main Session', 'Open Forum', 'Lightning Talk', 'Best Practice Forum'] as const;
/** Slots of a conference day, local time: 09:00 to 18:00 in 90-minute steps. */
const SLOT_STARTS = ['09:00', '10:30', '12:00', '14:00', '15:30', '17:00'] as const;

const pad = (n: number): string => String(n).padStart(2, '0');

/** A feed of `options.sessions` sessions in Europe/Istanbul, days from 2014-09-02 on. */
export function generateFeed(options: GenerateOptions): FeedV1 {
  const next = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const roomCount = options.rooms ?? Math.max(4, Math.ceil(options.sessions / 250));
  const rooms: FeedRoom[] = Array.from({ length: roomCount }, (_, i) => ({
    id: `room-${i}`,
    name: `Workshop Room ${pad(i)}`,
    location: `Floor ${i % 3} / Room ${i}`,
    capacity: 50 + (i % 5) * 25,
  }));
  const tracks: FeedTrack[] = Array.from({ length: 8 }, (_, i) => ({ id: `track-${i}`, name: `Track ${words(2)}`, color: `#${(0x123456 + i * 0x1f2f3f).toString(16).slice(-6)}` }));
  const people: FeedPerson[] = Array.from({ length: Math.max(20, Math.ceil(options.sessions / 2)) }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i} ${pick(WORDS)}`,
    jobTitle: `Advisor on ${words(2)}`,
    organization: `Org ${i % 97}`,
    bio: `${words(40)}.`,
    avatar: `https://example.org/avatars/${i}.jpg`,
    links: [{ label: 'Website', url: `https://example.org/people/${i}` }],
  }));
  const perDay = roomCount * SLOT_STARTS.length;
  const sessions: FeedSession[] = Array.from({ length: options.sessions }, (_, i) => {
    const slot = Math.floor(i / roomCount);
    const date = new Date(Date.UTC(2014, 8, 2 + Math.floor(i / perDay)));
    const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
    const time = SLOT_STARTS[slot % SLOT_STARTS.length]!;
    const speakers = Array.from({ length: 2 + Math.floor(next() * 4) }, (_, k) => ({ id: pick(people).id, role: k === 0 ? 'moderator' : pick(ROLES) }));
    const agenda: FeedAgendaItem[] | undefined =
      next() < 0.3
        ? speakers.map((p, k) => ({ title: `On ${words(3)}`, peopleIds: [p.id], duration: k < speakers.length - 1 ? 'PT10M' : `PT${90 - 10 * k}M` }))
        : undefined;
    // Half the sessions carry an offset, half local wall time; half an end, half a duration.
    const offset = i % 2 === 0;
    const session: FeedSession = {
      id: `s${i}`,
      code: `WS${i}`,
      title: `${words(6)} (${i})`,
      start: offset ? `${day}T${time}:00+03:00` : `${day}T${time}`,
      roomId: pick(rooms).id,
      trackId: pick(tracks).id,
      type: pick(TYPES),
      description: `<p>${words(60)}</p><ol><li>${words(12)}</li><li>${words(12)}</li></ol>`,
      descriptionFormat: 'html',
      people: speakers,
      attendees: { count: Math.floor(next() * 100), capacity: 120 },
      links: [{ kind: 'media', url: `https://example.org/s${i}/media`, label: 'View media' }],
      tags: [pick(WORDS), pick(WORDS)],
    };
    if (agenda) session.agenda = agenda;
    if (i % 4 < 2) {
      const [h, m] = time.split(':').map(Number) as [number, number];
      const end = `${day}T${pad(h + Math.floor((m + 90) / 60))}:${pad((m + 90) % 60)}`;
      session.end = offset ? `${end}:00+03:00` : end;
    }
    else session.duration = 'PT90M';
    return session;
  });
  return { version: 1, event: { id: 'bench', name: 'Benchmark Forum', timeZone: 'Europe/Istanbul', start: '2014-09-02' }, rooms, tracks, people, sessions };
}
