import {
  LitElement,
  html,
  isServer,
  nothing,
  render,
  type CSSResultGroup,
  type CSSResultOrNative,
  type PropertyDeclarations,
  type PropertyValues,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedFailureReason } from '../../controllers/feed-types.js';
import type { Schedule } from '../../data/model.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { dateTimeFormat } from '../../i18n/intl.js';
import { LanguageController } from '../../i18n/language-controller.js';
import { messagesFor, pickLanguage, textDirection } from '../../i18n/localize.js';
import { shownLocale } from '../../i18n/languages.js';
import { LazyModule } from '../../internal/lazy-module.js';
import { scriptlessStyles } from '../../styles/scriptless.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { feedNoticeStyles } from './feed-notice.styles.js';
// For the declarations: each event's entry in GlobalEventHandlersEventMap, so that a TypeScript app
// that imports a define entry alone has `addEventListener('session-select', (event) => event.session)`
// typed (tsc keeps a bare import in the .d.ts, and drops a named one that no declaration uses). The
// event modules have no side effects: a bundler leaves out those a page does not use.
import '../../events/feed-error-event.js';
import '../../events/session-save-event.js';
import '../../events/session-select-event.js';
import '../../events/speaker-select-event.js';

/**
 * The code of `refresh` (one timer per feed URL), downloaded the first time an element asks for it:
 * most pages never do. The single-file bundle holds it and provides it at once (src/define.ts).
 */
export const refreshCode = new LazyModule(
  () => import('../../controllers/refresh-controller.js'),
  'schedule-elements-refresh-controller.min.js',
  '`refresh` does not re-read the feed',
);

/** How the out-of-date notice gives the time of a copy from this week: "Tuesday 10:42". */
const WEEKDAY_TIME: Intl.DateTimeFormatOptions = { weekday: 'long', hour: 'numeric', minute: '2-digit' };
/** How it gives the time of an older copy: "Sep 2, 2014, 10:42 AM". */
const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

/** The failures whose line is the common message of their own name (`http`, `server`, `network`, `offline`, `timeout`). */
type OwnMessage = Extract<FeedFailureReason, keyof typeof commonMessages.en>;

/** The line of each other failure (`no-inline`, an error of the page, is shown apart). */
const FAILURE_TEXT: Readonly<Partial<Record<FeedFailureReason, 'notFound' | 'missingPart' | 'notJson' | 'notAFeed'>>> = {
  'not-found': 'notFound',
  'no-adapters': 'missingPart',
  'no-reader': 'missingPart',
  'not-json': 'notJson',
  'not-a-feed': 'notAFeed',
} satisfies Record<Exclude<FeedFailureReason, OwnMessage | 'no-inline'>, keyof typeof commonMessages.en>;

/**
 * What every schedule component has in common: where its data comes from (`src`, `feed` or
 * `schedule`), the time zone and the locale it shows them in, its loading and failure states, and
 * keeping it live (`refresh`).
 *
 * When the network or the server fails and a schedule kept from before is shown, the first element
 * naming the feed says so above its content: "Offline: showing the schedule as of Tuesday 10:42.",
 * with a retry button.
 *
 * @cssprop [--schedule-color-text] - Text colour.
 * @cssprop [--schedule-color-muted] - Secondary text (times, job titles).
 * @cssprop [--schedule-color-surface] - Background of cards.
 * @cssprop [--schedule-color-surface-subtle] - Background of quiet areas (agenda rows, badges).
 * @cssprop [--schedule-color-border] - Borders and rules.
 * @cssprop [--schedule-color-accent] - Links, buttons and focus rings.
 * @cssprop [--schedule-color-on-accent] - Text on the accent colour.
 * @cssprop [--schedule-color-live] - The "live now" state.
 * @cssprop [--schedule-color-danger] - Errors.
 * @cssprop [--schedule-radius=0.5em] - Corner radius.
 * @cssprop [--schedule-space=1em] - The base spacing unit.
 * @cssprop [--schedule-focus-ring=2px solid var(--schedule-color-accent)] - The focus outline.
 * @cssprop [--schedule-font-family=inherit] - The font; the page's by default.
 * @cssprop [--schedule-font-size=the inherited size] - The size of the text, which every length inside follows (in `em`); by default the size the element inherits from the page. A page whose root is `font-size: 62.5%` sizes the components from its body text, not its root.
 * @csspart state - The loading, empty or failure message shown instead of the content.
 * @csspart feed-notice - The notice above the content that the schedule shown is out of date, and since when.
 * @csspart retry-button - The button that loads the feed again, in a failure or the out-of-date notice.
 * @fires {FeedErrorEvent} feed-error - The feed named by `src` could not be loaded or read, or (when a kept copy is shown) brought up to date; `message` says why.
 */
