import { defineCatalog, plural } from '../../i18n/localize.js';

/** Every word `<my-schedule>` shows, in the six UN languages (the storage note is in `savedMessages`). */
export const myScheduleMessages = defineCatalog({
  en: {
    count: (locale: string, n: number) => plural(locale, n, { one: '# saved session', other: '# saved sessions' }),
    empty: 'Nothing saved yet. Use ☆ Save on a session to add it here.',
    downloadAll: 'Download all (.ics)',
    copyLink: 'Copy link',
    linkCopied: 'Link copied. Whoever opens it can add these sessions to their own schedule.',
    copyThisLink: 'Copy this link to share your schedule:',
    shared: (locale: string, n: number) =>
      plural(locale, n, { one: 'A link shared # session with you:', other: 'A link shared # sessions with you:' }),
    addShared: (locale: string, n: number) =>
      plural(locale, n, { one: 'Add # session shared with you', other: 'Add # sessions shared with you' }),
    notNow: 'Not now',
    added: (locale: string, n: number) =>
      plural(locale, n, { one: 'Added # session to your schedule.', other: 'Added # sessions to your schedule.' }),
    overlaps: (names: string) => `Overlaps with ${names}`,
    moved: (was: string, now: string) => `Moved: was ${was}, now ${now}`,
    roomChanged: (was: string, now: string) => `Room changed: was ${was}, now ${now}`,
    noRoom: 'no room',
    cancelled: 'Cancelled: no longer in the programme',
    remove: 'Remove',
    removeLabel: (title: string) => `Remove ${title} from my schedule`,
  },
  ar: {
    count: (locale: string, n: number) =>
      plural(locale, n, {
        zero: 'لا توجد جلسات محفوظة',
        one: 'جلسة محفوظة واحدة',
        two: 'جلستان محفوظتان',
        few: '# جلسات محفوظة',
        many: '# جلسة محفوظة',
        other: '# جلسة محفوظة',
      }),
    empty: 'لم تحفظ شيئًا بعد. استخدم ☆ حفظ في أي جلسة لإضافتها هنا.',
    downloadAll: 'تنزيل الكل (‎.ics)',
    copyLink: 'نسخ الرابط',
    linkCopied: 'نُسخ الرابط. يمكن لمن يفتحه إضافة هذه الجلسات إلى جدوله.',
    copyThisLink: 'انسخ هذا الرابط لمشاركة جدولك:',
    shared: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'شارك معك رابطٌ جلسةً واحدة:',
        two: 'شارك معك رابطٌ جلستين:',
        few: 'شارك معك رابطٌ # جلسات:',
        other: 'شارك معك رابطٌ # جلسة:',
      }),
    addShared: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'إضافة الجلسة التي شوركت معك',
        two: 'إضافة الجلستين اللتين شوركتا معك',
        few: 'إضافة # جلسات شوركت معك',
        other: 'إضافة # جلسة شوركت معك',
      }),
    notNow: 'ليس الآن',
    added: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'أُضيفت جلسة واحدة إلى جدولك.',
        two: 'أُضيفت جلستان إلى جدولك.',
        few: 'أُضيفت # جلسات إلى جدولك.',
        other: 'أُضيفت # جلسة إلى جدولك.',
      }),
    overlaps: (names: string) => `تتداخل مع ${names}`,
    moved: (was: string, now: string) => `تغيّر الموعد: كان ${was}، والآن ${now}`,
    roomChanged: (was: string, now: string) => `تغيّرت القاعة: كانت ${was}، والآن ${now}`,
    noRoom: 'بلا قاعة',
    cancelled: 'أُلغيت: لم تعد في البرنامج',
    remove: 'إزالة',
    removeLabel: (title: string) => `إزالة ${title} من جدولي`,
  },
  zh: {
    count: (locale: string, n: number) => plural(locale, n, { other: '已收藏 # 场会议' }),
    empty: '尚未收藏任何会议。在会议上点击“☆ 收藏”即可添加到这里。',
    downloadAll: '全部下载 (.ics)',
    copyLink: '复制链接',
    linkCopied: '链接已复制。打开链接的人可以把这些会议添加到自己的日程中。',
    copyThisLink: '复制此链接以分享您的日程：',
    shared: (locale: string, n: number) => plural(locale, n, { other: '有人通过链接与您分享了 # 场会议：' }),
    addShared: (locale: string, n: number) => plural(locale, n, { other: '添加分享给您的 # 场会议' }),
    notNow: '暂不添加',
    added: (locale: string, n: number) => plural(locale, n, { other: '已将 # 场会议添加到您的日程。' }),
    overlaps: (names: string) => `与 ${names} 时间重叠`,
    moved: (was: string, now: string) => `时间已变更：原为 ${was}，现为 ${now}`,
    roomChanged: (was: string, now: string) => `会议室已变更：原为 ${was}，现为 ${now}`,
    noRoom: '无会议室',
    cancelled: '已取消：不在日程中了',
    remove: '移除',
    removeLabel: (title: string) => `从我的日程中移除 ${title}`,
  },
  fr: {
    count: (locale: string, n: number) =>
      plural(locale, n, { one: '# session enregistrée', other: '# sessions enregistrées' }),
    empty: 'Rien d’enregistré pour l’instant. Utilisez ☆ Enregistrer sur une session pour l’ajouter ici.',
    downloadAll: 'Tout télécharger (.ics)',
    copyLink: 'Copier le lien',
    linkCopied: 'Lien copié. Quiconque l’ouvre peut ajouter ces sessions à son propre programme.',
    copyThisLink: 'Copiez ce lien pour partager votre programme :',
    shared: (locale: string, n: number) =>
      plural(locale, n, { one: 'Un lien partage # session avec vous :', other: 'Un lien partage # sessions avec vous :' }),
    addShared: (locale: string, n: number) =>
      plural(locale, n, { one: 'Ajouter la session partagée avec vous', other: 'Ajouter les # sessions partagées avec vous' }),
    notNow: 'Pas maintenant',
    added: (locale: string, n: number) =>
      plural(locale, n, { one: '# session ajoutée à votre programme.', other: '# sessions ajoutées à votre programme.' }),
    overlaps: (names: string) => `Chevauche ${names}`,
    moved: (was: string, now: string) => `Déplacée : prévue ${was}, désormais ${now}`,
    roomChanged: (was: string, now: string) => `Salle modifiée : ${was} auparavant, désormais ${now}`,
    noRoom: 'aucune salle',
    cancelled: 'Annulée : ne figure plus au programme',
    remove: 'Retirer',
    removeLabel: (title: string) => `Retirer ${title} de mon programme`,
  },
  ru: {
    count: (locale: string, n: number) =>
      plural(locale, n, {
        one: '# сохранённая сессия',
        few: '# сохранённые сессии',
        many: '# сохранённых сессий',
        other: '# сохранённой сессии',
      }),
    empty: 'Пока ничего не сохранено. Нажмите ☆ Сохранить у сессии, чтобы добавить её сюда.',
    downloadAll: 'Скачать всё (.ics)',
    copyLink: 'Скопировать ссылку',
    linkCopied: 'Ссылка скопирована. Любой, кто её откроет, сможет добавить эти сессии в свою программу.',
    copyThisLink: 'Скопируйте эту ссылку, чтобы поделиться своей программой:',
    shared: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'С вами поделились # сессией:',
        few: 'С вами поделились # сессиями:',
        many: 'С вами поделились # сессиями:',
        other: 'С вами поделились # сессии:',
      }),
    addShared: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'Добавить # сессию, которой с вами поделились',
        few: 'Добавить # сессии, которыми с вами поделились',
        many: 'Добавить # сессий, которыми с вами поделились',
        other: 'Добавить # сессии, которыми с вами поделились',
      }),
    notNow: 'Не сейчас',
    added: (locale: string, n: number) =>
      plural(locale, n, {
        one: 'В вашу программу добавлена # сессия.',
        few: 'В вашу программу добавлены # сессии.',
        many: 'В вашу программу добавлено # сессий.',
        other: 'В вашу программу добавлено # сессии.',
      }),
    overlaps: (names: string) => `Пересекается с ${names}`,
    moved: (was: string, now: string) => `Перенесена: было ${was}, теперь ${now}`,
    roomChanged: (was: string, now: string) => `Зал изменён: был ${was}, теперь ${now}`,
    noRoom: 'без зала',
    cancelled: 'Отменена: её больше нет в программе',
    remove: 'Удалить',
    removeLabel: (title: string) => `Удалить ${title} из моей программы`,
  },
  es: {
    count: (locale: string, n: number) => plural(locale, n, { one: '# sesión guardada', other: '# sesiones guardadas' }),
    empty: 'Todavía no ha guardado nada. Use ☆ Guardar en una sesión para añadirla aquí.',
    downloadAll: 'Descargar todo (.ics)',
    copyLink: 'Copiar enlace',
    linkCopied: 'Enlace copiado. Quien lo abra podrá añadir estas sesiones a su propio programa.',
    copyThisLink: 'Copie este enlace para compartir su programa:',
    shared: (locale: string, n: number) =>
      plural(locale, n, { one: 'Un enlace comparte # sesión con usted:', other: 'Un enlace comparte # sesiones con usted:' }),
    addShared: (locale: string, n: number) =>
      plural(locale, n, { one: 'Añadir la sesión compartida con usted', other: 'Añadir las # sesiones compartidas con usted' }),
    notNow: 'Ahora no',
    added: (locale: string, n: number) =>
      plural(locale, n, { one: 'Se añadió # sesión a su programa.', other: 'Se añadieron # sesiones a su programa.' }),
    overlaps: (names: string) => `Se solapa con ${names}`,
    moved: (was: string, now: string) => `Cambiada: era ${was}, ahora ${now}`,
    roomChanged: (was: string, now: string) => `Cambio de sala: era ${was}, ahora ${now}`,
    noRoom: 'sin sala',
    cancelled: 'Cancelada: ya no figura en el programa',
    remove: 'Quitar',
    removeLabel: (title: string) => `Quitar ${title} de mi programa`,
  },
});

export type MyScheduleText = (typeof myScheduleMessages)['en'];
