import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/**
 * @open-wc/testing's `waitUntil`, which by default gives up after 5 s instead of 1 s. What a test
 * waits for (a module the dev server compiles on its first request, a feed from the test server, an
 * idle callback) can take over a second while the other test page has the two cores; a wait that
 * is itself the thing tested (a retry within its delay) passes its own `timeout`.
 */
export function waitUntil(predicate: () => unknown, message?: string, options: { interval?: number; timeout?: number } = {}): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: 5000, ...options });
}
