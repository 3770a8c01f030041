// Types of find-chrome.mjs, for the TypeScript scripts that import it (bench/timeline.bench.ts).
export function findChrome(): string | undefined;
export function requireChrome(): string;
export const CHROME_ARGS: string[];