export class ScheduleElement extends LitElement {
  /**
   * The reactive properties, documented on their fields below. Every component declares its own
   * this way rather than with `@property`: a decorator compiles to a helper and a call per property
   * in each tag's bundle (and, in the package's modules, to a copy of the helper in each module).
   * Lit reads this once per class; the analyzers (the manifest, lit-analyzer) read it from the source.
   */
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      feed: { attribute: false },
      schedule: { attribute: false },
      format: {},
      eventTimeZone: { attribute: 'event-time-zone' },
      eventName: { attribute: 'event-name' },
      timeZone: { attribute: 'time-zone' },
      locale: {},
      refresh: { type: Number },
    };
  }

  static override styles = [sharedStyles];

  /** Connected elements that take their locale from the page, re-rendered when a `lang` in the document changes (the root's, or a container's). */
  private static readonly followers = new Set<ScheduleElement>();
  private static langObserver?: MutationObserver;

  /** @internal Where the schedule comes from (a component may make its own kind: see {@link feedController}). */
  readonly data: FeedController = this.feedController();

  /** @internal Whether the element has asked for `refresh`'s controller (made once its code is here). */
  private refreshing = false;

  /** @internal Re-renders when the language shown arrives (its file is downloaded on first use), and makes `updateComplete` wait for it. */
  private readonly language = new LanguageController(this, () => this.askedLocale);

  /** @internal Where the out-of-date notice is rendered: first in the shadow root, outside the component's own template. */
  private noticeHost?: HTMLElement;

  /** @internal Whether Retry was pressed and what it loads is not shown yet: see {@link update}. */
  private retried?: boolean;

  /** @internal The controllers, kept on a server only: see {@link willUpdate}. */
  private serverControllers?: ReactiveController[];

  /** URL of the session feed, or `#id` of an inline `<script type="application/json">` on the page. */
  src?: string;

  /**
   * A parsed feed object (version 1), for frameworks that already hold the data. Wins over `src`.
   * To change the feed, set a new object: a big feed is read in the moments after it is set (the
   * days on screen first), so the object must not be changed in place.
   */
  feed?: object;

  /** A schedule already normalized with `normalizeFeed` from `schedule-elements/data`. Wins over `feed` and `src`. */
  schedule?: Schedule;

  /**
   * The feed's format: `v1`, `pretalx` (also frab and c3voc `schedule.json`), `pretalx-widget`
   * (pretalx's live `schedule/widgets/schedule.json`), `sessionize` (the "All data" JSON), `sched`
   * (the session export), `ical` (an `.ics` file) or `frab-xml` (pentabarf/frab `schedule.xml`, as
   * FOSDEM publishes). Default: detected
   * from the content. Feeds other than v1 are converted in the browser by adapters that are
   * downloaded only then.
   */
  format?: string;

  /**
   * The venue's IANA time zone (`Europe/Berlin`), for feeds whose source names none (Sessionize,
   * Sched, iCalendar with floating times, frab without `time_zone_name`).
   */
  eventTimeZone?: string;

  /** The event's name, for feeds whose source carries none (Sessionize "All data"). */
  eventName?: string;

  /** The time zone to show times in: an IANA name, or `local` for the viewer's own. Default: the event's. */
  timeZone?: string;

  /** The BCP 47 locale for words, dates and numbers. Default: the nearest `lang` attribute, then the browser's. */
  locale?: string;

  /**
   * Re-read the feed every this many seconds (0, the default: never), to keep counts, rooms and
   * times live. Only for a feed URL in `src`; every element naming the same URL shares one timer and
   * one conditional request, paused while the page is hidden. A changed feed updates every element;
   * an unchanged one (304) re-renders nothing.
   */
  refresh = 0;

  /** Adds the styles of the out-of-date notice and the retry buttons to every component's own (and, on a server, what shows where no script runs). */
  protected static override finalizeStyles(styles?: CSSResultGroup): CSSResultOrNative[] {
    return [...super.finalizeStyles(styles), feedNoticeStyles, ...(isServer ? [scriptlessStyles()] : [])];
  }

  /** @internal Makes the element's feed controller; called once, while the element is constructed. */
  protected feedController(): FeedController {
    return new FeedController(this);
  }

  /**
   * A shadow root that a server rendered (declarative shadow DOM, from the CLI's `render`) is
   * emptied first and rendered again in place: Lit would add its content after the server's.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  static {
    // On a server, the controllers are kept for willUpdate (a browser build leaves this out).
    if (isServer) {
      this.prototype.addController = function (this: ScheduleElement, controller: ReactiveController) {
        LitElement.prototype.addController.call(this, controller);
        (this.serverControllers ??= []).push(controller);
      };
    }
  }

  /**
   * On a server (`@lit-labs/ssr`, as the CLI's `render` uses it), an element is given its
   * attributes and properties and then only `willUpdate` and `render` run: no controller hooks. A
   * subclass that overrides this calls it last; on a server it runs the controllers' `hostUpdate`
   * (so the feed controller takes the `schedule` or `feed` property as in the browser), then
   * {@link beforeRender}.
   */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A misspelt zone shows the event's times (some tags say so, others cannot): the site owner is told which element and value,
    // in the words of that note. Checked by Intl as zones.ts does, without it: the tags that show no time do not carry it.
    const zone = this.timeZone;
    if (changed.has('timeZone') && zone && zone !== 'local') {
      try {
        dateTimeFormat('en', DATE_TIME, zone);
      } catch {
        console.warn(`schedule-elements: <${this.localName}> ${commonMessages.en.invalidZone(zone)}`);
      }
    }
    if (!isServer) return this.keepLive();
    for (const controller of this.serverControllers ?? []) controller.hostUpdate?.();
    this.beforeRender(changed);
  }

  /**
   * An update that throws (an object handed over that is not what its property takes: a partial
   * `.session`, a feed given as `.schedule`) shows the failure state rather than a blank element,
   * and the console says which property and field are wrong (explain-failure.ts, downloaded then:
   * in the single-file build, schedule-elements-explain-failure.min.js); the next update tries again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      render(this.renderError(this.commonText.notAFeed), this.renderRoot as HTMLElement, this.renderOptions);
      // Without that file (a site that left it out), the error as it was thrown.
      import('./explain-failure.js').then((explain) => explain.sayWhy(this, error), () => console.error(error));
    }
  }

  /** With a positive `refresh`, once: the controller that re-reads the feed, when its code is here. */
  private keepLive(): void {
    if (this.refreshing || !(this.refresh > 0)) return;
    this.refreshing = true;
    void refreshCode.load().then(() => {
      if (refreshCode.module) new refreshCode.module.RefreshController(this);
    });
  }

  /**
   * What an update works out once the controllers have settled its data, just before rendering
   * (state attributes, the day first shown): in a browser from `update`, on a server from `willUpdate`.
   */
  protected beforeRender(_changed: PropertyValues): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    ScheduleElement.followers.add(this);
    // One observer for the page's life, made by the first element: it wakes only when a `lang` changes.
    if (ScheduleElement.langObserver) return;
    ScheduleElement.langObserver = new MutationObserver(() => {
      for (const element of ScheduleElement.followers) if (!element.locale) element.requestUpdate();
    });
    ScheduleElement.langObserver.observe(document.documentElement, { attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ScheduleElement.followers.delete(this);
  }

  /**
   * Resolves once the element is rendered in its language and with the feed it holds: a language,
   * or the code that reads a feed already in hand, still downloading is waited for (the network is not).
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.language.settled(
      () => super.getUpdateComplete(),
      () => this.data.reading,
    );
  }

  /**
   * Renders the component, then the out-of-date notice before it (or none). After Retry, which
   * takes its own button away, focus that fell to the page goes to what replaced it: the first
   * part of the shadow root (the loading line, then the content or the failure again).
   */
  protected override update(changed: PropertyValues): void {
    this.beforeRender(changed);
    super.update(changed);
    const { asOf, status } = this.data;
    // Once the component's own `updated` had its say (the timeline's search box).
    if (this.retried) {
      void this.updateComplete.then(() => {
        const shown = this.renderRoot.querySelector<HTMLElement>('[part]');
        if (!shown || document.activeElement !== document.body) return;
        if (shown.tabIndex < 0) shown.tabIndex = -1; // a part that is not a control can take focus too
        shown.focus();
      });
    }
    this.retried &&= status === 'loading';
    if (!asOf) {
      this.noticeHost?.remove();
      return;
    }
    this.noticeHost ??= document.createElement('div');
    // Before Lit's own content, which it never touches.
    if (this.noticeHost.parentNode !== this.renderRoot) this.renderRoot.prepend(this.noticeHost);
    render(this.renderFeedNotice(asOf), this.noticeHost, { host: this });
  }

  /** "Offline: showing the schedule as of Tuesday 10:42." (or "… could not be updated …") with the time in `<time>`, and a retry button. */
  private renderFeedNotice(asOf: Date): TemplateResult {
    const t = this.commonText;
    // "Offline" only when the browser says so: a refresh that fails or is slow (2.5 s, see FeedStore.slowAfterMs) on a network that is up was not updated.
    const offline = this.data.failure?.reason === 'offline';
    // The sentence is split around the time, so that the time can be a <time> element in any language's word order.
    const mark = '\u0000';
    const [before, after] = (offline ? t.staleOffline(mark) : t.staleFailed(mark)).split(mark);
    // The weekday says enough within a week; an older copy gets its date.
    const recent = Date.now() - asOf.getTime() < 6 * 24 * 3600 * 1000;
    const time = dateTimeFormat(this.effectiveLocale, recent ? WEEKDAY_TIME : DATE_TIME).format(asOf);
    return html`<p class="state feed-notice" role="status" part="feed-notice" lang=${this.effectiveLocale} dir=${this.direction}>
      <span>${before}<time datetime=${asOf.toISOString()}>${time}</time>${after}</span>${this.renderRetryButton()}
    </p>`;
  }

  private renderRetryButton(): TemplateResult {
    return html`<button type="button" class="retry" part="retry-button" @click=${() => {
      this.retried = true;
      this.data.retry();
    }}>${this.commonText.retry}</button>`;
  }

  /** The locale in effect: the one asked for, or English where that language's file is missing (see `shownLocale`). */
  protected get effectiveLocale(): string {
    return shownLocale(this.askedLocale);
  }

  /** The locale asked for: the `locale` property, else the nearest `lang` (its own, or up the tree across shadow roots), else the browser's. */
  private get askedLocale(): string {
    if (this.locale) return this.locale;
    for (let node = this as Node | null; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
    }
    return globalThis.navigator?.language || 'en'; // on a server, the locale the renderer gives it
  }

  /**
   * The writing direction of the words shown: their language's (`pickLanguage`), so that on a page of
   * a right-to-left language that has no words here (Hebrew, Persian) the English ones run left to right.
   */
  protected get direction(): 'ltr' | 'rtl' {
    return textDirection(pickLanguage(this.effectiveLocale));
  }

  /** The common words (loading, errors) in the effective locale. */
  protected get commonText() {
    return messagesFor(commonMessages, this.effectiveLocale);
  }

  /**
   * The loading or failure state, or `nothing` when the schedule is ready. Loading is a polite
   * `role="status"` (on the feed's first element), which after `FeedStore.slowAfterMs` says that the connection is slow. A failure
   * is one short line in the person's words (the console has the details for the site owner), with
   * a Retry button wherever loading again can help; it is `role="alert"` on the first element naming
   * the feed only, and plain text on the others, so that a page of cards raises one alert per feed.
   */
  protected renderFeedState(): TemplateResult | typeof nothing {
    const t = this.commonText;
    const { status, failure } = this.data;
    if (status === 'ready') return nothing;
    if (status === 'loading') return this.renderLoading();
    if (status === 'idle') return this.renderError(t.noSource);
    if (failure?.reason === 'no-inline') return this.renderError(t.noInline, this.data.leads);
    const reason = failure?.reason ?? 'network';
    return this.renderFailure(t[FAILURE_TEXT[reason] ?? (reason as OwnMessage)]);
  }

  /**
   * The loading line, which after `FeedStore.slowAfterMs` says that the connection is slow: a polite
   * status on the feed's first element only, so that a page of eleven tags is not told eleven times.
   */
  protected renderLoading(): TemplateResult {
    const t = this.commonText;
    return html`<p class="state" role=${this.data.leads ? 'status' : 'none'} part="state" lang=${this.effectiveLocale} dir=${this.direction}>${this.data.slow ? t.loadingSlow : t.loading}</p>`;
  }

  /**
   * A failure of the feed, which loading again may mend (the network, the server, a file fixed or
   * put back): a quiet line with a button to try again, an alert on the feed's first element only.
   */
  private renderFailure(message: string): TemplateResult {
    return html`<div class="feed-failure" lang=${this.effectiveLocale} dir=${this.direction}>
      <p class="state" role=${this.data.leads ? 'alert' : 'none'} part="state">${message}</p>${this.renderRetryButton()}
    </div>`;
  }

  /** A failure state with its message: an alert, unless another element of the feed (`leads` false) raises it. */
  protected renderError(message: string, leads = true): TemplateResult {
    return html`<p class="state error" role=${leads ? 'alert' : 'none'} part="state" lang=${this.effectiveLocale} dir=${this.direction}>${message}</p>`;
  }
}
