/** How long a slice runs when the page gives no idle time (a timeout, or no `requestIdleCallback`: Safari). */
const SLICE_MS = 8;

/**
 * The most of an idle period (up to 50 ms) that one slice uses: the rest is headroom for what the
 * browser adds to the task (a garbage collection of the objects just made takes 10–20 ms on a
 * phone), so that no slice becomes a long task of over 50 ms.
 */
const IDLE_SLICE_MS = 30;

/**
 * Runs `step` while the page is idle, a slice at a time, so that no long task holds up input:
 * each slice calls `step(hasTime)`, which works while `hasTime()` and returns true once all is done.
 * Slices follow until then, or until `wanted()` says the work is no longer needed. A page that stays
 * busy for `timeoutMs` (or has no `requestIdleCallback`) gets slices of {@link SLICE_MS} between its tasks.
 */
export function inIdleSlices(step: (hasTime: () => boolean) => boolean, wanted: () => boolean = () => true, timeoutMs = 2000): void {
  if (typeof window === 'undefined') return; // on a server, which renders once: nothing is left for later
  const run = (hasTime: () => boolean): void => {
    if (wanted() && !step(hasTime)) next();
  };
  const next = (): void => {
    if ('requestIdleCallback' in window) {
      requestIdleCallback(
        (deadline) => {
          if (deadline.didTimeout) return run(budget(SLICE_MS));
          const slice = budget(IDLE_SLICE_MS);
          run(() => slice() && deadline.timeRemaining() > 1);
        },
        { timeout: timeoutMs },
      );
    } else {
      setTimeout(() => run(budget(SLICE_MS)), 50);
    }
  };
  next();
}

/** A `hasTime` that says yes for the next `ms` milliseconds. */
function budget(ms: number): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() < end;
}
