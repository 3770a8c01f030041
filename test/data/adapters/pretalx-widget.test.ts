import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { convertFeed, detectFormat } from '../../../src/data/adapters/index.js';
import { fromPretalxWidget } from '../../../src/data/adapters/pretalx-widget.js';
import { normalizeFeed } from '../../../src/data/normalize.js';
import { pick } from '../../../src/data/texts.js';

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

  it('keeps every talk’s instants, the zone, rooms and tracks in order, and their names in every language', () => {
    assert.deepEqual(feed.event, { name: 'Example Conf', timeZone: 'Europe/Berlin', start: '2027-05-18', end: '2027-05-19' });
    assert.deepEqual(feed.rooms, [{ id: '21', name: { en: 'Main hall', de: 'Großer Saal' } }, { id: '22', name: { de: 'Werkstatt' } }]);
    assert.deepEqual(feed.tracks, [{ id: '11', name: { en: 'Security', de: 'Sicherheit' }, color: '#aa3355' }, { id: '12', name: 'Community' }]);
    assert.deepEqual(schedule.rooms.map((room) => room.name), ['Main hall', 'Werkstatt'], 'the model’s plain name: the first language');
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

  it('says where a list is something else (a damaged copy) rather than read it as empty in silence', () => {
    const damaged = structuredClone(widget) as { rooms: unknown; speakers: unknown; talks: { speakers: unknown }[] };
    damaged.rooms = { 21: 'Main hall' };
    damaged.speakers = 'ADA7K';
    damaged.talks[0]!.speakers = 'ADA7K';
    const { feed: converted, diagnostics: said } = fromPretalxWidget(damaged, { eventName: 'Example Conf' });
    const warned = said.filter((d) => d.severity === 'warning').map((d) => `${d.path} ${d.message}`);
    assert.ok(warned.some((w) => /^\$\.rooms .*not a list/.test(w)), warned.join('\n'));
    assert.ok(warned.some((w) => /^\$\.speakers .*not a list/.test(w)), warned.join('\n'));
    assert.ok(warned.some((w) => /^\$\.talks\[0\]\.speakers .*not a list of people; the session is kept without them/.test(w)), warned.join('\n'));
    assert.equal(converted!.sessions.length, 4, 'every talk is kept');
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

describe('fromPretalxWidget: an English/German event', () => {
  const bilingual: unknown = JSON.parse(readFileSync('test/fixtures/adapters/pretalx-widget-bilingual.json', 'utf8'));
  const result = fromPretalxWidget(bilingual, { eventName: 'Netzwerktage' });
  const { schedule, diagnostics } = normalizeFeed(result.feed!);

  it('keeps the names of rooms and tracks and the titles of breaks in both languages', () => {
    assert.deepEqual(schedule.rooms.map((room) => pick(room.i18n!.name!, 'de').text), ['Großer Saal', 'Werkstattraum']);
    assert.deepEqual(schedule.tracks.map((track) => pick(track.i18n!.name!, 'en-GB').text), ['Infrastructure', 'Community']);
    assert.deepEqual(schedule.tracks.map((track) => track.color), ['#1f6f8b', '#b5452b']);
    const breaks = schedule.sessions.filter((s) => s.type === 'break');
    assert.deepEqual(breaks.map((s) => [s.title, pick(s.i18n!.title!, 'de').text]), [['Coffee break', 'Kaffeepause'], ['Lunch', 'Mittagessen']]);
    assert.deepEqual(diagnostics.filter((d) => d.severity !== 'warning'), []);
  });

  it('marks each talk’s title and abstract with its content_locale', () => {
    const german = schedule.sessionsById.get('NETZ2')!;
    assert.deepEqual(pick(german.i18n!.title!, 'en'), { text: 'Glasfaser für das ganze Dorf', lang: 'de' });
    assert.deepEqual(pick(german.i18n!.description!, 'en'), { text: 'Wie eine Gemeinde ihr eigenes Netz baute.', lang: 'de' });
    assert.deepEqual(pick(schedule.sessionsById.get('OPEN1')!.i18n!.title!, 'de'), { text: 'Welcome and opening', lang: 'en' });
  });

  it('leaves out a map entry without text or a language tag, and a map without any', () => {
    const converted = fromPretalxWidget({ timezone: 'UTC', rooms: [{ id: 1, name: { en: 'Hall', 'not a tag': 'X', de: '  ' } }, { id: 2, name: { fr: '' } }], speakers: [], talks: [] });
    assert.deepEqual(converted.feed!.rooms, [{ id: '1', name: { en: 'Hall' } }]);
    assert.ok(converted.diagnostics.some((d) => d.severity === 'error' && d.path === '$.rooms[1]'), 'a room whose name is blank in every language is skipped');
  });

  it('reads the older URL’s document (schedule/widget/v2.json) by its content', () => {
    const legacy: unknown = JSON.parse(readFileSync('test/fixtures/adapters/pretalx-legacy/schedule/widget/v2.json', 'utf8'));
    assert.equal(detectFormat(legacy), 'pretalx-widget');
    const old = normalizeFeed(convertFeed(legacy, { eventName: 'Linuxtage' }).feed!).schedule;
    assert.deepEqual(old.sessions.map((s) => pick(s.i18n!.title!, 'en').text), ['Freie Software in der Verwaltung', 'Break']);
    assert.equal(old.event.timeZone, 'Europe/Vienna');
  });
});
