// `npm run screenshots`: renders the example pages from the built bundle in headless Chromium, at
// desktop and phone widths, into docs/ (the images the README shows). Run `npm run build` first.
//   examples/seed-page.html      → docs/seed-page-desktop.png, docs/seed-page-phone.png
//   examples/agenda-timeline.html → docs/timeline-desktop.png (the grid), docs/timeline-phone.png (the list)
//   examples/agenda-timeline.html#person-peter-major → docs/speaker-dialog-desktop.png, docs/speaker-dialog-phone.png
//                                   (the first screen: a person opened in the timeline's dialog)
//   examples/cms-theme.html       → docs/cms-theme-desktop.png, docs/cms-theme-phone.png (the first screen of a
//                                   page whose root is 62.5 %)
//   examples/agenda-timeline.html → docs/print-day.png (the first A4 page, under print media)
// `node scripts/screenshots.mjs cms-theme` makes only the shots whose file name starts with `cms-theme`.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** An A4 page at 96 dpi, less 1 cm margins. */
const PAPER = { width: 718, height: 1047 };
/** Each page, and the element whose shadow root must show `ready` before the shot. */
const PAGES = [
  { page: 'examples/seed-page.html', name: 'seed-page', host: 'session-card', ready: '[part~="title"]' },
  { page: 'examples/agenda-timeline.html', name: 'timeline', host: 'agenda-timeline', ready: '[part~="session"]' },
];
/** A person opened from a session's card: the modal dialog over the programme, as the screen shows it. */
const DIALOG = { page: 'examples/agenda-timeline.html#person-peter-major', host: 'agenda-timeline', ready: 'dialog[open] speaker-card' };
const SHOTS = [
  ...PAGES.flatMap((page) => [
    { ...page, file: `docs/${page.name}-desktop.png`, ...DESKTOP, fullPage: true },
    { ...page, file: `docs/${page.name}-phone.png`, ...PHONE, fullPage: true },
  ]),
  // The first screen only: these show the text sizes on the host page, not the whole programme.
  { page: 'examples/cms-theme.html', host: 'agenda-timeline', ready: '[part~="session"]', file: 'docs/cms-theme-desktop.png', ...DESKTOP },
  { page: 'examples/cms-theme.html', host: 'agenda-timeline', ready: '[part~="session"]', file: 'docs/cms-theme-phone.png', ...PHONE },
  { ...DIALOG, file: 'docs/speaker-dialog-desktop.png', ...DESKTOP },
  { ...DIALOG, file: 'docs/speaker-dialog-phone.png', ...PHONE },
  // Print media emulated (as printing to PDF applies it), on white as on paper.
  { page: 'examples/agenda-timeline.html', host: 'agenda-timeline', ready: '.print-list li', file: 'docs/print-day.png', ...PAPER, media: 'print' },
].filter((shot) => process.argv.length < 3 || process.argv.slice(2).some((name) => shot.file.startsWith(`docs/${name}`)));

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
    if (shot.media) await page.emulateMedia({ media: shot.media });
    await page.goto(`${server.url}/${shot.page}`);
    if (shot.media === 'print') await page.addStyleTag({ content: ':root { background: #fff; } body { padding: 0; }' });
    await page.waitForFunction(({ host, ready }) => document.querySelector(host)?.shadowRoot?.querySelector(ready), shot);
    // Pictures load lazily: pass over the whole page once so a full-page shot has them all.
    await page.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 400));
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await page.screenshot({ path: shot.file, fullPage: shot.fullPage ?? false });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
