/**
 * The .ics writer on the XSS and injection corpus (test/security/xss-payloads.ts) in every field it
 * reads: no injected property line or parameter, CR/LF, `;` and `,` escaped, lines folded at 75
 * octets, and the titles a calendar reads back are the feed's (test/security/ical-audit.ts).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { googleCalendarUrl, outlookCalendarUrl, toICalendar } from '../../src/data/ical.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { auditICalendar } from '../security/ical-audit.js';
import { corpusFeed } from '../security/xss-feed.js';
import { payloads } from '../security/xss-payloads.js';

const PAYLOADS = payloads();
const { schedule } = normalizeFeed(corpusFeed(PAYLOADS));
const NOW = Date.UTC(2030, 0, 1);

describe('the .ics writer on the injection corpus', () => {
  it(`writes ${PAYLOADS.length} sessions, every field a payload, without an injected line`, () => {
    assert.equal(schedule.sessions.length, PAYLOADS.length);
    const ics = toICalendar(schedule.sessions, schedule.event, { now: NOW });
    assert.deepEqual(auditICalendar(ics, schedule.sessions, schedule.event), []);
  });

  it('resolves each payload as the event URL, or leaves the URL out', () => {
    const sessions = schedule.sessions.slice(0, 1);
    const problems = PAYLOADS.flatMap((url, i) => {
      const event = { ...schedule.event, url };
      const ics = toICalendar(sessions, event, { now: NOW, url: () => 'talks/1?x=1' });
      return auditICalendar(ics, sessions, event).map((p) => `${i}: ${p}`);
    });
    assert.deepEqual(problems, []);
  });

  it('gives calendar links that stay on Google’s and Outlook’s hosts, with no space or line break', () => {
    const bad = schedule.sessions.flatMap((session) =>
      [googleCalendarUrl(session, schedule.event), outlookCalendarUrl(session, schedule.event)].filter(
        (url) => /\s/.test(url) || !['calendar.google.com', 'outlook.live.com'].includes(new URL(url).host),
      ),
    );
    assert.deepEqual(bad, []);
  });

  it('the audit finds an injected line, an unfolded line, an unescaped separator and a changed title (controls)', () => {
    const sessions = schedule.sessions.slice(0, 1);
    const ics = toICalendar(sessions, schedule.event, { now: NOW });
    const broken = [
      ics.replace('BEGIN:VEVENT\r\n', 'BEGIN:VEVENT\r\nATTENDEE:mailto:evil@example.org\r\n'),
      ics.replace(/\r\n /, ''),
      ics.replace('SUMMARY:', 'SUMMARY:a;b'),
      ics.replace('SUMMARY:', 'SUMMARY:x'),
      ics.replace('SUMMARY:', 'SUMMARY;X-P=1:'),
      ics.replace('END:VEVENT\r\n', 'END:VEVENT\r\nBEGIN:VEVENT\r\nEND:VEVENT\r\n'),
    ];
    for (const text of broken) {
      assert.notEqual(text, ics, 'the control changed the file');
      assert.notDeepEqual(auditICalendar(text, sessions, schedule.event), [], text.slice(0, 300));
    }
  });
});
