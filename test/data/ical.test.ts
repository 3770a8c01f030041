import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import {
  calendarFileName,
  googleCalendarUrl,
  outlookCalendarUrl,
  toICalendar,
} from '../../src/data/ical.js';
import { htmlToPlainText } from '../../src/data/plain-text.js';
import { fromICalendar } from '../../src/data/adapters/ical.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { toSavedEntry } from '../../src/data/saved.js';
import type { EventInfo, FeedSession, FeedV1, Schedule, Session } from '../../src/data/model.js';
import { fixture } from './fixtures.js';

const NOW = Date.UTC(2014, 7, 1, 12, 0, 0);

/** The schedule of an inline feed; fails on any fatal or error diagnostic. */
function schedule(sessions: FeedSession[], extra: Partial<FeedV1> = {}, event: Partial<FeedV1['event']> = {}): Schedule {
  const { schedule: result, diagnostics } = normalizeFeed({
    version: 1,
    event: { id: 'conf-1', name: 'Conf 1', timeZone: 'Europe/Istanbul', ...event },
    sessions,
    ...extra,
  } satisfies FeedV1);
  const bad = diagnostics.filter((d) => d.severity !== 'warning');
  assert.deepEqual(bad, [], 'the inline feed is valid');
  return result;
}

function session(s: Schedule, id: string): Session {
  const found = s.sessionsById.get(id);
  assert.ok(found, `session ${id}`);
  return found;
}

function seed(): Schedule {
  const json: unknown = JSON.parse(readFileSync(new URL('../../src/sample/igf-2014.json', import.meta.url), 'utf8'));
  return normalizeFeed(json).schedule;
}

/** The VEVENTs of an iCalendar text as ical.js reads it. */
function vevents(ics: string): ICAL.Component[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  assert.equal(calendar.name, 'vcalendar');
  return calendar.getAllSubcomponents('vevent');
}

function text(component: ICAL.Component, name: string): unknown {
  return component.getFirstPropertyValue(name);
}

/** Epoch milliseconds of a DATE-TIME property. */
function instant(component: ICAL.Component, name: string): number {
  const value = component.getFirstPropertyValue(name);
  assert.ok(value instanceof ICAL.Time, `${name} is a date-time`);
  return value.toJSDate().getTime();
}

/** The raw (unfolded) content lines of an iCalendar text. */
function unfolded(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n');
}

function assertFolded(ics: string): void {
  assert.ok(ics.endsWith('\r\n'), 'ends with CRLF');
  assert.doesNotMatch(ics.replace(/\r\n/g, ''), /[\r\n]/, 'no bare CR or LF');
  for (const line of ics.slice(0, -2).split('\r\n')) {
    assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `at most 75 octets: ${line}`);
    assert.doesNotMatch(line, /^[\udc00-\udfff]|[\ud800-\udbff]$/, 'no character is split');
    assert.ok(!line.includes('\ufffd'), 'no replacement character');
  }
}

