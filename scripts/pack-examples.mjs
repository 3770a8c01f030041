// Part of `npm run test:pack` (scripts/pack-test.mjs calls checkFrameworkExamples): the framework
// examples as users build them, from the *installed* tarball, not from this checkout's dist/.
// - examples/react, vue, svelte and angular are copied into the temporary project (whose node_modules has the
//   package installed from the tarball) and built there by Vite with each example's own config (the
//   Angular one ahead of time, its templates type-checked against the installed package's types);
// - a React 18 app installs the tarball with react@18 and react-dom@18 from the npm registry and
//   renders the `AgendaTimeline` wrapper of `schedule-elements/react` with `onSessionSelect`.
// Each page must show WS196's full card and the timeline, hold the schedule as a property (not an
// attribute), and show "Selected: WS196" after WS196 is clicked in the timeline (a session-select).
import { cpSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = ['react', 'vue', 'svelte', 'angular'];
/** What the examples import besides the package: the frameworks, from this checkout's devDependencies. */
const FRAMEWORKS = ['react', 'react-dom', 'scheduler', 'vue', 'svelte', '@angular', 'rxjs'];

/** Vite's build, and a check that the bundle took the package from `node_modules`, not from this checkout's dist/. */
async function buildFromInstalled(config, assert) {
  const [output] = [await build({ logLevel: 'error', ...config })].flat();
  const ids = output.output.flatMap((chunk) => chunk.moduleIds ?? []);
  assert(ids.some((id) => id.includes('/node_modules/schedule-elements/dist/')), 'no module of the installed package in the bundle');
  const local = ids.filter((id) => id.startsWith(join(ROOT, 'dist')));
  assert(local.length === 0, `modules from this checkout's dist/: ${local.slice(0, 3).join(', ')}`);
}

/** The React 18 page: the wrapper component, the schedule as a prop, the event as `onSessionSelect`. */
const REACT_18_APP = `import { AgendaTimeline, SessionCard } from 'schedule-elements/react';
import { normalizeFeed } from 'schedule-elements/data';
import { sampleFeed } from 'schedule-elements/sample';
import { createElement as h, useState, version } from 'react';
import { createRoot } from 'react-dom/client';

const { schedule } = normalizeFeed(sampleFeed);
function App() {
  const [selected, setSelected] = useState();
  const select = (event) => setSelected(event.session.code ?? event.session.id);
  return h('main', null,
    h('h1', null, schedule.event.name + ' in React ' + version),
    h('p', { role: 'status' }, selected ? 'Selected: ' + selected : 'Choose a session in the timeline.'),
    h(AgendaTimeline, { schedule, layout: 'list', onSessionSelect: select }),
    h(SessionCard, { schedule, sessionId: 'ws196', variant: 'full', onSessionSelect: select }));
}
createRoot(document.getElementById('root')).render(h(App));
`;

/** Builds the examples into `${app}/www/examples/…` and checks each in Chromium at `url`. */
export async function checkFrameworkExamples({ app, tarball, browser, url, check, assert, install }) {
  const www = join(app, 'www/examples');
  for (const name of FRAMEWORKS) {
    const link = join(app, 'node_modules', name);
    if (!existsSync(link)) symlinkSync(join(ROOT, 'node_modules', name), link, 'dir');
  }
  const pages = [];
  for (const example of EXAMPLES) {
    await check(`examples/${example} builds with Vite from the installed package`, async () => {
      const source = join(app, 'examples', example);
      // The sources only: not its tsconfig.json (it extends this repository's) nor a dist/ of an earlier build.
      cpSync(join(ROOT, 'examples', example), source, {
        recursive: true,
        filter: (path) => !/[\\/](dist|tsconfig\.json)$/.test(path),
      });
      await buildFromInstalled(
        { configFile: join(ROOT, 'examples', example, 'vite.config.ts'), root: source, build: { outDir: join(www, example), emptyOutDir: true } },
        assert,
      );
      pages.push({ name: `examples/${example}`, path: `examples/${example}/index.html`, heading: 'IGF 2014 in ' });
    });
  }

  await check('a React 18 app installs the tarball with react@18 and builds with Vite', async () => {
    const project = join(app, 'react18');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'pack-test-react18', private: true, type: 'module' }));
    install(project, [tarball, 'react@18.3.1', 'react-dom@18.3.1']);
    writeFileSync(join(project, 'main.js'), REACT_18_APP);
    writeFileSync(
      join(project, 'index.html'),
      '<!doctype html><html lang="en"><title>React 18</title><link rel="icon" href="data:,"><div id="root"></div><script type="module" src="./main.js"></script></html>',
    );
    await buildFromInstalled({ root: project, base: './', configFile: false, build: { outDir: join(www, 'react18'), target: 'es2022' } }, assert);
    pages.push({ name: 'React 18 with the schedule-elements/react wrappers', path: 'examples/react18/index.html', heading: 'IGF 2014 in React 18.' });
  });

  for (const { name, path, heading } of pages) {
    await check(`${name}: renders WS196 and the timeline, the schedule as a property, and shows a session-select`, async () => {
      const page = await browser.newPage();
      const errors = [];
      // The examples' pages name no icon (as an app's often do not), so Chromium asks the server for /favicon.ico.
      const icon = (message) => message.location().url.endsWith('/favicon.ico');
      page.on('console', (message) => message.type() === 'error' && !icon(message) && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(`${url}/${path}`);
        await page.locator('session-card [part~="agenda"] li').first().waitFor({ timeout: 10_000 });
        const text = await page.locator('h1').innerText();
        assert(text.startsWith(heading), `the heading is not "${heading}…": ${text}`);
        const card = await page.evaluate(() => document.querySelector('session-card').shadowRoot.textContent);
        assert(card.includes('IGF & Enhanced Cooperation, Parallel Tracks or Connected'), `not WS196's card: ${card.slice(0, 200)}`);
        const handedOver = await page.evaluate(() =>
          ['session-card', 'agenda-timeline'].map((tag) => {
            const el = document.querySelector(tag);
            return `${tag}: attribute ${el.hasAttribute('schedule')}, property ${Boolean(el.schedule?.sessions)}`;
          }),
        );
        assert(
          handedOver.every((line) => line.endsWith('attribute false, property true')),
          `the schedule is not a property: ${handedOver.join('; ')}`,
        );
        await page.locator('agenda-timeline [part~="search"]').fill('WS196');
        await page.locator('agenda-timeline button[data-session-id="ws196"]').click({ timeout: 5_000 });
        await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent === 'Selected: WS196', undefined, {
          timeout: 5_000,
        });
        assert(errors.length === 0, errors.join('\n'));
      } finally {
        await page.close();
      }
    });
  }
}
