import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOMParser, onErrorStopParsing, type Element as XmlElement } from '@xmldom/xmldom';
import { Temporal } from 'temporal-polyfill';
import { convertFeed, detectFormat, fromFrabXml, MAX_XML_LENGTH } from '../../../src/data/adapters/index.js';
import type { AdapterResult } from '../../../src/data/adapters/types.js';
import type { Diagnostic, FeedV1 } from '../../../src/data/model.js';
import { normalizeFeed } from '../../../src/data/normalize.js';

/**
 * The pentabarf/frab schedule.xml adapter, on hand-written fixtures (test/fixtures/adapters/):
 * times checked against the source read here with xmldom and Temporal, not with the adapter's
 * helpers; people; links; and every kind of file it refuses, with what each message says.
 */
const read = (name: string): string => readFileSync(new URL(`../../fixtures/adapters/${name}`, import.meta.url), 'utf8');
const xmlParser = new DOMParser({ onError: onErrorStopParsing });
const SCHEDULE = read('frab-schedule.xml');

function converted(text: string): { result: AdapterResult; feed: FeedV1 } {
  const result = fromFrabXml(text, { xmlParser });
  assert.ok(result.feed, JSON.stringify(result.diagnostics));
  return { result, feed: result.feed };
}

/** The one fatal message of a refused input. */
function refusal(result: AdapterResult): string {
  assert.equal(result.feed, undefined);
  assert.deepEqual(result.diagnostics.map((d) => `${d.severity} ${d.path}`), ['fatal $']);
  return result.diagnostics[0]!.message;
}

const find = (diagnostics: readonly Diagnostic[], path: string): Diagnostic | undefined => diagnostics.find((d) => d.path === path);

// ---------------------------------------------------------------------------------------------
// The source, read independently
// ---------------------------------------------------------------------------------------------

function children(element: XmlElement, name: string): XmlElement[] {
  return Array.from(element.childNodes).filter((node): node is XmlElement => node.nodeType === 1 && node.nodeName === name);
}
const childText = (element: XmlElement, name: string): string | undefined => children(element, name)[0]?.textContent?.trim() || undefined;

interface SourceEvent {
  id: string;
  startMs: number;
  endMs: number;
  names: string[];
}

/**
 * Every event of the fixture with its UTC start and end as pentabarf defines them: `<date>` when
 * there is one; else `<start>` on the day's date, or the next date when it is before the day's
 * start (its `start` attribute, else the conference's `<day_change>`), in `<time_zone_name>`.
 */
