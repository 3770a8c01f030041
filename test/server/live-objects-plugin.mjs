/**
 * A web-test-runner plugin (Chrome launcher) with one command, `live-objects`: how many objects of
 * the test page have the prototype the page keeps at `window[payload.name]` (a test sets
 * `window.__proto = customElements.get('session-card').prototype`), counted after a garbage
 * collection by the DevTools protocol (puppeteer's `page.queryObjects`, CDP `Runtime.queryObjects`,
 * which collects garbage first; after up to five collections): elements the page removed that something still retains.
 * test/components/leaks.test.ts.
 */
export function liveObjectsPlugin() {
  return {
    name: 'live-objects',
    async executeCommand({ command, payload, session }) {
      if (command !== 'live-objects') return undefined;
      const page = session.browser.getPage(session.id);
      const prototype = await page.evaluateHandle((name) => window[name], payload.name);
      // Up to five collections, until none is left: one may leave objects that only a weak table's
      // entry, or a DOM wrapper the next collection of the page's other heap frees, still held (a
      // heap snapshot, which collects harder, finds none of them). An object truly retained survives them all.
      const client = await page.createCDPSession();
      let count;
      for (let pass = 0; pass < 5 && count !== 0; pass++) {
        if (pass > 0) await new Promise((resolve) => setTimeout(resolve, 100));
        await client.send('HeapProfiler.collectGarbage');
        const objects = await page.queryObjects(prototype);
        count = await page.evaluate((list) => list.length, objects);
        await objects.dispose();
      }
      await client.detach();
      await prototype.dispose();
      return count;
    },
  };
}
