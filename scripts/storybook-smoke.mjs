// `npm run test:storybook`: opens every story of the static Storybook in headless Chromium and
// fails on a console error, an uncaught error or unhandled rejection, a story that did not render,
// or an axe violation in the story root. A story may allow console errors it shows on purpose:
//   parameters: { smoke: { expectConsoleErrors: [/could not load the feed/] } }
// A string attribute or property whose control is not a text field (a JSON editor ignores a typed
// `ws225`) fails its story too, and so does a control that changes nothing on the component (tried
// on the first story of each component). So does a "Show code" snippet with a tag of ours and no `src`
// (pasted into a page, it shows nothing). Every MDX docs page is opened too, for errors only (its blocks are Storybook's, not ours to axe).
// Builds storybook-static/ first unless it is newer than every source it is built from
// (`--rebuild` forces a build; `--no-build` uses storybook-static/ as it is, as CI does right after
// `npm run build-storybook`). Ends with "N passed, N failed"; exits non-zero on a failure.
// `--filter <text>` opens only the entries whose id contains the text. `--static-dir <path>` opens a
// Storybook built elsewhere (`npx storybook build --output-dir <path>`) as it is, without building.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const SOURCES = ['src', 'stories', '.storybook', 'docs', 'schema', 'custom-elements.json', 'package.json'];
/** After the story's first render: time for feeds, lazy chunks and a frame or two. */
const SETTLE_MS = 300;
const RENDER_TIMEOUT_MS = 10_000;

const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const filter = option('--filter');
const STATIC = option('--static-dir') ?? 'storybook-static';

/** The newest modification time under `path`. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const index = join(STATIC, 'index.json');
const stale = () => !existsSync(index) || Math.max(...SOURCES.map(newest)) > statSync(index).mtimeMs;
if (args.includes('--rebuild') || (!args.includes('--no-build') && STATIC === 'storybook-static' && stale())) {
  console.log('test:storybook: building the static Storybook (storybook-static/ is missing or older than the sources)');
  const built = spawnSync(process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '--quiet'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const entries = Object.values(JSON.parse(readFileSync(index, 'utf8')).entries)
  .filter((entry) => entry.type === 'story' || (entry.type === 'docs' && entry.importPath.endsWith('.mdx')))
  .filter((entry) => !filter || entry.id.includes(filter));
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** The tags that read a feed: in a snippet, each needs its `src`. */
const FEED_TAGS = JSON.parse(readFileSync('custom-elements.json', 'utf8'))
  .modules.flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName && declaration.attributes?.some((attribute) => attribute.name === 'src'))
  .map((declaration) => declaration.tagName);

const server = await serveStatic(STATIC);
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
const page = await browser.newPage();
let problems = [];
page.on('console', (message) => {
  if (message.type() === 'error') problems.push({ console: message.text() });
});
page.on('pageerror', (error) => problems.push({ uncaught: error.message }));
// Each story's "Show code" snippet, as Storybook sends it to the docs (after the preview's transform).
await page.addInitScript(() => {
  let channel;
  window.__smokeSnippets = {};
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      value.on('storybook/docs/snippet-rendered', ({ id, source }) => (window.__smokeSnippets[id] = source));
    },
  });
});

/** Storybook's own events for the end of a render, in the preview's channel. */
const RENDER_EVENTS = { storyRendered: 'ok', docsRendered: 'ok', storyErrored: 'error', storyThrewException: 'error', storyMissing: 'error' };

/**
 * Shows `entry` in the page: stories by switching the preview in place (no reload, so the bundle is
 * parsed once), docs pages by loading them. Resolves to undefined, or why it did not render.
 */
