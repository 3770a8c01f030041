/// <reference types="node" />
/**
 * `schedule-elements render`: a component rendered on the server into a static HTML page. Its
 * shadow root is written as declarative shadow DOM (`@lit-labs/ssr`), so the page shows, prints
 * and is indexed with scripts off; schema.org `Event` data (JSON-LD) names every session it shows.
 * With `script`, the page also carries the feed (inline) and loads the bundle, which renders the
 * component again in place, live: search, dialogs, saving. Without, it shows what it shows with
 * scripts off: no control that needs the script.
 */
import { jsonLdScriptText, scheduleJsonLd } from '../data/json-ld.js';
import type { Schedule, Session } from '../data/model.js';
import { commonMessages } from '../i18n/common.messages.js';
import { catalogIn, languageArrival, pickLanguage } from '../i18n/languages.js';
import { textDirection } from '../i18n/localize.js';
import { spaceTimesAsBrowsers } from './browser-times.js';
import { CliError } from './feed-file.js';
import { escapeHtml } from '../internal/escape-html.js';
import { MarkupDocument } from './markup-document.js';

/** The components a server can render, and what each names: a session, a person, or the whole. */
export const RENDERED_TAGS = {
  'agenda-timeline': 'schedule',
  'session-card': 'session',
  'attendee-count': 'session',
  'speaker-avatar-group': 'session',
  'speaker-card': 'person',
  'speaker-avatar': 'person',
  'speaker-list': 'schedule',
  'event-status': 'schedule',
} as const;

/** A tag that `render` writes. (`my-schedule` shows what each reader saved: a server has nothing of it.) */
export type RenderedTag = keyof typeof RENDERED_TAGS;

export function isRenderedTag(tag: string): tag is RenderedTag {
  return Object.hasOwn(RENDERED_TAGS, tag);
}

/** What to render, and how. */
export interface RenderOptions {
  readonly tag: RenderedTag;
  /** The session of a card, a count or a group (and the run of show of a timeline). */
  readonly sessionId?: string;
  /** The person of a speaker card or avatar. */
  readonly personId?: string;
  /** `session-card`'s variant (default `full`). */
  readonly variant?: string;
  /** The language of words, dates and times (default `en`). */
  readonly locale?: string;
  /**
   * The zone times are shown in (default: the event's). `local`, the reader's, is known only to
   * the script: the server writes the event's times, and the attribute for the script.
   */
  readonly timeZone?: string;
  /** The bundle's URL: the page then inlines the feed and loads the bundle, which takes over. */
  readonly script?: string;
  /** The page's title and heading (default: the event's name). */
  readonly title?: string;
}

/** The id of the inline feed that the rendered element names in `src` when the page loads the bundle. */
const FEED_ID = 'schedule-feed';

/** The sessions the page shows, for its JSON-LD. */
function shownSessions(schedule: Schedule, options: RenderOptions): readonly Session[] {
  const kind = RENDERED_TAGS[options.tag];
  if (kind === 'person') return options.personId ? (schedule.byPerson.get(options.personId) ?? []) : [];
  const session = options.sessionId === undefined ? undefined : schedule.sessionsById.get(options.sessionId);
  if (session) return [session];
  return kind === 'schedule' && options.sessionId === undefined ? schedule.sessions : [];
}

/** Throws a CliError for the person at the command line when the options name no session or person the feed has. */
function checkTarget(schedule: Schedule, options: RenderOptions): void {
  const kind = RENDERED_TAGS[options.tag];
  if (kind === 'session' || (options.tag === 'agenda-timeline' && options.sessionId !== undefined)) {
    if (options.sessionId === undefined) throw new CliError(`${options.tag} needs --session-id`);
    if (!schedule.sessionsById.has(options.sessionId)) throw new CliError(`the feed has no session ${JSON.stringify(options.sessionId)}`);
  }
  if (kind === 'person') {
    if (options.personId === undefined) throw new CliError(`${options.tag} needs --person-id`);
    if (!schedule.peopleById.has(options.personId)) throw new CliError(`the feed has no person ${JSON.stringify(options.personId)}`);
  }
}

