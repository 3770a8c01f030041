/**
 * `npm run bench:data`: the data layer against JSON.parse. For each size, the median over several
 * runs (after a warm-up) of
 *   - normalize: `normalizeFeed(text)` minus the JSON.parse of that text, i.e. validation and
 *     normalization of the parsed value (what the data layer adds on top of parsing);
 *   - JSON.parse: `JSON.parse(text)` of the same text;
 * and their ratio. Target: ratio at most 3 at 10k sessions.
 */
import { normalizeFeed } from '../src/data/normalize.js';
import { generateFeed } from './generate-feed.js';

const SIZES = [1_000, 10_000, 50_000] as const;
const RUNS = 9;
const WARM_UP = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

for (const size of SIZES) {
  const text = JSON.stringify(generateFeed({ sessions: size }));
  const runs = size >= 50_000 ? 5 : RUNS;
  const parse: number[] = [];
  const normalize: number[] = [];
  for (let run = 0; run < WARM_UP + runs; run++) {
    const parseMs = time(() => JSON.parse(text));
    let diagnostics = 0;
    const totalMs = time(() => (diagnostics = normalizeFeed(text).diagnostics.length));
    if (diagnostics > 0) throw new Error(`The generated feed of ${size} sessions has ${diagnostics} diagnostics.`);
    if (run >= WARM_UP) {
      parse.push(parseMs);
      normalize.push(totalMs - parseMs);
    }
  }
  const n = median(normalize);
  const p = median(parse);
  console.log(`${size} sessions: normalize ${n.toFixed(1)} ms, JSON.parse ${p.toFixed(1)} ms, ratio ${(n / p).toFixed(2)}`);
}
