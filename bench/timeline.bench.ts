/**
 * `npm run bench:timeline`: `<agenda-timeline>` against FullCalendar 6.1 and FullCalendar 7.1
 * (timeGridDay), each on a first visit (cold) and on a warm page, in headless Chromium at
 * 1280 × 900, in one run.
 *
 *   npm run bench:timeline -- [--runs 7] [--sizes 100,1000,10000] [--warm-up 1] [--json out.json] [--trace out.json] [--library dir]
 *
 * (BENCH_RUNS and BENCH_SIZES set the first two as well; `--runs 1 --sizes 1000` is a quick look.
 * `--json` writes every figure and sample; `--trace x.json` records Chromium traces (for the
 * Performance panel) of an extra, uncounted run of our element at the largest size: its cold visit until
 * idle into x.json, its cold dialog close into x-dialog.json; `--library` benchmarks the
 * schedule-elements*.min.js files of another folder instead of dist/.)
 *
 * What is loaded. The library is the built single file dist/schedule-elements.min.js (with its
 * lazily loaded siblings): the bench runs `npx vite build` first when that file is missing or
 * older than any file under src/ (or vite.config.ts), then copies the files into a temporary folder
 * and serves them from there (so a build elsewhere in the tree cannot swap them mid-run).
 * FullCalendar 6.1 (@fullcalendar/core + @fullcalendar/timegrid, which injects its CSS) and
 * FullCalendar 7.1 (the `fullcalendar` package with its timegrid plugin, the classic theme and its
 * CSS, temporal-polyfill inside) are each bundled by Vite into one minified file (bench/peers/).
 * Each page loads bench/timeline-page.ts (the timing helpers, no library code) and then one library
 * by a `<script type="module">` tag (plus a stylesheet link for FullCalendar 7).
 *
 * Runs. For generated feeds (bench/generate-feed.ts, 40 rooms, so the day shown has up to 240
 * sessions) of each size, RUNS runs; in each run each library gets a fresh browser context and
 * page (empty caches, nothing compiled), in an order that rotates from run to run. In that page:
 *   - cold: the feed's text is downloaded (not timed) and the page left to go quiet; then, from the
 *     parsed feed object in hand (the element made, given `.feed` and added; or the events given to
 *     `new Calendar(…, timeGridDay)` and `render()`), to the settled first paint of the first day,
 *     the first use of every code path included; then the long tasks (over 50 ms) from that paint
 *     until the page is idle, and how long until idle;
 *   - our element only, still cold: DOM nodes once idle, then closing the session dialog: a
 *     session on screen is clicked (a real mouse click), the dialog opens, a second of reading,
 *     then from the Escape keydown to the settled paint after the dialog's `close`, with the longest
 *     task in between;
 *   - warm: WARM_UP discarded iterations, then one measured, in the same page (the code has run
 *     before): the same first paint and long tasks until idle from a freshly parsed object, and for
 *     our element also the whole model (the time until the rest of a big feed, painted from a preview
 *     of the day it shows, is built; seen from the idle callbacks of the idle watch, so within one
 *     idle period), the JS heap the element adds once idle (a garbage collection each side, CDP
 *     `HeapProfiler.collectGarbage` and `Runtime.getHeapUsage`, the parsed object not counted),
 *     DOM nodes (the element's shadow tree ÷ the sessions of the day shown, and the whole element),
 *     three filter keystrokes ("g", "p", "d", each typed into the emptied, focused search box
 *     after a second of reading and an idle period, from keydown to the settled paint of the
 *     filtered grid; the key is released after that paint), a day switch (a click on the next
 *     `role="tab"` to the settled paint of that day; n/a for a one-day feed), and the dialog close.
 * Each figure is the median over the runs, with the 25th to 75th percentiles as its spread.
 *
 * Fairness. FullCalendar is given every session of the feed as an event (start and end as ISO
 * instants in UTC with `timeZone: 'UTC'`, so it needs no zone plugin), prepared in Node with our
 * normalizer and parsed before its clock starts, and shows the same day; the timing checks that it
 * painted each of that day's events. Our element is given the raw feed, so validation and
 * normalization count against it. "Settled" (and FullCalendar's counterpart) and "idle" are
 * defined in bench/timeline-page.ts. Every run starts from a freshly parsed object, so no cache of
 * an earlier run helps.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, requireChrome } from '../scripts/find-chrome.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { normalizeFeed } from '../src/data/normalize.js';
import { generateFeed } from './generate-feed.js';
import type { BenchApi, PaintTiming, PeerEvents, TaskSummary } from './timeline-page.js';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '7' },
    sizes: { type: 'string', default: process.env['BENCH_SIZES'] ?? '100,1000,10000' },
    'warm-up': { type: 'string', default: '1' },
    json: { type: 'string' },
    trace: { type: 'string' },
    library: { type: 'string' },
  },
});
const RUNS = Number(options.runs);
const SIZES = options.sizes.split(',').map(Number);
const WARM_UP = Number(options['warm-up']);
if (!(RUNS >= 1) || SIZES.some((size) => !(size >= 1)) || !(WARM_UP >= 0)) {
  console.error('usage: npm run bench:timeline -- [--runs N] [--sizes 100,1000,10000] [--warm-up N] [--json file] [--trace file] [--library dir]');
  process.exit(2);
}
const ROOMS = 40;
/** The keystrokes timed in each warm iteration, each typed into the emptied search box (each a query not cached yet). */
const FILTER_KEYS = ['g', 'p', 'd'] as const;
const VIEWPORT = { width: 1280, height: 900 };
const root = fileURLToPath(new URL('..', import.meta.url));

