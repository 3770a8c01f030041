import { defineCatalog, plural } from '../../i18n/localize.js';

/**
 * The words of `<event-status>`. `relative` is a phrase from `formatRelative` in the same locale
 * ("in 3 days", "tomorrow", "dans 3 jours"), so the sentences are built around it.
 */
export const eventStatusMessages = defineCatalog({
  en: {
    upcoming: (name: string, relative: string) => `${name} starts ${relative}`,
    upcomingUndated: (name: string) => `${name} has not started yet`,
    live: (name: string) => `${name} is on now`,
    ended: (name: string) => `${name} has ended`,
    onNow: 'On now',
    between: 'Nothing is on right now.',
    next: (relative: string) => `Up next, ${relative}`,
    more: (locale: string, count: number) => plural(locale, count, { other: 'and # more' }),
    dateRange: (from: string, to: string) => `${from} – ${to}`,
  },
  ar: {
    upcoming: (name: string, relative: string) => `تبدأ فعالية ${name} ${relative}`,
    upcomingUndated: (name: string) => `لم تبدأ فعالية ${name} بعد`,
    live: (name: string) => `فعالية ${name} جارية الآن`,
    ended: (name: string) => `انتهت فعالية ${name}`,
    onNow: 'يجري الآن',
    between: 'لا شيء يجري في هذه اللحظة.',
    next: (relative: string) => `التالي، ${relative}`,
    more: (locale: string, count: number) =>
      plural(locale, count, { one: 'وجلسة أخرى', two: 'وجلستان أخريان', few: 'و# جلسات أخرى', other: 'و# جلسة أخرى' }),
    dateRange: (from: string, to: string) => `${from} – ${to}`,
  },
  zh: {
    upcoming: (name: string, relative: string) => `${name}将于${relative}开始`,
    upcomingUndated: (name: string) => `${name}尚未开始`,
    live: (name: string) => `${name}正在进行`,
    ended: (name: string) => `${name}已结束`,
    onNow: '正在进行',
    between: '此刻没有进行中的会议。',
    next: (relative: string) => `接下来：${relative}`,
    more: (locale: string, count: number) => plural(locale, count, { other: '另有 # 场' }),
    dateRange: (from: string, to: string) => `${from}至${to}`,
  },
  fr: {
    upcoming: (name: string, relative: string) => `${name} commence ${relative}`,
    upcomingUndated: (name: string) => `${name} n’a pas encore commencé`,
    live: (name: string) => `${name} a lieu en ce moment`,
    ended: (name: string) => `${name} est terminé`,
    onNow: 'En ce moment',
    between: 'Rien en ce moment.',
    next: (relative: string) => `Ensuite, ${relative}`,
    more: (locale: string, count: number) => plural(locale, count, { one: 'et # autre', other: 'et # autres' }),
    dateRange: (from: string, to: string) => `du ${from} au ${to}`,
  },
  ru: {
    upcoming: (name: string, relative: string) => `${name}: начало ${relative}`,
    upcomingUndated: (name: string) => `${name}: ещё не началось`,
    live: (name: string) => `${name}: идёт сейчас`,
    ended: (name: string) => `${name}: мероприятие завершено`,
    onNow: 'Сейчас идёт',
    between: 'Сейчас ничего не идёт.',
    next: (relative: string) => `Далее — ${relative}`,
    more: (locale: string, count: number) => plural(locale, count, { other: 'и ещё #' }),
    dateRange: (from: string, to: string) => `${from} — ${to}`,
  },
  es: {
    upcoming: (name: string, relative: string) => `${name} empieza ${relative}`,
    upcomingUndated: (name: string) => `${name} aún no ha empezado`,
    live: (name: string) => `${name} se está celebrando ahora`,
    ended: (name: string) => `${name} ha terminado`,
    onNow: 'Ahora',
    between: 'Ahora no hay nada en curso.',
    next: (relative: string) => `A continuación, ${relative}`,
    more: (locale: string, count: number) => plural(locale, count, { other: 'y # más' }),
    dateRange: (from: string, to: string) => `del ${from} al ${to}`,
  },
});
