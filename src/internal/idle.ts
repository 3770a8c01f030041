/** How long a slice runs when the page gives no idle time (a timeout, or no `requestIdleCallback`: Safari). */
const SLICE_MS = 8;

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
      requestIdleCallback((deadline) => run(deadline.didTimeout ? budget(SLICE_MS) : () => deadline.timeRemaining() > 1), { timeout: timeoutMs });
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
