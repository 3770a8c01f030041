import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FEED_FORMATS, convertFeed, detectFormat, isFeedFormat, type FeedFormat } from '../../../src/data/adapters/index.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { FEEDS_DIR, skipUnlessFeed } from './real-feeds.js';

/** Every real feed and its format. */
const REAL: Record<string, FeedFormat> = {
  'frab-camp2019-schedule.json': 'pretalx',
  'pretalx-rc3-channels-2020-schedule.json': 'pretalx',
  'c3voc-39c3-main-halls-schedule.json': 'pretalx',
  'c3voc-39c3-everything-schedule.json': 'pretalx',
  'sessionize-scottishsummit-2026-all.json': 'sessionize',
  'sessionize-qaorthehwy-2026-all.json': 'sessionize',
  'sessionize-globalazure-austria-2024-all.json': 'sessionize',
  'sched-graphqlconf-2024-sessions-excerpt.json': 'sched',
  'ical-pyconuk-2015-schedule.ics': 'ical',
};

const read = (name: string): string => readFileSync(join(FEEDS_DIR, name), 'utf8');

const V1 = { version: 1, event: { name: 'E', timeZone: 'UTC' }, sessions: [{ id: 's', title: 'S', start: '2024-01-01T10:00' }] };

describe('detectFormat: real feeds, as text and parsed', () => {
  for (const [name, format] of Object.entries(REAL)) {
    it(`${name} is ${format}`, { skip: skipUnlessFeed(name) }, () => {
      const text = read(name);
      assert.equal(detectFormat(text), format);
      if (format !== 'ical') assert.equal(detectFormat(JSON.parse(text)), format);
    });

    it(`convertFeed converts ${name} without errors`, { skip: skipUnlessFeed(name) }, () => {
      const result = convertFeed(read(name), { eventTimeZone: 'Europe/Berlin', eventName: name });
      assert.ok(result.feed, JSON.stringify(result.diagnostics));
      assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'fatal'), []);
      const normalized = normalizeFeed(result.feed).diagnostics.filter((d) => d.severity === 'fatal' || d.severity === 'error');
      assert.deepEqual(normalized, []);
    });
  }
});

describe('convertFeed: a real feed cut short', () => {
  // A copy cut mid-file (an upload or a download that stopped) is JSON that ends too soon: it was called
  // "neither iCalendar, XML nor JSON" and "not a format schedule-elements can read", and its owner looked for another export.
  for (const name of Object.keys(REAL).filter((name) => name.endsWith('.json'))) {
    it(`${name}, cut in half, is said to be JSON cut short or damaged, with where`, { skip: skipUnlessFeed(name) }, () => {
      const text = read(name);
      const [diagnostic, ...rest] = convertFeed(text.slice(0, Math.floor(text.length / 2))).diagnostics;
      assert.deepEqual(rest, []);
      assert.equal(diagnostic?.severity, 'fatal');
      assert.match(diagnostic?.message ?? '', /^The input is JSON that ends too soon or is damaged \(.*(line \d+ column \d+|end of JSON input).*\): the file may be cut short; /);
      assert.doesNotMatch(diagnostic?.message ?? '', /neither|not a format/);
    });
  }
});

describe('convertFeed: a real feed with one session’s people not a list', () => {
  // A hand-edited or corrupted copy: the session's people were dropped with no word, as if it had none.
  const cases: [string, (feed: never) => void, string, string][] = [
    ['frab-camp2019-schedule.json', (feed: { schedule: { conference: { days: { rooms: Record<string, { persons: unknown }[]> }[] } } }) => {
      feed.schedule.conference.days[0]!.rooms['Curie']![1]!.persons = { id: 1, public_name: 'A' };
    }, '$.schedule.conference.days[0].rooms.Curie[1].persons', 'pretalx'],
    ['sessionize-globalazure-austria-2024-all.json', (feed: { sessions: { speakers: unknown }[] }) => {
      feed.sessions[1]!.speakers = 'Ed Burns';
    }, '$.sessions[1].speakers', 'sessionize'],
    ['sched-graphqlconf-2024-sessions-excerpt.json', (feed: { speakers: unknown }[]) => {
      feed[3]!.speakers = 'Lee Byron';
    }, '$[3].speakers', 'sched'],
  ];
  for (const [name, breakIt, path, format] of cases) {
    it(`${name} (${format}): says which session's field, and keeps the rest`, { skip: skipUnlessFeed(name) }, () => {
      const feed = JSON.parse(read(name)) as never;
      const whole = convertFeed(JSON.parse(read(name)), { eventTimeZone: 'Europe/Berlin', eventName: name }).feed!;
      breakIt(feed);
      const result = convertFeed(feed, { eventTimeZone: 'Europe/Berlin', eventName: name });
      assert.equal(result.feed?.sessions.length, whole.sessions.length, 'every session kept');
      const said = result.diagnostics.filter((d) => d.path === path);
      assert.equal(said.length, 1, JSON.stringify(result.diagnostics.map((d) => d.path)));
      assert.match(said[0]!.message, /is not a list/);
    });
  }
});

