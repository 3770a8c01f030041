/**
 * Feed rich text (descriptions and bios) as DOM: `text` escaped with its paragraphs, `markdown`
 * through marked, `html` reduced to a small allow-list.
 *
 * HTML is sanitized by the browser's own HTML Sanitizer API where it has one (Chromium 146+,
 * Firefox 148+), else by DOMPurify. marked and DOMPurify are downloaded only when needed
 * (./markdown.ts, ./sanitizer.ts; beside the single-file build, schedule-elements-markdown.min.js
 * and schedule-elements-sanitizer.min.js). Until they arrive, or when one is missing, the text is
 * shown as plain text: never its markup.
 */
import { html, isServer, noChange, nothing, type TemplateResult } from 'lit';
import { AsyncDirective } from 'lit/async-directive.js';
import { directive, type DirectiveResult } from 'lit/directive.js';
import { richTextToPlain, withoutInlineCode } from '../data/plain-text.js';
import type { RichText } from '../data/model.js';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP, TEXT_CONTAINERS, URL_WHITESPACE } from './allow-list.js';
import { LazyModule } from './lazy-module.js';
import type { PurifyConfig } from './sanitizer.js';

/** The browser's sanitizer configuration: the allow-list, and nothing else (no comments, no `data-*`). */
const SANITIZER_CONFIG = {
  elements: ALLOWED_TAGS,
  replaceWithChildrenElements: TEXT_CONTAINERS,
  attributes: ALLOWED_ATTR,
  comments: false,
  dataAttributes: false,
};

/** DOMPurify's configuration where the browser has no sanitizer: the same allow-list. */
const PURIFY_CONFIG: PurifyConfig = { ALLOWED_TAGS, ALLOWED_ATTR, ALLOWED_URI_REGEXP };

/** The HTML Sanitizer API, as far as it is used here (TypeScript's DOM types do not have it yet). */
type SanitizerClass = new (config: typeof SANITIZER_CONFIG) => { get(): { elements?: readonly unknown[] } };
/** An element of a browser with the HTML Sanitizer API. */
type SanitizingElement = Element & { setHTML?(html: string, options: { sanitizer: object }): void };

let configuredSanitizer: object | null | undefined;

/**
 * The browser's sanitizer with the allow-list, or null where there is no HTML Sanitizer API (looked
 * up on every call, so that a test can take `setHTML` away to run the DOMPurify path) or one that
 * does not take this configuration: an earlier draft of the API, whose Sanitizer has no `get()`,
 * or one that would not keep exactly the allowed elements.
 */
function browserSanitizer(): object | null {
  if (typeof (Element.prototype as SanitizingElement).setHTML !== 'function') return null;
  if (configuredSanitizer === undefined) {
    const Sanitizer = (globalThis as { Sanitizer?: SanitizerClass }).Sanitizer;
    try {
      const sanitizer = Sanitizer && new Sanitizer(SANITIZER_CONFIG);
      configuredSanitizer = sanitizer?.get().elements?.length === ALLOWED_TAGS.length ? sanitizer : null;
    } catch {
      configuredSanitizer = null; // this browser's Sanitizer rejects the configuration
    }
  }
  return configuredSanitizer;
}

let inertDocument: Document | undefined;

/**
 * Untrusted HTML through the browser's sanitizer, parsed into an element of a document with no
 * window (nothing in it loads or runs), then moved into a fragment of that document.
 */
function sanitizeInBrowser(untrusted: string, sanitizer: object): DocumentFragment {
  inertDocument ??= document.implementation.createHTMLDocument('');
  const box: SanitizingElement = inertDocument.createElement('div');
  box.setHTML!(untrusted, { sanitizer });
  const fragment = inertDocument.createDocumentFragment();
  while (box.firstChild) fragment.append(box.firstChild);
  return fragment;
}

/** Removes every URL that is not http(s), mailto or relative, and opens links in a new tab that cannot reach this page. */
function finishLinks(fragment: DocumentFragment): DocumentFragment {
  for (const element of fragment.querySelectorAll('[href]')) {
    if (!ALLOWED_URI_REGEXP.test(element.getAttribute('href')!.replace(URL_WHITESPACE, ''))) element.removeAttribute('href');
    else if (element.localName === 'a') {
      element.setAttribute('target', '_blank');
      element.setAttribute('rel', 'noopener noreferrer');
    }
  }
  return fragment;
}

type MarkdownModule = typeof import('./markdown.js');
type SanitizerModule = typeof import('./sanitizer.js');

/** How the modules loaded on demand are downloaded. */
interface Importers {
  readonly markdown: () => Promise<MarkdownModule>;
  readonly sanitizer: () => Promise<SanitizerModule>;
}

