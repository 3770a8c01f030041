import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { convertFeed, detectFormat } from '../../../src/data/adapters/index.js';
import { fromPretalxWidget } from '../../../src/data/adapters/pretalx-widget.js';
import { normalizeFeed } from '../../../src/data/normalize.js';

const widget: unknown = JSON.parse(readFileSync('test/fixtures/adapters/pretalx-widget.json', 'utf8'));

describe('fromPretalxWidget', () => {
  const result = fromPretalxWidget(widget, { eventName: 'Example Conf' });
  const feed = result.feed!;
  const { schedule, diagnostics } = normalizeFeed(feed);
  const session = (id: string) => schedule.sessionsById.get(id)!;

  it('is detected from its shape, and converted by convertFeed', () => {
    assert.equal(detectFormat(widget), 'pretalx-widget');
    assert.equal(detectFormat(JSON.stringify(widget)), 'pretalx-widget');
    assert.deepEqual(convertFeed(widget, { eventName: 'Example Conf' }).feed, feed);
    assert.equal(detectFormat({ talks: [], rooms: [], speakers: [] }), undefined, 'no timezone: not taken for the widget');
  });

  it('keeps every talk’s instants, the zone, rooms and tracks in order, and names in English or the first language', () => {
    assert.deepEqual(feed.event, { name: 'Example Conf', timeZone: 'Europe/Berlin', start: '2027-05-18', end: '2027-05-19' });
    assert.deepEqual(feed.rooms, [{ id: '21', name: 'Main hall' }, { id: '22', name: 'Werkstatt' }]);
    assert.deepEqual(feed.tracks, [{ id: '11', name: 'Security', color: '#aa3355' }, { id: '12', name: 'Community' }]);
    // UTC instants computed independently of the adapter and the normalizer.
    const utc = (iso: string) => new Date(iso).toISOString();
    for (const talk of (widget as { talks: { code?: string; start: string; end: string }[] }).talks.filter((t) => t.code && t.code !== 'BAD04')) {
      assert.equal(new Date(session(talk.code!).startMs).toISOString(), utc(talk.start), `${talk.code} start`);
      assert.equal(new Date(session(talk.code!).endMs).toISOString(), utc(talk.end), `${talk.code} end`);
    }
    assert.equal(diagnostics.filter((d) => d.severity === 'error' || d.severity === 'fatal').length, 0);
  });

  it('keys speakers by their code, never by name, and refuses an unsafe avatar', () => {
    const adas = schedule.people.filter((person) => person.name === 'Ada Lovelace');
    assert.deepEqual(adas.map((person) => person.id), ['ADA7K', 'ADA9Z'], 'two people of one name stay two');
    assert.deepEqual(session('KEY01').people.map(({ person }) => person.id), ['ADA7K', 'GR4CE']);
    assert.deepEqual(session('WERK2').people.map(({ person }) => person.id), ['ADA9Z']);
    assert.equal(schedule.peopleById.get('ADA7K')!.avatar, 'https://pretalx.example.org/media/avatars/ada.png');
    assert.equal(schedule.peopleById.get('ADA9Z')!.avatar, undefined);
    assert.equal(schedule.peopleById.get('GR4CE')!.avatar, undefined);
  });

  it('shows breaks as breaks, with a stable id, and keeps talks’ codes as ids (not shown) and their abstracts', () => {
    const lunch = schedule.sessions.find((s) => s.title === 'Lunch')!;
    assert.deepEqual([lunch.id, lunch.type, lunch.code, lunch.room?.name], ['break-202705181200-21', 'break', undefined, 'Main hall']);
    assert.equal(session('KEY01').code, undefined);
    assert.deepEqual(session('KEY01').description, { format: 'text', source: 'Why programmes matter.\n\nA second paragraph.' });
  });

  it('says what it could not keep, with JSON paths into the widget file', () => {
    const paths = result.diagnostics.map((d) => `${d.severity} ${d.path}`);
    assert.ok(paths.includes('error $.talks[4].start'), 'a talk without a time is skipped, with an error');
    assert.ok(paths.includes('warning $.talks[1].speakers[1]'), 'an unknown speaker code');
    assert.ok(paths.includes('warning $.talks[3].room'), 'an unknown room');
    assert.ok(paths.includes('warning $.speakers[2].avatar'), 'an unsafe avatar');
    assert.ok(paths.includes('warning $.talks[3].content_locale'), 'a locale that is no BCP 47 tag');
    assert.equal(schedule.sessionsById.has('BAD04'), false);
    assert.equal(schedule.sessions.length, 4);
  });

  it('keeps content_locale as the languages and do_not_record, and drops a locale that is no language tag by name', () => {
    assert.deepEqual([session('KEY01').languages, session('KEY01').doNotRecord], [['en'], false]);
    assert.deepEqual([session('WERK2').languages, session('WERK2').doNotRecord], [['de'], true]);
    assert.deepEqual(session('LATE3').languages, []);
    assert.equal(result.diagnostics.find((d) => d.path === '$.talks[3].content_locale')?.message, '"en_GB" is not a BCP 47 language tag such as "de"; it is dropped.');
    assert.equal(result.diagnostics.some((d) => /content_locale|do_not_record/.test(d.message) && d.path !== '$.talks[3].content_locale'), false, 'nothing else said about them');
    assert.deepEqual(diagnostics.filter((d) => /languages|doNotRecord/.test(d.path)), [], 'the feed written is clean');
  });

  it('names the event from the options, else says how to', () => {
    const unnamed = fromPretalxWidget(widget);
    assert.equal(unnamed.feed!.event.name, 'pretalx event');
    assert.ok(unnamed.diagnostics.some((d) => d.path === '$' && /event-name attribute or the eventName option/.test(d.message)));
  });

  it('refuses what is not a widget schedule, without throwing', () => {
    assert.equal(fromPretalxWidget([1, 2]).diagnostics[0]!.severity, 'fatal');
    assert.equal(fromPretalxWidget({ talks: 'none' }).feed, undefined);
  });
});
