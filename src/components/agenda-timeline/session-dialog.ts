import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inIdleSlices } from '../../internal/idle.js';
import { cardReady } from '../shared/dialog-cards.js';
import { keepModal, syncDialog } from '../shared/modal-dialog.js';
import type { DialogTarget } from './url-state.js';
import type { UrlSyncController } from './url-sync.js';

/**
 * Which session or person a timeline shows in its modal `<dialog>`, and the dialog kept in step
 * with it: opened (and linked in the URL's fragment, `#session-<id>` or `#person-<id>`) when
 * something is {@link show}n, closed when it is let go; when the person closes it (Escape, the close
 * button, a click on the backdrop: see shared/modal-dialog.ts) the fragment is cleared and `closed`
 * is told what was shown.
 */
export class SessionDialogController implements ReactiveController {
  private shown?: DialogTarget;
  /**
   * What the dialog, closed by the person, still holds until the page is idle: emptying it (the
   * card's elements leaving) is work that the dialog's closing need not wait for.
   */
  private lingering?: DialogTarget;
  /** What the URL's fragment was last set to. */
  private linked?: DialogTarget;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment },
    private readonly url: UrlSyncController,
    private readonly onClosed: (target: DialogTarget) => void,
  ) {
    host.addController(this);
    keepModal(host, () => this.shown !== undefined);
  }

  /** The session shown, if any. */
  get openId(): string | undefined {
    return this.shown?.kind === 'session' ? this.shown.id : undefined;
  }

  /** The person shown, if any. */
  get openPersonId(): string | undefined {
    return this.shown?.kind === 'person' ? this.shown.id : undefined;
  }

  /** What the dialog holds: what is shown, else, for a moment after it was closed, what was. */
  get content(): DialogTarget | undefined {
    return this.shown ?? this.lingering;
  }

  /** Shows a session (or nothing, `undefined`). */
  open(id: string | undefined): void {
    this.show(id === undefined ? undefined : { kind: 'session', id });
  }

  /** Shows a session or a person (or nothing, `undefined`). */
  show(target: DialogTarget | undefined): void {
    if (target?.kind === this.shown?.kind && target?.id === this.shown?.id) return;
    this.shown = target;
    this.lingering = undefined;
    if (target !== undefined) void cardReady();
    this.host.requestUpdate();
  }

  /** Loads the cards while the page is idle, so that the first session opened shows at once. */
  preload(): void {
    inIdleSlices(() => {
      void cardReady();
      return true;
    });
  }

  /** While something is shown before its card is defined: settles once the card is. */
  get ready(): Promise<unknown> | undefined {
    return this.shown === undefined ? undefined : cardReady();
  }

  private get dialog(): HTMLDialogElement | null {
    return this.host.renderRoot.querySelector('dialog');
  }

  hostUpdated(): void {
    const dialog = this.dialog;
    if (!dialog) return;
    syncDialog(dialog, this.shown !== undefined);
    if (this.shown && this.shown !== this.linked) {
      // Another session or person in the open dialog: read from its top, focus on the close button
      // (the name or title that was chosen is gone with the card it was in).
      this.linked = this.shown;
      this.url.link(this.shown);
      dialog.scrollTop = 0;
      dialog.querySelector<HTMLElement>('[data-close]')?.focus();
    }
  }

  /**
   * The dialog's `close` event. The dialog is closed already: nothing needs rendering now, so its
   * content is let go once the page is idle.
   */
  readonly closed = (): void => {
    const shown = this.shown;
    this.shown = undefined;
    // Only a fragment this dialog set: the close event of a dialog the fragment closed comes after
    // it (a task of its own), when a link followed at once may have set the next one.
    if (this.linked) this.url.link(undefined);
    this.linked = undefined;
    if (!shown) return; // closed by `show(undefined)`, which rendered it empty
    this.lingering = shown;
    // Unless something is shown (or closed) again meanwhile.
    inIdleSlices(
      () => {
        this.lingering = undefined;
        this.host.requestUpdate();
        return true;
      },
      () => this.lingering === shown,
    );
    this.onClosed(shown);
  };

}
