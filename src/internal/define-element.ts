/**
 * Registers a custom element once. A second registration of the same tag (two copies of the library
 * on one page, or a page that already owns the name) is skipped with one console warning instead
 * of the `NotSupportedError` that would break the page.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `schedule-elements: <${tag}> is already defined on this page (another copy of the library, or another element); this copy was not registered. Import the class and define it under another name to use both.`,
    );
  }
}
