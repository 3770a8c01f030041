import { defineCatalog } from './localize.js';

/** Words about the saved list that more than one component shows. */
export const savedMessages = defineCatalog({
  en: {
    memoryOnly: 'Saved in this tab only: your browser’s storage is unavailable.',
  },
  ar: {
    memoryOnly: 'محفوظ في علامة التبويب هذه فقط: مساحة التخزين في متصفحك غير متاحة.',
  },
  zh: {
    memoryOnly: '仅保存在此标签页中：您的浏览器存储不可用。',
  },
  fr: {
    memoryOnly: 'Enregistré dans cet onglet seulement : le stockage de votre navigateur est indisponible.',
  },
  ru: {
    memoryOnly: 'Сохранено только в этой вкладке: хранилище браузера недоступно.',
  },
  es: {
    memoryOnly: 'Guardado solo en esta pestaña: el almacenamiento de su navegador no está disponible.',
  },
});
