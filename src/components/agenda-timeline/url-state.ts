/**
 * The timeline's state in the page's URL, so a filtered view can be shared and is read back on
 * load: `?st-day=2014-09-02&st-track=ws&st-q=privacy`. Every key has a prefix, so the host page's
 * own parameters are left alone. A session's deep link is the fragment `#session-<id>`, a person's `#person-<id>`.
 * Pure code: it reads and writes `URLSearchParams`, the element applies them to `location`.
 */
import { encodeUrlComponent } from '../../data/url.js';
import { FACETS, type FilterState } from './filter.js';

/** The two layouts a person can choose. */
export type TimelineLayout = 'grid' | 'list';

/** Whose clock the times are in: the venue's, or the viewer's. */
export type ZoneMode = 'event' | 'viewer';

/** What the URL carries. Missing entries mean "as the element decides". */
export interface UrlState {
  readonly day?: string;
  readonly layout?: TimelineLayout;
  readonly zone?: ZoneMode;
  readonly filter: FilterState;
}

/** The prefix of the timeline's parameters. */
export const URL_PREFIX = 'st-';

/** The keys the timeline owns (after the prefix); other prefixed keys, such as `<my-schedule>`'s share link, are left alone. */
const OWN_KEYS = ['day', 'layout', 'zone', 'q', ...FACETS, 'saved'] as const;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return allowed.find((choice) => choice === value);
}

/** The timeline's state from a query string; anything malformed is ignored. */
export function readUrlState(params: URLSearchParams, prefix = URL_PREFIX): UrlState {
  const get = (key: string): string | undefined => params.get(prefix + key) || undefined;
  const day = get('day');
  const filter: FilterState = {
    q: get('q') ?? '',
    savedOnly: get('saved') === '1',
    ...Object.fromEntries(FACETS.flatMap((facet) => (get(facet) ? [[facet, get(facet)]] : []))),
  };
  return {
    day: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined,
    layout: oneOf(get('layout'), ['grid', 'list'] as const),
    zone: oneOf(get('zone'), ['event', 'viewer'] as const),
    filter,
  };
}

/**
 * A copy of `params` with the timeline's state written in: its own keys replaced, every other key
 * (the host page's, a share link's) untouched, and nothing written for a default (no filter, no saved-only).
 */
export function writeUrlState(params: URLSearchParams, state: UrlState, prefix = URL_PREFIX): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of OWN_KEYS) next.delete(prefix + key);
  const { filter } = state;
  const entries: [string, string | undefined][] = [
    ['day', state.day],
    ['layout', state.layout],
    ['zone', state.zone],
    ['q', filter.q.trim() || undefined],
    ...FACETS.map((facet): [string, string | undefined] => [facet, filter[facet]]),
    ['saved', filter.savedOnly ? '1' : undefined],
  ];
  for (const [key, value] of entries) if (value !== undefined) next.set(prefix + key, value);
  return next;
}

/** What the dialog shows, and a deep link names: a session or a person, by id. */
export interface DialogTarget {
  readonly kind: 'session' | 'person';
  readonly id: string;
}

/** The fragment of a deep link, without `#`: `session-ws196`, `person-peter-major`; undefined for an id no URL can carry. */
export function fragmentOf(target: DialogTarget): string | undefined {
  const id = encodeUrlComponent(target.id);
  return id === undefined ? undefined : `${target.kind}-${id}`;
}

/** What a deep-link fragment names (`#session-ws196`, `#person-peter-major`), or undefined. */
export function targetFromHash(hash: string): DialogTarget | undefined {
  const match = /^#?(session|person)-(.+)$/.exec(hash);
  if (!match) return undefined;
  try {
    return { kind: match[1] as DialogTarget['kind'], id: decodeURIComponent(match[2]!) };
  } catch {
    return undefined;
  }
}
