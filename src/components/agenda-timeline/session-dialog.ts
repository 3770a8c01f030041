import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { UrlSyncController } from './url-sync.js';

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
    this.host.requestUpdate();
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
