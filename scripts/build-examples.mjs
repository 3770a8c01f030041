// Builds the React, Vue, Svelte and Angular examples (examples/<name>) into their dist/ folders, as an
// app builds them from the npm package: they import `schedule-elements/…`, whose `exports` point into
// dist/, so the package's ES modules are compiled first. The Angular example's Vite config compiles it
// ahead of time (the Angular compiler and linker), so its templates are type-checked here too.
// test/examples/frameworks.test.ts loads them.
import { existsSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

// Incremental: after the first run only changed sources are compiled again. tsc does not notice
// deleted outputs, so when dist/ was cleaned it starts over.
const buildInfo = 'node_modules/.cache/schedule-elements/build-examples.tsbuildinfo';
if (!existsSync(`${root}/dist/index.js`)) rmSync(`${root}/${buildInfo}`, { force: true });
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', buildInfo],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// The analyzer writes the files made from the manifest, dist/react.js (which the React example imports) among them.
const cem = spawnSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet'], { cwd: root, stdio: 'inherit' });
if (cem.status !== 0) process.exit(cem.status ?? 1);

for (const example of ['react', 'vue', 'svelte', 'angular']) {
  await build({ configFile: `${root}/examples/${example}/vite.config.ts`, logLevel: 'warn' });
}
