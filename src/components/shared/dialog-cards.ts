/**
 * The cards that the modal dialogs of `<agenda-timeline>` and `<my-schedule>` show a session and a
 * person in, loaded on demand when the page has not defined them.
 */
/** The tags of the cards the dialog shows a session and a person in. */
const CARDS = ['session-card', 'speaker-card'];

let loadCard: (() => Promise<unknown>) | undefined;
let cardLoading: Promise<unknown> | undefined;
let told = false;

/**
 * How the dialogs' `<session-card>` and `<speaker-card>` are loaded when the page has not defined
 * them (the define files of the timeline, my-schedule and the two cards give it): the cards are only
 * needed once a session or person is opened, so those tags' own entries do not carry them, and the
 * timeline loads them while the page is idle after the first paint.
 */
export function provideDialogCard(load: () => Promise<unknown>): void {
  loadCard = load;
}

/**
 * Loads the cards unless they are defined; resolves once they are (or at once when nothing can load
 * them: a page that defines the classes itself, under other names, and not the cards; it is told so once).
 */
export function cardReady(): Promise<unknown> | undefined {
  const missing = CARDS.filter((tag) => !customElements.get(tag));
  if (missing.length === 0) return undefined;
  if (!loadCard) {
    if (!told) console.warn(`schedule-elements: the dialog has nothing to show: <${missing.join('> and <')}> ${missing.length > 1 ? 'are' : 'is'} not defined. Import schedule-elements/${missing.join('/define and schedule-elements/')}/define.`);
    told = true;
    return undefined;
  }
  cardLoading ??= loadCard().catch((error: unknown) => {
    cardLoading = undefined; // a failed download may succeed later
    console.warn(`schedule-elements: the cards of the session dialog could not be loaded (${String(error)}).`);
  });
  return cardLoading;
}
