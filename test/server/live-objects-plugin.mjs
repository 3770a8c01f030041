/**
 * A web-test-runner plugin (Chrome launcher) with one command, `live-objects`: how many objects of
 * the test page have the prototype the page keeps at `window[payload.name]` (a test sets
 * `window.__proto = customElements.get('session-card').prototype`), counted after a garbage
 * collection by the DevTools protocol (puppeteer's `page.queryObjects`, CDP `Runtime.queryObjects`,
 * which collects garbage first; counted twice): elements the page removed that something still retains.
 * test/components/leaks.test.ts.
 */
export function liveObjectsPlugin() {
  return {
    name: 'live-objects',
    async executeCommand({ command, payload, session }) {
      if (command !== 'live-objects') return undefined;
      const page = session.browser.getPage(session.id);
      const prototype = await page.evaluateHandle((name) => window[name], payload.name);
      let count;
      // Twice: one collection may leave objects that only a weak table's entry, freed by it, still held.
      for (let pass = 0; pass < 2; pass++) {
        const objects = await page.queryObjects(prototype);
        count = await page.evaluate((list) => list.length, objects);
        await objects.dispose();
      }
      await prototype.dispose();
      return count;
    },
  };
}
