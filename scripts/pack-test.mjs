// `npm run test:pack`: the package as users get it. Packs this checkout (run `npm run build` first),
// checks the tarball's file list, installs it into a fresh temporary project, and then
// - under Node, with no DOM: imports `schedule-elements/data`, `/adapters`, `/sample` and the JSON
//   entries, and runs the `schedule-elements` command, which converts an iCalendar, a pretalx and
//   a Sessionize file to feeds that the published schema and `validate` accept;
// - type-checks a consumer file against the published declarations, the JSX and Vue tag types too
//   (a Vue handler for the wrong event must fail);
// - in Chromium: an app built by Vite from the installed package imports each `<tag>/define` entry
//   (each must register its tag) and then `schedule-elements/define` (every tag of the manifest),
//   and a plain page loads the single-file bundle with a script tag and renders a session;
// - the React, Vue, Svelte and Angular examples and a React 18 app, built from the installed package
//   (scripts/pack-examples.mjs).
// Ends with "N passed, N failed"; exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';
import { checkFrameworkExamples } from './pack-examples.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const results = { passed: 0, failed: 0 };

/** Runs one named check; a thrown error is a failure with its message. */
async function check(name, run) {
  try {
    await run();
    results.passed++;
    console.log(`ok   ${name}`);
  } catch (error) {
    results.failed++;
    console.log(`FAIL ${name}\n     ${String(error instanceof Error ? error.message : error).replaceAll('\n', '\n     ')}`);
  }
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};
const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: exit ${result.status}\n${result.stderr}${result.stdout}`.trim());
  return result.stdout;
};

const chrome = requireChrome();
if (!existsSync(join(ROOT, 'dist/index.js')) || !existsSync(join(ROOT, 'dist/types/jsx.d.ts'))) {
  console.error('test:pack: dist/ is missing or incomplete; run `npm run build` first.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'schedule-elements-pack-'));
const app = join(work, 'app');
mkdirSync(app);
try {
  // 1. The tarball and what is in it.
  const [packed] = JSON.parse(execFileSync(NPM, ['pack', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' }));
  const tarball = join(work, packed.filename);
  const files = packed.files.map((file) => file.path);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  await check('the tarball ships the docs, the schema, the manifest, the bundle and the editor files', () => {
    const required = [
      'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json', 'schema/feed-v1.schema.json', 'docs/feed-format.md',
      'dist/index.js', 'dist/index.d.ts', 'dist/schedule-elements.min.js', 'dist/types/jsx.d.ts', 'dist/types/vue.d.ts',
      'dist/react.js', 'dist/react.d.ts',
      'dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json',
    ];
    const missing = required.filter((file) => !files.includes(file));
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
  });

  await check('every file of the package that README.md and docs/*.md name is in the tarball (the bundle\'s siblings to copy, dist/ paths)', () => {
    const pages = ['README.md', ...files.filter((file) => /^docs\/[\w-]+\.md$/.test(file))];
    const named = new Set(
      pages.flatMap((page) => [...readFileSync(join(ROOT, page), 'utf8').matchAll(/\b(dist\/[\w./-]*\w|schedule-elements(?:-[a-z-]+)?\.min\.js)\b/g)].map(([name]) => name)),
    );
    // Paths written with a placeholder (`dist/i18n/locales/<lang>.js`) end before it, at a folder.
    const missing = [...named].filter((name) => !files.includes(name.startsWith('dist/') ? name : `dist/${name}`) && !files.some((file) => file.startsWith(`${name}/`)));
    assert(missing.length === 0, `named but not shipped: ${missing.join(', ')}`);
  });

  await check('the editor data offers each attribute\'s values, and the manifest its defaults, not the names of types or constants', () => {
    const data = JSON.parse(readFileSync(join(ROOT, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const values = (tag, attribute) =>
      data.tags.find((each) => each.name === tag)?.attributes.find((each) => each.name === attribute)?.values?.map((value) => value.name).join(' ');
    assert(values('agenda-timeline', 'layout') === 'grid list auto', `agenda-timeline layout: ${values('agenda-timeline', 'layout')}`);
    assert(values('speaker-avatar', 'size') === 'small medium large', `speaker-avatar size: ${values('speaker-avatar', 'size')}`);
    assert(values('session-card', 'variant') === 'compact full', `session-card variant: ${values('session-card', 'variant')}`);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8'));
    const group = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'speaker-avatar-group');
    const max = group?.attributes.find((attribute) => attribute.name === 'max')?.default;
    assert(max === '3', `speaker-avatar-group max default: ${max}`);
  });

  await check('the tarball has no sources, tests, stories, maps or build configuration', () => {
    const stray = files.filter(
      (file) =>
        !/^(dist|schema)\/|^docs\/[\w-]+\.md$/.test(file) && !['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json'].includes(file)
        || file.endsWith('.map')
        || (file.endsWith('.ts') && !file.endsWith('.d.ts')),
    );
    assert(stray.length === 0, `unexpected: ${stray.join(', ')}`);
  });

  await check('every path in exports, bin and types is in the tarball', () => {
    const targets = new Set([pkg.types, pkg.main, ...Object.values(pkg.bin ?? {})]);
    for (const target of Object.values(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) targets.add(path);
    }
    const missing = [...targets].filter((path) => path && !files.includes(path.replace(/^\.\//, '')));
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
  });

  await check('every exported file that registers tags is in sideEffects, so that a bundler keeps a bare import of it', () => {
    const kept = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`));
    const entries = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
    const code = (path) => readFileSync(join(ROOT, path), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const registering = entries.filter((path) => path.endsWith('.js') && /customElements\.define\(|import ['"][^'"]+\.define\.js['"]/.test(code(path)));
    assert(registering.length > 1, `only ${registering.join(', ')} register tags?`);
    const dropped = registering.filter((path) => !kept.some((pattern) => pattern.test(path)));
    assert(dropped.length === 0, `registers tags but a bundler may drop \`import '${dropped[0]}'\`: ${dropped.join(', ')}`);
  });

  // 2. A fresh project that installs the tarball (dependencies from the npm cache this checkout filled).
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test-app', private: true, type: 'module' }, null, 2));
  run(NPM, ['install', tarball, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);

  // 3. Node, no DOM.
  await check('Node imports schedule-elements/data and /sample and normalizes the sample feed', () => {
    const script = `
      const { normalizeFeed, toICalendar } = await import('schedule-elements/data');
      const { sampleFeed } = await import('schedule-elements/sample');
      const { schedule } = normalizeFeed(sampleFeed);
      if (schedule.sessions.length === 0) throw new Error('no sessions');
      if (!toICalendar(schedule.sessions.slice(0, 1), schedule.event).includes('BEGIN:VCALENDAR')) throw new Error('no calendar');
      if (typeof document !== 'undefined') throw new Error('a DOM appeared');
      console.log(schedule.sessions.length);`;
    assert(Number(run(process.execPath, ['--input-type=module', '-e', script], app)) > 0, 'no sessions printed');
  });

  await check('Node imports the JSON entries (feed schema, manifest, package.json)', () => {
    const script = `
      for (const entry of ['feed.schema.json', 'custom-elements.json', 'package.json']) {
        const { default: json } = await import('schedule-elements/' + entry, { with: { type: 'json' } });
        if (!json || typeof json !== 'object') throw new Error(entry);
      }`;
    run(process.execPath, ['--input-type=module', '-e', script], app);
  });

  await check('the schedule-elements command runs from node_modules/.bin', () => {
    assert(run(join(app, 'node_modules/.bin/schedule-elements'), ['--help'], app).includes('Usage: schedule-elements'), 'no usage');
  });

  await check('schedule-elements render writes the sample programme as static HTML with JSON-LD', () => {
    const sample = 'node_modules/schedule-elements/dist/sample/igf-2014.json';
    const page = run(join(app, 'node_modules/.bin/schedule-elements'), ['render', sample, '--tag', 'session-card', '--session-id', 'ws196'], app);
    assert(/<session-card[^>]*>\s*<template shadowroot(mode)?="open"/.test(page), 'no declarative shadow root');
    assert(page.includes('IGF &amp; Enhanced Cooperation, Parallel Tracks or Connected'), 'no title');
    assert(page.includes('"@type":"Event"'), 'no JSON-LD');
  });

  await check('Node imports schedule-elements/adapters and converts an iCalendar file to a feed the data entry reads', () => {
    const script = `
      const { convertFeed, detectFormat } = await import('schedule-elements/adapters');
      const { normalizeFeed } = await import('schedule-elements/data');
      const ics = ${JSON.stringify(readFileSync(join(ROOT, 'test/fixtures/adapters/pretalx-talks.ics'), 'utf8'))};
      if (detectFormat(ics) !== 'ical') throw new Error('not detected as ical');
      const { feed } = convertFeed(ics, { eventName: 'Pack test' });
      const { schedule, diagnostics } = normalizeFeed(feed);
      if (diagnostics.some((d) => d.severity !== 'warning')) throw new Error(JSON.stringify(diagnostics));
      console.log(schedule.sessions.length);`;
    assert(Number(run(process.execPath, ['--input-type=module', '-e', script], app)) > 0, 'no sessions converted');
  });

  const isFeed = new Ajv2020({ allErrors: true, strict: true }).compile(
    JSON.parse(readFileSync(join(app, 'node_modules/schedule-elements/schema/feed-v1.schema.json'), 'utf8')),
  );
  const formats = [
    ['an iCalendar', 'adapters/pretalx-talks.ics'],
    ['a pretalx', 'adapters/frab-offsets-only.json'],
    ['a pentabarf/frab schedule.xml', 'adapters/frab-schedule.xml'],
    ['a pretalx widget', 'adapters/pretalx-widget-bilingual.json'],
    ['a Sessionize', 'adapters/sessionize-repeated-speaker-id.json'],
    ['a Sched', 'cli/sched-tiny.json'],
  ];
  for (const [name, source] of formats) {
    await check(`npx schedule-elements convert turns ${name} file into a valid v1 feed`, () => {
      const output = join(work, `${source.replace('/', '-')}.feed.json`);
      const args = ['--no', 'schedule-elements', 'convert', join(ROOT, 'test/fixtures', source), '--event-time-zone', 'Europe/Berlin', '--event-name', 'Pack test', '-o', output];
      run(NPX, args, app);
      const feed = JSON.parse(readFileSync(output, 'utf8'));
      assert(isFeed(feed), `not valid against the schema: ${JSON.stringify(isFeed.errors)}`);
      assert(feed.sessions.length > 0, 'no sessions');
      const summary = run(NPX, ['--no', 'schedule-elements', 'validate', output], app);
      assert(summary.includes(`${feed.sessions.length} session${feed.sessions.length === 1 ? '' : 's'}, 0 errors`), `validate says: ${summary}`);
    });
  }

  // 4. The declarations, as a TypeScript consumer with Node's ESM resolution sees them.
  await check('a TypeScript consumer type-checks against the published declarations, JSX, Vue types (typed event handlers) and React wrappers', () => {
    // Vue's types come from this checkout (a dev dependency), not the tarball; React's come with
    // @lit/react, which the package depends on and which names @types/react as its peer.
    symlinkSync(join(ROOT, 'node_modules/vue'), join(app, 'node_modules/vue'), 'dir');
    writeFileSync(
      join(app, 'consumer.ts'),
      `import { SessionCardElement, normalizeFeed as rootNormalize, type FeedErrorEvent } from 'schedule-elements';
import { normalizeFeed, type Schedule } from 'schedule-elements/data';
import { convertFeed, type AdapterResult } from 'schedule-elements/adapters';
import { sampleFeed } from 'schedule-elements/sample';
import type { CustomElements } from 'schedule-elements/jsx';
import type { CustomElements as VueTags } from 'schedule-elements/vue';
import 'schedule-elements/define';
import 'schedule-elements/session-card/define';
import { SessionCard } from 'schedule-elements/react';
import { createElement } from 'react';
const schedule: Schedule = normalizeFeed(sampleFeed).schedule;
const card: SessionCardElement = document.createElement('session-card');
card.schedule = schedule;
card.variant = 'full';
const props: CustomElements['session-card'] = { 'session-id': 'ws196', variant: 'compact' };
// JSX (React 19): the prop by the event's exact name, whose handler takes the event's class and no other.
const jsxSelect: CustomElements['agenda-timeline']['onsession-select'] = (event) => event.session.id;
// @ts-expect-error a session-select handler does not take a FeedErrorEvent
const jsxWrong: CustomElements['session-card']['onsession-select'] = (event: FeedErrorEvent) => event.reason;
// The React wrapper: the element's properties as props, and a typed event prop.
const wrapped = createElement(SessionCard, { sessionId: 'ws196', schedule, onSessionSelect: (event) => event.session.id });
const converted: AdapterResult = convertFeed('BEGIN:VCALENDAR', { format: 'ical', eventTimeZone: 'Europe/Berlin' });
// Vue: the prop a template's @session-select compiles to, whose handler takes the event's class and no other.
type VueProps<Tag extends keyof VueTags> = InstanceType<VueTags[Tag]>['$props'];
const vueSelect: VueProps<'session-card'>['onSessionSelect'] = (event) => event.session.id;
// @ts-expect-error a session-select handler does not take a FeedErrorEvent
const vueWrong: VueProps<'agenda-timeline'>['onSessionSelect'] = (event: FeedErrorEvent) => event.reason;
export { rootNormalize, props, jsxSelect, jsxWrong, wrapped, converted, vueSelect, vueWrong };
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true, noEmit: true, skipLibCheck: false, types: [],
        },
        files: ['consumer.ts', 'node_modules/schedule-elements/dist/types/jsx.d.ts', 'node_modules/schedule-elements/dist/types/vue.d.ts'],
      }),
    );
    run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], app);
  });

  const manifest = JSON.parse(readFileSync(join(app, 'node_modules/schedule-elements/custom-elements.json'), 'utf8'));
  const allTags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName);
  const defineEntries = Object.keys(pkg.exports)
    .map((key) => /^\.\/([a-z-]+)\/define$/.exec(key)?.[1])
    .filter(Boolean);

  await check('a define entry imported alone types its tag and the events it fires (with `import \'schedule-elements/define\'` only, `event.session` was not on Event)', () => {
    // One program per entry, importing nothing else: the events' types are global, and an import of
    // the root entry (as the consumer above has) would lend them to every tag.
    const failures = [];
    for (const entry of [...defineEntries.map((tag) => `${tag}/define`), 'define']) {
      const tags = entry === 'define' ? allTags.filter((tag) => defineEntries.includes(tag)) : [entry.slice(0, -'/define'.length)];
      const dir = join(work, `typed-${entry.replace('/', '-')}`);
      mkdirSync(dir);
      symlinkSync(join(app, 'node_modules'), join(dir, 'node_modules'), 'dir');
      const lines = tags.flatMap((tag, index) => {
        const events = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag).events ?? [];
        // A handler whose event is Event and no more fails `Event extends E ? never : true`.
        return [
          `const element${index} = document.createElement('${tag}');`,
          ...events.map((event) => `element${index}.addEventListener('${event.name}', (event) => { const typed: Event extends typeof event ? never : true = true; return typed; });`),
        ];
      });
      writeFileSync(join(dir, 'consumer.ts'), `import 'schedule-elements/${entry}';\n${lines.join('\n')}\nexport {};\n`);
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
      );
      writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', private: true }));
      const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], { cwd: dir, encoding: 'utf8' });
      if (result.status !== 0) failures.push(`schedule-elements/${entry}:\n${result.stdout.trim()}`);
    }
    assert(failures.length === 0, failures.join('\n'));
  });

  // 5. Chromium: an app bundled by Vite from the installed package, and a page with the bundle's script tag.
  writeFileSync(
    join(app, 'main.js'),
    `import { SessionCardElement } from 'schedule-elements';
const results = {};
${defineEntries
  .map((tag) => `await import('schedule-elements/${tag}/define');\nresults[${JSON.stringify(tag)}] = Boolean(customElements.get(${JSON.stringify(tag)}));`)
  .join('\n')}
await import('schedule-elements/define');
const { sampleFeed } = await import('schedule-elements/sample');
const card = document.createElement('session-card');
card.feed = sampleFeed;
card.setAttribute('session-id', 'ws196');
document.body.append(card);
await card.updateComplete;
window.packTest = { results, isClass: card instanceof SessionCardElement, text: card.shadowRoot.textContent };
`,
  );
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><title>pack test</title><link rel="icon" href="data:,"><script type="module" src="./main.js"></script></html>');
  await build({ root: app, configFile: false, logLevel: 'error', build: { outDir: join(app, 'www'), target: 'es2022' } });
  cpSync(join(app, 'node_modules/schedule-elements/dist'), join(app, 'www/bundle'), { recursive: true });
  writeFileSync(
    join(app, 'www/script-tag.html'),
    `<!doctype html><html lang="en"><title>bundle</title><link rel="icon" href="data:,"><script type="module" src="./bundle/schedule-elements.min.js"></script>
<script type="application/json" id="feed">${readFileSync(join(app, 'node_modules/schedule-elements/dist/sample/igf-2014.json'), 'utf8').replaceAll('</', '<\\/')}</script>
<session-card src="#feed" session-id="ws196"></session-card></html>`,
  );

  const server = await serveStatic(join(app, 'www'));
  const browser = await chromium.launch({ executablePath: chrome, args: CHROME_ARGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${server.url}/index.html`);
    const app = await page.waitForFunction(() => window.packTest, undefined, { timeout: 10_000 }).then((handle) => handle.jsonValue());
    await check(`each <tag>/define entry registers its tag in a Vite app (${defineEntries.length} entries)`, () => {
      const missing = defineEntries.filter((tag) => !app.results[tag]);
      assert(missing.length === 0, `not registered by its own define entry: ${missing.join(', ')}`);
    });
    await check(`schedule-elements/define registers every tag of the manifest (${allTags.length})`, async () => {
      const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), allTags);
      assert(missing.length === 0, `not defined: ${missing.join(', ')}`);
    });
    await check('the Vite app renders WS196 from schedule-elements/sample with the root entry\'s class', () => {
      assert(app.isClass, 'the element is not a SessionCardElement from the root entry');
      assert(app.text.includes('Enhanced Cooperation'), `unexpected text: ${app.text.slice(0, 200)}`);
      assert(errors.length === 0, errors.join('\n'));
    });

    errors.length = 0;
    await page.goto(`${server.url}/script-tag.html`);
    await check('a plain page with the single-file bundle defines every tag and renders WS196', async () => {
      await page.waitForFunction(() => document.querySelector('session-card')?.shadowRoot?.textContent?.includes('Enhanced Cooperation'), undefined, {
        timeout: 10_000,
      });
      const missing = await page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), allTags);
      assert(missing.length === 0, `not defined: ${missing.join(', ')}`);
      assert(errors.length === 0, errors.join('\n'));
    });

    // --- framework examples (scripts/pack-examples.mjs) ---
    const install = (cwd, specs) => run(NPM, ['install', ...specs, '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], cwd);
    await checkFrameworkExamples({ app: join(work, 'app'), tarball, browser, url: server.url, check, assert, install });
    // --- end of framework examples ---
  } finally {
    await browser.close();
    await server.close();
  }
} catch (error) {
  results.failed++;
  console.log(`FAIL ${error instanceof Error ? error.message : error}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 ? 1 : 0);
