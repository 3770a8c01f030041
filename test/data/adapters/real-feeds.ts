/**
 * Where the shared real feeds are (`/work/shared/feeds`, beside the clone in CI) and how tests read
 * them. The files are never copied into the repository: their licences are unclear.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The folder of the real feeds: `$SCHEDULE_FEEDS_DIR`, else `shared/feeds` beside the repository. */
export const FEEDS_DIR = process.env['SCHEDULE_FEEDS_DIR'] ?? join(REPO, '../shared/feeds');

/** `false` when feed `name` is present, else the reason a test that needs it is skipped. */
export function skipUnlessFeed(name: string): false | string {
  return existsSync(join(FEEDS_DIR, name)) ? false : `real feed ${name} not found: expected in ${FEEDS_DIR} (set SCHEDULE_FEEDS_DIR)`;
}

/** The parsed JSON of feed `name`. */
export function readFeed(name: string): unknown {
  return JSON.parse(readFileSync(join(FEEDS_DIR, name), 'utf8'));
}
