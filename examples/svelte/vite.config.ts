import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

/**
 * The Svelte 5 example; `node scripts/build-examples.mjs` builds it into examples/svelte/dist.
 * `schedule-elements/…` imports resolve as a package referring to itself: to the repository's
 * package.json, whose `exports` point into dist/ — the files npm users get.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: false })],
  // One chunk with the app, its framework, the library and the sample feed: large, and that is fine here.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
});
