import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Person } from '../../data/model.js';
import { SpeakerSelectEvent } from '../../events/speaker-select-event.js';
import { messagesFor } from '../../i18n/localize.js';
import { styleProps } from '../../internal/style-props.js';
import { linkButtonStyles } from '../../styles/link-button.styles.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { fire, hrefFor, selectLink } from '../shared/select-link.js';
import { reportMissing } from '../shared/missing.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { personTitle } from '../shared/local-text.js';
import { avatarColors, initialsOf } from './initials.js';
import { speakerAvatarMessages } from './speaker-avatar.messages.js';
import { avatarSizeStyles, speakerAvatarStyles } from './speaker-avatar.styles.js';

/** The sizes of an avatar: 2em, 3em and 5em across (of the text size). */
export const AVATAR_SIZES = ['small', 'medium', 'large'] as const;
export type AvatarSize = (typeof AVATAR_SIZES)[number];

/**
 * @summary A person's picture, or their initials on a colour of their own, optionally with their name and job title.
 * @tag speaker-avatar
 *
 * @csspart base - The wrapper of the picture and the text beside it.
 * @csspart image - The picture, an `<img>` over the initials (with an empty `alt`: the initials carry the name).
 * @csspart initials - The initials, an image named after the person (unless the name is beside it): shown where the person has no picture, it fails to load, or it was never loaded (a page printed before it was scrolled to); under the picture otherwise.
 * @csspart name - The name beside the picture (a `<button>` when `selectable`, a link with `person-href`).
 * @csspart title - The job title and organization beside the picture.
 * @csspart state - The loading or error message shown instead of the avatar.
 *
 * @cssprop [--schedule-avatar-size=3em] - The diameter of the picture; overrides `size`.
 * @cssprop [--schedule-avatar-initials-background=a colour from the name] - Background of the initials; by default a colour derived from the name, light or dark with the colour scheme.
 * @cssprop [--schedule-avatar-initials-color=white, near-black when dark] - Colour of the initials; by default white on the light scheme and near-black on the dark one.
 *
 * @fires {SpeakerSelectEvent} speaker-select - A `selectable` avatar's name (or picture, without `with-name`) was activated.
 */
export class SpeakerAvatarElement extends ScheduleElement {
  static override get properties() {
    return {
      failedImage: { state: true },
      person: { attribute: false },
      personId: { attribute: 'person-id' },
      size: { reflect: true },
      withName: { type: Boolean, attribute: 'with-name' },
      withTitle: { type: Boolean, attribute: 'with-title' },
      selectable: { type: Boolean },
      personHref: { attribute: 'person-href' },
    };
  }

  static override styles = [sharedStyles, linkButtonStyles, avatarSizeStyles, speakerAvatarStyles];

  /** @internal The picture URL that failed to load, replaced by the initials. */
  private failedImage?: string;

  /** The person to show, for frameworks that hold the data; needs no feed. Wins over `person-id`. */
  person?: Person;

  /** The id of the person to show, looked up in the feed named by `src` (or `feed`, `schedule`). */
  personId?: string;

  /** The diameter of the picture: `small` (2em), `medium` (3em) or `large` (5em), of the text size. */
  size: AvatarSize = 'medium';

  /** Shows the person's name beside the picture. */
  withName = false;

  /** Shows the person's job title and organization beside the picture. */
  withTitle = false;

  /** Makes the name (or the picture, without `with-name`) a button that fires `speaker-select`. */
  selectable = false;

  /**
   * Where the person leads on a site with a page per speaker: a URL with `{id}` for the person's id
   * (`/speakers/{id}`). The name (or the picture, without `with-name`) becomes a link; it still
   * fires `speaker-select`, and cancelling that keeps the link from being followed.
   */
  personHref?: string;

  /** @internal Whether the element came with the server's HTML (a declarative shadow root), not made by a script. */
  private readonly fromServer = this.shadowRoot !== null;

  /** @internal The person shown: the `person` property, else `person-id` looked up in the schedule. */
  private get shownPerson(): Person | undefined {
    return this.person ?? (this.personId ? this.data.schedule?.peopleById.get(this.personId) : undefined);
  }

  private showInitials(event: Event): void {
    this.failedImage = (event.target as HTMLImageElement).getAttribute('src') ?? undefined;
  }

  /** Fires `speaker-select` for the person shown; returns the event, which the page may have cancelled. */
  private selectPerson(person: Person): Event {
    return fire(this, new SpeakerSelectEvent(person));
  }

  protected override render(): TemplateResult | typeof nothing {
    const person = this.shownPerson;
    if (person) return this.renderPerson(person);
    // Taken over from the server's HTML inside a card, it gets its person from the card a moment later: nothing to say.
    if (!this.personId) return this.fromServer ? nothing : this.renderError(this.commonText[reportMissing(this, 'person', undefined)]);
    if (this.data.status !== 'ready') return this.renderFeedState();
    return this.renderError(this.commonText[reportMissing(this, 'person', this.personId)]);
  }

  private renderPerson(person: Person): TemplateResult {
    const picture = this.renderPicture(person);
    return html`
      <div part="base" class="base" lang=${this.effectiveLocale} dir=${this.direction}>
        ${(this.selectable || this.personHref) && !this.withName
          ? selectLink(hrefFor(this.personHref, person.id), { className: 'picture' }, () => this.selectPerson(person), picture)
          : html`<span class="picture">${picture}</span>`}
        ${this.withName || this.withTitle
          ? html`<span class="text">${this.renderName(person)}${this.renderTitle(person)}</span>`
          : nothing}
      </div>
    `;
  }

  /**
   * The initials on the person's colour, and the photo over them where there is one: the initials
   * show where the photo is missing, failed, or was never loaded (a page printed before it was
   * scrolled to). The initials carry the name (an empty `alt` paints nothing where the photo is not
   * loaded); beside a visible name they are decorative, so the name is read once.
   */
  private renderPicture(person: Person): TemplateResult {
    const label = this.withName ? undefined : person.name;
    const image = person.avatar !== this.failedImage && person.avatar;
    const { light, dark } = avatarColors(person.name);
    return html`<span
        part="initials"
        role=${ifDefined(label ? 'img' : undefined)}
        aria-label=${ifDefined(label)}
        aria-hidden=${ifDefined(label ? undefined : 'true')}
        style=${styleProps({ '--_initials-background': `light-dark(${light}, ${dark})` })}
        >${initialsOf(person.name, this.effectiveLocale)}</span
      >${image ? html`<img part="image" src=${image} alt="" loading="lazy" decoding="async" @error=${this.showInitials} />` : nothing}`;
  }

  private renderName(person: Person): TemplateResult | typeof nothing {
    if (!this.withName) return nothing;
    return this.selectable || this.personHref
      ? selectLink(hrefFor(this.personHref, person.id), { className: 'link-button', part: 'name' }, () => this.selectPerson(person), person.name)
      : html`<span part="name">${person.name}</span>`;
  }

  private renderTitle(person: Person): TemplateResult | typeof nothing {
    if (!this.withTitle) return nothing;
    const locale = this.effectiveLocale;
    const title = personTitle(person, locale, messagesFor(speakerAvatarMessages, locale).jobAtOrganization);
    return title ? html`<span part="title" lang=${ifDefined(title.lang)} dir=${ifDefined(title.dir)}>${title.text}</span>` : nothing;
  }
}
