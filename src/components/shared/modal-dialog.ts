/**
 * The modal `<dialog>` in which a component shows a session or a person (styles in
 * styles/dialog.styles.ts): empty while closed; open, a bar with the close button (marked
 * `data-close`) over the content. {@link dialogClick} closes it from that button or the backdrop;
 * Escape closes a modal dialog natively.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A modal dialog named `label`, showing `content` (nothing while closed); `closed` is its `close`
 * event, unless the dialog is open again by then: the event is a task of its own, and the dialog may
 * have been opened again before it (the fragment closed it and a link followed at once opened it).
 */
export function modalDialog(label: string, closeLabel: string, content: unknown, closed: () => void): TemplateResult {
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the click is on the backdrop or the close button; Escape closes a modal dialog natively.
  return html`<dialog part="dialog" aria-label=${label} @close=${(event: Event) => (event.target as HTMLDialogElement).open || closed()} @pointerdown=${pressed} @click=${dialogClick}>
    ${content === nothing
      ? nothing
      : html`<div class="dialog-bar">
            <button type="button" class="close" aria-label=${closeLabel} data-close><span aria-hidden="true">×</span></button>
          </div>
          ${content}`}
  </dialog>`;
}

/** The dialogs whose last press began on the backdrop. */
const pressedOutside = new WeakSet<EventTarget>();

function pressed(event: PointerEvent): void {
  if (event.target === event.currentTarget) pressedOutside.add(event.currentTarget!);
  else pressedOutside.delete(event.currentTarget!);
}

/**
 * A click in a dialog: on its close button, or on the backdrop (the dialog itself, outside its
 * content), closes it; not one that began inside, as selecting text and letting go outside does.
 */
function dialogClick(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  const target = event.target as Element;
  if ((target === dialog && pressedOutside.has(dialog)) || target.closest('[data-close]')) dialog.close();
}

/**
 * Renders `host` again when the page puts it back (it moved) while its dialog shows something, so
 * that {@link syncDialog} makes the dialog modal again; taken off the page, its dialog lets the page go (see {@link holdPage}).
 */
export function keepModal(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, shown: () => boolean): void {
  host.addController({ hostConnected: () => shown() && host.requestUpdate(), hostDisconnected: () => holds.get(host.renderRoot.querySelector('dialog')!)?.() });
}

/**
 * Keeps a dialog in step with whether something is shown in it: opened modal, or closed. A modal
 * dialog taken off the page with its component (which the page moved) is left open but not modal,
 * inline and deaf to Escape: it is made modal again, without a `close` event, which would mean the
 * person closed it.
 */
export function syncDialog(dialog: HTMLDialogElement | null, shown: boolean): void {
  // Off the page (a render after it was taken off) there is nothing to open it over.
  if (!dialog?.isConnected) return;
  if (shown && !dialog.matches(':modal')) {
    dialog.removeAttribute('open');
    dialog.showModal();
    holdPage(dialog);
  } else if (!shown && dialog.open) dialog.close();
}

const HOLD = ['wheel', 'touchmove'] as const;
/** The release of each modal dialog's hold on the page, called when its component leaves the page (the dialog is then open but no longer modal). */
const holds = new WeakMap<Element, () => void>();
const HOLD_OPTIONS = { capture: true, passive: false };
/** How long after it opens a dialog lets taps go by: the second tap of a double tap that opened it. */
const SETTLING_MS = 500;

/**
 * What holds while `dialog` is modal. A wheel or a swipe over its backdrop (where the dialog itself
 * is the target) would scroll the page behind it, which then shows something else when it closes:
 * it does not (over the dialog's content it scrolls that, and `overscroll-behavior` keeps it there;
 * the listeners are the document's, as the compositor asks the backdrop's own of no element). And a
 * tap in its first moments (the second of a double tap on a session, which lands on whatever the
 * dialog put under the finger, Save) does nothing; a key's click (detail 0) does.
 */
function holdPage(dialog: HTMLDialogElement): void {
  const opened = performance.now();
  const still = (event: Event): void => {
    if (!dialog.open || !dialog.isConnected) return release();
    if (event.composedPath()[0] === dialog) event.preventDefault();
  };
  const settling = (event: MouseEvent): void => {
    if (event.detail === 0 || event.timeStamp - opened > SETTLING_MS) return;
    event.preventDefault();
    event.stopPropagation();
  };
  const release = (): void => {
    for (const type of HOLD) document.removeEventListener(type, still, HOLD_OPTIONS);
    dialog.removeEventListener('click', settling, true);
  };
  holds.set(dialog, release);
  for (const type of HOLD) document.addEventListener(type, still, HOLD_OPTIONS);
  dialog.addEventListener('click', settling, true);
  dialog.addEventListener('close', release, { once: true });
}
