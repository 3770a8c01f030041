// A second minification of the single-file build's files, by terser after rolldown's own: terser's
// compressor (three passes) finds what the first left (unused assignments, joined declarations,
// shorter conditionals), about 590 B gzip off dist/schedule-elements.min.js. Only its safe
// transforms: no `unsafe`, no `pure_getters` (a property read may be there for its effect). A file
// keeps terser's output only when that is smaller gzipped (marked's, in the markdown file, is not).
// Each file is tried with function declarations hoisted to the top of their scope and without (a
// safe transform, off by default for it can make a file longer: the single file is 160 B smaller
// gzipped with it, the adapters 130 B larger), and keeps the smaller. The source map is carried
// through, so it still points into src/.
import { minify } from 'terser';
import { gzipSync } from 'node:zlib';

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/** A Vite plugin that re-minifies every chunk of the bundle with terser at the end of the build. */
export function terserPassPlugin() {
  return {
    name: 'schedule-elements:terser-pass',
    async generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const map = bundle[`${chunk.fileName}.map`];
        let best = { code: chunk.code, map: undefined, size: gzip(chunk.code) };
        for (const hoist_funs of [false, true]) {
          const result = await minify(chunk.code, {
            module: true,
            compress: { passes: 3, hoist_funs },
            format: { comments: false },
            sourceMap: map?.type === 'asset' && { content: String(map.source), url: `${chunk.fileName}.map` },
          });
          const size = gzip(result.code);
          if (size < best.size) best = { code: result.code, map: result.map, size };
        }
        if (best.code === chunk.code) continue;
        chunk.code = best.code;
        if (map?.type === 'asset') map.source = String(best.map);
      }
    },
  };
}