/** Each module named as written, so that a bundler makes a file of each. */
const FILES: Importers = {
  markdown: () => import('./markdown.js'),
  sanitizer: () => import('./sanitizer.js'),
};

const markdown = new LazyModule(
  FILES.markdown,
  'schedule-elements-markdown.min.js',
  'Markdown descriptions and bios are shown as plain text',
);
const purifier = new LazyModule(
  FILES.sanitizer,
  'schedule-elements-sanitizer.min.js',
  'this browser, which has no HTML Sanitizer API, shows HTML and Markdown descriptions and bios as plain text',
);

/** The modules `text` needs that are not here (yet). */
function modulesWanted(text: RichText): LazyModule<unknown>[] {
  const wanted: LazyModule<unknown>[] = [];
  if (text.format === 'markdown' && !markdown.module) wanted.push(markdown);
  if (!browserSanitizer() && !purifier.module) wanted.push(purifier);
  return wanted;
}

/** Untrusted HTML as sanitized, inert DOM nodes, or undefined while DOMPurify is needed and not here. */
function sanitized(untrusted: string): DocumentFragment | undefined {
  const sanitizer = browserSanitizer();
  const html = withoutInlineCode(untrusted);
  const fragment = sanitizer ? sanitizeInBrowser(html, sanitizer) : purifier.module?.purify(html, PURIFY_CONFIG);
  return fragment && finishLinks(fragment);
}

/** Markdown or HTML as sanitized DOM nodes, or undefined while a module it needs is not here. */
function formatted(text: RichText): DocumentFragment | undefined {
  if (modulesWanted(text).length > 0) return undefined;
  return sanitized(text.format === 'markdown' ? markdown.module!.markdownToHtml(text.source) : text.source);
}

/** Plain text keeps its paragraphs (blank lines) and line breaks, and is never read as markup. */
function textTemplate(source: string): TemplateResult {
  const paragraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return html`${paragraphs.map(
    (p) => html`<p>${p.split('\n').map((line, i) => (i === 0 ? line : html`<br />${line}`))}</p>`,
  )}`;
}

/**
 * Markdown or HTML while it cannot be formatted: its text without its tags, read as a string
 * (never parsed into a document). Markdown is reduced line by line, so that its paragraphs and
 * list items stay on their lines.
 */
function plainTemplate(text: RichText): TemplateResult {
  return textTemplate(richTextToPlain(text));
}

/** How a server renders Markdown and HTML, once the CLI's `render` gave it (it has no sanitizer of the browser's). */
let serverRichText: ((text: RichText) => DirectiveResult) | undefined;

/**
 * @internal Gives a server its way to render Markdown and HTML, sanitized as a browser would
 * (src/cli/render.ts); without it, a server renders them as plain text.
 */
export function provideServerRichText(render: (text: RichText) => DirectiveResult): void {
  serverRichText = render;
}

/** Renders one rich text; asynchronous only while a module it needs downloads. */
class RichTextDirective extends AsyncDirective {
  private last?: RichText;

  render(text: RichText | undefined): TemplateResult | DocumentFragment | DirectiveResult | typeof nothing | typeof noChange {
    // A fragment empties itself when it is inserted, so build the DOM again only when the text changes.
    if (text?.source === this.last?.source && text?.format === this.last?.format) return noChange;
    this.last = text;
    if (!text) return nothing;
    if (text.format === 'text') return textTemplate(text.source);
    // On a server (the CLI's `render`): sanitized by the server's own pass, else plain.
    if (isServer) return serverRichText?.(text) ?? plainTemplate(text);
    const fragment = formatted(text);
    if (fragment) return fragment;
    void this.showWhenLoaded(text);
    return plainTemplate(text);
  }

  /** Replaces the plain text of `text` with its formatted DOM once the modules it needs are here, unless other text came meanwhile. */
  private async showWhenLoaded(text: RichText): Promise<void> {
    await Promise.all(modulesWanted(text).map((module) => module.load()));
    const fragment = this.last === text ? formatted(text) : undefined;
    if (fragment) this.setValue(fragment);
  }
}

/**
 * Renders a feed's rich text: `text` escaped with its paragraphs, `markdown` and `html` sanitized.
 * Where that needs a module that is not here yet, the text is shown plain until it arrives.
 */
export const richText = directive(RichTextDirective);

/**
 * @internal Replaces how the Markdown and DOMPurify modules are downloaded (a test makes one
 * fail), forgetting those already here; returns what puts the downloads back.
 */
export function setRichTextImporters(replacements: Partial<Importers>): () => void {
  const restore = [
    markdown.replaceImporter(replacements.markdown ?? FILES.markdown),
    purifier.replaceImporter(replacements.sanitizer ?? FILES.sanitizer),
  ];
  return () => restore.forEach((put) => put());
}