describe('convertFeed: a real Sessionize export with its rooms or speakers not a list', () => {
  // As a damaged copy: the whole programme was refused as "a JSON object with the keys "sessions", "speakers" …: not a format
  // schedule-elements can read", which did not say which field was wrong, and lost every session beside it.
  const name = 'sessionize-globalazure-austria-2024-all.json';
  for (const [key, value] of [['rooms', {}], ['speakers', 'all of them']] as const) {
    it(`${key}: ${JSON.stringify(value)} is said at $.${key}, and every session is kept`, { skip: skipUnlessFeed(name) }, () => {
      const feed = JSON.parse(read(name)) as Record<string, unknown>;
      const sessions = (feed['sessions'] as unknown[]).length;
      feed[key] = value;
      assert.equal(detectFormat(feed), 'sessionize');
      const result = convertFeed(feed, { eventTimeZone: 'Europe/Vienna', eventName: 'Global Azure' });
      assert.equal(result.feed?.sessions.length, sessions);
      const said = result.diagnostics.filter((d) => d.path === `$.${key}`);
      assert.equal(said.length, 1, JSON.stringify(result.diagnostics.map((d) => d.path)));
      assert.match(said[0]!.message, /is not a list/);
    });
  }
});

describe('detectFormat: hand-made cases', () => {
  const cases: [string, unknown, FeedFormat | undefined][] = [
    ['v1', V1, 'v1'],
    ['v1 as text', JSON.stringify(V1), 'v1'],
    ['version 2 is not v1', { ...V1, version: 2 }, undefined],
    ['pretalx', { schedule: { version: 'x', conference: { days: [] } } }, 'pretalx'],
    ['Sessionize', { sessions: [{ id: '1', startsAt: '2024-01-01T10:00:00' }], speakers: [], rooms: [] }, 'sessionize'],
    ['Sessionize with speakers only', { sessions: [], speakers: [{ id: 'a', fullName: 'A' }], rooms: [] }, 'sessionize'],
    ['empty Sessionize', { sessions: [], speakers: [], rooms: [], categories: [] }, 'sessionize'],
    ['lists that are not Sessionize', { sessions: [{ id: 1 }], speakers: [], rooms: [] }, undefined],
    ['Sched', [{ event_key: '1', event_start: '2024-09-10 09:00' }], 'sched'],
    ['an array of other things', [{ id: 1 }], undefined],
    ['an empty array', [], undefined],
    ['iCalendar', 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', 'ical'],
    ['iCalendar after a BOM, blank lines and lower case', '\ufeff\r\n  begin:vcalendar\nEND:VCALENDAR', 'ical'],
    ['a vCard', 'BEGIN:VCARD\r\nEND:VCARD', undefined],
    ['a schedule.xml', '<?xml version="1.0"?>\n<!-- frab -->\n<schedule><conference/></schedule>', 'frab-xml'],
    ['a schedule.xml with a DOCTYPE (refused later, by the adapter)', '<!DOCTYPE schedule [<!ENTITY a "b">]><schedule/>', 'frab-xml'],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"/>', undefined],
    ['text that is not JSON', 'hello', undefined],
    ['null', null, undefined],
    ['a number', 42, undefined],
  ];
  for (const [label, input, expected] of cases) {
    it(`${label} → ${expected ?? 'undefined'}`, () => assert.equal(detectFormat(input), expected));
  }

  it('lists its formats as a const array with a guard', () => {
    assert.deepEqual([...FEED_FORMATS], ['v1', 'pretalx', 'pretalx-widget', 'sessionize', 'sched', 'ical', 'frab-xml']);
    assert.ok(isFeedFormat('sched'));
    assert.ok(!isFeedFormat('csv'));
  });
});

describe('convertFeed', () => {
  it('passes a v1 feed through unchanged', () => {
    const result = convertFeed(V1);
    assert.equal(result.feed, V1);
    assert.deepEqual(result.diagnostics, []);
  });

  it('parses JSON text once and converts it', () => {
    const result = convertFeed(JSON.stringify([{ event_key: '1', name: 'T', event_start: '2024-09-10 09:00', event_end: '2024-09-10 10:00' }]), { eventTimeZone: 'UTC', eventName: 'E' });
    assert.equal(result.feed?.sessions[0]?.id, '1');
    assert.deepEqual(result.diagnostics, []);
  });

  it('lets the explicit format win over detection', () => {
    const forced = convertFeed(V1, { format: 'sched' });
    assert.equal(forced.feed, undefined);
    assert.match(forced.diagnostics[0]?.message ?? '', /not a Sched session export/);
    const ical = convertFeed(JSON.stringify(V1), { format: 'ical' });
    assert.match(ical.diagnostics[0]?.message ?? '', /not iCalendar/);
    const v1 = convertFeed({ version: 1 }, { format: 'v1' });
    assert.equal(v1.diagnostics[0]?.severity, 'fatal');
  });

  it('refuses a format option it does not know', () => {
    const result = convertFeed(V1, { format: 'csv' as FeedFormat });
    assert.equal(result.diagnostics[0]?.severity, 'fatal');
    assert.match(result.diagnostics[0]?.message ?? '', /not one of v1, pretalx/);
  });

  for (const [label, input] of [
    ['garbage text', 'not a feed at all'],
    ['an unknown JSON object', { hello: 'world' }],
    ['a number', 7],
    ['undefined', undefined],
  ] as const) {
    it(`gives one fatal diagnostic for ${label}`, () => {
      const result = convertFeed(input);
      assert.equal(result.feed, undefined);
      assert.equal(result.diagnostics.length, 1);
      assert.equal(result.diagnostics[0]?.severity, 'fatal');
      assert.match(
        result.diagnostics[0]?.message ?? '',
        /not a format schedule-elements can read \(v1, pretalx\/frab schedule.json, pentabarf\/frab schedule.xml, the pretalx widget schedule, Sessionize, Sched, iCalendar\)/,
      );
    });
  }
});