function sourceEvents(xml: string): SourceEvent[] {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement!;
  const conference = children(root, 'conference')[0]!;
  const zone = childText(conference, 'time_zone_name')!;
  const dayChange = childText(conference, 'day_change')!;
  return children(root, 'day').flatMap((day) => {
    const date = day.getAttribute('date')!;
    const dayStart = day.getAttribute('start')?.slice(11, 16) ?? dayChange;
    return children(day, 'room').flatMap((room) =>
      children(room, 'event').map((event) => {
        const written = childText(event, 'date');
        const clock = childText(event, 'start')!;
        const calendar = clock < dayStart ? Temporal.PlainDate.from(date).add({ days: 1 }) : Temporal.PlainDate.from(date);
        const startMs = written ? Date.parse(written) : Temporal.PlainDateTime.from(`${calendar.toString()}T${clock}`).toZonedDateTime(zone).epochMilliseconds;
        const [hours, minutes] = childText(event, 'duration')!.split(':').map(Number);
        const persons = children(event, 'persons')[0];
        return {
          id: event.getAttribute('id')!,
          startMs,
          endMs: startMs + (hours! * 60 + minutes!) * 60_000,
          names: persons ? children(persons, 'person').map((p) => p.textContent!.trim()) : [],
        };
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------

describe('fromFrabXml: a frab schedule.xml with a day past midnight', () => {
  const { result, feed } = converted(SCHEDULE);
  const { schedule, diagnostics } = normalizeFeed(feed);
  const source = sourceEvents(SCHEDULE);

  it('is detected from its text, and converted by convertFeed', () => {
    assert.equal(detectFormat(SCHEDULE), 'frab-xml');
    assert.equal(detectFormat(`\ufeff<!-- a comment -->\n${SCHEDULE.replace(/^<\?xml[^>]*>/, '')}`), 'frab-xml');
    assert.deepEqual(convertFeed(SCHEDULE, { xmlParser }).feed, feed);
  });

  it('gives every session the UTC start and end of the source, across midnight and the change to summer time', () => {
    assert.equal(source.length, 6);
    assert.deepEqual(
      schedule.sessions.map((s) => [s.id, s.startMs, s.endMs]).sort(),
      source.map((e) => [e.id, e.startMs, e.endMs]).sort(),
    );
    // The 01:30 talk of programme day 2 (2026-03-28) is on 2026-03-29 at 01:30 CET, and stays on day 2 (the day change is at 04:00).
    assert.equal(schedule.sessionsById.get('202')?.startMs, Date.parse('2026-03-29T00:30:00Z'));
    assert.equal(schedule.sessionsById.get('202')?.day, '2026-03-28');
    assert.deepEqual(schedule.days.map((day) => day.date), ['2026-03-27', '2026-03-28']);
    assert.deepEqual(diagnostics.filter((d) => d.severity !== 'warning'), []);
  });

  it('keeps the conference, its rooms, tracks, types and the zone it names', () => {
    assert.deepEqual(feed.event, { name: 'Hackers on the Lake 2026', timeZone: 'Europe/Berlin', id: 'hotl26', start: '2026-03-27', end: '2026-03-28', dayChange: '04:00' });
    assert.deepEqual(feed.rooms, [{ id: 'room-1', name: 'Saal Eins' }, { id: 'workshop-tent', name: 'Workshop Tent' }]);
    assert.deepEqual(feed.tracks, [{ id: 'community', name: 'Community', color: '#ff8800' }, { id: 'security', name: 'Security' }]);
    const lockpicking = schedule.sessionsById.get('103');
    assert.equal(lockpicking?.title, 'Lockpicking workshop');
    assert.equal(lockpicking?.type, 'workshop');
    assert.equal(lockpicking?.room?.name, 'Workshop Tent');
    assert.equal(lockpicking?.track?.name, 'Security');
  });

  it('credits each session to the names its event lists, and never gives two names one person', () => {
    const nameOf = new Map((feed.people ?? []).map((p) => [p.id, p.name]));
    for (const event of source) {
      const session = feed.sessions.find((s) => s.id === event.id);
      assert.deepEqual((session?.people ?? []).map((p) => nameOf.get(p.id)), event.names, `event ${event.id}`);
    }
    assert.equal(new Set(nameOf.values()).size, nameOf.size, 'one person per name');
    assert.equal(nameOf.get('7'), 'Ada Lovelace', 'a consistent id is kept');
  });

  it('warns about a placeholder or shared person id at its place in the XML', () => {
    const zero = find(result.diagnostics, '/schedule/day[1]/room[1]/event[2]/persons/person[1]/@id');
    assert.match(zero?.message ?? '', /person id "0" is a placeholder, given to 2 different names "Grace Hopper", "Alan Turing"/);
    const shared = find(result.diagnostics, '/schedule/day[1]/room[2]/event[1]/persons/person[1]/@id');
    assert.match(shared?.message ?? '', /person id "42" is given to 2 different names "Linus Example", "Margaret Hamilton" on 2 talks/);
  });

  it('keeps title, text, links and attachments, resolving attachments against base_url and dropping unsafe URLs', () => {
    const opening = feed.sessions.find((s) => s.id === '101')!;
    assert.equal(opening.title, 'Opening & welcome');
    assert.equal(opening.description, 'Why we sail\n\nThe **opening** of the camp.\n\nBoats, <b>lakes</b> & people.');
    assert.deepEqual(opening.links, [
      // No label in the source: the host, which reads the same in every language.
      { kind: 'other', url: 'https://frab.example.org/hotl26/events/101.html', label: 'frab.example.org' },
      { kind: 'other', url: 'https://example.org/opening', label: 'Announcement' },
      { kind: 'other', url: 'https://example.org/plain' },
      { kind: 'slides', url: 'https://frab.example.org/attachments/opening-slides.pdf', label: 'Slides' },
    ]);
    const trap = find(result.diagnostics, '/schedule/day[1]/room[1]/event[1]/links/link[3]/@href');
    assert.match(trap?.message ?? '', /"javascript:alert\(1\)" is not an http\(s\) URL/);
  });

  it('says once that events without <date> are read from their day and start clock', () => {
    const note = result.diagnostics.filter((d) => /has no date/.test(d.message));
    assert.deepEqual(note.map((d) => d.path), ['/schedule/day[2]/room[1]/event[1]/date']);
    assert.match(note[0]!.message, /3 times, first here.*before the day's start at 04:00.*2026-03-28 11:00/);
  });
});

describe('fromFrabXml: FOSDEM-style pentabarf', () => {
  const fosdem = `<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>FOSDEM-like</title><start>2026-01-31</start><end>2026-01-31</end><days>1</days>
    <day_change>09:00:00</day_change><timeslot_duration>00:05:00</timeslot_duration><time_zone_name>Europe/Brussels</time_zone_name>
  </conference>
  <day index="1" date="2026-01-31">
    <room name="Janson">
      <event id="900"><start>09:30</start><duration>00:25</duration><room>Janson</room><slug>keynote</slug><title>Keynote</title>
        <track slug="keynotes">Keynotes</track><type>keynote</type>
        <abstract>&lt;p&gt;Hello &lt;em&gt;FOSDEM&lt;/em&gt;&lt;/p&gt;</abstract>
        <persons><person id="1">Ada Lovelace</person></persons></event>
      <event id="901"><start>08:45</start><duration>00:30</duration><room>Janson</room><title>After the day change</title></event>
    </room>
    <room name="__proto__">
      <event id="902"><start>10:00:00</start><duration>00:50:00</duration><room>__proto__</room><title>In an odd room</title></event>
    </room>
  </day>
</schedule>`;
  const { feed } = converted(fosdem);
  const { schedule } = normalizeFeed(feed);

  it('reads start clocks against a day_change with seconds, in the zone named', () => {
    assert.equal(schedule.sessionsById.get('900')?.startMs, Date.parse('2026-01-31T08:30:00Z'));
    assert.equal(schedule.sessionsById.get('901')?.startMs, Date.parse('2026-02-01T07:45:00Z'), 'before 09:00: the next calendar date');
    assert.equal(schedule.sessionsById.get('902')?.endMs, Date.parse('2026-01-31T09:50:00Z'));
  });

  it('keeps a talk after midnight on the day it is listed under, by the day change', () => {
    assert.equal(feed.event.dayChange, '09:00');
    assert.equal(schedule.sessionsById.get('901')?.day, '2026-01-31');
    assert.deepEqual(schedule.days.map((day) => day.date), ['2026-01-31']);
  });

  it('keeps escaped HTML as rich text, and a room of any name', () => {
    assert.equal(feed.sessions.find((s) => s.id === '900')?.description, '<p>Hello <em>FOSDEM</em></p>');
    assert.deepEqual(feed.rooms?.map((r) => r.name), ['Janson', '__proto__']);
    assert.equal(schedule.sessionsById.get('902')?.room?.name, '__proto__');
  });
});

describe('fromFrabXml: what it refuses', () => {
  it('a document type with entities (billion laughs, XXE), before parsing it', () => {
    const message = refusal(fromFrabXml(read('entity-bomb.xml'), { xmlParser }));
    assert.match(message, /document type declaration with entities or an external DTD/);
    assert.doesNotMatch(message, /root:|hahaha/);
  });

  it('a file longer than the limit, before parsing it', () => {
    const long = `<schedule>${' '.repeat(MAX_XML_LENGTH)}</schedule>`;
    assert.match(refusal(fromFrabXml(long, { xmlParser })), new RegExp(`more than the ${MAX_XML_LENGTH} read from an XML file`));
  });

  it('XML that is not well-formed, with the parser’s words', () => {
    assert.match(refusal(fromFrabXml('<schedule><day></schedule>', { xmlParser })), /not well-formed XML \(.*(mismatch|schedule)/i);
  });

  it('XML without a parser, saying how to pass one', () => {
    assert.equal(typeof (globalThis as { DOMParser?: unknown }).DOMParser, 'undefined', 'Node has no DOMParser');
    assert.match(refusal(fromFrabXml(SCHEDULE)), /no XML parser here.*DOMParser for Node as the xmlParser option/);
  });

  it('a <schedule> of another kind, and JSON handed to it', () => {
    assert.match(refusal(fromFrabXml('<schedule><item/></schedule>', { xmlParser })), /neither a <conference> nor any <day>/);
    assert.match(refusal(convertFeed('{"a": 1}', { format: 'frab-xml', xmlParser })), /not well-formed XML/);
    assert.match(refusal(fromFrabXml({ schedule: {} })), /read from its text, not from an object/);
  });

  it('XML of another kind, named, with the export to use', () => {
    const rss = refusal(convertFeed(read('not-a-schedule.rss.xml'), { xmlParser }));
    assert.match(rss, /^The input is an RSS news feed: it is not a format schedule-elements can read/);
    assert.match(rss, /schedule\/export\/schedule\.json \(or schedule\.xml\)/);
    assert.match(refusal(convertFeed('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>')), /^The input is an SVG image/);
    assert.match(refusal(convertFeed('<?xml version="1.0"?><programme><talk/></programme>')), /^The input is XML whose root element is <programme>, not <schedule>/);
    assert.match(refusal(convertFeed('<toString/>')), /^The input is XML whose root element is <toString>/);
    assert.match(refusal(convertFeed(read('not-a-schedule.rss.xml'), { format: 'frab-xml', xmlParser })), /RSS news feed/);
  });
});

describe('convertFeed: files no adapter reads say what they look like', () => {
  it('an HTML page, with its title', () => {
    const message = refusal(convertFeed('<!DOCTYPE html>\n<html><head><title>HotL 2026 – Programme</title></head><body></body></html>'));
    assert.match(message, /^The input is an HTML page \("HotL 2026 – Programme"\), not a schedule: the URL may point at the event's web page/);
  });

  it('a CSV table, with its columns', () => {
    const message = refusal(convertFeed('Title;Start;Room\nOpening;2026-03-27 10:00;Saal Eins\n'));
    assert.match(message, /^The input looks like a CSV table \(columns "Title", "Start", "Room"\)/);
  });

  it('JSON of an unknown shape, with its top-level keys', () => {
    assert.match(refusal(convertFeed({ talks: [], when: 'soon' })), /^The input is a JSON object with the keys "talks", "when": it is not a format/);
  });

  it('a page of pretalx’s API talks list, which holds only one page, naming schedule.json', () => {
    const message = refusal(convertFeed(read('pretalx-api-talks.json')));
    assert.match(message, /pretalx's API list of talks/);
    assert.match(message, /only one page of that list: 2 of 3 results, the next page is at https:\/\/pretalx\.example\.org\/api\/events\/hotl26\/talks\/\?limit=2&offset=2\./);
    assert.match(message, /<event-url>\/schedule\/export\/schedule\.json/);
  });

  it('a schedule of pretalx’s API, naming schedule.json', () => {
    const message = refusal(convertFeed(read('pretalx-api-schedule.json')));
    assert.match(message, /^This is a schedule of pretalx's API \(\/api\/events\/<event>\/schedules\/<version>\/\).*<event-url>\/schedule\/export\/schedule\.json/);
  });

  it('the last page of the talks list says nothing of more pages', () => {
    const last = { ...(JSON.parse(read('pretalx-api-talks.json')) as object), next: null };
    assert.doesNotMatch(refusal(convertFeed(last)), /only one page/);
  });
});
