import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavedController } from '../../controllers/saved-store.js';
import type { Session } from '../../data/model.js';
import { SessionSaveEvent } from '../../events/session-save-event.js';
import { unlessCancelled } from '../shared/select-link.js';

const NONE_SAVED: readonly string[] = Object.freeze([]);

/**
 * The sessions a timeline shows as saved: the ids a page set (`saved`), which win, else the
 * person's saved list for the event (kept in the browser, shared with the cards, my-schedule and
 * other tabs). Saving from the timeline (a session's star, the dialog's card) writes to whichever
 * is in charge, after a `session-save` event that the page may cancel.
 */
export class TimelineSavedController implements ReactiveController {
  private readonly list: SavedController;
  /** The ids the page set, if it did. */
  private own?: readonly string[] | ReadonlySet<string>;
  private asSet: ReadonlySet<string> = new Set();
  private madeFrom?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    feed: ConstructorParameters<typeof SavedController>[1],
  ) {
    this.list = new SavedController(host, feed);
    host.addController(this);
  }

  /** The saved ids: the page's, else the saved list's. */
  get ids(): readonly string[] | ReadonlySet<string> {
    return this.own ?? this.list.store?.ids ?? NONE_SAVED;
  }

  /** Sets the page's own ids, or (`undefined`) follows the saved list again. */
  set ids(ids: readonly string[] | ReadonlySet<string> | undefined) {
    this.own = ids;
    this.host.requestUpdate();
  }

  /** Whether the page keeps the saved ids itself (`saved` set). */
  get pageOwned(): boolean {
    return this.own !== undefined;
  }

  /** The saved ids as a set, made again only when they changed (read during an update). */
  get set(): ReadonlySet<string> {
    return this.asSet;
  }

  hostUpdate(): void {
    const ids = this.ids;
    if (ids === this.madeFrom) return;
    this.madeFrom = ids;
    this.asSet = new Set(ids);
  }

  /** A session's star: fires `session-save` (cancelable) from the host, then saves or unsaves it; false when the page cancelled it. */
  toggle(session: Session): boolean {
    const saved = !this.asSet.has(session.id);
    if (!this.host.dispatchEvent(new SessionSaveEvent(session, saved))) return false;
    if (this.own !== undefined) this.ids = this.changed(session.id, saved);
    else if (saved) this.list.store?.save([session]);
    else this.list.store?.remove(session.id);
    return true;
  }

  /**
   * The dialog's card saved or unsaved its session (it wrote the saved list itself): the page's own
   * ids follow, unless a listener cancelled the event.
   */
  readonly fromCard = (event: SessionSaveEvent): void => {
    if (this.own !== undefined) unlessCancelled(event, () => (this.ids = this.changed(event.session.id, event.saved)));
  };

  private changed(id: string, saved: boolean): string[] {
    const next = new Set(this.asSet);
    if (saved) next.add(id);
    else next.delete(id);
    return [...next];
  }
}
