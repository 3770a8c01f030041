/**
 * `node --import tsx bench/adapters.bench.ts`: the pretalx adapter on the largest real feed
 * (39C3 "everything", 2.6 MB) against JSON.parse. Median over several runs after a warm-up of
 *   - convert+normalize: `fromPretalx` then `normalizeFeed` of the parsed value;
 *   - JSON.parse: parsing the file's text;
 * and their ratio. The feed is read from the shared folder (never copied into the repository);
 * without it the benchmark says where it looked and exits.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromPretalx } from '../src/data/adapters/pretalx.js';
import { normalizeFeed } from '../src/data/normalize.js';

const FEED = 'c3voc-39c3-everything-schedule.json';
const RUNS = 15;
const WARM_UP = 5;
const dir = process.env['SCHEDULE_FEEDS_DIR'] ?? join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), '../shared/feeds');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

if (!existsSync(join(dir, FEED))) {
  console.log(`skipped: ${FEED} not found in ${dir} (set SCHEDULE_FEEDS_DIR)`);
} else {
  const text = readFileSync(join(dir, FEED), 'utf8');
  const parse: number[] = [];
  const convert: number[] = [];
  let sessions = 0;
  for (let run = 0; run < WARM_UP + RUNS; run++) {
    const [input, parseMs] = time((): unknown => JSON.parse(text));
    const [schedule, convertMs] = time(() => normalizeFeed(fromPretalx(input).feed).schedule);
    sessions = schedule.sessions.length;
    if (run >= WARM_UP) {
      parse.push(parseMs);
      convert.push(convertMs);
    }
  }
  const [c, p] = [median(convert), median(parse)];
  console.log(`c3voc-39c3-everything (${sessions} sessions): convert+normalize ${c.toFixed(1)} ms, JSON.parse ${p.toFixed(1)} ms, ratio ${(c / p).toFixed(2)}`);
}
