import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { CHROME_ARGS, requireChrome } from './scripts/find-chrome.mjs';
import { feedTestServer } from './test/server/feed-test-server.mjs';
import { liveObjectsPlugin } from './test/server/live-objects-plugin.mjs';

/**
 * Counts passed, failed and skipped tests; a test file that fails to load counts as one failure.
 * Prints each failure again (file, test, first lines of its error) and one plain count line, so the
 * last lines of a long CI log say what failed; writes the counts to $TEST_COUNTS_FILE for scripts/test.mjs.
 */
function countingReporter() {
  return {
    stop({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      const failures = [];
      const walk = (suite, file, path) => {
        for (const t of suite.tests) {
          if (t.skipped) counts.skipped++;
          else if (t.passed) counts.passed++;
          else {
            counts.failed++;
            failures.push(`${file}: ${[...path, t.name].join(' > ')}\n    ${String(t.error?.message ?? 'failed (a hook of its suite failed: see the file above)').split('\n').slice(0, 6).join('\n    ')}`);
          }
        }
        for (const s of suite.suites) walk(s, file, [...path, s.name]);
      };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) walk(session.testResults, session.testFile, []);
        if (session.passed === false && counts.failed === before) counts.failed++;
        for (const e of session.errors ?? []) failures.push(`${session.testFile}: ${e.message}`);
      }
      if (process.env.TEST_COUNTS_FILE) writeFileSync(process.env.TEST_COUNTS_FILE, JSON.stringify(counts));
      if (failures.length) console.log(`\nbrowser failures:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
      console.log(`\nbrowser: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    },
  };
}

/**
 * The strict Content Security Policy that examples/csp.html is served with, as a hardened site would
 * send it: no inline script or style, no eval, Trusted Types enforced for the policies the bundle
 * creates (`lit-html` for templates, `schedule-elements` for JSON-LD, a schedule.xml and DOMPurify's parse of feed rich text). test/examples/csp.test.ts.
 */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html schedule-elements',
].join('; ');

/**
 * A strict policy whose trusted-types directive names Lit's policy alone, as a site that has not
 * read which policies the bundle makes sends it: test/fixtures/pages/trusted-types.html
 * (test/examples/csp.test.ts).
 */
const LIT_ONLY_CSP = "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * `/single-file/`: a page (test/fixtures/pages/single-file.html) beside which there is nothing but
 * dist/schedule-elements.min.js, as when a site copies only that file: every other file there is a 404.
 */
async function singleFileAlone(context, next) {
  if (!context.path.startsWith('/single-file/')) return next();
  const name = context.path.slice('/single-file/'.length);
  const files = { '': 'test/fixtures/pages/single-file.html', 'schedule-elements.min.js': 'dist/schedule-elements.min.js' };
  if (!(name in files)) {
    context.status = 404;
    return;
  }
  context.type = name === '' ? 'html' : 'js';
  context.body = readFileSync(files[name], 'utf8');
}

/**
 * `/rendered/<name>.html`: a page written by the CLI's `render` command from the sample feed (run
 * once per page, in Node, as a site's build would), loading the single-file bundle to take over:
 * `programme` (agenda-timeline), `ws196` (the full session-card) and one page for each other tag
 * `render` writes; `/rendered/snapshot-<name>.html`: the same page written without `--script`.
 * test/examples/rendered.test.ts.
 */
const RENDERED = {
  'programme.html': [],
  'ws196.html': ['--tag', 'session-card', '--session-id', 'ws196'],
  'attendee-count.html': ['--tag', 'attendee-count', '--session-id', 'ws196'],
  'speaker-avatar-group.html': ['--tag', 'speaker-avatar-group', '--session-id', 'ws196'],
  'speaker-avatar.html': ['--tag', 'speaker-avatar', '--person-id', 'qusai-alshatti'],
  'speaker-card.html': ['--tag', 'speaker-card', '--person-id', 'qusai-alshatti'],
  'speaker-list.html': ['--tag', 'speaker-list'],
  'event-status.html': ['--tag', 'event-status'],
};
const renderedPages = new Map();
async function renderedPage(context, next) {
  if (!context.path.startsWith('/rendered/')) return next();
  const name = context.path.slice('/rendered/'.length);
  const snapshot = name.startsWith('snapshot-');
  const page = snapshot ? name.slice('snapshot-'.length) : name;
  if (!(page in RENDERED)) {
    context.status = 404;
    return;
  }
  if (!renderedPages.has(name)) {
    const script = snapshot ? [] : ['--script', '/dist/schedule-elements.min.js'];
    const args = ['--import', 'tsx', 'src/cli/main.ts', 'render', 'src/sample/igf-2014.json', ...script, ...RENDERED[page]];
    renderedPages.set(name, execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }));
  }
  context.type = 'html';
  context.body = renderedPages.get(name);
}

