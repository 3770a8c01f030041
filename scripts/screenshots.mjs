// `npm run screenshots`: renders examples/seed-page.html from the built bundle in headless Chromium,
// at desktop and phone widths, into docs/ (the images the README shows). Run `npm run build` first.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, requireChrome } from './find-chrome.mjs';
import { serveStatic } from './static-server.mjs';

const SHOTS = [
  { file: 'docs/seed-page-desktop.png', width: 1280, height: 900, scale: 1 },
  { file: 'docs/seed-page-phone.png', width: 390, height: 844, scale: 1 },
];

const server = await serveStatic('.');
const browser = await chromium.launch({ executablePath: requireChrome(), args: CHROME_ARGS });
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({
      viewport: { width: shot.width, height: shot.height },
      deviceScaleFactor: shot.scale,
      locale: 'en-US',
      timezoneId: 'Europe/Istanbul',
    });
    await page.goto(`${server.url}/examples/seed-page.html`);
    await page.waitForFunction(() => document.querySelector('session-card')?.shadowRoot?.querySelector('[part~="title"]'));
    // Pictures load lazily: pass over the whole page once so a full-page shot has them all.
    await page.evaluate(async () => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      await new Promise((resolve) => setTimeout(resolve, 400));
      window.scrollTo(0, 0);
      await document.fonts.ready;
    });
    await page.screenshot({ path: shot.file, fullPage: true });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
