import { html, isServer, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Person, Schedule, Session } from '../../data/model.js';
import { allVersions } from '../../data/texts.js';
import { collator } from '../../i18n/intl.js';
import { foldText } from '../../internal/fold-text.js';
import { messagesFor } from '../../i18n/localize.js';
import type { SpeakerSelectEvent } from '../../events/speaker-select-event.js';
import { dialogStyles } from '../../styles/dialog.styles.js';
import { keepModal, modalDialog, syncDialog } from '../shared/modal-dialog.js';
import { take, unlessCancelled } from '../shared/select-link.js';
import { reportMissing } from '../shared/missing.js';
import { ScheduleElement } from '../shared/schedule-element.js';
import { speakerListMessages } from './speaker-list.messages.js';
import { styles } from './speaker-list.styles.js';

/** The cards a render builds at once (a screen of them, or more); the rest follow a step at a time. */
const FIRST_CARDS = 24;
/** The cards one step adds, in a task of its own: about 5 ms on a laptop, 40 on a slow phone, so that none is a long task. */
const CARDS_A_STEP = 12;

/** The ways `<speaker-list>` lays out its people. */
export const SPEAKER_LIST_LAYOUTS = ['grid', 'list'] as const;
export type SpeakerListLayout = (typeof SPEAKER_LIST_LAYOUTS)[number];

/**
 * The people of the programme, sorted by name in the locale's order, as a grid of compact
 * `<speaker-card>`s or a plain list, with a search box that filters by name and organization
 * (ignoring accents and case). Shows everyone in the feed, or only the people of `session-id`,
 * or only those with a `person-role` (the attribute is not `role`, which is the host's ARIA role).
 * A long list shows its first cards at once and adds the rest a few at a time, so that the page
 * answers meanwhile; `updateComplete` resolves once every card is there.
 *
 * @summary Everyone in the programme, searchable, as a grid or a list of speaker cards.
 * @tag speaker-list
 * @csspart base - The wrapper of the search box and the list.
 * @csspart search - The search `<input>`.
 * @csspart list - The `<ul>` of people.
 * @csspart item - One `<li>`, holding a compact `<speaker-card>`.
 * @csspart state - A loading, error or empty message.
 * @csspart dialog - The dialog in which a person chosen by name opens: their card and sessions.
 * @cssprop [--schedule-speaker-list-min-column=16em] - The narrowest a grid column gets before the grid drops a column.
 * @cssprop [--schedule-speaker-list-gap=0.75em] - The space between cards.
 * @fires {SpeakerSelectEvent} speaker-select - The user chose a person (their name, from the card). Unless the page cancels it, or names are links (`person-href`), the person opens in a dialog: their full card, with their sessions.
 * @fires {SessionSelectEvent} session-select - The user chose one of the sessions of the person in the dialog (from their card). Unless the page cancels it, the session's full card opens in a dialog.
 * @fires {SessionSaveEvent} session-save - The user saved or unsaved that session (from its card in the dialog); cancelable.
 */
export class SpeakerListElement extends ScheduleElement {
  static override get properties() {
    return {
      query: { state: true },
      openId: { state: true },
      sessionId: { attribute: 'session-id' },
      personRole: { attribute: 'person-role' },
      personHref: { attribute: 'person-href' },
      layout: { reflect: true },
      headingLevel: { attribute: 'heading-level', type: Number },
    };
  }

  static override styles = [...ScheduleElement.styles, dialogStyles, styles];

  /** @internal The text in the search box. */
  private query = '';

  /** @internal The person shown in the dialog, by id. */
  private openId?: string;

  /** @internal How many of the people shown have their card; see {@link buildRest}. A server, which renders once, builds them all. */
  private built = isServer ? Infinity : FIRST_CARDS;

  /** @internal How many people the last render showed (all the search matches). */
  private shownCount = 0;

  /** @internal The next step of building the cards not built yet, while one is to come. */
  private nextStep?: Promise<void>;

  constructor() {
    super();
    keepModal(this, () => this.openId !== undefined);
  }

  /** Only the people of this session (its id in the feed). */
  sessionId?: string;

  /** Only the people with this role in a session (in `session-id`, else in any): `speaker`, `moderator`, `remote-moderator` or any label the feed uses. */
  personRole?: string;

  /**
   * Where people lead on a site with a page per speaker: a URL with `{id}` for the person's id
   * (`/speakers/{id}`). Names become links; they still fire `speaker-select`, and cancelling that
   * keeps the link from being followed.
   */
  personHref?: string;

  /** `grid` (cards in as many columns as fit) or `list` (one person a row). */
  layout: SpeakerListLayout = 'grid';

  /** The level of each person's name heading (1–6). */
  headingLevel = 3;

  private filter(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    this.built = FIRST_CARDS;
  }

  /**
   * A long list (700 people) would build every card in one task of a second or more on a phone:
   * a render builds the first {@link FIRST_CARDS}, and each following task adds {@link CARDS_A_STEP},
   * so that the search box and the page answer between steps and find-in-page reaches everyone moments later.
   */
  private buildRest(): void {
    if (this.nextStep || this.built >= this.shownCount) return;
    this.nextStep = new Promise((resolve) =>
      setTimeout(() => {
        this.nextStep = undefined;
        if (this.isConnected && this.built < this.shownCount) {
          this.built += CARDS_A_STEP;
          this.requestUpdate();
        }
        resolve();
      }),
    );
  }

