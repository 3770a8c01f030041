// The demo's settings: language (the page's lang, which components follow), time zone and colour scheme.
const components = () => document.querySelectorAll('main [src]');

function bind(id: string, apply: (value: string) => void): void {
  const select = document.getElementById(id) as HTMLSelectElement;
  select.addEventListener('change', () => apply(select.value));
}

bind('locale', (locale) => {
  document.documentElement.lang = locale;
  document.documentElement.dir = locale === 'ar' ? 'rtl' : 'ltr';
});
bind('time-zone', (zone) => {
  for (const el of components()) {
    if (zone) el.setAttribute('time-zone', zone);
    else el.removeAttribute('time-zone');
  }
});
bind('scheme', (scheme) => {
  document.documentElement.style.colorScheme = scheme;
});
