/** The tags this copy of the library skipped since its last warning. */
const skipped = new Set<string>();

/** One console warning for every tag a copy skipped while it loaded, not one per tag. */
function warnSkipped(): void {
  const tags = [...skipped].map((tag) => `<${tag}>`).join(', ');
  skipped.clear();
  console.warn(
    `schedule-elements: ${tags} already defined on this page (another copy of the library, or other elements); this copy did not register them. Import the classes and define them under other names to use both.`,
  );
}

let intlStarted = false;

/**
 * Starts the browser's internationalization library once, while the page is idle. The first
 * `Intl` formatter a fresh page makes loads it (ICU's data): 30–90 ms on a 2-core machine, once per
 * page, whatever the locale or zone. Every tag formats times, numbers or names, so that wait would
 * fall in its first render; paid in the idle time after the tags are defined (while a feed
 * downloads), it does not hold up that render.
 */
function startIntlWhenIdle(): void {
  if (intlStarted || typeof requestIdleCallback !== 'function') return;
  intlStarted = true;
  requestIdleCallback(
    () => new Intl.DateTimeFormat(undefined, { hour: 'numeric', timeZone: 'UTC' }).format(0),
    { timeout: 1000 },
  );
}

/**
 * Registers a custom element once. A second registration of the same tag (two copies of the library
 * on one page, or a page that already owns the name) is skipped instead of the `NotSupportedError`
 * that would break the page; the tags a copy skips while it loads share one console warning.
 * The first registration also starts `Intl` while the page is idle (see {@link startIntlWhenIdle}).
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  startIntlWhenIdle();
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    if (skipped.size === 0) queueMicrotask(warnSkipped);
    skipped.add(tag);
  }
}