  /** Resolves once the list is rendered with every card built (see {@link buildRest}). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.nextStep) {
      await this.nextStep;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  /** A name chosen in a card: once the event has passed the page's listeners, and unless one cancelled it, the person opens in the dialog. */
  private readonly personChosen = (event: SpeakerSelectEvent): void => {
    if (this.personHref) return;
    take(event);
    unlessCancelled(event, () => (this.openId = event.person.id));
  };

  /**
   * The dialog closed (Escape, its close button, the backdrop, or a refresh that took the person
   * out): focus goes back to the name it was opened from, else to the search.
   */
  private readonly dialogClosed = (): void => {
    const id = this.openId;
    this.openId = undefined;
    const item = [...this.renderRoot.querySelectorAll('speaker-card')].find((card) => card.person?.id === id);
    (item?.shadowRoot?.querySelector<HTMLElement>('.link-button') ?? this.renderRoot.querySelector<HTMLElement>('[part~="search"]'))?.focus();
  };

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    // Open while it shows someone: a person a refresh took out left it open and modal, empty, unnamed and without its close button.
    syncDialog(dialog, !!dialog?.childElementCount);
    this.buildRest();
  }

  protected override render() {
    const schedule = this.data.schedule;
    if (this.data.status !== 'ready' || !schedule) return this.renderFeedState();
    const session = this.sessionId ? schedule.sessionsById.get(this.sessionId) : undefined;
    // Aloud only from the feed's first element in the page, as a failure is: else the session's card says it (a refresh that dropped the session raised an alert per element of its page).
    if (this.sessionId && !session) return this.renderError(this.commonText[reportMissing(this, 'session', this.sessionId)], this.data.leads);
    return this.renderList(schedule, this.chosenPeople(schedule, session));
  }

  /** Everyone, or the people of the session and role asked for, sorted by name in the locale's order. */
  private chosenPeople(schedule: Schedule, session: Session | undefined): Person[] {
    let people: Person[] = [...schedule.people];
    if (session || this.personRole) {
      const chosen = new Map<string, Person>();
      for (const { person, role } of session ? session.people : schedule.sessions.flatMap((s) => s.people)) {
        if (!this.personRole || role === this.personRole) chosen.set(person.id, person);
      }
      people = [...chosen.values()];
    }
    const order = collator(this.effectiveLocale);
    return people.sort((a, b) => order.compare(a.name, b.name));
  }

  private renderList(schedule: Schedule, people: readonly Person[]): TemplateResult {
    const locale = this.effectiveLocale;
    const t = messagesFor(speakerListMessages, locale);
    const query = this.query.trim();
    const needle = foldText(query);
    const shown = needle
      ? people.filter((person) => foldText([person.name, ...allVersions(person.organization, person.i18n?.organization)].join('\n')).includes(needle))
      : people;
    this.shownCount = shown.length;
    return html`
      <div part="base" class="base" lang=${locale} dir=${this.direction} @speaker-select=${this.personChosen}>
        <div class="search">
          <label for="search">${t.search}</label>
          <input
            id="search"
            part="search"
            type="search"
            autocomplete="off"
            placeholder=${t.searchHint}
            aria-describedby="count"
            .value=${this.query}
            @input=${this.filter}
          />
        </div>
        <p id="count" class="count" role="status">${t.count(locale, shown.length)}</p>
        ${shown.length > 0
          ? html`<ul part="list" aria-label=${t.speakers}>
              ${shown.slice(0, this.built).map(
                (person) => html`<li part="item">
                  <speaker-card
                    compact
                    .person=${person}
                    .schedule=${schedule}
                    heading-level=${this.headingLevel}
                    locale=${locale}
                    time-zone=${ifDefined(this.timeZone)}
                    person-href=${ifDefined(this.personHref)}
                  ></speaker-card>
                </li>`,
              )}
            </ul>`
          : html`<p class="state" part="state">${query ? t.noMatch(query) : t.none}</p>`}
      </div>
      <div lang=${locale} dir=${this.direction}>${this.renderDialog(schedule, t.close)}</div>
    `;
  }

  /**
   * The dialog of the person chosen by name (empty while none is): their full card, with their
   * sessions. It sits in a language wrapper of its own, outside the list, whose speaker-select
   * handler would otherwise take the names of the cards opened over the person.
   */
  private renderDialog(schedule: Schedule, closeLabel: string): TemplateResult {
    const person = this.openId === undefined ? undefined : schedule.peopleById.get(this.openId);
    const card = person
      ? html`<speaker-card
          .person=${person}
          .schedule=${schedule}
          heading-level="2"
          locale=${this.effectiveLocale}
          time-zone=${ifDefined(this.timeZone)}
        ></speaker-card>`
      : nothing;
    return modalDialog(person?.name ?? '', closeLabel, card, this.dialogClosed);
  }
}
