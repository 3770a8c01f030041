import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { speakerListMessages } from '../../src/components/speaker-list/speaker-list.messages.js';
import { commonMessages } from '../../src/i18n/common.messages.js';
import { languageArrival, onLanguageChange, setLanguageImporter } from '../../src/i18n/languages.js';
import { LANGUAGES, messagesFor, pickLanguage, registerCatalog, textDirection } from '../../src/i18n/localize.js';
import { savedMessages } from '../../src/i18n/saved.messages.js';
import { compileTemplate, placeholdersOf } from '../../src/i18n/template.js';
import { warnings } from '../console.helpers.js';
import { CATALOGS } from '../catalogs.js';

describe('templates', () => {
  it('take their values in the order of the English placeholders, in any word order', () => {
    const names = placeholdersOf('No session {id} in {src}.');
    assert.deepEqual(names, ['id', 'src']);
    assert.equal(compileTemplate('No session {id} in {src}.', names)('ws1', 'feed.json'), 'No session ws1 in feed.json.');
    assert.equal(compileTemplate('{src} 中没有会议 {id}。', names)('ws1', 'feed.json'), 'feed.json 中没有会议 ws1。');
  });

  it('leave a placeholder English does not have as written', () => {
    assert.equal(compileTemplate('{src} ({typo})', ['src'])('a.json'), 'a.json ({typo})');
  });

  it('make the English catalog callable with the values in order', () => {
    assert.equal(commonMessages.en.staleOffline('10:00'), 'Offline: showing the schedule as of 10:00.');
    assert.equal(commonMessages.en.loading, 'Loading the schedule…');
  });
});

describe('pickLanguage and textDirection', () => {
  it('take the longest shipped prefix of a locale, else English', () => {
    assert.deepEqual(
      ['fr-CA', 'zh-Hant-TW', 'ar_EG', 'ES', 'de-AT', 'tlh', '', undefined].map(pickLanguage),
      ['fr', 'zh', 'ar', 'es', 'en', 'en', 'en', 'en'],
    );
    assert.deepEqual([...LANGUAGES], ['en', 'ar', 'zh', 'fr', 'ru', 'es']);
    assert.deepEqual(['ar-EG', 'he', 'fr'].map(textDirection), ['rtl', 'rtl', 'ltr']);
  });
});

describe('the shipped languages', () => {
  it('give a template for every English template, with the same placeholders, and plain text for plain text', async () => {
    for (const language of LANGUAGES.filter((tag) => tag !== 'en')) {
      const { default: messages } = (await import(`../../src/i18n/locales/${language}.ts`)) as { default: Record<string, Record<string, unknown>> };
      assert.deepEqual(Object.keys(messages).sort(), CATALOGS.map((catalog) => catalog.name).sort(), language);
      for (const catalog of CATALOGS) {
        for (const [key, message] of Object.entries(messages[catalog.name]!)) {
          const english = catalog.en[key];
          const where = `${language} ${catalog.name}.${key}`;
          if (typeof message !== 'string') assert.equal(typeof english, 'function', where);
          else if (typeof english === 'string') assert.deepEqual(placeholdersOf(message), [], where);
          else assert.deepEqual(placeholdersOf(message).sort(), [...(catalog.placeholders[key] ?? [])].sort(), where);
        }
      }
    }
  });

  it('arrive on first use: English meanwhile, then the language', async () => {
    const arrived: string[] = [];
    const stop = onLanguageChange((language) => arrived.push(language));
    assert.equal(messagesFor(commonMessages, 'fr-FR').loading, 'Loading the schedule…');
    await languageArrival('fr-FR');
    stop();
    assert.deepEqual(arrived, ['fr']);
    assert.equal(messagesFor(commonMessages, 'fr-FR').loading, 'Chargement du programme…');
    assert.equal(messagesFor(commonMessages, 'fr').staleOffline('10:00'), 'Hors ligne : programme affiché dans son état du 10:00.');
    assert.equal(languageArrival('fr'), undefined);
  });
});

