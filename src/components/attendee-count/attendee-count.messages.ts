import { defineCatalog, formatNumber, plural } from '../../i18n/localize.js';

/** The words of `<attendee-count>`. Counts arrive as numbers and are formatted for the locale here. */
export const attendeeCountMessages = defineCatalog({
  en: {
    label: 'Attendees',
    count: (locale: string, count: number) => `(${formatNumber(locale, count)})`,
    attendees: (locale: string, count: number) =>
      plural(locale, count, { zero: 'No attendees yet', one: '# attendee', other: '# attendees' }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      plural(locale, capacity, {
        one: `${formatNumber(locale, count)} of # place taken`,
        other: `${formatNumber(locale, count)} of # places taken`,
      }),
    full: (locale: string, capacity: number) =>
      plural(locale, capacity, { one: 'Full: the only place is taken', other: 'Full: all # places are taken' }),
    capacity: (locale: string, capacity: number) => `Capacity: ${formatNumber(locale, capacity)}`,
    notPublished: 'Attendance not published',
    link: 'See who’s attending',
  },
  ar: {
    label: 'الحضور',
    count: (locale: string, count: number) => `(${formatNumber(locale, count)})`,
    attendees: (locale: string, count: number) =>
      plural(locale, count, {
        zero: 'لا يوجد حضور بعد',
        one: 'مشارك واحد',
        two: 'مشاركان',
        few: '# مشاركين',
        many: '# مشاركًا',
        other: '# مشارك',
      }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      `الأماكن المحجوزة: ${formatNumber(locale, count)} من ${formatNumber(locale, capacity)}`,
    full: (locale: string, capacity: number) =>
      plural(locale, capacity, {
        one: 'مكتمل: المكان الوحيد محجوز',
        two: 'مكتمل: المكانان محجوزان',
        other: 'مكتمل: جميع الأماكن (#) محجوزة',
      }),
    capacity: (locale: string, capacity: number) => `السعة: ${formatNumber(locale, capacity)}`,
    notPublished: 'لم يُنشر عدد الحضور',
    link: 'اعرف من سيحضر',
  },
  zh: {
    label: '参会者',
    count: (locale: string, count: number) => `（${formatNumber(locale, count)}）`,
    attendees: (locale: string, count: number) => plural(locale, count, { zero: '暂无参会者', other: '# 位参会者' }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      `已报名 ${formatNumber(locale, count)} 人，共 ${formatNumber(locale, capacity)} 个名额`,
    full: (locale: string, capacity: number) => `已满：${formatNumber(locale, capacity)} 个名额均已报满`,
    capacity: (locale: string, capacity: number) => `名额：${formatNumber(locale, capacity)}`,
    notPublished: '未公布参会人数',
    link: '查看参会者',
  },
  fr: {
    label: 'Participants',
    count: (locale: string, count: number) => `(${formatNumber(locale, count)})`,
    attendees: (locale: string, count: number) =>
      plural(locale, count, {
        zero: 'Aucun participant pour l’instant',
        one: '# participant',
        many: '# de participants',
        other: '# participants',
      }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      `Places occupées : ${formatNumber(locale, count)} sur ${formatNumber(locale, capacity)}`,
    full: (locale: string, capacity: number) =>
      plural(locale, capacity, {
        one: 'Complet : la seule place est prise',
        many: 'Complet : les # de places sont prises',
        other: 'Complet : les # places sont prises',
      }),
    capacity: (locale: string, capacity: number) => `Capacité : ${formatNumber(locale, capacity)}`,
    notPublished: 'Participation non publiée',
    link: 'Voir qui participe',
  },
  ru: {
    label: 'Участники',
    count: (locale: string, count: number) => `(${formatNumber(locale, count)})`,
    attendees: (locale: string, count: number) =>
      plural(locale, count, {
        zero: 'Пока нет участников',
        one: '# участник',
        few: '# участника',
        many: '# участников',
        other: '# участника',
      }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      `Занято мест: ${formatNumber(locale, count)} из ${formatNumber(locale, capacity)}`,
    full: (locale: string, capacity: number) =>
      plural(locale, capacity, {
        one: 'Мест нет: # место занято',
        few: 'Мест нет: все # места заняты',
        many: 'Мест нет: все # мест заняты',
        other: 'Мест нет: все # места заняты',
      }),
    capacity: (locale: string, capacity: number) => `Вместимость: ${formatNumber(locale, capacity)}`,
    notPublished: 'Число участников не опубликовано',
    link: 'Посмотреть, кто придёт',
  },
  es: {
    label: 'Asistentes',
    count: (locale: string, count: number) => `(${formatNumber(locale, count)})`,
    attendees: (locale: string, count: number) =>
      plural(locale, count, {
        zero: 'Todavía no hay asistentes',
        one: '# asistente',
        many: '# de asistentes',
        other: '# asistentes',
      }),
    placesTaken: (locale: string, count: number, capacity: number) =>
      `Plazas ocupadas: ${formatNumber(locale, count)} de ${formatNumber(locale, capacity)}`,
    full: (locale: string, capacity: number) =>
      plural(locale, capacity, {
        one: 'Completo: la única plaza está ocupada',
        many: 'Completo: las # de plazas están ocupadas',
        other: 'Completo: las # plazas están ocupadas',
      }),
    capacity: (locale: string, capacity: number) => `Aforo: ${formatNumber(locale, capacity)}`,
    notPublished: 'Asistencia no publicada',
    link: 'Ver quién asiste',
  },
});
