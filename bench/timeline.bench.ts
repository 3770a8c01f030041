/**
 * `npm run bench:timeline`: `<agenda-timeline>` in headless Chromium against FullCalendar's timeGrid.
 *
 * Vite builds bench/timeline-page.ts (the element, FullCalendar core + timegrid, the timing
 * helpers) into a temporary folder, which a local server serves to Chromium at 1280 × 900. For
 * generated feeds of 100, 1,000 and 10,000 sessions over 40 rooms, after a warm-up, the medians of
 * RUNS runs of:
 *   - first paint: from the parsed feed object in hand, set as `.feed` (so validation and
 *     normalization count), to the settled first paint of the first day's grid;
 *   - whole model: from the same start until the rest of the feed is built too (a big feed is
 *     painted from a preview of the days it shows, the rest built while the page is idle);
 *   - filter: from the keydown of one character typed into the focused, empty search box to the
 *     settled paint of the filtered grid, after a second of reading and an idle period (the key is
 *     released after that paint); three keystrokes a run ("g", "p", "d", the box emptied before
 *     each, each a query not seen before), so the median is of 3 × RUNS;
 *   - day switch: from a click on the next day's tab to the settled paint of that day's grid
 *     (n/a when the feed has one day: 100 sessions over 40 rooms fit in one);
 *   - DOM nodes: every node of the element once it is idle (the grid's margin past the viewport
 *     added), shadow trees included;
 *   - heap: the JS heap the element adds (the whole schedule, caches, search text, DOM wrappers)
 *     once it is idle, after a garbage collection each side (CDP `HeapProfiler.collectGarbage`,
 *     `Runtime.getHeapUsage`), the parsed feed object not counted;
 *   - FullCalendar first paint: `new Calendar(…, timeGridDay)` + `render()` on the same day, with
 *     every session of the feed as an event, to the paint of that frame (see fullCalendarFirstPaint
 *     for fairness).
 * "Settled" is defined in bench/timeline-page.ts. Every run starts from a freshly parsed feed, so
 * no cache of an earlier run helps.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, requireChrome } from '../scripts/find-chrome.mjs';
import { serveStatic } from '../scripts/static-server.mjs';
import { generateFeed } from './generate-feed.js';

const SIZES = [100, 1_000, 10_000] as const;
const ROOMS = 40;
const RUNS = 7;
const WARM_UP = 2;
/** The keystrokes timed in each run, each typed into the emptied search box (each a query not cached yet). */
const FILTER_KEYS = ['g', 'p', 'd'] as const;

/** The page's `window.timelineBench` (bench/timeline-page.ts), as the Node side calls it. */
interface BenchApi {
  setFeed(text: string): void;
  parse(): void;
  clear(): void;
  timelineFirstPaint(): Promise<{ ms: number; sessions: number }>;
  timelineWhole(): Promise<number>;
  timelineNodes(): number;
  idle(): Promise<void>;
  armSearch(): Promise<void>;
  timelineDaySwitch(): Promise<number | null>;
  fullCalendarFirstPaint(): Promise<{ ms: number; sessions: number }>;
}

type Step = { [K in keyof BenchApi]: BenchApi[K] extends () => unknown ? K : never }[keyof BenchApi];

function call<K extends Step>(page: Page, step: K): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    (name) => (window as unknown as { timelineBench: Record<string, () => unknown> }).timelineBench[name]!(),
    step,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function heapUsed(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Builds the bench page into `dir`: page.js and an index.html that loads it. */
async function buildPage(dir: string): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: dir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: join(root, 'bench/timeline-page.ts'), formats: ['es'], fileName: () => 'page.js' },
    },
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>timeline bench</title>' +
      '<style>body{margin:0;font-family:system-ui,sans-serif}</style><script type="module" src="./page.js"></script></head><body></body></html>',
  );
}

interface Sample {
  firstPaint: number;
  whole: number;
  /** One per key of {@link FILTER_KEYS}. */
  filter: number[];
  daySwitch: number | null;
  nodes: number;
  heap: number;
  fullCalendar: number;
}

async function runOnce(page: Page, cdp: CDPSession): Promise<Sample> {
  await call(page, 'clear');
  await call(page, 'parse');
  const before = await heapUsed(cdp);
  const first = await call(page, 'timelineFirstPaint');
  const whole = await call(page, 'timelineWhole');
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
    filter.push(await page.evaluate(() => (window as unknown as { searchDone: Promise<number> }).searchDone));
    await page.keyboard.up(key);
  }
  const daySwitch = await call(page, 'timelineDaySwitch');
  await call(page, 'clear');
  await call(page, 'parse');
  await heapUsed(cdp);
  const fullCalendar = (await call(page, 'fullCalendarFirstPaint')).ms;
  return { firstPaint: first.ms, whole, filter, daySwitch, nodes, heap, fullCalendar };
}

const dir = await mkdtemp(join(tmpdir(), 'timeline-bench-'));
await buildPage(dir);
const server = await serveStatic(dir);
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Istanbul' });
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  await page.goto(`${server.url}/index.html`);
  await page.waitForFunction(() => 'timelineBench' in window);
  const cdp = await page.context().newCDPSession(page);
  for (const size of SIZES) {
    const text = JSON.stringify(generateFeed({ sessions: size, rooms: ROOMS, seed: 1 }));
    await page.evaluate((json) => (window as unknown as { timelineBench: BenchApi }).timelineBench.setFeed(json), text);
    const samples: Sample[] = [];
    for (let run = 0; run < WARM_UP + RUNS; run++) {
      const sample = await runOnce(page, cdp);
      if (run >= WARM_UP) samples.push(sample);
    }
    await call(page, 'clear');
    const m = (key: Exclude<keyof Sample, 'daySwitch'>): number => median(samples.flatMap((sample) => sample[key]));
    const ms = (value: number): string => `${Math.round(value)} ms`;
    const switches = samples.flatMap((sample) => (sample.daySwitch === null ? [] : [sample.daySwitch]));
    const daySwitch = switches.length > 0 ? ms(median(switches)) : 'n/a (one day)';
    console.log(
      `${size} sessions: first paint ${ms(m('firstPaint'))} (whole model ${ms(m('whole'))}), filter ${ms(m('filter'))}, ` +
        `day switch ${daySwitch}, DOM nodes ${m('nodes')}, heap ${(m('heap') / 1_048_576).toFixed(1)} MB, ` +
        `FullCalendar first paint ${ms(m('fullCalendar'))}, ratio ${(m('fullCalendar') / m('firstPaint')).toFixed(1)}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