/**
 * Renders `options.tag` for `schedule` (normalized from `feed`) into a whole HTML page. Throws a
 * CliError that says what is wrong when the options name no session or person of the feed.
 */
export async function renderPage(feed: unknown, schedule: Schedule, options: RenderOptions): Promise<string> {
  checkTarget(schedule, options);
  const locale = options.locale ?? 'en';
  spaceTimesAsBrowsers();
  // Lit's DOM shim before any component is loaded; nested components take the locale from navigator.
  await import('@lit-labs/ssr/lib/install-global-dom-shim.js');
  Object.defineProperty(globalThis, 'navigator', { value: { language: locale }, configurable: true, writable: true });
  const [{ render }, { collectResult }, { html, unsafeStatic }, { ifDefined }, { unsafeHTML }, { markdownToHtml }, { sanitizeHtml }, richText, calendar, ical, cells, sessionCard, sessionCardFull] =
    await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit/static-html.js'),
      import('lit/directives/if-defined.js'),
      import('lit/directives/unsafe-html.js'),
      import('../internal/markdown.js'),
      import('./sanitize-html.js'),
      import('../internal/rich-text.js'),
      import('../components/shared/calendar-writer.js'),
      import('../data/ical.js'),
      import('../components/agenda-timeline/session-cells.js'),
      import('../components/session-card/session-card.js'),
      import('../components/session-card/session-card.full.js'),
    ]);
  // Descriptions and bios as the browser shows them (sanitized by the same allow-list), and the
  // card's calendar menu as the single file has it: the bundle that takes over renders the same.
  richText.provideServerRichText((text) => unsafeHTML(sanitizeHtml(text.format === 'markdown' ? markdownToHtml(text.source) : text.source)));
  calendar.calendarWriter.provide(ical);
  sessionCard.fullForm.provide(sessionCardFull);
  // The timeline's cells, built by the browser's code in a document that writes them as HTML.
  cells.provideServerCells({ document: new MarkupDocument(), write: (nodes) => unsafeHTML(nodes.map((node) => node.outerHTML).join('')) });
  await import(`../components/${options.tag}/${options.tag}.define.js`);
  // The words of a language other than English come from its own file: read it before rendering.
  catalogIn(commonMessages, pickLanguage(locale));
  await languageArrival(locale);
  const tag = unsafeStatic(options.tag);
  /* eslint-disable lit/binding-positions, lit/no-invalid-html -- the tag is a static value (lit/static-html), not a binding */
  const element = html`<${tag}
    src=${ifDefined(options.script ? `#${FEED_ID}` : undefined)}
    session-id=${ifDefined(options.sessionId)}
    person-id=${ifDefined(options.personId)}
    variant=${ifDefined(options.tag === 'session-card' ? (options.variant ?? 'full') : undefined)}
    locale=${locale}
    time-zone=${ifDefined(options.timeZone)}
    heading-level="2"
    .schedule=${schedule}
    .timeZone=${options.timeZone === 'local' ? undefined : options.timeZone}
  ></${tag}>`;
  /* eslint-enable lit/binding-positions, lit/no-invalid-html */
  const rendered = await collectResult(render(element));
  // A page that loads no script shows, with scripts on, what it shows with scripts off: the styles'
  // `@media (scripting: none)` apply always (in the components' <style> elements, not in feed text).
  const markup = options.script
    ? rendered
    : rendered.replace(/<style>[^]*?<\/style>/g, (style) => style.replaceAll('@media (scripting: none)', '@media all'));
  const title = escapeHtml(options.title ?? schedule.event.name);
  const jsonLd = jsonLdScriptText(scheduleJsonLd(shownSessions(schedule, options), schedule.event, { locale }));
  const live = options.script
    ? `<script type="application/json" id="${FEED_ID}">${JSON.stringify(feed).replace(/</g, '\\u003c')}</script>
<script type="module" src="${escapeHtml(options.script)}"></script>\n`
    : '';
  return `<!doctype html>
<html lang="${escapeHtml(locale)}" dir="${textDirection(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script type="application/ld+json">${jsonLd}</script>
</head>
<body>
<main>
<h1>${title}</h1>
${markup}
</main>
${live}</body>
</html>
`;
}
