import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import manifest from 'schedule-elements/custom-elements.json' with { type: 'json' };

/** What this file reads of custom-elements.json. */
interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly { readonly tagName?: string }[] }[];
}

/**
 * Every tag that schedule-elements registers (and those its components render), from the manifest
 * the package ships: a list written out here would miss a tag the package adds.
 */
const TAGS = new Set((manifest as Manifest).modules.flatMap((module) => module.declarations ?? []).flatMap(({ tagName }) => (tagName ? [tagName] : [])));

/**
 * The Vue 3 example; `node scripts/build-examples.mjs` builds it into examples/vue/dist.
 * `schedule-elements/…` imports resolve as a package referring to itself: to the repository's
 * package.json, whose `exports` point into dist/ — the files npm users get.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => TAGS.has(tag) } } })],
  // One chunk with the app, its framework, the library and the sample feed: large, and that is fine here.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1000 },
});
