import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/event-status/event-status.define.js';
import type { EventStatusElement } from '../../src/components/event-status/event-status.js';
import { readText } from '../../src/components/shared/harness.js';
import type { FeedSession, FeedV1 } from '../../src/data/model.js';
import { SAMPLE_URL, part, partText } from './fixtures.js';
import { waitUntil } from '../wait.js';
import { warnings } from '../console.helpers.js';

/** Istanbul is UTC+3 in September 2014. */
const at = (local: string): number => Date.parse(`${local}+03:00`);

function session(id: string, title: string, start: string, end: string, roomId?: string): FeedSession {
  return { id, title, start: `${start}+03:00`, end: `${end}+03:00`, roomId };
}

/** IGF 2014 in miniature: a morning slot, a coffee break, five workshops at 11:00, and a closing on the last day. */
const feed: FeedV1 = {
  version: 1,
  event: { name: 'IGF 2014', timeZone: 'Europe/Istanbul', start: '2014-09-02', end: '2014-09-05' },
  rooms: [{ id: 'room-03', name: 'Workshop Room 03' }],
  sessions: [
    session('orientation', 'Orientation', '2014-09-02T09:00', '2014-09-02T10:30'),
    session('coffee', 'Coffee break', '2014-09-02T10:30', '2014-09-02T11:00'),
    session('ws196', 'IGF & Enhanced Cooperation, Parallel Tracks or Connected', '2014-09-02T11:00', '2014-09-02T12:30', 'room-03'),
    ...[1, 2, 3, 4].map((n) => session(`ws${n}`, `Workshop ${n}`, '2014-09-02T11:00', '2014-09-02T12:30')),
    session('closing', 'Closing ceremony', '2014-09-05T16:00', '2014-09-05T18:00'),
  ],
};

function titles(el: EventStatusElement, name: string): string[] {
  return [...part(el, name)!.querySelectorAll('li')].map(readText);
}

function announcement(el: EventStatusElement): string {
  return el.shadowRoot!.querySelector('.visually-hidden[role="status"]')!.textContent!;
}