describe('toICalendar', () => {
  it('writes the seed session ws196 in UTC, with its summary, location, description, URL and categories', () => {
    const s = seed();
    const ws196 = session(s, 'ws196');
    const ics = toICalendar([ws196], s.event, { now: NOW });
    const lines = unfolded(ics);
    assert.ok(lines.includes('DTSTART:20140902T080000Z'));
    assert.ok(lines.includes('DTEND:20140902T093000Z'));
    assert.ok(lines.includes('UID:ws196@igf-2014.schedule-elements'));
    assert.ok(lines.includes('DTSTAMP:20140801T120000Z'));
    assert.ok(lines.includes('SUMMARY:WS196: IGF & Enhanced Cooperation\\, Parallel Tracks or Connected'));
    assert.ok(lines.includes('LOCATION:Workshop Room 03\\, Rumeli -1 Floor / Room 1\\, Istanbul\\, Turkey'));
    assert.ok(lines.includes('URL:https://example.org/igf2014/ws196/media'));
    assert.ok(lines.includes('CATEGORIES:IGF and the Future of the Internet Ecosystem,Workshop'));
    assertFolded(ics);

    const [event, ...rest] = vevents(ics);
    assert.ok(event);
    assert.equal(rest.length, 0);
    assert.equal(instant(event, 'dtstart'), ws196.startMs);
    assert.equal(instant(event, 'dtend'), ws196.endMs);
    const description = String(text(event, 'description'));
    assert.match(description, /^The Internet Governance Forum \(IGF\) and Enhanced Cooperation has been introduced/);
    assert.match(description, /\n\nThe workshop would address the following questions:\n\n1\. Can we view the IGF/);
    assert.match(description, /\n2\. If the IGF is a non-binding/);
    assert.match(description, /\n3\. In light of the two previous question/);
    assert.doesNotMatch(description, /[<>]/, 'no markup');
    assert.match(description, /\n\nModerator: Qusai Al-Shatti\nSpeakers: Peter Major, Desiree Miloshevic$/);
    assert.deepEqual(event.getFirstProperty('categories')?.getValues(), ['IGF and the Future of the Internet Ecosystem', 'Workshop']);
  });

  it('writes the calendar header and one VEVENT per session', () => {
    const s = seed();
    const ics = toICalendar(s.sessions.slice(0, 5), s.event, { now: NOW });
    const lines = unfolded(ics);
    assert.deepEqual(lines.slice(0, 6), [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//schedule-elements//EN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:IGF 2014',
      'X-WR-TIMEZONE:Europe/Istanbul',
    ]);
    assert.deepEqual(lines.slice(-2), ['END:VCALENDAR', '']);
    const events = vevents(ics);
    assert.equal(events.length, 5);
    events.forEach((event, i) => {
      const expected = s.sessions[i]!;
      assert.equal(instant(event, 'dtstart'), expected.startMs);
      assert.equal(instant(event, 'dtend'), expected.endMs);
      assert.equal(text(event, 'uid'), `${expected.id}@igf-2014.schedule-elements`);
    });
    assertFolded(ics);
  });

  it('names the event zone, so that the file read back (by our iCalendar adapter, as by calendars that take X-WR-TIMEZONE) shows the venue\'s times, not UTC', () => {
    const s = seed();
    const back = fromICalendar(toICalendar(s.sessions, s.event, { now: NOW }));
    assert.deepEqual(back.diagnostics, [], 'no warning that the file names no zone');
    assert.equal(back.feed?.event.timeZone, 'Europe/Istanbul');
    assert.deepEqual(back.feed?.sessions.map((x) => [x.start, x.end]), s.sessions.map((x) => [x.start, x.end]));
  });

  it('writes an empty calendar for no sessions, and DTSTAMP from Date.now() by default', () => {
    const s = seed();
    assert.equal(vevents(toICalendar([], s.event)).length, 0);
    const before = Math.floor(Date.now() / 1000) * 1000;
    const stamp = instant(vevents(toICalendar([session(s, 'ws196')], s.event))[0]!, 'dtstamp');
    assert.ok(stamp >= before && stamp <= Date.now(), 'stamped now');
  });

  it('gives the exact instants across DST changes and midnight in America/New_York', () => {
    const s = schedule(
      [
        // Fall back: 01:00–02:00 happens twice; 00:30 EDT to 03:00 EST is 3.5 hours.
        { id: 'fall', title: 'Fall back', start: '2024-11-03T00:30', end: '2024-11-03T03:00' },
        // Spring forward: 02:00–03:00 never happens; 01:00 EST to 04:00 EDT is 2 hours.
        { id: 'spring', title: 'Spring forward', start: '2024-03-10T01:00', end: '2024-03-10T04:00' },
        { id: 'night', title: 'Over midnight', start: '2024-07-04T23:00', end: '2024-07-05T01:30' },
        { id: 'offset', title: 'With an offset', start: '2024-07-04T10:00:00+02:00', duration: 'PT45M' },
      ],
      {},
      { timeZone: 'America/New_York' },
    );
    const expected: Record<string, [string, string]> = {
      fall: ['20241103T043000Z', '20241103T080000Z'],
      spring: ['20240310T060000Z', '20240310T080000Z'],
      night: ['20240705T030000Z', '20240705T053000Z'],
      offset: ['20240704T080000Z', '20240704T084500Z'],
    };
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    const lines = unfolded(ics);
    for (const [start, end] of Object.values(expected)) {
      assert.ok(lines.includes(`DTSTART:${start}`), start);
      assert.ok(lines.includes(`DTEND:${end}`), end);
    }
    const events = vevents(ics);
    assert.equal(events.length, 4);
    for (const event of events) {
      const id = String(text(event, 'uid')).split('@')[0]!;
      const source = session(s, id);
      assert.equal(instant(event, 'dtstart'), source.startMs, `${id} start`);
      assert.equal(instant(event, 'dtend'), source.endMs, `${id} end`);
    }
  });

  it('round-trips SUMMARY, LOCATION and DESCRIPTION with commas, semicolons, backslashes, newlines, emoji and Arabic', () => {
    const title = 'Back\\slash; semi, comma — 🎉 مرحبا بالعالم 👩🏽‍💻';
    const description = 'Line one, with a comma; and a semicolon.\nLine two \\ backslash \\n not a newline.\n\nفقرة عربية طويلة بما يكفي لتُطوى على عدة أسطر، مع رموز تعبيرية 🌍🌍🌍🌍🌍🌍🌍🌍🌍🌍🌍🌍 وعلامات ترقيم؛ نعم.';
    const s = schedule(
      [
        {
          id: 'tricky',
          code: 'T;1',
          title,
          start: '2014-09-02T11:00',
          end: '2014-09-02T12:00',
          roomId: 'r',
          description,
          people: [{ id: 'p1', role: 'moderator' }, { id: 'p2' }, { id: 'p3', role: 'Rapporteur, EU' }],
        },
      ],
      {
        rooms: [{ id: 'r', name: 'Salle A, B; C\\D', location: 'الطابق الأول\nجناح 🅱️' }],
        people: [
          { id: 'p1', name: 'Qusai Al-Shatti' },
          { id: 'p2', name: 'قصي الشطي' },
          { id: 'p3', name: 'Jane "JD" Doe' },
        ],
      },
      { location: 'İstanbul, Türkiye' },
    );
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    assertFolded(ics);
    const [event] = vevents(ics);
    assert.ok(event);
    assert.equal(text(event, 'summary'), `T;1: ${title}`);
    assert.equal(text(event, 'location'), 'Salle A, B; C\\D, الطابق الأول\nجناح 🅱️, İstanbul, Türkiye');
    assert.equal(
      text(event, 'description'),
      `${description}\n\nModerator: Qusai Al-Shatti\nSpeaker: قصي الشطي\nRapporteur, EU: Jane "JD" Doe`,
    );
    // The raw text is escaped as RFC 5545 says.
    assert.ok(unfolded(ics).includes(`SUMMARY:T\\;1: Back\\\\slash\\; semi\\, comma — 🎉 مرحبا بالعالم 👩🏽‍💻`));
  });

  it('folds every line at 75 octets without splitting a character, whatever the script', () => {
    for (const unit of ['a', 'é', 'ع', '€', '🎉', 'a🎉', 'ab\\', ',', 'x\n']) {
      const long = unit.repeat(200);
      const title = long.replace(/\n/g, '');
      const s = schedule([{ id: 'long', title, start: '2014-09-02T11:00', description: long }]);
      const ics = toICalendar(s.sessions, s.event, { now: NOW });
      assertFolded(ics);
      const [event] = vevents(ics);
      assert.ok(event);
      assert.equal(text(event, 'summary'), title, `summary of ${JSON.stringify(unit)}`);
      assert.equal(text(event, 'description'), long.trim(), `description of ${JSON.stringify(unit)}`);
    }
  });

  it('gives stable UIDs, distinct per session and event, from cleaned ids', () => {
    const feed: FeedSession[] = [
      { id: 'a b', title: 'One', start: '2014-09-02T11:00' },
      { id: 'a_b', title: 'Two', start: '2014-09-02T11:00' },
      { id: 'a%20b', title: 'Three', start: '2014-09-02T11:00' },
      { id: 'x@y;z\r\nBEGIN:VALARM', title: 'Four', start: '2014-09-02T11:00' },
      { id: 'ünï', title: 'Five', start: '2014-09-02T11:00' },
    ];
    const s = schedule(feed);
    const uids = (ics: string): string[] => vevents(ics).map((e) => String(text(e, 'uid')));
    const first = uids(toICalendar(s.sessions, s.event, { now: NOW }));
    const again = uids(toICalendar(s.sessions, s.event, { now: NOW + 86_400_000 }));
    assert.deepEqual(first, again, 'stable across calls');
    assert.equal(new Set(first).size, feed.length, 'distinct');
    for (const uid of first) assert.match(uid, /^[A-Za-z0-9._%-]+@conf-1\.schedule-elements$/);
    assert.ok(first.includes('a%20b@conf-1.schedule-elements'));
    assert.ok(first.includes('a%2520b@conf-1.schedule-elements'));

    const other = schedule(feed, {}, { id: 'conf 2' });
    const otherUids = uids(toICalendar(other.sessions, other.event, { now: NOW }));
    assert.ok(otherUids.every((uid) => uid.endsWith('@conf%202.schedule-elements')));

    const noId = schedule(feed, {}, { id: undefined, name: 'My Conf' });
    assert.ok(uids(toICalendar(noId.sessions, noId.event, { now: NOW })).every((uid) => uid.endsWith('@My%20Conf.schedule-elements')));
  });

  it('writes URL from options.url, else the first session link, and only absolute http(s) URLs', () => {
    const s = schedule(
      [
        { id: 'linked', title: 'Linked', start: '2014-09-02T11:00', links: [{ url: '/sessions/linked' }, { url: 'https://example.org/second' }] },
        { id: 'bare', title: 'Bare', start: '2014-09-02T11:00' },
      ],
      {},
      { url: 'https://conf.example/2014/' },
    );
    const urls = (ics: string): unknown[] => vevents(ics).map((e) => text(e, 'url'));
    assert.deepEqual(urls(toICalendar(s.sessions, s.event, { now: NOW })), ['https://conf.example/sessions/linked', null]);
    assert.deepEqual(
      urls(toICalendar(s.sessions, s.event, { now: NOW, url: (x) => `https://site.example/agenda#${x.id}` })),
      ['https://site.example/agenda#linked', 'https://site.example/agenda#bare'],
    );
    assert.deepEqual(
      urls(toICalendar(s.sessions, s.event, { now: NOW, url: () => 'javascript:alert(1)' })),
      [null, null],
    );
    const noBase = schedule([{ id: 'rel', title: 'Rel', start: '2014-09-02T11:00', links: [{ url: 'relative/page' }] }]);
    assert.equal(text(vevents(toICalendar(noBase.sessions, noBase.event, { now: NOW }))[0]!, 'url'), null);
  });

  it('leaves out what a session does not have, and keeps markdown and text descriptions as written', () => {
    const s = schedule([
      { id: 'min', title: 'Minimal', start: '2014-09-02T11:00', end: '2014-09-02T11:00' },
      { id: 'md', title: 'Markdown', start: '2014-09-02T11:00', description: '**Bold** and [a link](https://e.org)\n\n- one\n- two', descriptionFormat: 'markdown' },
    ]);
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    const [min, md] = vevents(ics);
    assert.ok(min && md);
    assert.equal(text(min, 'summary'), 'Minimal');
    for (const name of ['location', 'description', 'url', 'categories']) assert.equal(min.getFirstProperty(name), null, name);
    assert.equal(text(md, 'description'), '**Bold** and [a link](https://e.org)\n\n- one\n- two');
  });

  it('writes a markdown description without the HTML and entities it holds, its lines and autolinks kept (pretalx and frab feeds: rC3, Camp 2019)', () => {
    const s = schedule([
      {
        id: 'md', title: 'Markdown', start: '2014-09-02T11:00', descriptionFormat: 'markdown',
        description: '<small>English Version below</small>  \r\n<h2>Einführung</h2>\r\n<p>Wir &amp; <a href="https://e.org/boxes">Boxes.py</a> heute.</p>\n\n- **one** <br>\n- Source: <https://github.com/teamtype/teamtype>\n\nMail <team@e.org> if 2 < 3',
      },
    ]);
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    const expected = 'English Version below\nEinführung\nWir & Boxes.py (https://e.org/boxes) heute.\n\n- **one**\n- Source: https://github.com/teamtype/teamtype\n\nMail team@e.org if 2 < 3';
    assert.equal(text(vevents(ics)[0]!, 'description'), expected);
    const google = new URL(googleCalendarUrl(s.sessions[0]!, s.event)).searchParams;
    assert.equal(google.get('details'), expected);
  });

  it('writes no DTEND for a session that ends as it starts (RFC 5545 §3.8.2.2 wants DTEND later), and ical.js reads it so', () => {
    const s = schedule([
      { id: 'bell', title: 'Bell', start: '2014-09-02T11:00' },
      { id: 'same', title: 'Same', start: '2014-09-02T11:00', end: '2014-09-02T11:00' },
      { id: 'talk', title: 'Talk', start: '2014-09-02T11:00', end: '2014-09-02T11:30' },
    ]);
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    assert.deepEqual(
      unfolded(ics).filter((line) => /^(UID|DTSTART|DTEND)/.test(line)),
      [
        'UID:bell@conf-1.schedule-elements', 'DTSTART:20140902T080000Z',
        'UID:same@conf-1.schedule-elements', 'DTSTART:20140902T080000Z',
        'UID:talk@conf-1.schedule-elements', 'DTSTART:20140902T080000Z', 'DTEND:20140902T083000Z',
      ],
    );
    for (const vevent of vevents(ics).slice(0, 2)) {
      const read = new ICAL.Event(vevent);
      assert.equal(read.endDate.toJSDate().getTime(), read.startDate.toJSDate().getTime(), 'RFC 5545 §3.6.1: it ends as it starts');
    }
  });
});

