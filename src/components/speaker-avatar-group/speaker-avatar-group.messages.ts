import { defineCatalog, plural } from '../../i18n/localize.js';

/** The words of `<speaker-avatar-group>`: its accessible name, the "+N" badge's text and the empty state. */
export const speakerAvatarGroupMessages = defineCatalog({
  en: {
    label: (names: string) => `Speakers: ${names}`,
    more: (locale: string, count: number) => plural(locale, count, { other: 'and # more' }),
    empty: 'No speakers announced yet.',
  },
  ar: {
    label: (names: string) => `المتحدثون: ${names}`,
    more: (locale: string, count: number) =>
      plural(locale, count, {
        one: 'وشخص آخر',
        two: 'وشخصان آخران',
        few: 'و# أشخاص آخرين',
        many: 'و# شخصًا آخر',
        other: 'و# شخص آخر',
      }),
    empty: 'لم يُعلَن عن المتحدثين بعد.',
  },
  zh: {
    label: (names: string) => `演讲者：${names}`,
    more: (locale: string, count: number) => plural(locale, count, { other: '及另外 # 人' }),
    empty: '尚未公布演讲者。',
  },
  fr: {
    label: (names: string) => `Intervenants\u00a0: ${names}`,
    more: (locale: string, count: number) => plural(locale, count, { one: 'et # autre', other: 'et # autres' }),
    empty: 'Aucun intervenant annoncé pour le moment.',
  },
  ru: {
    label: (names: string) => `Докладчики: ${names}`,
    more: (locale: string, count: number) =>
      plural(locale, count, {
        one: 'и ещё # человек',
        few: 'и ещё # человека',
        many: 'и ещё # человек',
        other: 'и ещё # человека',
      }),
    empty: 'Докладчики пока не объявлены.',
  },
  es: {
    label: (names: string) => `Ponentes: ${names}`,
    more: (locale: string, count: number) => plural(locale, count, { one: 'y # persona más', other: 'y # personas más' }),
    empty: 'Aún no se han anunciado ponentes.',
  },
});
