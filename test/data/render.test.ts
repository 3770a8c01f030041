/**
 * `schedule-elements render` and its JSON-LD: every component rendered on the server (declarative
 * shadow DOM), the schema.org data, hostile feed text kept inert in the page, and the command's
 * mistakes. What a browser shows of the pages, with scripts off and on: test/examples/rendered.test.ts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RENDERED_TAGS, renderPage, type RenderedTag } from '../../src/cli/render.js';
import { jsonLdScriptText, scheduleJsonLd, sessionJsonLd } from '../../src/data/json-ld.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { sampleFeed } from '../../src/sample/index.js';
import { cli } from './cli-run.js';
import { fixture } from './fixtures.js';

const multilingualFeed = fixture('multilingual');

const { schedule } = normalizeFeed(sampleFeed);
const ws196 = schedule.sessionsById.get('ws196')!;

describe('JSON-LD', () => {
  it('describes a session as a schema.org Event: name, instants with offset, place, people, status, mode, event', () => {
    const event = sessionJsonLd(ws196, schedule.event, { url: (session) => `/talks/${session.id}` });
    assert.equal(event['@type'], 'Event');
    assert.equal(event.name, 'WS196: IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    assert.equal(event.startDate, '2014-09-02T11:00:00+03:00');
    assert.equal(event.endDate, '2014-09-02T12:30:00+03:00');
    assert.deepEqual(event.location, { '@type': 'Place', name: 'Workshop Room 03, Rumeli -1 Floor / Room 1', address: 'Istanbul, Turkey' });
    assert.equal(event.eventStatus, 'https://schema.org/EventScheduled');
    assert.equal(event.eventAttendanceMode, 'https://schema.org/OfflineEventAttendanceMode');
    assert.equal(event.url, 'https://example.org/talks/ws196', 'a relative page, resolved against the event');
    assert.match(String(event.description), /^The Internet Governance Forum \(IGF\) and Enhanced Cooperation/);
    assert.doesNotMatch(String(event.description), /<\w/, 'plain text, without tags');
    const performers = event.performer as Record<string, unknown>[];
    assert.deepEqual(performers[0], {
      '@type': 'Person',
      name: 'Qusai Al-Shatti',
      jobTitle: 'Board Member',
      affiliation: { '@type': 'Organization', name: 'Kuwait Information Technology Society (KITS)' },
    });
    assert.deepEqual(event.superEvent, { '@type': 'Event', name: 'IGF 2014', url: 'https://example.org/igf2014' });
  });

  it('says only what the feed knows: no address without the event\'s location, no url without a page', () => {
    const { schedule: bare } = normalizeFeed({
      version: 1,
      event: { name: 'Bare', timeZone: 'UTC' },
      sessions: [{ id: 'a', title: 'A', start: '2026-01-01T10:00:00Z', end: '2026-01-01T11:00:00Z' }],
    });
    const [event] = scheduleJsonLd(bare.sessions, bare.event)['@graph'] as Record<string, unknown>[];
    assert.deepEqual(event!.location, { '@type': 'Place', name: 'Bare' });
    assert.equal('url' in event!, false);
    assert.equal('performer' in event!, false);
    assert.equal('description' in event!, false);
  });

  it('writes texts in the reader\'s language where the feed gives several, and the languages a session is given in', () => {
    const { schedule: forum } = normalizeFeed(multilingualFeed);
    const opening = forum.sessionsById.get('opening')!;
    const german = sessionJsonLd(opening, forum.event, { locale: 'de-DE' });
    assert.equal(german.name, 'Eröffnung');
    assert.deepEqual((german.superEvent as Record<string, unknown>).name, 'Forum Offenes Netz');
    assert.equal(sessionJsonLd(opening, forum.event).name, 'Opening', 'the default language without a locale');
    const { schedule: widget } = normalizeFeed({
      version: 1,
      event: { name: 'Talks', timeZone: 'Europe/Berlin' },
      sessions: [{ id: 'a', title: 'Glasfaser', start: '2027-09-14T10:00:00+02:00', end: '2027-09-14T11:00:00+02:00', languages: ['de'] }],
    });
    assert.deepEqual(sessionJsonLd(widget.sessions[0]!, widget.event).inLanguage, ['de']);
  });

  it('cannot close its script element: every < is escaped', () => {
    const text = jsonLdScriptText({ name: '</script><script>alert(1)</script><!--' });
    assert.equal(text.includes('<'), false);
    assert.deepEqual(JSON.parse(text), { name: '</script><script>alert(1)</script><!--' });
  });
});

describe('render', () => {
  const targets: Record<RenderedTag, { sessionId?: string; personId?: string }> = {
    'agenda-timeline': {},
    'session-card': { sessionId: 'ws196' },
    'attendee-count': { sessionId: 'ws196' },
    'speaker-avatar-group': { sessionId: 'ws196' },
    'speaker-card': { personId: ws196.people[0]!.person.id },
    'speaker-avatar': { personId: ws196.people[0]!.person.id },
    'speaker-list': {},
    'event-status': {},
  };

  for (const tag of Object.keys(RENDERED_TAGS) as RenderedTag[]) {
    it(`writes <${tag}> with its shadow root as declarative shadow DOM, in the page's language`, async () => {
      const page = await renderPage(sampleFeed, schedule, { tag, ...targets[tag], locale: 'fr' });
      assert.match(page, /^<!doctype html>\n<html lang="fr" dir="ltr">/);
      const element = new RegExp(`<${tag}[^>]*>\\s*<template shadowroot(mode)?="open"`);
      assert.match(page, element);
      assert.doesNotMatch(page, /No schedule to show|Loading the schedule|Chargement/, 'rendered with its data, not a loading state');
    });
  }

  it('writes every person of <speaker-list>, where a browser builds the first cards and the rest while idle', async () => {
    const page = await renderPage(sampleFeed, schedule, { tag: 'speaker-list' });
    assert.equal(page.match(/<speaker-card\s/g)?.length, schedule.people.length);
  });

  it('writes the seed session in Arabic, right to left, with the Arabic words', async () => {
    const page = await renderPage(sampleFeed, schedule, { tag: 'session-card', sessionId: 'ws196', locale: 'ar' });
    assert.match(page, /<html lang="ar" dir="rtl">/);
    assert.match(page, /جدول الأعمال/, 'the agenda heading in Arabic');
  });

  it('keeps hostile feed text inert: escaped in the shadow DOM, and unable to end a script element', async () => {
    const attack = '</script><script>window.pwned=1</script><img src=x onerror=alert(1)>';
    const feed = {
      version: 1,
      event: { name: `IGF ${attack}`, timeZone: 'Europe/Istanbul' },
      people: [{ id: 'p', name: `Mallory ${attack}` }],
      sessions: [{ id: 's', title: `Title ${attack}`, start: '2014-09-02T11:00:00+03:00', end: '2014-09-02T12:00:00+03:00', people: ['p'] }],
    };
    const { schedule: hostile } = normalizeFeed(feed);
    const page = await renderPage(feed, hostile, { tag: 'agenda-timeline', script: '/schedule-elements.min.js' });
    assert.equal(page.includes('<img src=x'), false, 'no markup from the feed');
    assert.equal(page.includes('<script>window.pwned'), false);
    // Our three scripts (JSON-LD, the inline feed, the bundle), each closed once.
    assert.equal(page.match(/<script/g)!.length, 3);
    assert.equal(page.match(/<\/script>/g)!.length, 3);
    assert.match(page, /Title &lt;\/script&gt;/);
  });

  it("writes the timeline's first view as the script shows it: the first day's cells, built by the browser's code, times spaced as Chromium spaces them", async () => {
    const page = await renderPage(sampleFeed, schedule, { tag: 'agenda-timeline' });
    const firstDay = schedule.sessions.filter((session) => session.day === '2014-09-02');
    const cells = page.match(/<li class="cell"[^>]*><(button|div) class="session[^"]*"[^>]*data-session-id="([^"]+)"/g) ?? [];
    assert.equal(cells.length, firstDay.length, 'a grid cell for each session of the first day');
    assert.match(page, /<li class="row"[^>]*><button class="session tracked" type="button" part="session" data-session-id="ws196"/, 'and a list row, for a narrow page');
    assert.match(
      page,
      /<li class="cell" style="--_track: #[0-9a-f]{6}; --_on-track: #[0-9a-f]{6}; inset-inline-start: calc\(\d+ \* var\(--_column\)\); inline-size: calc\([\d.]+ \* var\(--_column\)\); inset-block-start: \d+px; block-size: (\d+)px; min-block-size: \1px;">/,
    );
    assert.match(page, /role="tab"[^>]*aria-selected="true"/);
    assert.match(page, /<span class="head"[^>]*>(<!--[^>]*-->)*Main Hall/, 'the room headers');
    assert.match(page, /11:00 AM – 12:30 PM/);
    assert.doesNotMatch(page, /[\u202f\u2009]/, "no narrow or thin space of Node's ICU");
    for (const day of schedule.days) assert.ok(page.includes(`<section class="print-list">`), day.date);
  });

  it('writes inline styles as the style attribute on the server, leaving out a value that could end its declaration', async () => {
    const { render } = await import('@lit-labs/ssr');
    const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
    const { html } = await import('lit');
    const { styleProps } = await import('../../src/internal/style-props.js');
    const markup = await collectResult(render(html`<div style=${styleProps({ '--_a': '#123456', insetBlockStart: '2px', '--_b': 'red; background: url(x)', '--_c': undefined })}></div>`));
    assert.match(markup, /<div style="--_a: #123456; inset-block-start: 2px;">/);
    const avatar = await renderPage(sampleFeed, schedule, { tag: 'speaker-avatar', personId: 'qusai-alshatti' }); // no picture: initials
    assert.match(avatar, /part="initials"[^>]*style="--_initials-background: light-dark\(/, 'the initials on their colour');
  });

  it('writes the event\'s times for time-zone="local", whose zone only the script that takes over can know', async () => {
    // The server's own zone was written as the reader's: "Times in your time zone (UTC)" for a reader in Tokyo, with scripts off and until the script came.
    const page = await renderPage(sampleFeed, schedule, { tag: 'agenda-timeline', timeZone: 'local', script: 'schedule-elements.min.js' });
    assert.match(page, /<agenda-timeline[^>]* time-zone="local"/, 'the script takes over in the zone of whoever reads');
    assert.match(page, /Times in ⁨Istanbul⁩ time/);
    assert.doesNotMatch(page, /your time zone/);
  });

  it('loads the bundle when asked, from the feed inlined in the page', async () => {
    const page = await renderPage(sampleFeed, schedule, { tag: 'agenda-timeline', script: 'schedule-elements.min.js' });
    assert.match(page, /<agenda-timeline[^>]* src="#schedule-feed"/);
    const inline = /<script type="application\/json" id="schedule-feed">([^<]*)<\/script>/.exec(page);
    assert.deepEqual(JSON.parse(inline![1]!), JSON.parse(JSON.stringify(sampleFeed)));
    assert.match(page, /<script type="module" src="schedule-elements.min.js"><\/script>/);
  });
});

describe('schedule-elements render (the command)', () => {
  it('writes the page to stdout, and says what is wrong with the options', async () => {
    const page = await cli('render', 'src/sample/igf-2014.json', '--tag', 'session-card', '--session-id', 'ws196');
    assert.equal(page.status, 0, page.stderr);
    assert.match(page.stdout, /<session-card[^>]*session-id="ws196"/);

    const noId = await cli('render', 'src/sample/igf-2014.json', '--tag', 'speaker-card');
    assert.equal(noId.status, 2);
    assert.match(noId.stderr, /speaker-card needs --person-id/);

    const unknown = await cli('render', 'src/sample/igf-2014.json', '--tag', 'session-card', '--session-id', 'ws999');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /the feed has no session "ws999"/);

    const personal = await cli('render', 'src/sample/igf-2014.json', '--tag', 'my-schedule');
    assert.equal(personal.status, 2);
    assert.match(personal.stderr, /my-schedule shows what each reader saved/);

    const local = await cli('render', 'src/sample/igf-2014.json', '--time-zone', 'local');
    assert.equal(local.status, 2);
    assert.match(local.stderr, /^schedule-elements: --time-zone local: a page without --script cannot know its reader's zone/);

    const locale = await cli('render', 'src/sample/igf-2014.json', '--locale', 'en_US');
    assert.equal(locale.status, 2);
    assert.match(locale.stderr, /--locale en_US: not a BCP 47 language tag/);
  });
});
