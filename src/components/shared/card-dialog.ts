/**
 * Names and titles that lead somewhere on a page that does nothing with them. A card's speaker
 * names and session titles are buttons that fire `speaker-select` / `session-select`. Inside
 * `<agenda-timeline>` or `<speaker-list>` the component around the card shows what was chosen, and
 * takes the event (`take` in select-link.ts). A site may route it itself (`preventDefault()`), or give pages of its
 * own (`person-href`, `session-href`). On a page that does none of these, such as a `<session-card>`
 * alone, the card opens what was chosen in a dialog of its own: a person's full card with their
 * sessions, or a session's full card. Choosing in that dialog opens the next one over it, and
 * closing one puts focus back on the name or title it was opened from.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Person, Schedule, Session } from '../../data/model.js';
import { dialogMessages } from '../../i18n/dialog.messages.js';
import { messagesFor } from '../../i18n/localize.js';
import { cardReady } from './dialog-cards.js';
import { localText } from './local-text.js';
import { keepModal, modalDialog, syncDialog } from './modal-dialog.js';
import { fire, taken } from './select-link.js';

/** What a card's dialog shows: the session or the person chosen. */
type Chosen = { readonly session: Session } | { readonly person: Person };

/** What the cards in the dialog are given: the host card's schedule, language, zone and links. */
export interface CardDialogView {
  readonly schedule?: Schedule;
  readonly locale: string;
  readonly timeZone?: string;
  readonly personHref?: string;
  readonly sessionHref?: string;
  /** The host card's fixed clock, which a session's card shown keeps. */
  readonly now?: Date | number;
}

/** What was chosen as `schedule` has it now (after a refresh or a new feed), or `undefined` once it is gone from it. */
function current(chosen: Chosen, schedule: Schedule): Chosen | undefined {
  if ('session' in chosen) {
    const session = schedule.sessionsById.get(chosen.session.id);
    return session && { session };
  }
  const person = schedule.peopleById.get(chosen.person.id);
  return person && { person };
}

/** The element focused now, looked for inside open shadow roots. */
function focused(): HTMLElement | undefined {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element instanceof HTMLElement ? element : undefined;
}

/** The dialog of a card (see the module's comment): {@link select} fires a name's or title's event, {@link render} goes in the card's template. */
export class CardDialogController implements ReactiveController {
  private chosen?: Chosen;
  private opener?: HTMLElement;
  private opened = false;
  /** Whether the last render showed what was chosen: it closes when the card's schedule no longer has it. */
  private shown = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
    keepModal(host, () => this.chosen !== undefined);
  }

  /**
   * Fires `event` (`speaker-select`, `session-select`) from the card for `chosen`, and shows it
   * unless it leads to a page of the site (`href`), the page cancelled it or a component around the
   * card took it. Returns the event.
   */
  select(event: Event, chosen: Chosen, href: string | undefined): Event {
    fire(this.host, event);
    if (href || event.defaultPrevented || taken.has(event)) return event;
    this.opener = focused();
    this.chosen = chosen;
    this.opened = false;
    void cardReady()?.then(() => this.host.requestUpdate());
    this.host.requestUpdate();
    return event;
  }

  /** The dialog, empty while nothing is shown; what was chosen is looked up in the card's schedule as it is now. */
  render(view: CardDialogView): TemplateResult {
    const chosen = this.chosen && view.schedule ? current(this.chosen, view.schedule) : this.chosen;
    this.shown = chosen !== undefined;
    const zone = ifDefined(view.timeZone);
    let label = '';
    let card: TemplateResult | typeof nothing = nothing;
    if (chosen && 'session' in chosen) {
      const { session } = chosen;
      label = localText(session.title, session.i18n?.title, view.locale).text;
      card = html`<session-card variant="full" .session=${session} .schedule=${view.schedule} .now=${view.now} heading-level="2" locale=${view.locale} time-zone=${zone} person-href=${ifDefined(view.personHref)} session-href=${ifDefined(view.sessionHref)}></session-card>`;
    } else if (chosen) {
      label = chosen.person.name;
      card = html`<speaker-card .person=${chosen.person} .schedule=${view.schedule} heading-level="2" locale=${view.locale} time-zone=${zone} person-href=${ifDefined(view.personHref)} session-href=${ifDefined(view.sessionHref)}></speaker-card>`;
    }
    return modalDialog(label, messagesFor(dialogMessages, view.locale).close, card, this.closed);
  }

  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector('dialog');
    // A card that shows an error instead (its session or person gone) has no dialog: what was chosen is dropped, not shown again later.
    if (!dialog) this.chosen = undefined;
    syncDialog(dialog, this.shown);
    if (dialog && this.shown && !this.opened) {
      this.opened = true;
      dialog.querySelector<HTMLElement>('[data-close]')?.focus();
    }
  }

  /** The dialog's `close` event (Escape, its close button, the backdrop): empty it, and focus goes back where it was. */
  private readonly closed = (): void => {
    this.chosen = undefined;
    this.host.requestUpdate();
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = undefined;
  };
}