type Library = 'ours' | 'fc6' | 'fc7';
const LIBRARIES: readonly Library[] = ['ours', 'fc6', 'fc7'];

// ---------------------------------------------------------------------------------------------
// Building the pages

/** The newest modification time of the files under `dir`, recursively. */
async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

/**
 * Copies dist/schedule-elements*.min.js into `dir`, building them first when missing or stale (or
 * copies them from `from`, a folder with a build of them); says which it did.
 */
async function ourLibrary(dir: string, from?: string): Promise<string> {
  const source = from ?? join(root, 'dist');
  const file = join(source, 'schedule-elements.min.js');
  const built = await stat(file).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newest(join(root, 'src')), (await stat(join(root, 'vite.config.ts'))).mtimeMs);
  let how = from ? `${file} (--library), used as given` : 'dist/schedule-elements.min.js is newer than src/: used as built';
  if (built === 0 && from) throw new Error(`No ${file}.`);
  if (built < sources && !from) {
    const started = performance.now();
    const result = spawnSync('npx', ['vite', 'build'], { cwd: root, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npx vite build failed:\n${result.stdout}\n${result.stderr}`);
    how = `${built === 0 ? 'dist/schedule-elements.min.js was missing' : 'src/ had changed since dist/schedule-elements.min.js was built'}: ran npx vite build (${((performance.now() - started) / 1000).toFixed(1)} s)`;
  }
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(source)) {
    if (/^schedule-elements(-[a-z-]+)?\.min\.js$/.test(name)) await copyFile(join(source, name), join(dir, name));
  }
  return how;
}

/** Bundles one entry of bench/ into `outDir/fileName` (and `cssName`.css if it imports CSS). */
async function bundle(entry: string, outDir: string, fileName: string, minify: boolean, cssName?: string): Promise<void> {
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      target: 'es2022',
      outDir,
      emptyOutDir: false,
      minify,
      // Library mode leaves ES output unminified unless asked (see vite.config.ts).
      rolldownOptions: { output: { minify } },
      lib: { entry: join(root, entry), formats: ['es'], fileName: () => fileName, ...(cssName ? { cssFileName: cssName } : {}) },
    },
  });
}

const PAGES: Record<Library, { title: string; head: string }> = {
  ours: { title: '<agenda-timeline>', head: '<script type="module" src="./ours/schedule-elements.min.js"></script>' },
  fc6: { title: 'FullCalendar 6', head: '<script type="module" src="./fc6/fullcalendar-6.min.js"></script>' },
  fc7: {
    title: 'FullCalendar 7',
    head: '<link rel="stylesheet" href="./fc7/fullcalendar-7.min.css"><script type="module" src="./fc7/fullcalendar-7.min.js"></script>',
  },
};

/** Builds everything the pages load into `dir`; gives how our library was obtained. */
async function buildPages(dir: string): Promise<string> {
  const how = await ourLibrary(join(dir, 'ours'), options.library);
  await bundle('bench/peers/fullcalendar-6.ts', join(dir, 'fc6'), 'fullcalendar-6.min.js', true);
  await bundle('bench/peers/fullcalendar-7.ts', join(dir, 'fc7'), 'fullcalendar-7.min.js', true, 'fullcalendar-7.min');
  await bundle('bench/timeline-page.ts', dir, 'harness.js', false);
  for (const library of LIBRARIES) {
    const { title, head } = PAGES[library];
    await writeFile(
      join(dir, `${library}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} bench</title><link rel="icon" href="data:,">` +
        '<style>body{margin:0;font-family:system-ui,sans-serif}</style>' +
        `<script type="module" src="./harness.js"></script>${head}</head><body></body></html>`,
    );
  }
  return how;
}

/** Minified and gzip bytes of the files a page loads. */
async function transferSizes(dir: string): Promise<Record<Library, { min: number; gzip: number }>> {
  const files: Record<Library, string[]> = {
    ours: ['ours/schedule-elements.min.js'],
    fc6: ['fc6/fullcalendar-6.min.js'],
    fc7: ['fc7/fullcalendar-7.min.js', 'fc7/fullcalendar-7.min.css'],
  };
  const sizes = {} as Record<Library, { min: number; gzip: number }>;
  for (const library of LIBRARIES) {
    const contents = await Promise.all(files[library].map((file) => readFile(join(dir, file))));
    sizes[library] = {
      min: contents.reduce((sum, c) => sum + c.length, 0),
      gzip: contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0),
    };
  }
  return sizes;
}

/** Writes feed-<size>.json and events-<size>.json into `dir`; gives the day shown and its sessions. */
async function writeFeed(dir: string, size: number): Promise<{ date: string; onDay: number }> {
  const feed = generateFeed({ sessions: size, rooms: ROOMS, seed: 1 });
  const { days, sessions } = normalizeFeed(feed).schedule;
  const day = days.find((candidate) => candidate.sessions.length > 0)!;
  const events: PeerEvents = {
    date: day.date,
    onDay: day.sessions.length,
    events: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      start: new Date(session.startMs).toISOString(),
      end: new Date(session.endMs).toISOString(),
    })),
  };
  await writeFile(join(dir, `feed-${size}.json`), JSON.stringify(feed));
  await writeFile(join(dir, `events-${size}.json`), JSON.stringify(events));
  return { date: day.date, onDay: day.sessions.length };
}

// ---------------------------------------------------------------------------------------------
// Driving a page

type Api = BenchApi;
type Args<K extends keyof Api> = Parameters<Api[K]>;

function call<K extends keyof Api>(page: Page, step: K, ...args: Args<K>): Promise<Awaited<ReturnType<Api[K]>>> {
  return page.evaluate(
    ([name, list]) => (window as unknown as { timelineBench: Record<string, (...a: unknown[]) => unknown> }).timelineBench[name]!(...list),
    [step, args] as const,
  ) as Promise<Awaited<ReturnType<Api[K]>>>;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** A page's promise set by an `arm…` step, given up on after 15 s. */
function awaitArmed<T>(page: Page, name: 'searchDone' | 'dialogDone'): Promise<T> {
  return page.evaluate(
    (key) =>
      Promise.race([
        (window as unknown as Record<string, Promise<unknown>>)[key],
        new Promise((_, reject) => setTimeout(() => reject(new Error(`${key}: nothing settled within 15 s`)), 15_000)),
      ]),
    name,
  ) as Promise<T>;
}

/** A first visit's page for one library, its feed downloaded and the page quiet. */
async function openPage(browser: Browser, url: string, library: Library, size: number): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US', timezoneId: 'Europe/Istanbul' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${library}): ${error.message}`));
  await page.goto(`${url}/${library}.html`);
  await page
    .waitForFunction(() => (window as unknown as { timelineBench?: { ready(): boolean } }).timelineBench?.ready() === true, undefined, { timeout: 10_000 })
    .catch(() => {
      throw new Error(
        library === 'ours'
          ? 'schedule-elements.min.js loaded but did not define <agenda-timeline> within 10 s: is the build whole (its define modules kept)?'
          : `The ${library} bundle did not load within 10 s.`,
      );
    });
  await call(page, 'load', `${url}/feed-${size}.json`, `${url}/events-${size}.json`);
  await call(page, 'longTasksUntilIdle', 0, 20_000);
  return { context, page, cdp: await context.newCDPSession(page) };
}

