/** Reading the JSON fixtures of test/fixtures. */
import { readFileSync } from 'node:fs';

/** The text of `test/fixtures/<name>.json`. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');
}

/** The parsed `test/fixtures/<name>.json`, a fresh copy each time. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(fixtureText(name)) as Record<string, unknown>;
}

/** The names of the fixtures that are valid feeds. */
export const GOOD_FIXTURES = ['minimal', 'dst-berlin', 'dst-new-york', 'cross-midnight', 'multilingual'] as const;
