import { html, nothing, type TemplateResult } from 'lit';
import type { Person } from '../../data/model.js';
import { nameList, numberFormat } from '../../i18n/intl.js';
import { messagesFor } from '../../i18n/localize.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { reportMissing } from '../shared/missing.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import type { AvatarSize } from '../speaker-avatar/speaker-avatar.js';
import { avatarSizeStyles } from '../speaker-avatar/speaker-avatar.styles.js';
import { speakerAvatarGroupMessages } from './speaker-avatar-group.messages.js';
import { speakerAvatarGroupStyles } from './speaker-avatar-group.styles.js';

const DEFAULT_MAX = 3;

/** The "+N" badge's number: always with its sign. */
const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'always' };

/**
 * @summary The people of a session as a row of overlapping avatars, the first few shown and a "+N" badge for the rest.
 * @tag speaker-avatar-group
 *
 * @csspart base - The list of avatars; its accessible name lists everyone.
 * @csspart avatar - Each `<speaker-avatar>`; its own parts are forwarded as `avatar__base`, `avatar__image` and `avatar__initials`.
 * @csspart avatar__base - Each avatar's `base` part: the wrapper of its picture.
 * @csspart avatar__image - Each avatar's `image` part: the picture, an `<img>`.
 * @csspart avatar__initials - Each avatar's `initials` part: the initials, under the picture where there is one (shown where it is missing, fails or was never loaded).
 * @csspart more - The "+N" badge for the people not shown; its tooltip names them.
 * @csspart state - The loading, error or empty message shown instead of the avatars.
 *
 * @cssprop [--schedule-avatar-size=3em] - The diameter of each avatar and of the badge; overrides `size`.
 */
export class SpeakerAvatarGroupElement extends ScheduleElement {
  static override get properties() {
    return {
      people: { attribute: false },
      sessionId: { attribute: 'session-id' },
      max: { type: Number },
      size: { reflect: true },
    };
  }

  static override styles = [sharedStyles, avatarSizeStyles, speakerAvatarGroupStyles];

  /** The people to show, in order, for frameworks that hold the data; needs no feed. Wins over `session-id`. */
  people?: readonly Person[];

  /** The id of the session whose people to show (every role, in feed order), looked up in the feed named by `src`. */
  sessionId?: string;

  /** How many avatars to show before the "+N" badge. */
  max = DEFAULT_MAX;

  /** The diameter of each avatar: `small` (2em), `medium` (3em) or `large` (5em), of the text size. */
  size: AvatarSize = 'medium';

  /** @internal The people shown: the `people` property, else the session's people, each once. */
  private get shownPeople(): readonly Person[] | undefined {
    if (this.people) return this.people;
    const session = this.sessionId ? this.data.schedule?.sessionsById.get(this.sessionId) : undefined;
    return session && [...new Map(session.people.map(({ person }) => [person.id, person])).values()];
  }

  protected override render(): TemplateResult | typeof nothing {
    const people = this.shownPeople;
    if (people) return people.length > 0 ? this.renderGroup(people) : this.renderEmpty();
    // The feed's state first: a group without a source may be waiting for the `.people` a page script sets, and is not missing its session-id yet.
    if (this.data.status !== 'ready') return this.renderFeedState();
    // Aloud only from the feed's first element in the page, as a failure is: else the session's card says it (a refresh that dropped the session raised an alert per element of its page).
    return this.renderError(this.commonText[reportMissing(this, 'session', this.sessionId)], this.data.leads);
  }

  /* eslint-disable lit-a11y/no-redundant-role -- WebKit drops the list role of a `list-style: none` list. */
  private renderGroup(people: readonly Person[]): TemplateResult {
    // Given to each avatar: a change of it reaches them, which a `lang` around them would not (lang changes are heard in the page, not in shadow roots).
    const locale = this.effectiveLocale;
    const t = messagesFor(speakerAvatarGroupMessages, locale);
    const max = Number.isFinite(this.max) ? Math.max(0, Math.floor(this.max)) : DEFAULT_MAX;
    const rest = people.slice(max);
    return html`
      <ul
        part="base"
        class="base"
        role="list"
        aria-label=${t.label(nameList(people.map(({ name }) => name), locale))}
        lang=${locale}
        dir=${this.direction}
      >
        ${people.slice(0, max).map(
          (person) => html`
            <li>
              <speaker-avatar
                part="avatar"
                exportparts="base:avatar__base, image:avatar__image, initials:avatar__initials"
                .person=${person}
                size=${this.size}
                locale=${locale}
              ></speaker-avatar>
            </li>
          `,
        )}
        ${rest.length > 0
          ? html`
              <li part="more" title=${nameList(rest.map(({ name }) => name), locale)}>
                <span aria-hidden="true">${numberFormat(locale, SIGNED).format(rest.length)}</span>
                <span class="visually-hidden">${t.more(locale, rest.length)}</span>
              </li>
            `
          : nothing}
      </ul>
    `;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  private renderEmpty(): TemplateResult {
    const locale = this.effectiveLocale;
    return html`<p class="state" part="state" lang=${locale} dir=${this.direction}>
      ${messagesFor(speakerAvatarGroupMessages, locale).empty}
    </p>`;
  }
}
