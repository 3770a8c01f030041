import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FeedText } from '../../src/data/model.js';
import { normalizeFeed } from '../../src/data/normalize.js';
import { pick } from '../../src/data/texts.js';
import { fixture } from './fixtures.js';

describe('pick', () => {
  const title: FeedText = { en: 'Opening', pt: 'Abertura', 'pt-PT': 'Sessão de abertura', 'zh-Hant': '開幕', 'de-AT': 'Eröffnung' };

  it('gives a plain string as it is, its language unknown', () => {
    assert.deepEqual(pick('Opening', 'de'), { text: 'Opening' });
    assert.equal(pick(undefined, 'de'), undefined);
  });

  it('takes the exact tag, without regard to case', () => {
    assert.deepEqual(pick(title, 'pt-PT'), { text: 'Sessão de abertura', lang: 'pt-PT' });
    assert.deepEqual(pick(title, 'PT-pt'), { text: 'Sessão de abertura', lang: 'pt-PT' });
  });

  it('falls back to the parent tag: pt-BR → pt, zh-Hant-TW → zh-Hant', () => {
    assert.deepEqual(pick(title, 'pt-BR'), { text: 'Abertura', lang: 'pt' });
    assert.deepEqual(pick(title, 'zh-Hant-TW'), { text: '開幕', lang: 'zh-Hant' });
  });

  it('then to another tag of the same language, then to the first entry', () => {
    assert.deepEqual(pick(title, 'de'), { text: 'Eröffnung', lang: 'de-AT' });
    assert.deepEqual(pick(title, 'fr'), { text: 'Opening', lang: 'en' });
    assert.deepEqual(pick(title, 'de_DE'), { text: 'Eröffnung', lang: 'de-AT' }, 'a locale written with an underscore');
  });
});

describe('normalizeFeed: texts in several languages', () => {
  const { schedule, diagnostics } = normalizeFeed(fixture('multilingual'));
  const session = (id: string) => schedule.sessionsById.get(id)!;

  it('reads the multilingual fixture without a diagnostic', () => assert.deepEqual(diagnostics, []));

  it('keeps the default language’s text in the plain field and every version, default first, in i18n', () => {
    const hall = schedule.roomsById.get('hall')!;
    assert.equal(hall.name, 'Main hall');
    assert.deepEqual(Object.keys(hall.i18n!.name!), ['en', 'de', 'ar'], 'the default language first, then feed order');
    assert.equal(hall.location, 'Ground floor');
    assert.equal(schedule.event.name, 'Open Web Forum');
    assert.equal(schedule.event.defaultLanguage, 'en');
    assert.equal(schedule.event.i18n!.name!['ar'], 'منتدى الويب المفتوح');
    assert.equal(session('opening').description!.source, 'Welcome to the forum.');
    assert.equal(pick(session('opening').i18n!.description!, 'de').text, 'Willkommen zum Forum.');
    assert.equal(pick(session('arabic-web').agenda[1]!.i18n!.title!, 'ar').text, 'أسئلة');
    assert.equal(schedule.peopleById.get('amal')!.jobTitle, 'Editor');
    assert.equal(pick(schedule.peopleById.get('amal')!.i18n!.bio!, 'de-CH').text, 'Amal schreibt über Standards.');
  });

  it('falls back to the feed’s default language before the first entry, pt-BR to pt', () => {
    const arabicWeb = session('arabic-web').i18n!.title!;
    assert.deepEqual(pick(arabicWeb, 'fr'), { text: 'The web in Arabic', lang: 'en' }, 'the default (en), though ar comes first in the feed');
    assert.deepEqual(pick(session('opening').i18n!.title!, 'pt-BR'), { text: 'Abertura', lang: 'pt' });
    const german = session('standards');
    assert.deepEqual(pick(german.i18n!.title!, 'en'), { text: 'Wie Standards entstehen', lang: 'de' }, 'a text in one language only: the first');
  });

  it('leaves a feed of plain strings as it was: no i18n anywhere', () => {
    const plain = normalizeFeed(fixture('minimal')).schedule;
    const ws196 = plain.sessionsById.get('ws196')!;
    assert.equal(ws196.title, 'IGF & Enhanced Cooperation, Parallel Tracks or Connected');
    for (const item of [ws196, plain.event, ...plain.rooms, ...plain.tracks, ...plain.people, ...ws196.agenda]) assert.equal(item.i18n, undefined);
    assert.equal('i18n' in plain.rooms[0]!, false, 'a room keeps only the keys it had');
  });

  it('canonicalizes tags, and drops bad tags and values with a warning that names the path', () => {
    const feed = fixture('minimal') as { sessions: Record<string, unknown>[]; rooms: Record<string, unknown>[] };
    feed.sessions[0]!['title'] = { EN: 'Title', 'pt-br': 'Título', en_GB: 'nope', de: 5, fr: '  ' };
    feed.rooms[0]!['location'] = { 'not a tag': 'x' };
    const result = normalizeFeed(feed);
    const ws196 = result.schedule.sessionsById.get('ws196')!;
    assert.deepEqual(ws196.i18n!.title, { en: 'Title', 'pt-BR': 'Título' });
    const found = result.diagnostics.map((d) => `${d.severity} ${d.path}: ${d.message}`);
    assert.ok(found.includes('warning $.sessions[0].title.en_GB: Session "ws196": title.en_GB key must be a BCP 47 language tag such as "pt-BR", not "en_GB"; it is ignored.'), found.join('\n'));
    assert.ok(found.includes('warning $.sessions[0].title.de: Session "ws196": title.de must be a string, not 5; it is ignored.'));
    assert.ok(found.some((d) => d.startsWith('warning $.sessions[0].title.fr: ')));
    assert.ok(found.some((d) => d.startsWith('warning $.rooms[0].location["not a tag"]: ')), 'the bad entry first');
    assert.ok(found.some((d) => d.startsWith('warning $.rooms[0].location: Room "room-03": location must not be an empty map')), 'then the map it emptied');
    assert.equal(result.schedule.roomsById.get('room-03')!.location, undefined, 'an emptied map is as if the field were missing');
    assert.equal(result.schedule.sessions.length, normalizeFeed(fixture('minimal')).schedule.sessions.length, 'nothing else is lost');
  });

  it('treats an empty map as the field missing: a session without a title is skipped, an empty description dropped', () => {
    const feed = fixture('minimal') as { sessions: Record<string, unknown>[] };
    feed.sessions[0]!['title'] = {};
    feed.sessions[1]!['description'] = {};
    const result = normalizeFeed(feed);
    assert.equal(result.schedule.sessionsById.has('ws196'), false);
    assert.ok(result.diagnostics.some((d) => d.severity === 'error' && d.path === '$.sessions[0].title'));
    const second = result.schedule.sessions.find((s) => s.index === 1)!;
    assert.equal(second.description, undefined);
    assert.ok(result.diagnostics.some((d) => d.severity === 'warning' && d.path === '$.sessions[1].description'));
  });

  it('refuses a defaultLanguage that is not a language tag, and keeps the rest of the event', () => {
    const feed = fixture('multilingual') as { event: Record<string, unknown> };
    feed.event['defaultLanguage'] = 'en_US';
    const result = normalizeFeed(feed);
    assert.equal(result.schedule.event.defaultLanguage, undefined);
    assert.ok(result.diagnostics.some((d) => d.path === '$.event.defaultLanguage' && d.severity === 'warning'));
    assert.equal(result.schedule.sessions.length, 6);
  });
});
