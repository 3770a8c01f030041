/**
 * Writing a feed's good copy for the next visit and for going offline. Only the feed reader
 * (feed-read.ts) imports this, so that a page downloads it with the reader, not before: a copy is
 * kept once the reader has read it well. Reading a kept copy back, which a first paint needs, is in
 * feed-cache.ts.
 */
import { KEPT_PREFIX, keptCopyKey, storage, type FeedCopy } from './feed-cache.js';

/** The copy of each feed URL this page last wrote. */
const written = new Map<string, FeedCopy>();

/**
 * Keeps a good copy of a feed for the next visit and for going offline. A copy longer than `maxLength`
 * characters is not kept (it would crowd out the site's own storage, whose quota is ~5 M characters).
 * When storage is full, the copies of other feeds (of earlier programmes, of other pages) go, the
 * least recently kept first, until this one fits: the programme the person is looking at comes
 * first. A copy that does not fit even so, or a blocked storage, is not an error. Both are said in
 * a console debug line.
 */
export function keepCopy(url: string, copy: FeedCopy, maxLength: number): void {
  // A copy the server only confirmed (a 304 at each refresh tick) is written again at most every 15 minutes: writing a feed
  // of 1.8 MB took some 130 ms each time. The time the kept copy says it is from lags by at most that.
  const last = written.get(url);
  if (last?.text === copy.text && copy.fetchedAt - last.fetchedAt < 900_000) return;
  if (copy.text.length > maxLength) {
    console.debug(
      `schedule-elements: the feed ${url} is not kept for offline use: it is ${copy.text.length} characters long, over the limit of ${maxLength}.`,
    );
    return;
  }
  const area = storage();
  try {
    if (area) {
      setItemMakingRoom(area, keptCopyKey(url), JSON.stringify(copy));
      written.set(url, copy);
    }
  } catch (error) {
    console.debug(`schedule-elements: the feed ${url} could not be kept for offline use (${(error as Error).name}).`);
  }
}

/**
 * Writes `value` under `key`; when storage is full, the kept copies of other feeds go, the least
 * recently kept first, until it fits (they are caches, fetched again online). Throws what storage
 * threw once no other copy is left. The saved lists write through it too (feed-reader.ts
 * `writeMakingRoom`): what a person saved comes before a copy of a programme.
 */
export function setItemMakingRoom(area: Storage, key: string, value: string): void {
  for (;;) {
    try {
      return area.setItem(key, value);
    } catch (error) {
      const oldest = oldestOtherCopy(area, key);
      if (!oldest) throw error;
      area.removeItem(oldest);
    }
  }
}

/** The key of the copy of another feed kept longest ago (an unreadable one first), or undefined when there is none. */
function oldestOtherCopy(area: Storage, except: string): string | undefined {
  let oldest: string | undefined;
  let oldestAt = Infinity;
  for (let i = 0; i < area.length; i++) {
    const key = area.key(i);
    if (key === null || key === except || !key.startsWith(KEPT_PREFIX)) continue;
    let at = -Infinity;
    try {
      const fetchedAt: unknown = (JSON.parse(area.getItem(key) ?? '') as { fetchedAt?: unknown }).fetchedAt;
      if (typeof fetchedAt === 'number') at = fetchedAt;
    } catch {
      // unreadable: the first to go
    }
    if (at < oldestAt) [oldest, oldestAt] = [key, at];
  }
  return oldest;
}
