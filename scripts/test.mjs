// `npm test`: the fast Node tests of the pure data code, then the browser tests in headless Chromium.
// Ends with one plain "N passed, N failed, N skipped" line over both, and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'schedule-elements-test-'));
const nodeCounts = join(tmp, 'node.json');
const browserCounts = join(tmp, 'browser.json');

const nodeFiles = readdirSync('test/data', { recursive: true })
  .filter((f) => String(f).endsWith('.test.ts'))
  .map((f) => join('test/data', String(f)))
  .sort();

const node = spawnSync(
  process.execPath,
  [
    // --expose-gc: the scaling tests collect garbage between timings (test/data/fuzz.test.ts).
    '--expose-gc', '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs', `--test-reporter-destination=${nodeCounts}`,
    ...nodeFiles,
  ],
  { stdio: 'inherit' },
);

// The example pages load the single-file bundle, so build it first (a few seconds; no type-check).
const bundle = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
});

// The React and Vue examples import the package from dist/; build them (incremental tsc, then Vite).
const examples = spawnSync(process.execPath, ['scripts/build-examples.mjs'], { stdio: 'inherit' });

const browser = spawnSync(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, TEST_COUNTS_FILE: browserCounts },
});

const read = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 1, skipped: 0 }; // the runner died before it could count: a failure
  }
};
const total = [read(nodeCounts), read(browserCounts)].reduce((a, b) => ({
  passed: a.passed + b.passed,
  failed: a.failed + b.failed,
  skipped: a.skipped + b.skipped,
}));
if ((node.status !== 0 || bundle.status !== 0 || examples.status !== 0 || browser.status !== 0) && total.failed === 0) total.failed = 1;
rmSync(tmp, { recursive: true, force: true });
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
