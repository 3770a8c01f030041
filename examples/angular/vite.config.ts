import { defineConfig } from 'vite';

/**
 * The Angular example; `node scripts/build-examples.mjs` builds it into examples/angular/dist.
 * `schedule-elements/…` imports resolve as a package referring to itself: to the repository's
 * package.json, whose `exports` point into dist/ — the files npm users get. Angular's decorators
 * are TypeScript's legacy ones (`experimentalDecorators`); the template is compiled in the page.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { decorator: { legacy: true } },
  // One chunk with the app, its framework, the library and the sample feed: large, and that is fine here.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
