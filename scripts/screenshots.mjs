// `npm run screenshots`: renders the example pages from the built bundle in headless Chromium, at
// desktop and phone widths, into docs/ (the images the README shows). Run `npm run build` first.
//   examples/seed-page.html      → docs/seed-page-desktop.png, docs/seed-page-phone.png
//   examples/agenda-timeline.html → docs/timeline-desktop.png (the grid), docs/timeline-phone.png (the list)
//   examples/agenda-timeline.html#person-peter-major → docs/speaker-dialog-desktop.png, docs/speaker-dialog-phone.png
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Each page, and the element whose shadow root must show `ready` before the shot. */
const PAGES = [
  { page: 'examples/seed-page.html', name: 'seed-page', host: 'session-card', ready: '[part~="title"]' },
  { page: 'examples/agenda-timeline.html', name: 'timeline', host: 'agenda-timeline', ready: '[part~="session"]' },
  // A person opened from a session's card: the modal dialog over the programme, as the screen shows it.
  { page: 'examples/agenda-timeline.html#person-peter-major', name: 'speaker-dialog', host: 'agenda-timeline', ready: 'dialog[open] speaker-card', screen: true },
];
const SHOTS = PAGES.flatMap((page) => [
  { ...page, file: `docs/${page.name}-desktop.png`, ...DESKTOP },
  { ...page, file: `docs/${page.name}-phone.png`, ...PHONE },
]);

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: 1,
      locale: 'en-US',
      timezoneId: 'Europe/Istanbul',
    });
    await page.goto(`${server.url}/${shot.page}`);
    await page.waitForFunction(({ host, ready }) => document.querySelector(host)?.shadowRoot?.querySelector(ready), shot);
    // Pictures load lazily: pass over the whole page once so a full-page shot has them all.
    await page.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 400));
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await page.screenshot({ path: shot.file, fullPage: !shot.screen });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
