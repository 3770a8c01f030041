/**
 * The single file alone on an Arabic page: the Arabic words' file is missing, so the components fall
 * back to English, and then they are English throughout (left to right, `lang="en"`, English numbers
 * and dates), not English sentences laid out right to left around Arabic figures. Its own page: the
 * missing language is remembered for the page's life.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { AttendeeCountElement } from '../../src/components/attendee-count/attendee-count.js';
import '../../src/components/attendee-count/attendee-count.define.js';
import type { EventStatusElement } from '../../src/components/event-status/event-status.js';
import '../../src/components/event-status/event-status.define.js';
import { setLanguageImporter } from '../../src/i18n/languages.js';
import { warnings } from '../console.helpers.js';
import { partText, talkFeed } from './fixtures.js';
import { waitUntil } from '../wait.js';

const feed = talkFeed({ attendees: { count: 3 } }, { start: '2014-09-02', end: '2014-09-03' });

describe('a language whose file is missing', () => {
  it('leaves the components in English, left to right, from the first render that knows it', async () => {
    const restore = setLanguageImporter(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    try {
      let count!: AttendeeCountElement;
      let status!: EventStatusElement;
      const seen = await warnings(async () => {
        const page = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl">
          <attendee-count .feed=${feed} session-id="talk"></attendee-count>
          <event-status .feed=${feed} .now=${Date.parse('2014-08-20T12:00:00Z')}></event-status>
        </div>`);
        [count, status] = [page.querySelector('attendee-count')!, page.querySelector('event-status')!];
        await waitUntil(() => count.shadowRoot!.querySelector('[part~="base"]')?.getAttribute('lang') === 'en', 'the count still speaks Arabic');
        await status.updateComplete;
      });
      expect(seen).to.have.length(1);
      expect(seen[0]).to.contain('schedule-elements-ar.min.js');
      for (const el of [count, status]) {
        const base = el.shadowRoot!.querySelector('[part~="base"]')!;
        expect([base.getAttribute('lang'), base.getAttribute('dir'), getComputedStyle(base).direction]).to.deep.equal(['en', 'ltr', 'ltr']);
      }
      expect(partText(count, 'summary')).to.equal('3 attendees');
      expect(partText(status, 'label')).to.equal('Test Summit starts in 13 days');
      expect(status.shadowRoot!.textContent!.replace(/\s+/g, ' ')).to.contain('Tuesday, September 2, 2014');
    } finally {
      restore();
    }
  });
});
