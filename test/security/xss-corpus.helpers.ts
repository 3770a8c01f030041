/**
 * The XSS and injection corpus (xss-payloads.ts) in every text, rich-text and URL field of one feed
 * (xss-feed.ts), rendered by every component and variant with dialogs opened, every "Read more"
 * expanded and every .ics downloaded (xss-frame.ts), on one page per sanitizer (the browser's HTML
 * Sanitizer API, DOMPurify) without and with the strict Content Security Policy and Trusted Types of
 * examples/csp.html: four test files, so that each stays within the runner's time for a file and CI's
 * two workers run two at once. Every count must be zero, and every counter finds its own control.
 */
import { expect } from '@open-wc/testing';
import { openFrame, type FrameWindow } from '../examples/frame.helpers.js';
import type { Report } from './xss-frame.js';
import { waitUntil } from '../wait.js';

/** One page of the suite. */
export interface CorpusPage {
  readonly engine: 'native' | 'purify';
  readonly csp: boolean;
  /** Also the variants without rich text (compact cards, counts, avatars, the list views): asked once without and once with the policy. */
  readonly plain: boolean;
  /** The full cards with `person-href` (else with buttons): asked once per sanitizer. */
  readonly linked: boolean;
  /** Opens the dialogs whose number is `part` modulo {@link DIALOG_SHARE}: each page a different share. */
  readonly part: number;
}

/** Each page opens every twelfth dialog of each kind (session, person, saved session): a dialog costs a page-wide restyle. */
const DIALOG_SHARE = 12;

/** The counters whose control applies: under the strict policy no handler can be set or run, and no request leaves (a violation instead). */
function controlsOf(csp: boolean): string[] {
  return csp
    ? ['host CSS', 'unsafe URLs', 'foreign elements', 'violations']
    : ['host CSS', 'executions', 'handlers', 'unsafe URLs', 'foreign elements', 'requests'];
}

/** The test of one page: it renders and counts, and reports its figures to the console. */
export function corpusPage(page: CorpusPage): void {
  const { engine, csp } = page;
  const name = `${engine === 'native' ? 'the HTML Sanitizer API' : 'DOMPurify'}${csp ? ', strict CSP and Trusted Types' : ''}`;
  describe(`the XSS and injection corpus in every field of the feed, every component: ${name}`, function () {
    this.timeout(100_000);

    it('runs nothing, injects no handler, URL or element, loads from no other host, leaks no CSS and writes no bad .ics', async () => {
      const query = new URLSearchParams({
        engine, csp: csp ? '1' : '0', plain: page.plain ? '1' : '0', linked: page.linked ? '1' : '0', part: String(page.part), of: String(DIALOG_SHARE),
      });
      const { frame, console: printed } = await openFrame(`/test/security/xss-frame.html?${query}`);
      const win = frame.contentWindow as FrameWindow & { xssReport?: Promise<Report>; xssProgress?: string };
      try {
        await waitUntil(() => 'xssReport' in win, 'the page script never ran', { timeout: 10_000 });
        const stopped = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error(`the page did not finish: it stopped at ${win.xssProgress}`)), 90_000),
        );
        const report = await Promise.race([win.xssReport!, stopped]);
        const { found, ...figures } = report;
        console.log(`xss corpus, ${name}: ${JSON.stringify({ ...figures, allowedHosts: undefined, parserReports: found.parserReports.length })}`);
        expect(frame.contentWindow, 'the page was not navigated away').to.equal(win);
        expect(report.evilAllowed, 'no URL field names the host the payloads load from').to.equal(false);
        expect(report.sessions, 'every payload made a session').to.equal(report.payloads);
        expect(report.people, 'every payload made a person').to.equal(report.payloads);
        expect(found).to.deep.equal({
          executions: [], handlers: [], unsafeUrls: [], foreignElements: [], hostChanges: [], requests: [], violations: [], icsProblems: [], parserReports: [],
        });
        for (const counter of controlsOf(csp)) expect(report.controls[counter], `the control of "${counter}"`).to.be.greaterThan(0);
        if (engine === 'native') expect(report.setHTMLCalls, 'the HTML Sanitizer API sanitized').to.be.greaterThan(0);
        else expect(report.setHTMLCalls).to.equal(0);
        expect(printed.errors, 'errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  });
}