/** A first paint, then the long tasks until idle. */
interface Visit {
  paint: number;
  sessions: number;
  tasks: TaskSummary;
  /** From the settled paint until the page is idle (`null`: not idle within 20 s). */
  busy: number | null;
  /** Our element: from the start until the whole model is built (`null` if not seen). */
  whole: number | null;
}

interface DialogClose {
  ms: number;
  tasks: TaskSummary;
}

interface OurSample {
  cold: Visit;
  coldNodes: { total: number; shadow: number; sessions: number };
  coldDialog: DialogClose;
  warm: Visit;
  heap: number;
  nodes: { total: number; shadow: number; sessions: number };
  filter: number[];
  daySwitch: number | null;
  warmDialog: DialogClose;
}

interface PeerSample {
  cold: Visit;
  warm: Visit;
  nodes: number;
}

/** A first paint (ours or a peer's) and the long tasks from its settled paint until idle; for ours, when the whole model was seen. */
async function visit(page: Page, library: Library): Promise<Visit> {
  await call(page, 'clear');
  await call(page, 'parse');
  const paint: PaintTiming = library === 'ours' ? await call(page, 'timelineFirstPaint') : await call(page, 'peerFirstPaint');
  return untilIdle(page, paint, library === 'ours');
}

/** The long tasks from a settled first paint until the page is idle, and (for ours) when the whole model was seen. */
async function untilIdle(page: Page, paint: PaintTiming, ours: boolean): Promise<Visit> {
  const after = await call(page, 'longTasksUntilIdle', paint.end, 20_000, ...(ours ? [paint.start] : []));
  return {
    paint: paint.ms,
    sessions: paint.sessions,
    tasks: after.tasks,
    busy: after.idleAt === null ? null : Math.max(0, after.idleAt - paint.end),
    whole: after.whole,
  };
}

