import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/attendee-count/attendee-count.define.js';
import type { AttendeeCountElement } from '../../src/components/attendee-count/attendee-count.js';
import type { FeedSession, FeedV1 } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { readText } from '../../src/components/shared/harness.js';
import { warnings } from '../console.helpers.js';
import { KEPT_FEEDS, SAMPLE_URL, clearStoredKeys, findAxNode, part, partText, restoreVisibility, setVisibility, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

/** The one-session feed with the given attendance and links. */
function feedWith(attendees: FeedSession['attendees'], links: FeedSession['links'] = []): FeedV1 {
  return talkFeed({ attendees, links });
}

describe('<attendee-count>', () => {
  describe('with a session', () => {
    it('shows the seed session ws196 as "Attendees (0)" with its 120 places and attendee list', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${sampleFeed} session-id="ws196" locale="en"></attendee-count>`);
      const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
      expect(heading.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Attendees (0)');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      // As a screen reader names it, too: the label and the count are two words.
      expect((await findAxNode((node) => node.role === 'heading'))?.name).to.equal('Attendees (0)');
      expect(partText(el, 'summary')).to.equal('0 of 120 places taken');
      const meter = part(el, 'meter')!;
      expect(meter.getAttribute('role')).to.equal('meter');
      expect(meter.getAttribute('aria-valuenow')).to.equal('0');
      expect(meter.getAttribute('aria-valuemax')).to.equal('120');
      const link = part(el, 'link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/igf2014/ws196/attendees');
      expect(readText(link)).to.equal('See who’s attending↗(opens in a new tab)');
      expect([link.target, link.rel]).to.deep.equal(['_blank', 'noopener noreferrer']);
      // The arrow of a link that leaves the site stands a little apart from its last word.
      const words = document.createRange();
      words.selectNodeContents(document.createTreeWalker(link, NodeFilter.SHOW_TEXT).nextNode()!);
      const arrow = link.querySelector('.external')!.getBoundingClientRect();
      expect(arrow.left - words.getBoundingClientRect().right, 'the gap before ↗').to.be.at.least(2);
      expect(el.hasAttribute('full')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('fills the meter with the places taken and names it', async () => {
      const el = await fixture<AttendeeCountElement>(
        html`<attendee-count .feed=${feedWith({ count: 35, capacity: 120 })} session-id="talk" locale="en" heading-level="2"></attendee-count>`,
      );
      const meter = part(el, 'meter')!;
      expect(meter.getAttribute('aria-valuenow')).to.equal('35');
      expect(meter.getAttribute('aria-valuetext')).to.equal('35 of 120 places taken');
      expect(meter.getAttribute('aria-labelledby')).to.equal(part(el, 'label')!.id);
      const fill = meter.firstElementChild as HTMLElement;
      expect(fill.getBoundingClientRect().width / meter.clientWidth).to.be.closeTo(35 / 120, 0.02);
      expect(el.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('says "Full" in words and reflects `full` when the count reaches the capacity', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 100, capacity: 100 })} session-id="talk" locale="en"></attendee-count>`);
      expect(el.hasAttribute('full')).to.equal(true);
      expect(el.full).to.equal(true);
      expect(partText(el, 'count')).to.equal('(100)');
      expect(partText(el, 'summary')).to.equal('Full: all 100 places are taken');
      expect(part(el, 'meter')!.getAttribute('aria-valuenow')).to.equal('100');
      await expect(el).to.be.accessible();
    });

    it('counts in plural-aware words when there is no capacity, with no meter', async () => {
      const one = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 1 })} session-id="talk" locale="en"></attendee-count>`);
      expect(partText(one, 'summary')).to.equal('1 attendee');
      expect(part(one, 'meter')).to.equal(null);
      const none = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 0 })} session-id="talk" locale="en"></attendee-count>`);
      expect(partText(none, 'summary')).to.equal('No attendees yet');
      const many = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 106 })} session-id="talk" locale="en"></attendee-count>`);
      expect(partText(many, 'summary')).to.equal('106 attendees');
      await expect(many).to.be.accessible();
    });

    it('says when a session publishes no attendance, and marks the host `unpublished`', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith(undefined)} session-id="talk" locale="en"></attendee-count>`);
      expect(partText(el, 'summary')).to.equal('Attendance not published');
      expect(part(el, 'count')).to.equal(null);
      expect(part(el, 'link')).to.equal(null);
      expect(el.hasAttribute('unpublished')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('links to a session link of kind "attendees" when the attendance has no url', async () => {
      const feed = feedWith({ count: 4 }, [{ kind: 'attendees', url: 'https://example.org/talk/people' }]);
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feed} session-id="talk" locale="en"></attendee-count>`);
      expect((part(el, 'link') as HTMLAnchorElement).href).to.equal('https://example.org/talk/people');
    });

    it('never links to a javascript: url', async () => {
      const feed = feedWith({ count: 4, url: 'javascript:alert(1)' }, [{ kind: 'attendees', url: 'javascript:alert(2)' }]);
      let el!: AttendeeCountElement;
      const seen = await warnings(async () => {
        el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feed} session-id="talk" locale="en"></attendee-count>`);
      });
      expect(partText(el, 'count')).to.equal('(4)');
      expect(part(el, 'link')).to.equal(null);
      expect(String(seen[0])).to.contain('javascript:alert(1)');
    });

    it('is one sentence when compact: no heading, bar or link, and nothing when unpublished', async () => {
      const feed = feedWith({ count: 35, capacity: 120, url: 'https://example.org/talk/people' });
      const el = await fixture<AttendeeCountElement>(html`<attendee-count compact .feed=${feed} session-id="talk" locale="en"></attendee-count>`);
      expect(partText(el, 'summary')).to.equal('35 of 120 places taken');
      expect(el.shadowRoot!.querySelector('[role="heading"]')).to.equal(null);
      expect(part(el, 'meter')).to.equal(null);
      expect(part(el, 'link')).to.equal(null);
      await expect(el).to.be.accessible();
      const unpublished = await fixture<AttendeeCountElement>(html`<attendee-count compact .feed=${feedWith(undefined)} session-id="talk" locale="en"></attendee-count>`);
      expect(unpublished.shadowRoot!.querySelector('[part~="base"]')!.textContent!.trim()).to.equal('');
    });

    it('takes a session object with no feed at all', async () => {
      const session = normalizeFeed(feedWith({ count: 7, capacity: 8 })).schedule.sessions[0]!;
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .session=${session} locale="en"></attendee-count>`);
      expect(partText(el, 'summary')).to.equal('7 of 8 places taken');
    });
  });

  describe('in other languages', () => {
    it('translates the words and uses the locale’s digits (fr, zh, Egyptian Arabic right to left)', async () => {
      const fr = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 118, capacity: 150 })} session-id="talk" locale="fr"></attendee-count>`);
      expect(partText(fr, 'label')).to.equal('Participants');
      expect(partText(fr, 'summary')).to.equal('Places occupées : 118 sur 150');
      const zh = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${feedWith({ count: 3 })} session-id="talk" locale="zh"></attendee-count>`);
      expect(partText(zh, 'summary')).to.equal('3 位参会者');
      const ar = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${sampleFeed} session-id="ws196" locale="ar-EG"></attendee-count>`);
      expect(part(ar, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(part(ar, 'base')!.getAttribute('lang')).to.equal('ar-EG');
      expect(partText(ar, 'label')).to.equal('الحضور');
      expect(partText(ar, 'count')).to.equal('(٠)');
      expect(partText(ar, 'link')).to.equal('اعرف من سيحضر↗(يُفتح في علامة تبويب جديدة)');
      // The arrow points forward, to the left, in a right-to-left line.
      expect(getComputedStyle(part(ar, 'link')!.querySelector('.external')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
      await expect(ar).to.be.accessible();
    });
  });

  describe('feed states', () => {
    it('shows loading, then the count, from a src', async () => {
      // A URL of its own: a feed another test loaded is kept in localStorage and shown at once.
      const el = await fixture<AttendeeCountElement>(
        html`<attendee-count src="${SAMPLE_URL}?attendee-count-loading" session-id="ws196" locale="en"></attendee-count>`,
      );
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Loading the schedule…');
      await expect(el).to.be.accessible();
      await waitUntil(() => part(el, 'count'), 'the feed never loaded');
      expect(partText(el, 'count')).to.equal('(0)');
    });

    it('says so when the feed cannot be loaded', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count src="/no-such-feed.json" session-id="ws196" locale="en"></attendee-count>`);
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('The schedule is not available right now.');
      await expect(el).to.be.accessible();
    });

    it('names a session id the feed does not have', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${sampleFeed} session-id="ws197" locale="en"></attendee-count>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('This session is not in the schedule.');
      await expect(el).to.be.accessible();
    });

    it('asks for a session-id when it has none', async () => {
      const el = await fixture<AttendeeCountElement>(html`<attendee-count .feed=${sampleFeed} locale="en"></attendee-count>`);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('No session to show.');
      await expect(el).to.be.accessible();
    });
  });

  describe('refresh', () => {
    const original = window.fetch;
    /**
     * Re-reads of the live URL by time: the requests that bypass the HTTP cache (conditional ones, with
     * the kept ETag, bypass it altogether); served from one of two fixture files (5, then 10 of 10 places).
     */
    let rereads: number[];
    let served: 'before' | 'after';
    beforeEach(() => {
      // Visible, as the browser may not say: a test page may run in a background tab, which does not poll.
      setVisibility('visible');
      clearStoredKeys(KEPT_FEEDS);
      rereads = [];
      served = 'before';
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (!String(input).includes('/live/attendees.json')) return original(input, init);
        if (init?.cache === 'no-cache' || init?.cache === 'no-store') rereads.push(performance.now());
        return original(`/test/fixtures/components/attendee-count-${served}.json`, init);
      };
    });
    afterEach(() => {
      window.fetch = original;
      restoreVisibility();
    });

    it('re-reads a shared feed URL on one timer for every element, and stops when they are gone', async () => {
      // Two fixtures rather than one wrapper: a wrapper <div> waits for an animation frame, which a background tab never gets.
      const live = () => html`<attendee-count src="/live/attendees.json?case=shared" session-id="talk" refresh="0.2" locale="en"></attendee-count>`;
      const first = await fixture<AttendeeCountElement>(live());
      const second = await fixture<AttendeeCountElement>(live());
      await waitUntil(() => partText(first, 'count') === '(5)' && partText(second, 'count') === '(5)', 'the first load never showed');

      served = 'after';
      await waitUntil(() => first.full && second.full, 'the new count never showed', { timeout: 3000 });
      expect(partText(second, 'summary')).to.equal('Full: all 10 places are taken');
      await expect(first).to.be.accessible();

      await waitUntil(() => rereads.length >= 3, 'too few re-reads', { timeout: 3000 });
      const gaps = rereads.slice(1).map((t, i) => t - rereads[i]!);
      expect(Math.min(...gaps), 'two requests in one tick').to.be.above(120);

      first.remove();
      const afterFirst = rereads.length;
      await waitUntil(() => rereads.length > afterFirst, 'the remaining element stopped refreshing', { timeout: 3000 });

      second.remove();
      await aTimeout(50);
      const afterBoth = rereads.length;
      // Longer than a tick even where a background tab's timers are slowed to one a second.
      await aTimeout(1100);
      expect(rereads.length, 'the timer kept running with no element').to.equal(afterBoth);
    });

    it('does not re-read while the page is hidden', async () => {
      setVisibility('hidden');
      const el = await fixture<AttendeeCountElement>(
        html`<attendee-count src="/live/attendees.json?case=hidden" session-id="talk" refresh="0.1" locale="en"></attendee-count>`,
      );
      await waitUntil(() => part(el, 'count'), 'the feed never loaded');
      await aTimeout(1100);
      expect(rereads).to.deep.equal([]);
      setVisibility('visible');
      await waitUntil(() => rereads.length > 0, 'no re-read once visible again', { timeout: 3000 });
    });

    it('does not re-read without a positive refresh', async () => {
      const el = await fixture<AttendeeCountElement>(
        html`<attendee-count src="/live/attendees.json?case=off" session-id="talk" refresh="0" locale="en"></attendee-count>`,
      );
      await waitUntil(() => part(el, 'count'), 'the feed never loaded');
      await aTimeout(1100);
      expect(rereads).to.deep.equal([]);
    });
  });
});
