import { defineConfig, type Plugin } from 'vite';
import { defineFilesPlugin } from './scripts/define-files.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { terserPassPlugin } from './scripts/terser-pass.mjs';

/**
 * The name of a file loaded on demand, from the module it starts at: `adapters` (feeds other than
 * v1), one per language (`fr`, `ar` …: src/i18n/locales/<lang>.ts), `markdown` and `sanitizer`
 * (rich text where the browser has no HTML Sanitizer API). README lists them for site owners.
 */
function lazyFileName(module: string): string {
  const path = module.replaceAll('\\', '/');
  if (path.endsWith('/src/data/adapters/index.ts')) return 'adapters';
  const language = /\/src\/i18n\/locales\/([a-z-]+)\.ts$/.exec(path);
  if (language) return language[1]!;
  const internal = /\/src\/internal\/(markdown|sanitizer)\.ts$/.exec(path);
  if (internal) return internal[1]!;
  return path.split('/').pop()!.replace(/\.[jt]s$/, '');
}

/**
 * In the single file, the feed reader, the dialog's cards, the full session card's parts, the
 * JSON-LD and the calendar writers and the refresh timer are inside and provided at once
 * (src/define.ts), so the dynamic imports by which each tag's own entry downloads them are never
 * run. Left in, they made rolldown treat them as entries of their own, and move the modules they
 * share with the adapters (time, zones, url, language tags) into a third file that the bundle
 * imports: the bundle would not work alone (and rolldown warned, on every build, of each import of
 * a module that the bundle holds already). They become a rejected promise here.
 */
function providedImports(): Plugin {
  const provided = /import\((['"])(\.\/feed-read\.js|\.\/json-ld-writer\.js|\.(?:\.\/session-card)?\/session-card\.full\.js|\.\.\/shared\/dialog-cards\.define\.js|\.\.\/\.\.\/(data\/ical|controllers\/refresh-controller)\.js)\1\)/g;
  return {
    name: 'schedule-elements:provided-imports',
    transform(code, id) {
      if (!/[\\/]src[\\/](controllers|components)[\\/]/.test(id) || !provided.test(code)) return null;
      return { code: code.replace(provided, "Promise.reject(new Error('in the bundle'))"), map: null };
    },
  };
}

/**
 * The single-file build: dist/schedule-elements.min.js registers every tag and carries lit and
 * the rest inside, for a plain `<script type="module">`. The npm modules come from tsc.
 *
 * Code that is imported dynamically becomes a sibling file that the bundle loads from its own URL
 * only when needed: the adapters for feeds other than v1 (pretalx, Sessionize, Sched, iCalendar,
 * with luxon), dist/schedule-elements-adapters.min.js; markdown; the sanitizer fallback for
 * browsers without `Element.setHTML`; and each language besides English. Pages with v1 feeds in
 * English download the one file.
 */
export default defineConfig({
  plugins: [minifyLiteralsPlugin(), defineFilesPlugin(), providedImports(), terserPassPlugin()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    // Library mode leaves ES output unminified unless asked; this file is for script tags, so minify it.
    minify: true,
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'schedule-elements.min.js',
    },
    rolldownOptions: {
      // Lets the modules that the adapters share with the bundle (the data layer) stay in the
      // bundle, exported to the adapters chunk, instead of becoming a third file every page loads.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        // No comments: the minifier keeps its `@__PURE__` marks (94 of them), which nothing reads after it.
        comments: false,
        // Stable names (no hash): the files are copied side by side onto any site.
        chunkFileNames: (chunk) => `schedule-elements-${lazyFileName(chunk.facadeModuleId ?? chunk.name)}.min.js`,
      },
    },
  },
});