/** Records a Chromium trace of what `during` does into `path` (nothing when no path). */
async function traced<T>(page: Page, path: string | undefined, during: () => Promise<T>): Promise<T> {
  if (!path) return during();
  const categories = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'disabled-by-default-v8.cpu_profiler'];
  await page.context().browser()!.startTracing(page, { path, screenshots: false, categories });
  try {
    return await during();
  } finally {
    await page.context().browser()!.stopTracing();
  }
}

/** Opens a session with a click on it in the grid, then times closing its dialog with Escape. */
async function dialogClose(page: Page, trace?: string): Promise<DialogClose> {
  await call(page, 'idle');
  const target = await call(page, 'sessionToClick');
  await page.mouse.click(target.x, target.y);
  if (!(await call(page, 'dialogOpened'))) throw new Error(`Clicking session ${target.id} opened no dialog.`);
  await call(page, 'idle');
  await call(page, 'armDialogClose');
  const done = await traced(page, trace, async () => {
    await page.keyboard.down('Escape');
    const result = await awaitArmed<DialogClose & { open: boolean }>(page, 'dialogDone');
    await page.keyboard.up('Escape');
    return result;
  });
  if (done.open) throw new Error('The dialog is still open after Escape.');
  return { ms: done.ms, tasks: done.tasks };
}

