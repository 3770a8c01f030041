import { defineCatalog, plural } from '../../i18n/localize.js';

/** The words of `<speaker-card>` (job and organization are joined as `<speaker-avatar>` joins them). Roles other than the known ones are shown as the feed writes them. */
export const speakerCardMessages = defineCatalog({
  en: {
    roomAt: (room: string, location: string) => `${room} (${location})`,
    sessions: 'Sessions',
    links: 'Links',
    moderator: 'Moderator',
    remoteModerator: 'Remote moderator',
    sessionCount: (locale: string, count: number) => plural(locale, count, { one: '# session', other: '# sessions' }),
  },
  ar: {
    roomAt: (room: string, location: string) => `${room} (${location})`,
    sessions: 'الجلسات',
    links: 'روابط',
    moderator: 'مدير الجلسة',
    remoteModerator: 'مدير الجلسة عن بُعد',
    sessionCount: (locale: string, count: number) =>
      plural(locale, count, { one: 'جلسة واحدة', two: 'جلستان', few: '# جلسات', many: '# جلسة', other: '# جلسة' }),
  },
  zh: {
    roomAt: (room: string, location: string) => `${room}（${location}）`,
    sessions: '参与的会议',
    links: '链接',
    moderator: '主持人',
    remoteModerator: '远程主持人',
    sessionCount: (locale: string, count: number) => plural(locale, count, { other: '# 场会议' }),
  },
  fr: {
    roomAt: (room: string, location: string) => `${room} (${location})`,
    sessions: 'Sessions',
    links: 'Liens',
    moderator: 'Modération',
    remoteModerator: 'Modération à distance',
    sessionCount: (locale: string, count: number) =>
      plural(locale, count, { one: '# session', many: '# de sessions', other: '# sessions' }),
  },
  ru: {
    roomAt: (room: string, location: string) => `${room} (${location})`,
    sessions: 'Сессии',
    links: 'Ссылки',
    moderator: 'Модератор',
    remoteModerator: 'Удалённый модератор',
    sessionCount: (locale: string, count: number) =>
      plural(locale, count, { one: '# сессия', few: '# сессии', many: '# сессий', other: '# сессии' }),
  },
  es: {
    roomAt: (room: string, location: string) => `${room} (${location})`,
    sessions: 'Sesiones',
    links: 'Enlaces',
    moderator: 'Moderación',
    remoteModerator: 'Moderación remota',
    sessionCount: (locale: string, count: number) =>
      plural(locale, count, { one: '# sesión', many: '# de sesiones', other: '# sesiones' }),
  },
});
