import { LitElement, css, html, isServer, nothing, type TemplateResult } from 'lit';
import { LanguageController } from '../../i18n/language-controller.js';
import { messagesFor, pickLanguage, textDirection } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { clampedTextMessages } from './clamped-text.messages.js';

/** The server's disclosure (the bundle's clamped-text renders a button instead): a function, so that a browser build leaves it out. */
const serverStyles = () => css`
  /* Open, the text is whole; its summary looks like the button… */
  .content[data-clamped]:has(~ details[open]) {
    display: block;
  }
  details > summary {
    display: inline-block;
    list-style: none;
  }
  details > summary::-webkit-details-marker {
    display: none;
  }
  details[open] .more,
  details:not([open]) .less {
    display: none;
  }
  /*
   * …shown only where the text is cut, as the script shows its button: the clamped box is a
   * scroll timeline only while its text overflows it, and the disclosure takes its place in the
   * flow from that timeline's animation (without scroll-driven animations, it is always there).
   */
  @supports (animation-timeline: scroll()) {
    .clamp {
      timeline-scope: --clamped;
    }
    .content[data-clamped] {
      scroll-timeline: --clamped block;
    }
    details:not([open]) {
      position: absolute;
      visibility: hidden;
      animation: clamped-text-cut linear both;
      animation-timeline: --clamped;
    }
    @keyframes clamped-text-cut {
      from,
      to {
        position: static;
        visibility: visible;
      }
    }
  }
`;

/**
 * Shows its content cut to a number of lines, with a "Read more" / "Show less" button that appears
 * only when the content is actually longer than that (measured again whenever the content or the
 * width changes). Used for speaker bios and session descriptions.
 *
 * Rendered on a server (the CLI's `render`), where nothing can be measured, it is clamped with a
 * "Read more" disclosure (`<details>`) that works without JavaScript, so a page read with scripts
 * off reaches the whole text; the styles show it only where the text is cut (a scroll-driven
 * animation, where the browser has them), as the script, once loaded, shows its button.
 *
 * @summary Text cut to a few lines, with an accessible "Read more" toggle.
 * @tag clamped-text
 * @slot - The text to clamp (paragraphs, lists, rich text).
 * @csspart content - The clamped region.
 * @csspart toggle - The "Read more" / "Show less" button.
 * @cssprop [--schedule-clamped-text-lines=3] - Lines shown while collapsed, when the `lines` attribute is not set.
 * @cssprop [--schedule-color-text] - Text colour.
 * @cssprop [--schedule-color-accent] - The toggle's colour and the focus ring.
 * @cssprop [--schedule-space=1em] - The base spacing unit (the space above the toggle).
 * @cssprop [--schedule-focus-ring=2px solid var(--schedule-color-accent)] - The toggle's focus outline.
 * @cssprop [--schedule-font-family=inherit] - The font; the page's by default.
 * @cssprop [--schedule-font-size=the inherited size] - The size of the text; by default the size the element inherits.
 */
export class ClampedTextElement extends LitElement {
  static override get properties() {
    return {
      overflowing: { state: true },
      lines: { type: Number },
      expanded: { type: Boolean, reflect: true },
      label: {},
      locale: {},
    };
  }

  static override styles = [
    sharedStyles,
    css`
      :host {
        --_lines: var(--schedule-clamped-text-lines, 3);
      }
      .content[data-clamped] {
        display: -webkit-box;
        -webkit-box-orient: vertical;
        -webkit-line-clamp: var(--_lines);
        overflow: hidden;
      }
      ::slotted(:first-child) {
        margin-block-start: 0;
      }
      ::slotted(:last-child) {
        margin-block-end: 0;
      }
      /* A line of its own that starts where the reader's lines start (its own direction's start), not the text's: "اقرأ المزيد" on the right under an English bio. */
      [part='toggle'] {
        display: block;
        /* As wide as its words, as a button is: the server's <summary> would take the whole line. */
        inline-size: fit-content;
        margin-block-start: calc(var(--_space) * 0.25);
        margin-inline-end: auto;
        padding: 0.25em 0;
        border: 0;
        background: none;
        color: var(--_accent);
        text-decoration: underline;
        cursor: pointer;
      }
      /* Paper has no "Read more": the whole text. */
      @media print {
        .content[data-clamped] {
          display: block;
        }
        [part='toggle'] {
          display: none;
        }
      }
    `,
    ...(isServer ? [serverStyles()] : []),
  ];