/** One warm iteration of our element in a page that has run it before. */
async function warmOurs(page: Page, cdp: CDPSession): Promise<Omit<OurSample, 'cold' | 'coldNodes' | 'coldDialog'>> {
  await call(page, 'clear');
  await call(page, 'parse');
  const before = await heapUsed(cdp);
  const warm = await untilIdle(page, await call(page, 'timelineFirstPaint'), true);
  await call(page, 'idle');
  const heap = (await heapUsed(cdp)) - before;
  const nodes = await call(page, 'timelineNodes');
  const filter: number[] = [];
  for (const [i, key] of FILTER_KEYS.entries()) {
    if (i > 0) await call(page, 'idle');
    await call(page, 'armSearch');
    // The key goes down now and up once its result has painted, as a person's key does (held for
    // tens of milliseconds): a synthetic keyup right behind the keydown would queue before the
    // message that marks the paint, and delay it.
    await page.keyboard.down(key);
    filter.push(await awaitArmed<number>(page, 'searchDone'));
    await page.keyboard.up(key);
  }
  await call(page, 'armSearch'); // empties the box again, so the day switch and the dialog see every session
  const daySwitch = await call(page, 'timelineDaySwitch');
  const warmDialog = await dialogClose(page);
  return { warm, heap, nodes, filter, daySwitch, warmDialog };
}

async function runOurs(browser: Browser, url: string, size: number, trace?: string): Promise<OurSample> {
  const { context, page, cdp } = await openPage(browser, url, 'ours', size);
  try {
    const cold = await traced(page, trace, () => visit(page, 'ours'));
    const coldNodes = await call(page, 'timelineNodes');
    const coldDialog = await dialogClose(page, trace?.replace(/(\.json)?$/, '-dialog.json'));
    let warm: Awaited<ReturnType<typeof warmOurs>> | undefined;
    for (let i = 0; i <= WARM_UP; i++) warm = await warmOurs(page, cdp);
    return { cold, coldNodes, coldDialog, ...warm! };
  } finally {
    await context.close();
  }
}

async function runPeer(browser: Browser, url: string, library: 'fc6' | 'fc7', size: number): Promise<PeerSample> {
  const { context, page } = await openPage(browser, url, library, size);
  try {
    const cold = await visit(page, library);
    let warm = cold;
    for (let i = 0; i <= WARM_UP; i++) warm = await visit(page, library);
    return { cold, warm, nodes: await call(page, 'peerNodes') };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Spread {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.ceil(at)]! - sorted[low]!) * (at - low);
}

function spread(values: readonly (number | null)[]): Spread | null {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  return { median: quantile(sorted, 0.5), p25: quantile(sorted, 0.25), p75: quantile(sorted, 0.75), min: sorted[0]!, max: sorted.at(-1)!, n: sorted.length };
}

const int = (value: number): string => Math.round(value).toLocaleString('en-US');
const ms = (s: Spread | null): string => (s ? `${int(s.median)} ms [${int(s.p25)}–${int(s.p75)}]` : 'n/a');
/** Long tasks: the median of each run's longest and of their count, and the longest of all runs ("none": no task over 50 ms in any run). */
const tasks = (longest: Spread | null, count: Spread | null): string =>
  longest && count ? (longest.max === 0 ? 'none' : `longest ${int(longest.median)} ms, ${count.median} over 50 ms (worst ${int(longest.max)} ms)`) : 'n/a';
const longestTask = (longest: Spread | null): string =>
  longest ? (longest.max === 0 ? 'none over 50 ms' : `longest task ${int(longest.median)} ms (worst ${int(longest.max)} ms)`) : 'n/a';

interface SizeResult {
  size: number;
  day: { date: string; onDay: number };
  samples: { ours: OurSample[]; fc6: PeerSample[]; fc7: PeerSample[] };
  figures: Record<string, Record<string, Spread | null>>;
}

