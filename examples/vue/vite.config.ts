import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

/** Every tag that schedule-elements registers (and those its components render). */
const TAGS = new Set([
  'session-card',
  'speaker-avatar',
  'speaker-avatar-group',
  'attendee-count',
  'event-status',
  'speaker-card',
  'speaker-list',
  'agenda-timeline',
  'clamped-text',
]);

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