async function show(entry) {
  const viewMode = entry.type === 'story' ? 'story' : 'docs';
  if (viewMode === 'docs' || !(await page.evaluate(() => Boolean(window.__STORYBOOK_ADDONS_CHANNEL__)))) {
    await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=${viewMode}`);
    await page.waitForFunction(
      () => ['sb-show-main', 'sb-show-errordisplay'].some((name) => document.body.classList.contains(name)),
      undefined,
      { timeout: RENDER_TIMEOUT_MS },
    );
    await page.evaluate(axeSource);
    return page.evaluate(() =>
      document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent || 'error' : undefined,
    );
  }
  return page.evaluate(
    ({ storyId, events, timeout }) =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const listeners = Object.entries(events).map(([name, outcome]) => {
          const listener = (detail) => {
            if (outcome === 'ok' && (detail?.storyId ?? detail) !== storyId && name === 'storyRendered') return;
            finish(outcome === 'ok' ? undefined : `${name}: ${detail?.message ?? detail?.title ?? JSON.stringify(detail)}`);
          };
          channel.on(name, listener);
          return [name, listener];
        });
        const timer = setTimeout(() => finish(`no render within ${timeout} ms`), timeout);
        function finish(result) {
          clearTimeout(timer);
          for (const [name, listener] of listeners) channel.off(name, listener);
          resolve(result);
        }
        channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }),
    { storyId: entry.id, events: RENDER_EVENTS, timeout: RENDER_TIMEOUT_MS },
  );
}

/** The story's `parameters.smoke.expectConsoleErrors`, as regular expressions. */
async function expectedErrors(entry) {
  const patterns = await page.evaluate(async (storyId) => {
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
    return (story.parameters?.smoke?.expectConsoleErrors ?? []).map((pattern) =>
      pattern instanceof RegExp ? { source: pattern.source, flags: pattern.flags } : { source: String(pattern), flags: '' },
    );
  }, entry.id);
  return patterns.map(({ source, flags }) => new RegExp(source, flags));
}

/** The story's string attributes and properties whose control is not a text field. */
function controlProblems(entry) {
  return page.evaluate(async (storyId) => {
    const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId });
    return Object.entries(story.argTypes)
      .filter(([, argType]) => /^string( \| undefined)?$/.test(argType.table?.type?.summary ?? '') && argType.control)
      .filter(([, argType]) => argType.control.type !== 'text')
      .map(([name, argType]) => `${name} is a string with a ${argType.control.type} control`);
  }, entry.id);
}

/**
 * The story's controls that change nothing: each control of a property, an attribute or a custom
 * property is set to a new value in turn (through Storybook's channel, as the panel does), and the
 * component must then hold it. JSON editors are left out; their values have no obvious "other".
 */
function deadControls(entry) {
  return page.evaluate(async (storyId) => {
    const preview = window.__STORYBOOK_PREVIEW__;
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    const story = await preview.storyStoreValue.loadStory({ storyId });
    const rendered = () =>
      new Promise((resolve) => {
        const done = (id) => (id === storyId ? (channel.off('storyRendered', done), resolve()) : undefined);
        channel.on('storyRendered', done);
      });
    const element = () => document.querySelector(`#storybook-root ${story.component}`);
    const read = (name) => (name.startsWith('--') ? element()?.style.getPropertyValue(name) : element()?.[name]);
    const dead = [];
    /** Sends the story's args a change, as the panel does, and waits for the story to render it. */
    const send = async (event, payload = {}) => {
      const settled = rendered();
      channel.emit(event, { storyId, ...payload });
      await settled;
    };
    const update = (updatedArgs) => send('updateStoryArgs', { updatedArgs });
    for (const [name, argType] of Object.entries(story.argTypes)) {
      const type = argType.control?.type;
      if (!['properties', 'attributes', 'css custom properties'].includes(argType.table?.category)) continue;
      if (!type || type === 'object') continue;
      // A control shown only under a condition (`if: { arg: 'withoutSavedStore' }`) is tried with it met.
      if (argType.if?.arg) await update({ [argType.if.arg]: true });
      const current = story.initialArgs[name];
      // A text control may want a word or an instant (`now`): it is live if either changes the element.
      const values =
        type === 'boolean' ? [!current]
        : type === 'number' ? [(Number(current) || 0) + 1]
        : type === 'color' ? ['rgb(1, 2, 3)']
        : argType.options ? [argType.options.find((option) => option !== current)]
        : [`${current ?? ''}x`, '2014-09-02T12:00:00Z'];
      const before = read(name);
      let after = before;
      for (const value of values) {
        if (!Object.is(before, after)) break;
        await update({ [name]: value });
        after = read(name);
      }
      if (Object.is(before, after)) dead.push(`${name} set to ${values.map((v) => JSON.stringify(v)).join(' or ')} leaves the element at ${JSON.stringify(after)}`);
      await send('resetStoryArgs');
    }
    return dead;
  }, entry.id);
}

/** The tags of ours in the story's snippet that have no feed to read. */
async function snippetProblems(entry) {
  const source = await page.evaluate((storyId) => window.__smokeSnippets[storyId] ?? '', entry.id);
  return [...source.matchAll(new RegExp(`<(${FEED_TAGS.join('|')})(?=[\\s>])([^>]*)>`, 'g'))]
    .filter(([, , attributes]) => !/\ssrc=/.test(attributes))
    .map(([tag]) => `${tag} has no src: pasted into a page, it shows nothing`);
}

/** One story a component (its first, the playground) has its controls tried one by one. */
const controlled = new Set();

let passed = 0;
let failed = 0;
// Docs pages last: each loads the page afresh.
const ordered = [...entries.filter((e) => e.type === 'story'), ...entries.filter((e) => e.type !== 'story')];
try {
  // Browsers ask for /favicon.ico, which Storybook's iframe has not got: answer it, not a 404 error.
  await page.route('**/favicon.ico', (route) => route.fulfill({ status: 204 }));
  for (const entry of ordered) {
    problems = [];
    const failures = [];
    try {
      const error = await show(entry);
      if (error) failures.push(`did not render: ${error}`);
      await page.waitForTimeout(SETTLE_MS);
      if (entry.type === 'story') {
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run('#storybook-root', { resultTypes: ['violations'] });
          return result.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        failures.push(...violations.map((v) => `axe: ${v}`));
        failures.push(...(await controlProblems(entry)).map((problem) => `controls: ${problem}`));
        failures.push(...(await snippetProblems(entry)).map((problem) => `snippet: ${problem}`));
        const expected = await expectedErrors(entry);
        problems = problems.filter((p) => !(p.console && expected.some((pattern) => pattern.test(p.console))));
        if (!controlled.has(entry.title)) {
          controlled.add(entry.title);
          const settled = problems.length;
          failures.push(...(await deadControls(entry)).map((problem) => `controls: ${problem}`));
          // The values tried (a feed URL of "x", a time zone of "x") may fail on purpose: not this story's errors.
          problems.length = settled;
        }
      }
    } catch (error) {
      failures.push(String(error instanceof Error ? error.message.split('\n')[0] : error));
    }
    failures.push(...problems.map((p) => (p.console ? `console error: ${p.console}` : `uncaught: ${p.uncaught}`)));
    if (failures.length === 0) {
      passed++;
    } else {
      failed++;
      console.log(`FAIL ${entry.id}\n${failures.map((f) => `     ${f.slice(0, 400)}`).join('\n')}`);
      // A failed story may leave the preview in a bad state: start the next one from a fresh page.
      await page.goto('about:blank');
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || entries.length === 0 ? 1 : 0);
