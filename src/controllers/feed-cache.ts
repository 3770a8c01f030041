/** A feed's text as the server last sent it, with when it came and the validators to ask whether it changed. */
export interface FeedCopy {
  readonly text: string;
  /** When it was fetched, or last confirmed unchanged (a 304), in ms since the epoch. */
  readonly fetchedAt: number;
  readonly etag?: string;
  readonly lastModified?: string;
}

/** The localStorage key of a feed URL's kept copy. */
export function keptCopyKey(url: string): string {
  return `schedule-elements:feed:${url}`;
}

/**
 * The storage, or undefined where there is none: reading `localStorage` itself throws in a sandboxed
 * frame or with site data blocked.
 */
function storage(): Storage | undefined {
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

/**
 * Keeps a good copy of a feed for the next visit and for going offline. A copy longer than `maxLength`
 * characters is not kept (it would crowd out the site's own storage, whose quota is ~5 M characters);
 * a full or blocked storage is not an error. Both are said in a console debug line.
 */
export function keepCopy(url: string, copy: FeedCopy, maxLength: number): void {
  if (copy.text.length > maxLength) {
    console.debug(
      `schedule-elements: the feed ${url} is not kept for offline use: it is ${copy.text.length} characters long, over the limit of ${maxLength}.`,
    );
    return;
  }
  try {
    storage()?.setItem(keptCopyKey(url), JSON.stringify(copy));
  } catch (error) {
    console.debug(`schedule-elements: the feed ${url} could not be kept for offline use (${(error as Error).name}).`);
  }
}