describe('<event-status>', () => {
  describe('states', () => {
    it('says the sample event has ended at today’s real clock', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status src=${SAMPLE_URL} locale="en"></event-status>`);
      await waitUntil(() => part(el, 'label'), 'the feed never loaded');
      expect(partText(el, 'label')).to.equal('IGF 2014 has ended');
      expect(el.getAttribute('status')).to.equal('ended');
      expect(el.status).to.equal('ended');
      expect(partText(el, 'dates')).to.equal('Tuesday, September 2, 2014 – Friday, September 5, 2014');
      expect(announcement(el)).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('counts down to the first session while upcoming, with the dates', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-08-30T09:00')} locale="en"></event-status>`);
      expect(partText(el, 'label')).to.equal('IGF 2014 starts in 3 days');
      expect(el.getAttribute('status')).to.equal('upcoming');
      const times = [...part(el, 'dates')!.querySelectorAll('time')].map((t) => t.getAttribute('datetime'));
      expect(times).to.deep.equal(['2014-09-02', '2014-09-05']);
      expect(part(el, 'now')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says tomorrow only on the day before, counting calendar days at the venue', async () => {
      const lateNight = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-08-31T23:00')} locale="en"></event-status>`);
      expect(partText(lateNight, 'label'), '34 hours before, two days before').to.equal('IGF 2014 starts in 2 days');
      const earlyMorning = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-01T01:00')} locale="en"></event-status>`);
      expect(partText(earlyMorning, 'label')).to.equal('IGF 2014 starts tomorrow');
    });

    it('shows what is on now and what is next while live', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-02T10:40')} locale="en"></event-status>`);
      expect(partText(el, 'label')).to.equal('IGF 2014 is on now');
      expect(el.getAttribute('status')).to.equal('live');
      expect(titles(el, 'now')).to.deep.equal(['Coffee break 10:30 – 11:00 AM']);
      expect(part(el, 'now')!.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('now-caption');
      expect(partText(el, 'next')).to.match(/^Up next, in 20 minutes IGF & Enhanced Cooperation, Parallel Tracks or Connected Workshop Room 03 11:00 AM – 12:30 PM/);
      expect(part(el, 'next')!.querySelector('time')!.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
      await expect(el).to.be.accessible();
    });

    it('lists up to `limit` sessions and counts the rest', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} now="2014-09-02T11:30:00+03:00" limit="2" locale="en"></event-status>`);
      const items = titles(el, 'now');
      expect(items).to.have.length(3);
      expect(items[0]).to.contain('IGF & Enhanced Cooperation');
      expect(items[2]).to.equal('and 3 more');
      expect(partText(el, 'next')).to.contain('Up next, in 3 days Closing ceremony');
    });

    it('says nothing is on between two days of a live event', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-03T20:00')} locale="en"></event-status>`);
      expect(el.getAttribute('status')).to.equal('live');
      expect(partText(el, 'now')).to.equal('Nothing is on right now.');
      expect(partText(el, 'next')).to.contain('in 2 days');
      await expect(el).to.be.accessible();
    });

    it('runs an event of dates alone from its first day’s day change to its last night’s', async () => {
      // Before its programme is out, a congress whose days change at 06:00: its last night runs until 06:00 on the 29th.
      const dates: FeedV1 = { version: 1, event: { name: 'Congress', timeZone: 'Europe/Berlin', start: '2025-12-27', end: '2025-12-28', dayChange: '06:00' }, sessions: [] };
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${dates} now="2025-12-27T03:00:00+01:00" locale="en"></event-status>`);
      expect(partText(el, 'label')).to.equal('Congress starts in 3 hours');
      el.setAttribute('now', '2025-12-29T03:00:00+01:00');
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('live');
      el.setAttribute('now', '2025-12-29T06:00:00+01:00');
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ended');
    });

    it('shows times in the time-zone asked for', async () => {
      const el = await fixture<EventStatusElement>(
        html`<event-status .feed=${feed} .now=${at('2014-09-02T10:40')} time-zone="America/New_York" locale="en"></event-status>`,
      );
      const time = part(el, 'next')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2014-09-02T04:00:00-04:00');
      expect(time.textContent).to.equal('4:00 – 5:30 AM');
    });

    it('keeps the event’s zone for a time-zone that is no zone, and says so in the console, once a value', async () => {
      const seen = await warnings(async () => {
        const el = await fixture<EventStatusElement>(
          html`<event-status .feed=${feed} .now=${at('2014-09-02T10:40')} time-zone="Europe/Istambul" locale="en"></event-status>`,
        );
        const time = part(el, 'next')!.querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal('2014-09-02T11:00:00+03:00');
        expect(time.textContent).to.equal('11:00 AM – 12:30 PM');
        el.now = at('2014-09-02T10:41');
        await el.updateComplete;
        el.setAttribute('time-zone', 'local');
        await el.updateComplete;
      });
      expect(seen).to.deep.equal([
        'schedule-elements: <event-status> Unknown time zone "Europe/Istambul": times are shown in the event\'s zone.',
      ]);
    });

    it('renders feed text as text', async () => {
      const hostile: FeedV1 = {
        ...feed,
        event: { ...feed.event, name: '<img src=x onerror="window.hacked=1">' },
        sessions: [session('x', '<script>window.hacked=1</script>', '2014-09-02T09:00', '2014-09-02T10:00')],
      };
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${hostile} .now=${at('2014-09-02T09:30')} locale="en"></event-status>`);
      expect(partText(el, 'label')).to.equal('<img src=x onerror="window.hacked=1"> is on now');
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });
  });

  describe('transitions', () => {
    it('announces a change of state politely, and not a tick within one', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-02T08:59')} locale="en"></event-status>`);
      expect(announcement(el)).to.equal('');
      el.now = at('2014-09-02T09:00');
      await el.updateComplete;
      expect(announcement(el)).to.equal('IGF 2014 is on now');
      el.now = at('2014-09-02T09:05');
      await el.updateComplete;
      expect(announcement(el)).to.equal('IGF 2014 is on now');
      el.now = at('2014-09-05T18:00');
      await el.updateComplete;
      expect(announcement(el)).to.equal('IGF 2014 has ended');
      expect(el.getAttribute('status')).to.equal('ended');
      await expect(el).to.be.accessible();
    });
  });

  describe('in other languages', () => {
    it('speaks French, Chinese and Arabic (right to left)', async () => {
      const fr = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-06T09:00')} locale="fr"></event-status>`);
      expect(partText(fr, 'label')).to.equal('IGF 2014 est terminé');
      expect(partText(fr, 'dates')).to.equal('du mardi 2 septembre 2014 au vendredi 5 septembre 2014');
      const zh = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-08-30T09:00')} locale="zh"></event-status>`);
      expect(partText(zh, 'label')).to.equal('IGF 2014将于3天后开始');
      const ar = await fixture<EventStatusElement>(html`<event-status .feed=${feed} .now=${at('2014-09-02T10:40')} locale="ar"></event-status>`);
      expect(part(ar, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(partText(ar, 'label')).to.equal('فعالية IGF 2014 جارية الآن');
      expect(partText(ar, 'now')).to.contain('يجري الآن');
      await expect(ar).to.be.accessible();
    });

    it('says the event has ended in the same words as a full card beside it, in every language', async () => {
      await import('../../src/components/session-card/session-card.define.js');
      const after = at('2014-09-06T09:00');
      for (const locale of ['en', 'ar', 'es', 'fr', 'ru', 'zh']) {
        const page = await fixture<HTMLDivElement>(html`<div lang=${locale}>
          <event-status .feed=${feed} .now=${after}></event-status>
          <session-card .feed=${feed} session-id="ws196" variant="full" .now=${after}></session-card>
        </div>`);
        const [status, card] = [page.querySelector('event-status')!, page.querySelector('session-card')!];
        await Promise.all([status.updateComplete, card.updateComplete]);
        expect(partText(card, 'status'), locale).to.equal(partText(status, 'label'));
      }
    });
  });

  describe('feed states and slot', () => {
    it('shows loading, then an error for a feed that is not there', async () => {
      const el = await fixture<EventStatusElement>(html`<event-status src="/no-such-feed.json" locale="en"></event-status>`);
      expect(el.shadowRoot!.querySelector('[part="state"]')!.textContent).to.equal('Loading the schedule…');
      await expect(el).to.be.accessible();
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.equal('The schedule is not available right now.');
      expect(el.hasAttribute('status')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the site’s call to action in the actions slot', async () => {
      const el = await fixture<EventStatusElement>(html`
        <event-status .feed=${feed} .now=${at('2014-08-30T09:00')} locale="en"><a slot="actions" href="/programme">See the programme</a></event-status>
      `);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="actions"]')!;
      expect(slot.assignedElements().map((a) => a.textContent)).to.deep.equal(['See the programme']);
      await expect(el).to.be.accessible();
    });
  });
});
