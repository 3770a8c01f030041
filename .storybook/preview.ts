import type { Preview, StoryContext, WebComponentsRenderer } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
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
  tagName?: string;
  members?: { name?: string; privacy?: string; readonly?: boolean }[];
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

/** Each tag's read-only properties (`status`, `full`): shown in the table, but not editable. */
const READ_ONLY = new Map(
  customElements.modules.flatMap((module) =>
    (module.declarations as Declaration[])
      .filter((declaration) => declaration.tagName)
      .map((declaration) => [declaration.tagName, new Set(declaration.members?.filter((m) => m.readonly).map((m) => m.name))]),
  ),
);

/** The properties that take the normalized model's objects rather than a feed's JSON. */
const MODEL_PROPERTIES = new Set(['schedule', 'session', 'person', 'people']);

/**
 * Only the controls the stories can honour (each component story puts its args on the element
 * with `liveArgs`): a property's, an attribute's that has no property row of its own, and a
 * custom property's (a colour picker for colours). Events, slots and parts are listed, not
 * edited; so are read-only properties and the normalized model's objects (`schedule`, `session`,
 * `person`, `people`: Maps and derived fields a JSON editor cannot make; a feed's JSON can be edited).
 */
const liveControls: ArgTypesEnhancer<WebComponentsRenderer> = ({ argTypes, component }) => {
  const readOnly = READ_ONLY.get(String(component)) ?? new Set();
  for (const [name, argType] of Object.entries(argTypes)) {
    const category = argType.table?.category;
    if (category === 'css custom properties') {
      argType.type = { name: 'string' };
      argType.control = { type: name.startsWith('--schedule-color') ? 'color' : 'text' };
    } else if (
      ['events', 'slots', 'css shadow parts'].includes(category ?? '') ||
      (category === 'attributes' && name.includes('-')) ||
      (category === 'properties' && (readOnly.has(name) || MODEL_PROPERTIES.has(name)))
    ) {
      argType.control = false;
    }
  }
  return argTypes;
};

/** The tags that read a feed (`src`): a snippet's copy of any of them needs one. */
const FEED_TAGS = customElements.modules.flatMap((module) =>
  (module.declarations as (Declaration & { attributes?: { name: string }[] })[])
    .filter((declaration) => declaration.attributes?.some((attribute) => attribute.name === 'src'))
    .map((declaration) => declaration.tagName),
);

/**
 * "Show code" as a site owner would paste it: without the toolbar's wrapper (`excludeDecorators`),
 * and each tag of ours that is handed a parsed feed or model object (a property, which the snippet
 * cannot show) reading the feed from a file instead; the story's own component also gets the id of
 * the person or session it was handed. Every tag, not only the component's: a page of several
 * (Theming, Languages, the cards beside <my-schedule>) pasted without `src` shows nothing.
 */
function pasteable(code: string, { component, args }: StoryContext): string {
  const ids = [
    ['person-id', (args.person as { id?: string } | undefined)?.id],
    ['session-id', (args.session as { id?: string } | undefined)?.id],
  ].filter((pair): pair is [string, string] => typeof pair[1] === 'string');
  return code.replace(new RegExp(`<(${FEED_TAGS.join('|')})(?=[\\s>])([^>]*)>`, 'g'), (tag, name: string, attributes: string) => {
    if (/\ssrc=/.test(attributes)) return tag;
    const added = name === component ? ids.filter(([id]) => !attributes.includes(` ${id}=`)).map(([id, value]) => ` ${id}="${value.replaceAll('"', '&quot;')}"`) : [];
    return `<${name} src="schedule.json"${added.join('')}${attributes}>`;
  });
}

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
  argTypesEnhancers: [liveControls],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: { source: { excludeDecorators: true, transform: pasteable } },
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
      // The page's own lang too: the components follow a change of <html lang> at once, and a
      // nearer one (the root below) only at their next render.
      document.documentElement.lang = lang;
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
