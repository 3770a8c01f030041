// `npm run size`: the gzip size of what a page downloads, against the budgets in size-budgets.json.
// - each tag's own define entry (src/components/<tag>/<tag>.define.ts), bundled and minified twice:
//   "own" with every package left external (what the tag adds to an app that already has lit,
//   luxon …), and "with deps" with everything inside (what a page with only this tag loads);
//   both count the first load only (the entry and its static imports). Code loaded on demand
//   (the feed adapters, the other languages, markdown, the sanitizer fallback) is the "lazy" column.
//   Chunked as a site's app build (Vite, Rollup) chunks a page that imports the tag: the modules
//   that the first load shares with code loaded later stay in its one file, which the later
//   chunks import from (a library build would split them into chunks of their own, each
//   compressed apart and all downloaded at once).
// - the files of the single-file build in dist/ (run `npm run build` first).
// Prints a table; exits non-zero when a size is over its budget or a budget names nothing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { defineFilesPlugin } from './define-files.mjs';
import { minifyLiteralsPlugin } from './minify-literals.mjs';

const BUDGETS_FILE = 'size-budgets.json';
/** @type {{ components: Record<string, { own: number, withDeps: number }>, files: Record<string, number> }} */
const budgets = JSON.parse(readFileSync(BUDGETS_FILE, 'utf8'));

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const kB = (bytes) => (bytes / 1000).toFixed(1);

/** Bundles `entry` minified in memory; returns the gzip size of the first load and of the lazy chunks. */
async function measure(entry, external) {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [minifyLiteralsPlugin(), defineFilesPlugin()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: external ? (id) => /^[^./\0]/.test(id) : [],
        preserveEntrySignatures: 'allow-extension',
        // As vite.config.ts: library mode minifies ES output only partly (names, not whitespace) unless asked.
        output: { minify: true, comments: false },
      },
    },
  });
  const chunks = new Map(
    (Array.isArray(result) ? result : [result])
      .flatMap((output) => output.output)
      .filter((file) => file.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const initial = new Set();
  const visit = (name) => {
    const chunk = chunks.get(name);
    if (!chunk || initial.has(name)) return;
    initial.add(name);
    chunk.imports.forEach(visit);
  };
  [...chunks.values()].filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  let first = 0;
  let lazy = 0;
  for (const [name, chunk] of chunks) {
    if (initial.has(name)) first += gzip(chunk.code);
    else lazy += gzip(chunk.code);
  }
  return { first, lazy };
}

const rows = [];
let failed = 0;
const check = (size, budget) => {
  if (budget === undefined) return 'no budget';
  if (size > budget * 1000) {
    failed++;
    return `OVER ${kB(size - budget * 1000)} kB`;
  }
  return 'ok';
};

const tags = readdirSync('src/components', { withFileTypes: true })
  .filter((dir) => dir.isDirectory() && existsSync(join('src/components', dir.name, `${dir.name}.define.ts`)))
  .map((dir) => dir.name)
  .sort();
for (const tag of tags) {
  const entry = join('src/components', tag, `${tag}.define.ts`);
  const own = await measure(entry, true);
  const all = await measure(entry, false);
  const budget = budgets.components[tag];
  rows.push([
    `${tag} (own)`, kB(own.first), budget?.own ?? '-', kB(own.lazy), check(own.first, budget?.own),
  ]);
  rows.push([
    `${tag} (with deps)`, kB(all.first), budget?.withDeps ?? '-', kB(all.lazy), check(all.first, budget?.withDeps),
  ]);
  if (!budget) failed++;
}
for (const [name, budget] of Object.entries(budgets.components)) {
  if (!tags.includes(name)) {
    failed++;
    rows.push([`${name}`, '-', budget.own, '-', 'no such component']);
  }
}

const files = readdirSync('dist').filter((name) => /^schedule-elements.*\.min\.js$/.test(name)).sort();
if (files.length === 0) {
  console.error('size: dist/ has no schedule-elements*.min.js; run `npm run build` first.');
  process.exit(1);
}
for (const name of files) {
  const size = gzip(readFileSync(join('dist', name)));
  rows.push([`dist/${name}`, kB(size), budgets.files[name] ?? '-', '', check(size, budgets.files[name])]);
  if (budgets.files[name] === undefined) failed++;
}
for (const [name, budget] of Object.entries(budgets.files)) {
  if (!files.includes(name)) {
    failed++;
    rows.push([`dist/${name}`, '-', budget, '', 'missing']);
  }
}

const header = ['entry', 'gzip kB', 'budget kB', 'lazy kB', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => String(row[i]).length)));
const line = (row) => row.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
console.log(
  failed === 0
    ? `\nsize: every entry is within its budget (${BUDGETS_FILE}).`
    : `\nsize: ${failed} problem(s): raise a budget in ${BUDGETS_FILE} only for a growth you mean.`,
);
process.exit(failed === 0 ? 0 : 1);
