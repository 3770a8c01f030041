import { defineCatalog, plural } from '../../i18n/localize.js';

/** The words of `<speaker-list>`. */
export const speakerListMessages = defineCatalog({
  en: {
    speakers: 'Speakers',
    search: 'Search speakers',
    searchHint: 'Name or organization',
    count: (locale: string, count: number) => plural(locale, count, { one: '# speaker', other: '# speakers' }),
    noMatch: (query: string) => `No speakers match “${query}”.`,
    none: 'No speakers to show.',
  },
  ar: {
    speakers: 'المتحدثون',
    search: 'ابحث عن المتحدثين',
    searchHint: 'الاسم أو المؤسسة',
    count: (locale: string, count: number) =>
      plural(locale, count, { one: 'متحدث واحد', two: 'متحدثان', few: '# متحدثين', many: '# متحدثًا', other: '# متحدث' }),
    noMatch: (query: string) => `لا يوجد متحدثون مطابقون لـ «${query}».`,
    none: 'لا يوجد متحدثون لعرضهم.',
  },
  zh: {
    speakers: '发言人',
    search: '搜索发言人',
    searchHint: '姓名或机构',
    count: (locale: string, count: number) => plural(locale, count, { other: '# 位发言人' }),
    noMatch: (query: string) => `没有与“${query}”匹配的发言人。`,
    none: '没有可显示的发言人。',
  },
  fr: {
    speakers: 'Intervenants',
    search: 'Rechercher un intervenant',
    searchHint: 'Nom ou organisation',
    count: (locale: string, count: number) =>
      plural(locale, count, { one: '# intervenant', many: '# d’intervenants', other: '# intervenants' }),
    noMatch: (query: string) => `Aucun intervenant ne correspond à « ${query} ».`,
    none: 'Aucun intervenant à afficher.',
  },
  ru: {
    speakers: 'Докладчики',
    search: 'Поиск докладчиков',
    searchHint: 'Имя или организация',
    count: (locale: string, count: number) =>
      plural(locale, count, { one: '# докладчик', few: '# докладчика', many: '# докладчиков', other: '# докладчика' }),
    noMatch: (query: string) => `Нет докладчиков, соответствующих запросу «${query}».`,
    none: 'Нет докладчиков для показа.',
  },
  es: {
    speakers: 'Ponentes',
    search: 'Buscar ponentes',
    searchHint: 'Nombre u organización',
    count: (locale: string, count: number) =>
      plural(locale, count, { one: '# ponente', many: '# de ponentes', other: '# ponentes' }),
    noMatch: (query: string) => `Ningún ponente coincide con «${query}».`,
    none: 'No hay ponentes que mostrar.',
  },
});