describe('a missing language file', () => {
  let restore: (() => void) | undefined;
  afterEach(() => restore?.());

  it('warns once, naming the file, and stays English without asking again', async () => {
    let asked = 0;
    restore = setLanguageImporter(() => {
      asked++;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    });
    const rejections: unknown[] = [];
    const onRejection = (reason: unknown) => void rejections.push(reason);
    process.on('unhandledRejection', onRejection);
    const seen = await warnings(async () => {
      assert.equal(messagesFor(speakerListMessages, 'ru').none, 'No speakers to show.');
      await languageArrival('ru');
      assert.equal(messagesFor(speakerListMessages, 'ru-RU').none, 'No speakers to show.');
      assert.equal(messagesFor(commonMessages, 'ru').retry, 'Retry');
      assert.equal(languageArrival('ru'), undefined);
      await new Promise((resolve) => setTimeout(resolve, 10));
    });
    process.off('unhandledRejection', onRejection);
    assert.equal(asked, 1);
    assert.equal(seen.length, 1);
    assert.match(seen[0]!, /schedule-elements-ru\.min\.js/);
    assert.match(seen[0]!, /so the words in "ru" are shown in English\. Copy it beside schedule-elements\.min\.js\./);
    assert.deepEqual(rejections, []);
  });
});

describe('registerCatalog', () => {
  it('adds a language: its messages, English for the rest, and locales of that language pick it', () => {
    assert.equal(pickLanguage('de-AT'), 'en');
    const arrived: string[] = [];
    const stop = onLanguageChange((language) => arrived.push(language));
    registerCatalog('de', {
      common: { loading: 'Das Programm wird geladen …', staleOffline: 'Offline: das Programm vom {time}.' },
      'speaker-list': { count: (locale, count) => `${count} Sprecher (${locale})` },
    });
    stop();
    assert.deepEqual(arrived, ['de']);
    assert.equal(pickLanguage('de-AT'), 'de');
    const t = messagesFor(commonMessages, 'de-AT');
    assert.equal(t.loading, 'Das Programm wird geladen …');
    assert.equal(t.staleOffline('10:00'), 'Offline: das Programm vom 10:00.');
    assert.equal(t.retry, 'Retry');
    assert.equal(messagesFor(speakerListMessages, 'de').count('de', 3), '3 Sprecher (de)');
    assert.equal(messagesFor(savedMessages, 'de').memoryOnly, savedMessages.en.memoryOnly);
  });

  it('adds to what a language was given before', () => {
    registerCatalog('de', { common: { retry: 'Erneut versuchen' } });
    const t = messagesFor(commonMessages, 'de');
    assert.deepEqual([t.retry, t.loading], ['Erneut versuchen', 'Das Programm wird geladen …']);
  });

  it('serves one region alone when registered for it', () => {
    registerCatalog('pt-BR', { common: { retry: 'Tentar de novo' } });
    assert.deepEqual(['pt-BR', 'pt_br', 'pt-PT', 'pt'].map(pickLanguage), ['pt-br', 'pt-br', 'en', 'en']);
    assert.equal(messagesFor(commonMessages, 'pt-BR').retry, 'Tentar de novo');
  });

  it('changes words of a shipped language, over its file', async () => {
    messagesFor(commonMessages, 'es');
    await languageArrival('es');
    registerCatalog('es', { common: { retry: 'Volver a intentarlo' } });
    const t = messagesFor(commonMessages, 'es');
    assert.deepEqual([t.retry, t.loading], ['Volver a intentarlo', 'Cargando el programa…']);
  });

  it('leaves out what does not fit English: an unknown key, a function for text', () => {
    registerCatalog('nl', { common: { loading: 'Het programma wordt geladen…' } });
    registerCatalog('nl', { common: { retry: (() => 'Opnieuw') as unknown as string, nope: 'x' } as never });
    const t = messagesFor(commonMessages, 'nl') as Record<string, unknown>;
    assert.deepEqual([t.loading, t.retry, 'nope' in t], ['Het programma wordt geladen…', 'Retry', false]);
  });

  it('refuses a tag that is not BCP 47', () => {
    assert.throws(() => registerCatalog('not a tag', {}), RangeError);
  });
});