describe('calendarFileName', () => {
  it('names the file after the session id, with safe characters only', () => {
    const s = seed();
    assert.equal(calendarFileName(session(s, 'ws196')), 'ws196.ics');
    const odd = schedule([
      { id: '../etc/pass wd?', title: 'Odd', start: '2014-09-02T11:00' },
      { id: '🎉', title: 'Emoji', start: '2014-09-02T11:00' },
    ]);
    assert.equal(calendarFileName(session(odd, '../etc/pass wd?')), 'etc-pass-wd.ics');
    assert.equal(calendarFileName(session(odd, '🎉')), 'session.ics');
  });
});

describe('calendar links', () => {
  const s = seed();
  const ws196 = session(s, 'ws196');
  const event: EventInfo = s.event;

  it('googleCalendarUrl gives the UTC dates, event zone and encoded parameters', () => {
    const link = googleCalendarUrl(ws196, event);
    assert.ok(link.startsWith('https://calendar.google.com/calendar/render?'));
    const url = new URL(link);
    assert.equal(url.searchParams.get('action'), 'TEMPLATE');
    assert.equal(url.searchParams.get('dates'), '20140902T080000Z/20140902T093000Z');
    assert.equal(url.searchParams.get('text'), 'WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    assert.equal(url.searchParams.get('location'), 'Workshop Room 03, Rumeli -1 Floor / Room 1, Istanbul, Turkey');
    assert.equal(url.searchParams.get('ctz'), 'Europe/Istanbul');
    assert.match(url.searchParams.get('details')!, /\n\nModerator: Qusai Al-Shatti\nSpeakers: Peter Major, Desiree Miloshevic$/);
    assert.doesNotMatch(link, /[ \n&]IGF|\+/, 'spaces and ampersands are encoded');
  });

  it('outlookCalendarUrl gives the UTC start and end and encoded parameters', () => {
    const link = outlookCalendarUrl(ws196, event);
    assert.ok(link.startsWith('https://outlook.live.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent&'));
    const url = new URL(link);
    assert.equal(url.searchParams.get('startdt'), '2014-09-02T08:00:00Z');
    assert.equal(url.searchParams.get('enddt'), '2014-09-02T09:30:00Z');
    assert.equal(url.searchParams.get('subject'), 'WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    assert.equal(url.searchParams.get('location'), 'Workshop Room 03, Rumeli -1 Floor / Room 1, Istanbul, Turkey');
    assert.match(url.searchParams.get('body')!, /^The Internet Governance Forum/);
    assert.doesNotMatch(link, /\+/, 'spaces as %20, never +');
  });

  it('encodes every special character and trims long details at a character boundary', () => {
    const long = `${'🌍 عربي & more + #hash? '.repeat(400)}END`;
    const t = schedule([
      { id: 'x', title: 'A + B & C #1 = 100% ?', start: '2014-09-02T23:30', end: '2014-09-03T00:30', description: long },
    ]);
    const x = t.sessions[0]!;
    for (const link of [googleCalendarUrl(x, t.event), outlookCalendarUrl(x, t.event)]) {
      const url = new URL(link);
      const title = url.searchParams.get('text') ?? url.searchParams.get('subject');
      assert.equal(title, 'A + B & C #1 = 100% ?');
      const details = url.searchParams.get('details') ?? url.searchParams.get('body')!;
      assert.ok(details.endsWith('\u2026'), 'trimmed');
      assert.ok(long.startsWith(details.slice(0, -1)), 'a prefix of the text');
      assert.ok(!/[\ud800-\udbff]$/.test(details.slice(0, -1)), 'no split emoji');
      assert.ok(link.length < 4000, `short enough: ${link.length}`);
      assert.equal(url.hash, '');
    }
    assert.equal(new URL(googleCalendarUrl(x, t.event)).searchParams.get('dates'), '20140902T203000Z/20140902T213000Z');
    assert.equal(new URL(outlookCalendarUrl(x, t.event)).searchParams.get('enddt'), '2014-09-02T21:30:00Z');
  });

  it('open a session without an end at its instant (Google needs both dates; they may be the same)', () => {
    const t = schedule([{ id: 'bell', title: 'Bell', start: '2014-09-02T11:00' }]);
    const bell = t.sessions[0]!;
    assert.equal(new URL(googleCalendarUrl(bell, t.event)).searchParams.get('dates'), '20140902T080000Z/20140902T080000Z');
    const outlook = new URL(outlookCalendarUrl(bell, t.event)).searchParams;
    assert.deepEqual([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')], ['2014-09-02T08:00:00Z', '2014-09-02T08:00:00Z', null]);
  });
});

describe('htmlToPlainText', () => {
  it('removes tags, decodes entities, and lays out paragraphs, breaks and lists', () => {
    assert.equal(
      htmlToPlainText('<h3>Fish &amp; chips</h3><p>One<br>two<br/><br />three</p>\n<ol><li>First</li><li> Second\n item </li></ol><p>Done&nbsp;&hellip; &#169; &#x1F600;</p>'),
      'Fish & chips\n\nOne\ntwo\n\nthree\n\n1. First\n2. Second item\n\nDone\u00a0\u2026 \u00a9 \ud83d\ude00',
    );
  });

  it('numbers ordered lists from their start, bullets unordered ones, and indents nested lists', () => {
    assert.equal(
      htmlToPlainText('<ul><li>a<ol start="3"><li>b</li><li>c</li></ol></li><li>d</li></ul>after'),
      '\u2022 a\n   3. b\n   4. c\n\u2022 d\n\nafter',
    );
  });

  it('drops scripts, styles, comments and unknown markup, and keeps a stray < as text', () => {
    assert.equal(
      htmlToPlainText('<!doctype html><style>p{}</style><SCRIPT>alert("x")</SCRIPT><!-- note --><p onclick="x()">1 < 2 &amp;&amp; 3 > 2 &bogus; &lt;b&gt;</p><custom-tag a=">">ok</custom-tag>'),
      '1 < 2 && 3 > 2 &bogus; <b>\n\nok',
    );
    assert.equal(htmlToPlainText('<p>unclosed <b'), 'unclosed');
    assert.equal(htmlToPlainText('<script>never closed'), '');
    assert.equal(htmlToPlainText('&#0; &#xD800; &#x110000;'), '\ufffd \ufffd \ufffd');
  });

  it('keeps a reference named like a property of every object (&constructor;, &toString;) as written, not as a function\'s source', () => {
    assert.equal(htmlToPlainText('<p>a &constructor; b &toString; c &valueOf; d</p>'), 'a &constructor; b &toString; c &valueOf; d');
  });

  it('drops the namespaced tags of HTML pasted from Word, and keeps Markdown autolinks as their address', () => {
    assert.equal(htmlToPlainText('<p class="MsoNormal">Fish<o:p></o:p></p><p><st1:City w:st="on">Istanbul</st1:City></p>'), 'Fish\n\nIstanbul');
    assert.equal(htmlToPlainText('See <https://e.org/a?b=1> or <team@e.org>.'), 'See https://e.org/a?b=1 or team@e.org.');
  });

  it('keeps preformatted text and shows link addresses after their text', () => {
    assert.equal(htmlToPlainText('<pre>  a\n    b</pre>'), 'a\n    b');
    assert.equal(
      htmlToPlainText('See <a href="https://e.org/x?a=1&amp;b=2">the page</a>, <a href="https://e.org">https://e.org</a> and <a href="javascript:alert(1)">this</a>.'),
      'See the page (https://e.org/x?a=1&b=2), https://e.org and this.',
    );
  });

  it('runs in linear time on hostile input', () => {
    for (const unit of ['<a ', '<a "', "<p x='", '<!--', '<!', '&#', '<li>', '<ol><li>', '<a href=x>', '<script>']) {
      const started = performance.now();
      const text = htmlToPlainText(unit.repeat(50_000));
      assert.ok(performance.now() - started < 2000, `${unit} is fast`);
      assert.ok(text.length < 1_000_000, `${unit} gives a bounded text`);
    }
  });
});

describe('calendars in the reader’s language', () => {
  const multilingual = normalizeFeed(fixture('multilingual')).schedule;
  const opening = multilingual.sessionsById.get('opening')!;

  it('writes the .ics in the locale asked for, the default language without one', () => {
    const german = toICalendar([opening], multilingual.event, { now: 0, locale: 'de-DE' });
    assert.match(german, /\r\nSUMMARY:Eröffnung\r\n/);
    assert.match(german, /\r\nLOCATION:Großer Saal\\, Erdgeschoss\\, Berlin\\, Deutschland\r\n/);
    assert.match(german, /\r\nDESCRIPTION:Willkommen zum Forum\.\\n\\nSpeaker: Amal Haddad\r\n/);
    assert.match(german, /\r\nCATEGORIES:Gesellschaft\r\n/);
    assert.match(german, /\r\nX-WR-CALNAME:Forum Offenes Netz\r\n/);
    assert.match(toICalendar([opening], multilingual.event, { now: 0 }), /\r\nSUMMARY:Opening\r\n/);
  });

  it('fills the Google and Outlook links in the locale asked for', () => {
    assert.equal(new URL(googleCalendarUrl(opening, multilingual.event, 'ar')).searchParams.get('text'), 'الافتتاح');
    assert.equal(new URL(outlookCalendarUrl(opening, multilingual.event, 'pt-BR')).searchParams.get('subject'), 'Abertura');
  });
});

describe('all-day sessions', () => {
  const s = schedule([
    { id: 'sprints', title: 'Sprints', start: '2024-03-20T00:00', end: '2024-03-22T00:00', allDay: true },
    { id: 'fair', title: 'Job fair', start: '2024-03-25T09:00', end: '2024-03-25T17:00', allDay: true },
  ], {}, { timeZone: 'Europe/Berlin' });

  it('writes them as DATE values, the end the day after the last day, and ical.js reads them as all-day', () => {
    const ics = toICalendar(s.sessions, s.event, { now: NOW });
    const lines = unfolded(ics);
    assert.deepEqual(lines.filter((l) => l.startsWith('DTSTART') || l.startsWith('DTEND')), [
      'DTSTART;VALUE=DATE:20240320',
      'DTEND;VALUE=DATE:20240322',
      'DTSTART;VALUE=DATE:20240325',
      'DTEND;VALUE=DATE:20240326',
    ]);
    const [sprints] = vevents(ics);
    const start = sprints!.getFirstPropertyValue('dtstart');
    assert.ok(start instanceof ICAL.Time && start.isDate);
  });

  it('writes saved sessions that left the programme as cancelled, at their saved days, under the UID they had', () => {
    const [sprints, fair] = s.sessions.map((x) => toSavedEntry(x, 0));
    const ics = toICalendar([], s.event, { now: NOW, cancelled: [{ ...sprints!, title: 'Sprints; day 1, 2' }, fair!] });
    const [first, second, ...rest] = vevents(ics);
    assert.equal(rest.length, 0);
    assert.equal(first?.getFirstPropertyValue('uid'), unfolded(toICalendar(s.sessions, s.event, { now: NOW })).find((l) => l.startsWith('UID:'))!.slice(4));
    assert.deepEqual([first, second].map((event) => [event?.getFirstPropertyValue('summary'), event?.getFirstPropertyValue('status'), String(event?.getFirstPropertyValue('dtstart')), String(event?.getFirstPropertyValue('dtend'))]), [
      ['Sprints; day 1, 2', 'CANCELLED', '2024-03-20', '2024-03-22'],
      ['Job fair', 'CANCELLED', '2024-03-25', '2024-03-26'],
    ]);
  });

  it('come back as the same all-day sessions through the iCalendar adapter', () => {
    const back = fromICalendar(toICalendar(s.sessions, s.event, { now: NOW }), { eventTimeZone: 'Europe/Berlin' });
    assert.deepEqual(back.feed?.sessions.map((x) => [x.title, x.start, x.end, x.allDay]), [
      ['Sprints', '2024-03-20T00:00:00', '2024-03-22T00:00:00', true],
      ['Job fair', '2024-03-25T00:00:00', '2024-03-26T00:00:00', true],
    ]);
  });

  it('open the calendar services on whole days', () => {
    const sprints = session(s, 'sprints');
    assert.equal(new URL(googleCalendarUrl(sprints, s.event)).searchParams.get('dates'), '20240320/20240322');
    const outlook = new URL(outlookCalendarUrl(sprints, s.event)).searchParams;
    assert.deepEqual([outlook.get('startdt'), outlook.get('enddt'), outlook.get('allday')], ['2024-03-20', '2024-03-22', 'true']);
    assert.equal(new URL(outlookCalendarUrl(session(seed(), 'ws196'), seed().event)).searchParams.has('allday'), false);
  });
});