  /** @internal */
  private readonly resizeObserver = new ResizeObserver(() => this.measure());

  /** @internal Re-renders when the toggle's language arrives, and makes `updateComplete` wait for it. */
  private readonly language = new LanguageController(this, () => this.effectiveLocale);

  /** @internal Whether the content is longer than `lines` (measured while collapsed). */
  private overflowing = false;

  /** Lines to show while collapsed. Default: `--schedule-clamped-text-lines`, else 3. */
  lines?: number;

  /** Whether the whole text is shown. Reflected, so a page can style either state. */
  expanded = false;

  /**
   * What the text is, such as whose bio it is: screen readers hear the toggle as "Read more: Qusai
   * Al-Shatti", so that the toggles of several bios are told apart. Not shown.
   */
  label?: string;

  /** The BCP 47 locale of the toggle's words; the host component sets it. Default: the document's language, then the browser's. */
  locale?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observe();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override firstUpdated(): void {
    this.observe();
  }

  /** Resolves once the element is rendered in its language: a language still downloading is waited for. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.language.settled(() => super.getUpdateComplete());
  }

  /** @internal The clamped region (once rendered). */
  private get content(): HTMLElement {
    return this.renderRoot.querySelector('.content')!;
  }

  /** @internal */
  private get slotElement(): HTMLSlotElement {
    return this.renderRoot.querySelector('slot')!;
  }

  /** The locale of the toggle's words: `locale`, else the document's language, else the browser's. */
  private get effectiveLocale(): string {
    return this.locale ?? (document.documentElement.lang || navigator.language);
  }

  /** Watches the region (its size changes with `lines`, `expanded` and the width) and every slotted element (their content). */
  private observe(): void {
    this.resizeObserver.disconnect();
    this.resizeObserver.observe(this.content);
    for (const element of this.slotElement.assignedElements()) this.resizeObserver.observe(element);
  }

  /** While collapsed, the content overflows when its full height exceeds the clamped box. */
  private measure(): void {
    if (this.expanded || !this.content) return;
    this.overflowing = this.content.scrollHeight > this.content.clientHeight + 1;
  }

  /** Observed anew, each element is measured in the observer's first report, after the frame's layout: measured here, each text put in the page would lay the page out again. */
  private handleSlotChange(): void {
    this.observe();
  }

  private toggle(): void {
    this.expanded = !this.expanded;
  }

  /** Focus reaching a link in the text cut away (Tab) shows it whole: not the clamped box scrolled to the link, its start out of sight. */
  private reveal(): void {
    if (this.overflowing) this.expanded = true;
  }

  /** The toggle's words for screen readers: whose text it is. */
  private renderLabel(): TemplateResult | typeof nothing {
    return this.label ? html`<span class="visually-hidden">: ${this.label}</span>` : nothing;
  }

  /**
   * The toggle: on a server, a disclosure that works without a script; in a browser, a button where
   * the text is longer. Its words are in the reader's language and direction (`lang`, `dir`), not
   * the text's: "اقرأ المزيد" under an English bio is still Arabic, read right to left; "Read more" on
   * a Hebrew page, which has no words here, is English, left to right.
   */
  private renderToggle(t: { readonly readMore: string; readonly showLess: string }, locale: string): TemplateResult | typeof nothing {
    const dir = textDirection(pickLanguage(locale));
    if (isServer) {
      return html`<details>
        <summary part="toggle" lang=${locale} dir=${dir}><span class="more">${t.readMore}</span><span class="less">${t.showLess}</span>${this.renderLabel()}</summary>
      </details>`;
    }
    if (!this.overflowing && !this.expanded) return nothing;
    return html`<button type="button" part="toggle" lang=${locale} dir=${dir} aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="content" @click=${this.toggle}>
      ${this.expanded ? t.showLess : t.readMore}${this.renderLabel()}
    </button>`;
  }

  protected override render() {
    const lines = this.lines ? { '--_lines': String(this.lines) } : {};
    const locale = this.effectiveLocale;
    return html`<div class="clamp">
      <div class="content" part="content" id="content" style=${styleProps(lines)} ?data-clamped=${!this.expanded} @focusin=${this.reveal}>
        <slot @slotchange=${this.handleSlotChange}></slot>
      </div>
      ${this.renderToggle(messagesFor(clampedTextMessages, locale), locale)}
    </div>`;
  }
}