function figuresOf(result: Omit<SizeResult, 'figures'>): SizeResult['figures'] {
  const { ours, fc6, fc7 } = result.samples;
  const visitFigures = (visits: Visit[]) => ({
    paint: spread(visits.map((v) => v.paint)),
    longest: spread(visits.map((v) => v.tasks.longest)),
    count: spread(visits.map((v) => v.tasks.count)),
    busy: spread(visits.map((v) => v.busy)),
  });
  const prefix = (name: string, record: Record<string, Spread | null>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [`${name}.${key}`, value]));
  const figures: SizeResult['figures'] = {};
  for (const [library, samples] of [['ours', ours], ['fc6', fc6], ['fc7', fc7]] as const) {
    figures[library] = {
      ...prefix('cold', visitFigures(samples.map((s) => s.cold))),
      ...prefix('warm', visitFigures(samples.map((s) => s.warm))),
    };
  }
  for (const peer of ['fc6', 'fc7'] as const) {
    const runs = Math.min(ours.length, result.samples[peer].length);
    const ratio = (which: 'cold' | 'warm') =>
      spread(Array.from({ length: runs }, (_, i) => result.samples[peer][i]![which].paint / ours[i]![which].paint));
    figures[peer]!['cold.ratio'] = ratio('cold');
    figures[peer]!['warm.ratio'] = ratio('warm');
    figures[peer]!['nodes'] = spread(result.samples[peer].map((s) => s.nodes));
  }
  Object.assign(figures['ours']!, {
    'cold.whole': spread(ours.map((s) => s.cold.whole)),
    'warm.whole': spread(ours.map((s) => s.warm.whole)),
    'cold.dialog': spread(ours.map((s) => s.coldDialog.ms)),
    'cold.dialogLongest': spread(ours.map((s) => s.coldDialog.tasks.longest)),
    'warm.dialog': spread(ours.map((s) => s.warmDialog.ms)),
    'warm.dialogLongest': spread(ours.map((s) => s.warmDialog.tasks.longest)),
    filter: spread(ours.flatMap((s) => s.filter)),
    daySwitch: spread(ours.map((s) => s.daySwitch)),
    heap: spread(ours.map((s) => s.heap)),
    nodes: spread(ours.map((s) => s.nodes.total)),
    shadowNodes: spread(ours.map((s) => s.nodes.shadow)),
    daySessions: spread(ours.map((s) => s.nodes.sessions)),
    nodesPerSession: spread(ours.map((s) => s.nodes.shadow / s.nodes.sessions)),
    coldNodesPerSession: spread(ours.map((s) => s.coldNodes.shadow / s.coldNodes.sessions)),
  });
  return figures;
}

