// Types of static-server.mjs, for the TypeScript scripts that import it (bench/timeline.bench.ts).
export function serveStatic(root: string): Promise<{ url: string; close: () => Promise<void> }>;
