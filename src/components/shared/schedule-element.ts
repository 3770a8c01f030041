import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { resolveZone } from '../../data/format.js';
import type { Schedule } from '../../data/model.js';
import { commonMessages } from '../../i18n/common.messages.js';
import { messagesFor, textDirection } from '../../i18n/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';

/**
 * What every schedule component has in common: where its data comes from (`src`, `feed` or
 * `schedule`), the time zone and the locale it shows them in, and its loading and failure states.
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
 * @cssprop [--schedule-radius=0.5rem] - Corner radius.
 * @cssprop [--schedule-space=1rem] - The base spacing unit.
 * @cssprop [--schedule-focus-ring] - The focus outline.
 * @cssprop [--schedule-font-family=inherit] - The font; the page's by default.
 * @csspart state - The loading, empty or failure message shown instead of the content.
 * @fires {FeedErrorEvent} feed-error - The feed named by `src` could not be loaded or read; `message` says why.
 */
export class ScheduleElement extends LitElement {
  static override styles = [sharedStyles];

  /** Connected elements that take their locale from the page, re-rendered when the page's `lang` changes. */
  private static readonly followers = new Set<ScheduleElement>();
  private static langObserver?: MutationObserver;

  /** @internal */
  protected readonly data = new FeedController(this);

  /** URL of the session feed, or `#id` of an inline `<script type="application/json">` on the page. */
  @property() src?: string;

  /** A parsed feed object (version 1), for frameworks that already hold the data. Wins over `src`. */
  @property({ attribute: false }) feed?: object;

  /** A schedule already normalized with `normalizeFeed` from `schedule-elements/data`. Wins over `feed` and `src`. */
  @property({ attribute: false }) schedule?: Schedule;

  /**
   * The feed's format: `v1`, `pretalx` (also frab and c3voc `schedule.json`), `sessionize`
   * (the "All data" JSON), `sched` (the session export) or `ical` (an `.ics` file). Default: detected
   * from the content. Feeds other than v1 are converted in the browser by adapters that are
   * downloaded only then.
   */
  @property() format?: string;

  /**
   * The venue's IANA time zone (`Europe/Berlin`), for feeds whose source names none (Sessionize,
   * Sched, iCalendar with floating times, frab without `time_zone_name`).
   */
  @property({ attribute: 'event-time-zone' }) eventTimeZone?: string;

  /** The event's name, for feeds whose source carries none (Sessionize "All data"). */
  @property({ attribute: 'event-name' }) eventName?: string;

  /** The time zone to show times in: an IANA name, or `local` for the viewer's own. Default: the event's. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The BCP 47 locale for words, dates and numbers. Default: the nearest `lang` attribute, then the browser's. */
  @property() locale?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    ScheduleElement.followers.add(this);
    ScheduleElement.langObserver ??= new MutationObserver(() => {
      for (const element of ScheduleElement.followers) if (!element.locale) element.requestUpdate();
    });
    ScheduleElement.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    ScheduleElement.followers.delete(this);
    if (ScheduleElement.followers.size === 0) ScheduleElement.langObserver?.disconnect();
  }

  /** The locale in effect: the `locale` property, else the nearest `lang` up the tree (across shadow roots), else the browser's. */
  protected get effectiveLocale(): string {
    if (this.locale) return this.locale;
    if (this.lang) return this.lang;
    for (let node = this.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
    }
    return navigator.language || 'en';
  }

  /** The writing direction of the effective locale. */
  protected get direction(): 'ltr' | 'rtl' {
    return textDirection(this.effectiveLocale);
  }

  /** The IANA zone to show times in for an event whose venue is in `eventZone`. */
  protected zoneFor(eventZone: string): string {
    return resolveZone(this.timeZone, eventZone).zone;
  }

  /**
   * A note when `time-zone` names no zone this browser knows, so the person knows why times are in the
   * venue's zone; `nothing` otherwise.
   */
  protected renderZoneNotice(eventZone: string): TemplateResult | typeof nothing {
    const { invalid } = resolveZone(this.timeZone, eventZone);
    return invalid === undefined
      ? nothing
      : html`<p class="state" role="note" part="state" lang=${this.effectiveLocale} dir=${this.direction}>${this.commonText.invalidZone(invalid)}</p>`;
  }

  /** The common words (loading, errors) in the effective locale. */
  protected get commonText() {
    return messagesFor(commonMessages, this.effectiveLocale);
  }

  /** How the element names its feed in messages. */
  protected get sourceLabel(): string {
    return this.src ?? 'feed';
  }

  /**
   * The loading or failure state, or `nothing` when the schedule is ready. Failures are `role="alert"`,
   * loading is a polite `role="status"`; both say what is wrong in words a person can act on.
   */
  protected renderFeedState(): TemplateResult | typeof nothing {
    const t = this.commonText;
    const src = this.sourceLabel;
    const { status, failure } = this.data;
    if (status === 'ready') return nothing;
    if (status === 'loading') {
      return html`<p class="state" role="status" part="state" lang=${this.effectiveLocale} dir=${this.direction}>${t.loading}</p>`;
    }
    if (status === 'idle') return this.renderError(t.noSource);
    switch (failure?.reason) {
      case 'no-inline':
        return this.renderError(t.noInline(src));
      case 'not-found':
        return this.renderError(t.notFound(src));
      case 'http':
        return this.renderError(t.http(src, String(failure.status ?? '')));
      case 'not-json':
        return this.renderError(t.notJson(src));
      case 'not-a-feed':
        return this.renderError(t.notAFeed(src));
      default:
        return this.renderError(t.network(src));
    }
  }

  /** A failure state with its message. */
  protected renderError(message: string): TemplateResult {
    return html`<p class="state error" role="alert" part="state" lang=${this.effectiveLocale} dir=${this.direction}>${message}</p>`;
  }
}
