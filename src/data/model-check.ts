/**
 * Why an object that code handed to a component as a property (`.session`, `.person`, `.people`,
 * `.schedule`, `.feed`) could not be shown: built by hand, copied, or the feed's own object where a
 * normalized one belongs. Downloaded only when a component's update failed (see
 * components/shared/explain-failure.ts), so that no tag carries it. The feed itself is checked by
 * validate.ts; these checks use the same kit (shape.ts), so a problem is said the same way.
 */
import { array, brief, checkShape, fieldName, isRecord, object, optional, value, type Shape } from './shape.js';

const text = value<string>((input) => typeof input === 'string', 'must be a string');
const id = value<string>((input) => typeof input === 'string' && /\S/.test(input), 'must be a string that is not blank');
const instant = value<number>(Number.isFinite, 'must be a number (epoch milliseconds)');
const list = <T>(item: Shape<T>) => array(item, 'must be an array');
const rich = object({ format: text, source: text });

/** A person as normalizeFeed makes it: what the components read of one. */
const PersonShape = object({
  id,
  name: id,
  jobTitle: optional(text),
  organization: optional(text),
  bio: optional(rich),
  avatar: optional(text),
  links: list(object({ label: text, url: text })),
});

/** A session as normalizeFeed makes it: what the components read of one. */
const SessionShape = object({
  id,
  code: optional(text),
  title: text,
  startMs: instant,
  endMs: instant,
  timeZone: text,
  day: text,
  room: optional(object({ id, name: text })),
  track: optional(object({ id, name: text })),
  description: optional(rich),
  people: list(object({ person: PersonShape, role: text })),
  roles: list(object({ role: text, people: list(PersonShape) })),
  agenda: list(object({ title: text, startMs: instant, endMs: instant, people: list(PersonShape) })),
  links: list(object({ kind: text, url: text })),
  tags: list(text),
  languages: list(text),
});

/** What each property takes, and how it is named when it is something else. */
const TAKES: Readonly<Record<string, readonly [shape: Shape<unknown>, noun: string]>> = {
  session: [SessionShape, 'a session'],
  person: [PersonShape, 'a person'],
  people: [list(PersonShape), 'an array of people'],
};

/** A map of the model (a `Map`, or a read-only view of one). */
const isMap = (part: unknown): boolean => isRecord(part) && typeof part.get === 'function';

/** The parts of a schedule that the components read, and what each is. */
const SCHEDULE_PARTS: Readonly<Record<string, (part: unknown) => boolean>> = {
  event: isRecord,
  sessions: Array.isArray,
  sessionsById: isMap,
  peopleById: isMap,
  byPerson: isMap,
  days: Array.isArray,
};

/** What to tell the developer who handed over a session of the feed (it has `start`, no `startMs`). */
const FEED_SESSION =
  ' It looks like a session of the feed: give the feed as .feed (or normalizeFeed(feed).schedule as .schedule) with session-id, or take the session from normalizeFeed(feed).schedule.sessionsById.';

/** The first problems of `input` against `shape`, each as the end of a sentence about `label`. */
function shapeProblems(label: string, shape: Shape<unknown>, noun: string, input: unknown): string[] {
  if (shape === TAKES.people![0] ? !Array.isArray(input) : !isRecord(input)) return [`${label} is not ${noun} (from normalizeFeed), but ${brief(input)}.`];
  const result = checkShape(shape, input, { copy: false });
  if (result.ok) return [];
  const feedSession = shape === SessionShape && isRecord(input) && typeof input.start === 'string' && input.startMs === undefined;
  return result.issues.slice(0, 3).map(({ keys, message, input: found }, index) => {
    const problem = found === undefined ? 'is missing' : `${message}, not ${brief(found)}`;
    return `${label} has no valid "${fieldName(keys)}" (${problem}).${feedSession && index === 0 ? FEED_SESSION : ''}`;
  });
}

/** Why a schedule handed over as `.schedule` cannot be shown: a missing part, or the first sessions that are not what normalizeFeed makes. */
function scheduleProblems(input: unknown): string[] {
  if (!isRecord(input)) return [`.schedule is not a schedule (normalizeFeed(feed).schedule), but ${brief(input)}.`];
  const missing = Object.keys(SCHEDULE_PARTS).find((part) => !SCHEDULE_PARTS[part]!(input[part]));
  if (missing) {
    const feed = 'version' in input ? ' It looks like a feed: give it as .feed, or normalizeFeed(feed).schedule as .schedule.' : '';
    return [`.schedule has no "${missing}", so it is not normalizeFeed(feed).schedule.${feed}`];
  }
  const sessions = input.sessions as unknown[];
  for (let index = 0; index < sessions.length; index++) {
    const problems = shapeProblems(`.schedule.sessions[${index}]`, SessionShape, 'a session', sessions[index]);
    if (problems.length > 0) return problems;
  }
  return [];
}

/**
 * What is wrong with the value of each of `properties` (those of a component whose update failed),
 * as sentences that start with the property: `.session has no valid "startMs" (is missing).` None
 * when each is what it should be (the failure is then the library's own).
 */
export function explainGiven(properties: Readonly<Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [name, given] of Object.entries(properties)) {
    if (given === undefined || given === null) continue;
    try {
      if (name === 'schedule') problems.push(...scheduleProblems(given));
      else if (name === 'feed' && typeof given !== 'object') problems.push(`.feed is not an object (a parsed feed), but ${brief(given)}.`);
      else if (TAKES[name]) problems.push(...shapeProblems(`.${name}`, TAKES[name][0], TAKES[name][1], given));
    } catch (error) {
      // A getter that throws (a copy of a model object whose fields are computed on its class).
      problems.push(`.${name} could not be read (${String(error)}).`);
    }
  }
  return problems;
}
