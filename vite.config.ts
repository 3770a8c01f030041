import { defineConfig } from 'vite';

/**
 * The single-file build: dist/schedule-elements.min.js registers every tag and carries lit, luxon
 * and the rest inside, for a plain `<script type="module">`. The npm modules come from tsc.
 */
export default defineConfig({
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
    rolldownOptions: { output: { codeSplitting: false, minify: true } },
  },
});