/**
 * The corpus feed's avatars are its payloads, so relative URLs under /test/security/ (test/security/xss-corpus.test.ts):
 * answered 404 here, before the static server, which logs those with a NUL or `..` as a "Malicious Path" error.
 */
async function corpusAvatars(context, next) {
  if (context.path.startsWith('/test/security/') && !/^\/test\/security\/[\w.-]+$/.test(context.path)) {
    context.status = 404;
    return;
  }
  return next();
}

/** A test page's CDP session (one a page, made at its first use), for what is asked of Chromium itself. */
const cdpSessions = new WeakMap();
function cdpOf(page) {
  if (!cdpSessions.has(page)) cdpSessions.set(page, page.createCDPSession());
  return cdpSessions.get(page);
}

/**
 * `executeServerCommand('forced-colors', { active })`: Windows High Contrast (forced colors) on the test
 * page, or off again; `executeServerCommand('more-contrast', { active })`: the system's "increase contrast"
 * (`prefers-contrast: more`). The stock emulateMedia command passes neither under the Chrome launcher,
 * and Puppeteer's emulateMediaFeatures refuses them, so they are asked of Chromium itself (CDP, the
 * page's session: cdpOf). test/components/colors.test.ts.
 */
function forcedColorsPlugin() {
  const features = { 'forced-colors': ['forced-colors', 'active', 'none'], 'more-contrast': ['prefers-contrast', 'more', 'no-preference'] };
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (!Object.hasOwn(features, command)) return undefined;
      const [name, on, off] = features[command];
      await (await cdpOf(session.browser.getPage(session.id))).send('Emulation.setEmulatedMedia', { features: [{ name, value: payload?.active ? on : off }] });
      return true;
    },
  };
}

/**
 * `executeServerCommand('pixels', { x, y, width, height })`: what is drawn in that rectangle of the
 * page's viewport (CSS px), as a base64 PNG taken by Chromium: for what only the pixels tell, such as
 * which of two overlapping things is drawn over the other. test/components/speaker-avatar-group.test.ts.
 */
function pixelsPlugin() {
  return {
    name: 'pixels-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'pixels') return undefined;
      return session.browser.getPage(session.id).screenshot({ clip: payload, encoding: 'base64' });
    },
  };
}

/**
 * `executeServerCommand('swipe', { x, y, dx, dy })`: a finger drawn across the page's viewport from
 * (x, y) by (dx, dy) CSS px, as a phone's touch screen gives it (CDP touch events, which Chromium
 * scrolls with as with a finger): for what only a swipe tells, such as whether a box that scrolls
 * hands a swipe on to the page once it is at its end. test/components/host-page.test.ts.
 */
function swipePlugin() {
  return {
    name: 'swipe-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'swipe') return undefined;
      const { x, y, dx, dy } = payload;
      const cdp = await cdpOf(session.browser.getPage(session.id));
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true });
      const touch = (type, step) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: x + (dx * step) / 10, y: y + (dy * step) / 10 }] });
      await touch('touchStart', 0);
      for (let step = 1; step <= 10; step++) await touch('touchMove', step);
      await touch('touchEnd', 10);
      return true;
    },
  };
}

/**
 * `executeServerCommand('ax-tree')`: what assistive technology is given, read from Chromium's own
 * accessibility tree (CDP `Accessibility.getFullAXTree`) rather than the DOM: each node it does not
 * ignore, in tree order, as `{ role, name, description, depth, props, shown }`: `props` its states and
 * properties (focusable, level, selected, modal …), `shown` whether the element behind it is seen
 * (rendered, not `visibility: hidden`, not inside `inert`), `host` the tag whose shadow root holds it,
 * `scope` the `data-ax-scope` of the nearest element around it that has one (a test's part of the page).
 * test/components/names.test.ts.
 */
