// Finds the browser the tests and scripts drive: $CHROME_PATH, else a Chromium or Chrome on the PATH.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** @returns {string | undefined} the executable path, or undefined when there is none. */
export function findChrome() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return undefined;
}

/** Like findChrome, but ends the process with one line saying how to get a browser. */
export function requireChrome() {
  const path = findChrome();
  if (!path) {
    console.error(
      'No Chromium or Chrome found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to its executable.',
    );
    process.exit(1);
  }
  return path;
}

/** Flags that keep headless Chromium quiet and working as root on a machine with no outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
