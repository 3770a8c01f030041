/**
 * The cards that the modal dialogs of `<agenda-timeline>` and `<my-schedule>` show a session and a
 * person in, loaded on demand when the page has not defined them.
 */
/** The tags of the cards the dialog shows a session and a person in. */
const CARDS = ['session-card', 'speaker-card'];

let loadCard: (() => Promise<unknown>) | undefined;
let cardLoading: Promise<unknown> | undefined;

/**
 * How the dialogs' `<session-card>` and `<speaker-card>` are loaded when the page has not defined
 * them (the define files of the timeline and my-schedule give it): the cards are only needed once
 * a session or person is opened, so those tags' own entries do not carry them, and load them while
 * the page is idle after the first paint.
 */
export function provideDialogCard(load: () => Promise<unknown>): void {
  loadCard = load;
}

/** Loads the cards unless they are defined; resolves once they are (or at once when nothing can load them). */
export function cardReady(): Promise<unknown> | undefined {
  if (CARDS.every((tag) => customElements.get(tag)) || !loadCard) return undefined;
  cardLoading ??= loadCard().catch((error: unknown) => {
    cardLoading = undefined; // a failed download may succeed later
    console.warn(`schedule-elements: the cards of the session dialog could not be loaded (${String(error)}).`);
  });
  return cardLoading;
}
