/**
 * Which time zone to show times in: a zone name checked against this runtime's Intl, the viewer's
 * own zone, and the choice between the event's, the viewer's and one asked for. Small on purpose:
 * every component that shows a time needs it (the rest of the zone arithmetic is in time.ts, the
 * formatting in format.ts). Pure code (no DOM).
 */

/** Where the zone of {@link resolveZone} came from. */
export type ZoneSource = 'event' | 'viewer' | 'custom';

/** The zone to show times in, and the zone that was asked for when it was not a real one. */
export interface ResolvedZone {
  readonly zone: string;
  readonly source: ZoneSource;
  /** The requested zone, when it was not a valid IANA name (the component reports it). */
  readonly invalid?: string;
}

/** Zone names checked so far, up to {@link VALIDITY_LIMIT}. */
const validity = new Map<string, boolean>();
const VALIDITY_LIMIT = 256;

/** Whether `timeZone` is an IANA zone name that this runtime's Intl knows (`Europe/Istanbul`, `UTC`). */
export function isValidTimeZone(timeZone: unknown): timeZone is string {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  let valid = validity.get(timeZone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      valid = true;
    } catch {
      valid = false;
    }
    if (validity.size >= VALIDITY_LIMIT) validity.clear();
    validity.set(timeZone, valid);
  }
  return valid;
}

/** Whether `zone` is an IANA zone name this runtime knows (`Europe/Istanbul`, `UTC`). */
export function isValidZone(zone: string): boolean {
  return isValidTimeZone(zone);
}

/** The viewer's zone as last read, and when: reading it builds an `Intl.DateTimeFormat`, and a timeline asks on every render. */
let viewer: { zone: string; readAt: number } | undefined;
/** How long the viewer's zone is trusted before it is read again (a laptop may travel while the page is open). */
const VIEWER_ZONE_MS = 60_000;

/** The viewer's IANA zone. */
function viewerZone(): string {
  const now = Date.now();
  if (viewer === undefined || now - viewer.readAt > VIEWER_ZONE_MS) {
    viewer = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone, readAt: now };
  }
  return viewer.zone;
}

/**
 * The zone to show times in. `undefined`, `null` or `''` → the event's zone; `'local'` → the viewer's
 * zone; a valid IANA name → that zone (`custom`, even if it equals the event's); anything else → the
 * event's zone, with `invalid` set to what was asked.
 */
export function resolveZone(requested: string | null | undefined, eventZone: string): ResolvedZone {
  if (!requested) return { zone: eventZone, source: 'event' };
  if (requested === 'local') return { zone: viewerZone(), source: 'viewer' };
  if (isValidTimeZone(requested)) return { zone: requested, source: 'custom' };
  return { zone: eventZone, source: 'event', invalid: requested };
}
