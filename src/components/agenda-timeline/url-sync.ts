import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fragmentOf, readUrlState, targetFromHash, writeUrlState, type DialogTarget, type UrlState } from './url-state.js';

/** How long the URL waits after the last change before it is rewritten (typing is not history). */
const URL_DELAY_MS = 250;

/** What the controller needs of its element. */
export interface UrlSyncHost extends ReactiveControllerHost {
  /** Keep the state and the open session out of the URL (a second timeline on the page). */
  readonly withoutUrlState: boolean;
  /** The session whose run of show it shows, if any: it has no view of its own to keep, and the programme beside it follows the URL. */
  readonly sessionId?: string | undefined;
  /** Whether it is in the page (an element's). */
  readonly isConnected: boolean;
  /** Whether it is drawn (an element's; none on a server). */
  checkVisibility?(): boolean;
}

/**
 * The timeline that follows the page's URL: the first to read it of those not kept out of it and
 * drawn (a page builder's copy for wide screens, hidden on a phone, leaves it to the phone's). A
 * second one on the page (its author forgot `without-url-state`) opened the same linked session in
 * a second modal dialog, behind the first; it now leaves the URL alone while the first is in the page.
 * Held weakly: a timeline taken out of the page (and its feed) is not kept alive by it.
 */
let owner: WeakRef<UrlSyncHost> | undefined;

/**
 * Keeps a timeline's view in the page's URL (see url-state.ts, the pure codec): reads it back
 * when the timeline starts, writes it a moment after each change with `replaceState` (no history
 * spam, the page's own parameters left alone), and follows and sets the `#session-<id>` and `#person-<id>` fragments.
 */
export class UrlSyncController implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** `onHashChange` is called when the page's fragment changed: it may name another session or person. */
  constructor(
    private readonly host: UrlSyncHost,
    private readonly onHashChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    clearTimeout(this.timer);
  }

  /**
   * Whether this timeline keeps out of the URL: told to, a run of show, or another timeline follows it. One not drawn
   * follows none of it, yet reads the view a link gives (`reading`) while no timeline follows it: the only timeline, in a
   * tab panel not shown yet, opens on the linked day once the person shows it.
   */
  private off(reading?: boolean): boolean {
    if (!owner?.deref()?.isConnected && !this.host.withoutUrlState && !this.host.sessionId) {
      if (this.host.checkVisibility?.()) owner = new WeakRef(this.host);
      else if (reading) return !this.host.checkVisibility;
    }
    return owner?.deref() !== this.host;
  }

  /** The view the URL carries, unless the element keeps out of it. */
  read(): UrlState | undefined {
    return this.off(true) ? undefined : readUrlState(new URLSearchParams(location.search));
  }

  /** The session or person the page's fragment links to, unless the element keeps out of the URL (the fragment is then another timeline's). */
  get linked(): DialogTarget | undefined {
    return this.off() ? undefined : targetFromHash(location.hash);
  }

  /** Writes `state` to the URL a moment after the last call. */
  write(state: UrlState): void {
    if (this.off()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.replace(writeUrlState(new URLSearchParams(location.search), state), undefined), URL_DELAY_MS);
  }

  /** Sets the fragment to a session's or person's deep link, or clears such a link (`undefined`). */
  link(target: DialogTarget | undefined): void {
    if (this.off()) return;
    const fragment = target && fragmentOf(target);
    if (fragment !== undefined) this.replace(undefined, `#${fragment}`);
    else if (this.linked !== undefined) this.replace(undefined, '');
  }

  /**
   * Replaces the current history entry's query and/or fragment, leaving the rest of the URL alone.
   * A page whose URL cannot take a query (an `about:srcdoc` frame, as some sites embed widgets; an
   * opaque origin) keeps its URL: the state is then the page's alone, not its address's.
   */
  private replace(params: URLSearchParams | undefined, hash: string | undefined): void {
    const url = new URL(location.href);
    if (params) url.search = params.toString();
    if (hash !== undefined) url.hash = hash;
    if (url.href === location.href) return;
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // SecurityError: not an address of this document's origin.
    }
  }
}