/** A table: a label column, then one column per library. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n');
}

function report(result: SizeResult, versions: Record<Library, string>): string {
  const { ours, fc6, fc7 } = result.figures as Record<Library, Record<string, Spread | null>>;
  const ratio = (s: Spread | null): string => (s ? `${s.median.toFixed(1)}x [${s.p25.toFixed(1)}–${s.p75.toFixed(1)}]` : 'n/a');
  const row = (label: string, cell: (f: Record<string, Spread | null>, library: Library) => string): string[] => [
    label,
    cell(ours, 'ours'),
    cell(fc6, 'fc6'),
    cell(fc7, 'fc7'),
  ];
  const only = (label: string, value: string): string[] => [label, value, '', ''];
  const perSession = (s: Spread | null | undefined): string => (s ? s.median.toFixed(1) : 'n/a');
  const count = (s: Spread | null | undefined): string => (s ? int(s.median) : 'n/a');
  const runs = result.samples.ours.length;
  return [
    `${int(result.size)} sessions (the day shown, ${result.day.date}, has ${int(result.day.onDay)}); ${runs} run${runs === 1 ? '' : 's'}, ` +
      'median [25th–75th percentile]',
    table([
      ['', '<agenda-timeline>', `FullCalendar ${versions.fc6}`, `FullCalendar ${versions.fc7}`],
      row('cold: first settled paint', (f) => ms(f['cold.paint']!)),
      row('warm: first settled paint', (f) => ms(f['warm.paint']!)),
      row('cold: FullCalendar ÷ ours', (f, l) => (l === 'ours' ? '' : ratio(f['cold.ratio']!))),
      row('warm: FullCalendar ÷ ours', (f, l) => (l === 'ours' ? '' : ratio(f['warm.ratio']!))),
      row('cold: long tasks after paint', (f) => tasks(f['cold.longest']!, f['cold.count']!)),
      row('warm: long tasks after paint', (f) => tasks(f['warm.longest']!, f['warm.count']!)),
      row('cold: busy after paint until idle', (f) => ms(f['cold.busy']!)),
      row('warm: busy after paint until idle', (f) => ms(f['warm.busy']!)),
      row('DOM nodes (warm, idle)', (f, l) => (l === 'ours' ? `${count(f['nodes'])} (${perSession(f['nodesPerSession'])} a session)` : count(f['nodes']))),
      only('whole model, cold / warm', `${ms(ours['cold.whole']!)} / ${ms(ours['warm.whole']!)}`),
      only(`filter keystroke (warm, ${FILTER_KEYS.length} a run)`, ms(ours['filter']!)),
      only('day switch (warm)', result.day.onDay === result.size ? 'n/a (one day)' : ms(ours['daySwitch']!)),
      only('dialog close, cold', `${ms(ours['cold.dialog']!)}, ${longestTask(ours['cold.dialogLongest']!)}`),
      only('dialog close, warm', `${ms(ours['warm.dialog']!)}, ${longestTask(ours['warm.dialogLongest']!)}`),
      only('heap (warm, idle)', ours['heap'] ? `${(ours['heap'].median / 1_048_576).toFixed(1)} MB` : 'n/a'),
      only(
        'DOM nodes a session (shadow ÷ day)',
        `${perSession(ours['nodesPerSession'])} (${count(ours['shadowNodes'])} ÷ ${count(ours['daySessions'])}; cold ${perSession(ours['coldNodesPerSession'])})`,
      ),
    ]),
  ].join('\n');
}

interface Target {
  name: string;
  value: string;
  target: string;
  met: boolean | null;
}

function targets(results: readonly SizeResult[], versions: Record<Library, string>): Target[] {
  const at = (size: number) => results.find((r) => r.size === size);
  const list: Target[] = [];
  const r1k = at(1_000);
  if (r1k) {
    const fc6 = r1k.figures['fc6']!['cold.paint']!.median;
    const fc7 = r1k.figures['fc7']!['cold.paint']!.median;
    const faster: 'fc6' | 'fc7' = fc6 <= fc7 ? 'fc6' : 'fc7';
    const ratio = r1k.figures[faster]!['cold.ratio']!.median;
    list.push({
      name: `cold first settled paint at 1,000, the faster FullCalendar (${versions[faster]}) ÷ ours`,
      value: `${ratio.toFixed(1)}x (${int(r1k.figures[faster]!['cold.paint']!.median)} ms ÷ ${int(r1k.figures['ours']!['cold.paint']!.median)} ms; the other, ${versions[faster === 'fc6' ? 'fc7' : 'fc6']}: ${r1k.figures[faster === 'fc6' ? 'fc7' : 'fc6']!['cold.ratio']!.median.toFixed(1)}x)`,
      target: '≥ 5x',
      met: ratio >= 5,
    });
  }
  const r10k = at(10_000);
  if (r10k) {
    const paint = r10k.figures['ours']!['cold.paint']!.median;
    list.push({ name: 'cold first settled paint at 10,000', value: `${int(paint)} ms`, target: '≤ 200 ms', met: paint <= 200 });
  }
  const each = (label: (r: SizeResult) => string): string => results.map(label).join('; ');
  const worst = (key: string): number => Math.max(...results.map((r) => r.figures['ours']![key]?.median ?? Infinity));
  list.push({
    name: 'longest task after the first paint (median of the runs; cold / warm)',
    value: each((r) => `${int(r.size)}: ${int(r.figures['ours']!['cold.longest']!.median)} / ${int(r.figures['ours']!['warm.longest']!.median)} ms (worst ${int(r.figures['ours']!['cold.longest']!.max)} / ${int(r.figures['ours']!['warm.longest']!.max)})`),
    target: '≤ 50 ms (0 = no task over 50 ms)',
    met: Math.max(worst('cold.longest'), worst('warm.longest')) <= 50,
  });
  list.push({
    name: 'dialog close, Escape to settled paint (cold / warm)',
    value: each((r) => `${int(r.size)}: ${int(r.figures['ours']!['cold.dialog']!.median)} / ${int(r.figures['ours']!['warm.dialog']!.median)} ms`),
    target: '≤ 50 ms',
    met: Math.max(worst('cold.dialog'), worst('warm.dialog')) <= 50,
  });
  list.push({
    name: 'DOM nodes a session of the day shown',
    value: each((r) => `${int(r.size)}: ${r.figures['ours']!['nodesPerSession']!.median.toFixed(1)}`),
    target: '≤ 12',
    met: worst('nodesPerSession') <= 12,
  });
  return list;
}

// ---------------------------------------------------------------------------------------------
// The run

const dir = await mkdtemp(join(tmpdir(), 'timeline-bench-'));
const started = new Date();
try {
  const how = await buildPages(dir);
  const bytes = await transferSizes(dir);
  const versionOf = async (path: string): Promise<string> => JSON.parse(await readFile(join(root, path, 'package.json'), 'utf8')).version;
  const versions: Record<Library, string> = {
    ours: await versionOf('.'),
    fc6: await versionOf('node_modules/@fullcalendar/core'),
    fc7: await versionOf('node_modules/fullcalendar'),
  };
  const days = new Map<number, { date: string; onDay: number }>();
  for (const size of SIZES) days.set(size, await writeFeed(dir, size));
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
  const results: SizeResult[] = [];
  try {
    const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `Chromium ${browser.version()}, ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)} at the start; ${RUNS} run${RUNS === 1 ? '' : 's'} a size, ${WARM_UP} warm-up iteration${WARM_UP === 1 ? '' : 's'} before the warm one.\n` +
        `Library: ${how}.\n` +
        `Loaded (min / gzip): schedule-elements.min.js ${kb(bytes.ours.min)} / ${kb(bytes.ours.gzip)}; ` +
        `FullCalendar ${versions.fc6} ${kb(bytes.fc6.min)} / ${kb(bytes.fc6.gzip)}; FullCalendar ${versions.fc7} (JS + CSS) ${kb(bytes.fc7.min)} / ${kb(bytes.fc7.gzip)}.\n`,
    );
    for (const size of SIZES) {
      const samples: SizeResult['samples'] = { ours: [], fc6: [], fc7: [] };
      if (options.trace && size === SIZES.at(-1)) {
        // An extra run of our element, traced and not counted (tracing slows it).
        await runOurs(browser, server.url, size, options.trace);
        console.log(`Traces of a cold visit (${int(size)} sessions) written to ${options.trace} and its dialog close to ${options.trace.replace(/(\.json)?$/, '-dialog.json')}.`);
      }
      for (let run = 0; run < RUNS; run++) {
        const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]!);
        for (const library of order) {
          if (library === 'ours') samples.ours.push(await runOurs(browser, server.url, size));
          else samples[library].push(await runPeer(browser, server.url, library, size));
        }
        process.stderr.write(`\r${int(size)} sessions: run ${run + 1} of ${RUNS}`);
      }
      process.stderr.write('\n');
      const result: SizeResult = { size, day: days.get(size)!, samples, figures: {} };
      result.figures = figuresOf(result);
      results.push(result);
      console.log(`${report(result, versions)}\n`);
    }
    const goals = targets(results, versions);
    console.log(`Load average at the end: ${loadavg()[0]!.toFixed(1)} (over 1 on ${cpus().length} CPUs means another job shared the machine: figures are noisier and slower).\n`);
    console.log('Targets:');
    for (const goal of goals) console.log(`  ${goal.met === null ? '?' : goal.met ? 'met' : 'MISSED'}  ${goal.name}: ${goal.value} (target ${goal.target})`);
    if (options.json) {
      await writeFile(
        options.json,
        JSON.stringify(
          {
            started: started.toISOString(),
            chromium: browser.version(),
            cpus: cpus().length,
            runs: RUNS,
            warmUp: WARM_UP,
            library: how,
            versions,
            bytes,
            results: results.map(({ size, day, figures, samples }) => ({ size, day, figures, samples })),
            targets: goals,
          },
          null,
          2,
        ),
      );
      console.log(`\nFigures written to ${options.json}.`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
