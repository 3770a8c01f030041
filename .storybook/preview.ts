import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json' with { type: 'json' };
import '../src/define.js';
import { LANGUAGES, textDirection } from '../src/i18n/localize.js';

/**
 * The manifest with optional types made plain for the controls panel: Storybook gives a text control
 * only to a type named exactly `string` (`number`, `boolean` alike), and a JSON editor to anything
 * else, so `sessionId: string | undefined` would ignore a typed `ws225`.
 */
function withPlainOptionalTypes(manifest: typeof customElements): typeof customElements {
  return JSON.parse(JSON.stringify(manifest), (key, value: unknown) =>
    key === 'text' && typeof value === 'string' ? value.replace(/^(string|number|boolean) \| undefined$/, '$1') : value,
  ) as typeof customElements;
}

type Manifest = typeof customElements;
type Declaration = Manifest['modules'][number]['declarations'][number] & {
  summary?: string;
  description?: string;
  members?: { privacy?: string }[];
  cssParts?: { name: string }[];
};

/**
 * The manifest as a docs page should show it: Storybook lists every member, so the private and
 * protected ones are left out; a class with a summary only is described by it; and each CSS part is
 * named `::part(name)`, since Storybook keys its table by name alone, and a part named as an
 * attribute or a slot (`now`, `actions`) would take that row.
 */
function forDocs(manifest: Manifest): Manifest {
  for (const module of manifest.modules) {
    for (const declaration of (module.declarations ?? []) as Declaration[]) {
      if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && member.privacy !== 'protected');
      if (!declaration.description && declaration.summary) declaration.description = declaration.summary;
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return manifest;
}

setCustomElementsManifest(forDocs(withPlainOptionalTypes(customElements)));

/** The toolbar's colour schemes: the value of `color-scheme` on the story root. */
const SCHEMES = [
  { value: 'light', title: 'Light' },
  { value: 'dark', title: 'Dark' },
  { value: 'light dark', title: 'Follow the system' },
];

/** The toolbar's languages: `lang` (and `dir`) on the story root, which components without `locale` follow. */
const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English',
  ar: 'العربية',
  zh: '中文',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    scheme: {
      description: 'Colour scheme of the page around the components',
      toolbar: { title: 'Scheme', icon: 'contrast', items: SCHEMES, dynamicTitle: true },
    },
    lang: {
      description: 'Language of the page around the components (their `lang`)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: LANGUAGES.map((language) => ({ value: language, title: LANGUAGE_NAMES[language] ?? language })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { scheme: 'light', lang: 'en' },
  decorators: [
    (story, { globals }) => {
      const lang = String(globals.lang ?? 'en');
      return html`<div
        class="story-root"
        lang=${lang}
        dir=${textDirection(lang)}
        style="color-scheme: ${globals.scheme ?? 'light'}; background: Canvas; color: CanvasText; padding: 0.5rem"
      >
        ${story()}
      </div>`;
    },
  ],
};
export default preview;
