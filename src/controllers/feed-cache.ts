/** A feed's text as the server last sent it, with when it came and the validators to ask whether it changed. */
export interface FeedCopy {
  readonly text: string;
  /** When it was fetched, or last confirmed unchanged (a 304), in ms since the epoch. */
  readonly fetchedAt: number;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Where kept copies are: the localStorage key of a feed URL's is this and the URL. */
export const KEPT_PREFIX = 'schedule-elements:feed:';

/** The localStorage key of a feed URL's kept copy. */
export function keptCopyKey(url: string): string {
  return `${KEPT_PREFIX}${url}`;
}

/**
 * The storage, or undefined where there is none: reading `localStorage` itself throws in a sandboxed
 * frame or with site data blocked.
 */
export function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The last good copy of a feed kept by an earlier visit, or undefined (none, unreadable, or no storage). */
export function readKeptCopy(url: string): FeedCopy | undefined {
  try {
    const raw = storage()?.getItem(keptCopyKey(url));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as Partial<Record<keyof FeedCopy, unknown>>;
    if (typeof value.text !== 'string' || typeof value.fetchedAt !== 'number') return undefined;
    return {
      text: value.text,
      fetchedAt: value.fetchedAt,
      etag: typeof value.etag === 'string' ? value.etag : undefined,
      lastModified: typeof value.lastModified === 'string' ? value.lastModified : undefined,
    };
  } catch {
    return undefined;
  }
}
