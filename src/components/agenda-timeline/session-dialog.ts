import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inIdleSlices } from '../../internal/idle.js';
import type { UrlSyncController } from './url-sync.js';

/** The tag of the card the dialog shows a session in. */
const CARD = 'session-card';

let loadCard: (() => Promise<unknown>) | undefined;
let cardLoading: Promise<unknown> | undefined;

/**
 * How the dialog's `<session-card>` is loaded when the page has not defined it (the timeline's
 * define file gives it): the card is only needed once a session is opened, so the timeline's own
 * entry does not carry it, and loads it while the page is idle after the first paint.
 */
export function provideDialogCard(load: () => Promise<unknown>): void {
  loadCard = load;
}

/** Loads the card unless it is defined; resolves once it is (or at once when nothing can load it). */
function cardReady(): Promise<unknown> | undefined {
  if (customElements.get(CARD) || !loadCard) return undefined;
  cardLoading ??= loadCard().catch((error: unknown) => {
    cardLoading = undefined; // a failed download may succeed later
    console.warn(`schedule-elements: the session card of <agenda-timeline>'s dialog could not be loaded (${String(error)}).`);
  });
  return cardLoading;
}

/**
 * Which session a timeline shows in its modal `<dialog>`, and the dialog kept in step with it:
 * opened (and the session linked in the URL's fragment) when a session is {@link open}ed, closed
 * when it is let go; when the person closes it (Escape, the close button marked `data-close`, a
 * click on the backdrop) the fragment is cleared and `closed` is told which session it was.
 */
export class SessionDialogController implements ReactiveController {
  private id?: string;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly url: UrlSyncController,
    private readonly onClosed: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** The session shown, if any. */
  get openId(): string | undefined {
    return this.id;
  }

  /** Shows a session (or none, `undefined`). */
  open(id: string | undefined): void {
    if (id === this.id) return;
    this.id = id;
    if (id !== undefined) void cardReady();
    this.host.requestUpdate();
  }

  /** Loads the card while the page is idle, so that the first session opened shows at once. */
  preload(): void {
    inIdleSlices(() => {
      void cardReady();
      return true;
    });
  }

  /** While a session is shown before its card is defined: settles once the card is. */
  get ready(): Promise<unknown> | undefined {
    return this.id === undefined ? undefined : cardReady();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    if (this.id && !dialog.open) {
      dialog.showModal();
      this.url.linkSession(this.id);
    } else if (!this.id && dialog.open) {
      dialog.close();
    }
  }

  /** The dialog's `close` event. */
  readonly closed = (): void => {
    const id = this.id;
    this.open(undefined);
    this.url.linkSession(undefined);
    if (id) this.onClosed(id);
  };

  /** A click in the dialog: on the close button, or on the dialog itself outside its content (the backdrop), closes it. */
  readonly clicked = (event: MouseEvent): void => {
    const dialog = this.dialog;
    const target = event.target as Element;
    if (target === dialog || target.closest('[data-close]')) dialog?.close();
  };
}