function axTreePlugin() {
  const facts = function () {
    const el = this.nodeType === 1 ? this : this.parentElement;
    if (!el) return { shown: true, host: '' };
    let inert = false;
    let scope = '';
    for (let at = el; at; at = at.assignedSlot ?? at.parentElement ?? at.getRootNode().host) {
      inert ||= at.inert;
      scope ||= at.dataset?.axScope ?? '';
    }
    return { shown: !inert && el.checkVisibility({ visibilityProperty: true }), host: el.getRootNode().host?.localName ?? '', scope };
  };
  return {
    name: 'ax-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'ax-tree') return undefined;
      const cdp = await cdpOf(session.browser.getPage(session.id));
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      const byId = new Map(nodes.map((node) => [node.nodeId, node]));
      const flat = [];
      const walk = (node, depth) => {
        const kept = !node.ignored;
        if (kept) {
          const props = Object.fromEntries((node.properties ?? []).map(({ name, value }) => [name, value.value]));
          flat.push({ role: node.role?.value ?? '', name: node.name?.value ?? '', description: node.description?.value ?? '', depth, props, backend: node.backendDOMNodeId });
        }
        for (const id of node.childIds ?? []) if (byId.has(id)) walk(byId.get(id), depth + (kept ? 1 : 0));
      };
      walk(nodes[0], 0);
      await Promise.all(
        flat.map(async (node) => {
          const { backend } = node;
          delete node.backend;
          if (!backend) return;
          const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: backend, objectGroup: 'ax-tree' });
          const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: facts.toString(), returnByValue: true });
          Object.assign(node, result.value);
        }),
      );
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'ax-tree' });
      return flat;
    },
  };
}

export default {
  files: ['test/components/**/*.test.ts', 'test/examples/**/*.test.ts', 'test/security/**/*.test.ts'],
  nodeResolve: true,
  middleware: [
    async function strictCspForExample(context, next) {
      await next();
      const corpusPage = context.path === '/test/security/xss-frame.html' && context.query.csp === '1'; // test/security/xss-corpus.test.ts
      if (context.path === '/examples/csp.html' || corpusPage) context.set('Content-Security-Policy', STRICT_CSP);
      if (context.path === '/test/fixtures/pages/trusted-types.html') context.set('Content-Security-Policy', LIT_ONLY_CSP);
    },
    singleFileAlone, // /single-file/: dist/schedule-elements.min.js without its siblings (test/examples/single-file.test.ts)
    renderedPage, // /rendered/…: pages of the CLI's `render` (test/examples/rendered.test.ts)
    corpusAvatars, // /test/security/…: the corpus feed's avatar paths, 404 (test/security/)
    feedTestServer, // /test-server/…: a feed server that fails on purpose (test/server/feed-test-server.mjs)
  ],
  concurrency: 2,
  plugins: [
    // What a screen reader is given (role, name, state), for the tests that check it.
    a11ySnapshotPlugin(),
    // How many objects of a prototype the page keeps alive, for the test of removed elements let go.
    liveObjectsPlugin(),
    // Windows High Contrast (forced colors) on the test page, for the colour tests.
    forcedColorsPlugin(),
    // Chromium's accessibility tree, flattened, for the sweep of names a screen reader is told.
    axTreePlugin(),
    // A rectangle of the page as drawn, for what only its pixels tell.
    pixelsPlugin(),
    // A finger's swipe, for what only scrolling by touch tells.
    swipePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'esnext',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      // Two test pages as tabs of one window make one a background tab: Chromium throttles its animation
      // frames (a settle of two frames took up to two seconds) and loads no lazy images. So each page
      // gets a window of its own (a browser context), and focus emulation makes each act as the focused one.
      launchOptions: { executablePath: requireChrome(), headless: true, args: CHROME_ARGS },
      async createPage({ browser }) {
        const page = await (await browser.createBrowserContext()).newPage();
        await (await cdpOf(page)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
  // Generous: the first test of a file pays for a cold start, and CI has 2 cores shared by two test pages.
  testFramework: { config: { timeout: 15000 } },
};
