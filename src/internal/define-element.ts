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

/**
 * Registers a custom element once. A second registration of the same tag (two copies of the library
 * on one page, or a page that already owns the name) is skipped instead of the `NotSupportedError`
 * that would break the page; the tags a copy skips while it loads share one console warning.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    if (skipped.size === 0) queueMicrotask(warnSkipped);
    skipped.add(tag);
  }
}
