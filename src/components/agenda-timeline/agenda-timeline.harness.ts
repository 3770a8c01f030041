/**
 * A page object for `<agenda-timeline>`: tests (and site owners' own tests) read like a person's
 * steps — open a day, search, filter a track, press a key, open a session — instead of poking at
 * the shadow DOM. Keys go through the `press` function it is given (e.g. `sendKeys` from
 * `@web/test-runner-commands`), so the library itself depends on no test tool.
 */
import type { SessionCardElement } from '../session-card/session-card.js';
import type { SpeakerCardElement } from '../speaker-card/speaker-card.js';
import { ComponentHarness, readText } from '../shared/harness.js';
import { SEARCH_PAUSE_MS, type AgendaTimelineElement } from './agenda-timeline.js';

export { readText, type KeyPresser } from '../shared/harness.js';

export class AgendaTimelineHarness extends ComponentHarness<AgendaTimelineElement> {
  /** Waits until the page has been idle and the timeline has built every session of the day shown (no more cells arrive). */
  async idle(): Promise<void> {
    let before = -1;
    for (let round = 0; round < 50 && this.sessionButtons().length !== before; round++) {
      before = this.sessionButtons().length;
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
      await this.settle();
    }
  }

  /** The day tabs' labels. */
  dayLabels(): string[] {
    return this.queryAll('[part~="day-tab"]').map(readText);
  }

  /** The selected day tab's label. */
  selectedDay(): string {
    return readText(this.query('[part~="day-tab"][aria-selected="true"]'));
  }

  /** Clicks the day tab whose label starts with `label` ("Wed, Sep 3"). */
  async openDay(label: string): Promise<void> {
    const tab = this.queryAll('[part~="day-tab"]').find((candidate) => readText(candidate).startsWith(label));
    if (!tab) throw new Error(`No day tab "${label}" among ${this.dayLabels().join(' | ')}`);
    tab.click();
    await this.settle();
  }

  /** The search input. */
  searchInput(): HTMLInputElement {
    return this.query<HTMLInputElement>('[part~="search"]')!;
  }

  /** Types `text` into the search input (replacing what was there), and waits for the pause after which the count says it. */
  async search(text: string): Promise<void> {
    const input = this.searchInput();
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, SEARCH_PAUSE_MS + 50));
    await this.settle();
  }

  /** Opens the filters panel unless it is open. */
  async openFilters(): Promise<void> {
    const toggle = this.query('[aria-controls="filters"]')!;
    if (toggle.getAttribute('aria-expanded') !== 'true') toggle.click();
    await this.settle();
  }

  /** Picks the option labelled `option` in the facet select labelled `facet` ("Track", "Room", "Type", "Speaker"). */
  async filterBy(facet: string, option: string): Promise<void> {
    await this.openFilters();
    const label = this.queryAll('[part~="filters"] label').find((candidate) => readText(candidate.querySelector('span')) === facet);
    const select = label?.querySelector('select');
    // Reached first, as a person does: a long list is given all its options then (see select-options.ts).
    select?.focus();
    const choice = select && [...select.options].find((candidate) => readText(candidate) === option);
    if (!select || !choice) throw new Error(`No ${facet} option "${option}"`);
    select.value = choice.value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** Filters by a track's name. */
  filterTrack(name: string): Promise<void> {
    return this.filterBy('Track', name);
  }

  /** Ticks or unticks "Only my saved sessions". */
  async toggleSavedOnly(): Promise<void> {
    await this.openFilters();
    this.query<HTMLInputElement>('[part~="filters"] input[type="checkbox"]')!.click();
    await this.settle();
  }

  /** Clicks "Clear filters" in the panel. */
  async clearFilters(): Promise<void> {
    await this.openFilters();
    this.queryAll('[part~="filters"] button').at(-1)!.click();
    await this.settle();
  }

  /** The polite count ("5 sessions match"); not the out-of-date notice, also a status, shown before it. */
  count(): string {
    return readText(this.query('.count[role="status"]'));
  }

  /** The caption that says whose clock the times are in. */
  zoneCaption(): string {
    return readText(this.query('.zone-caption'));
  }

  /** Clicks the button labelled `label` in the part `part` (a toggle group). */
  private async pressToggle(part: string, label: string): Promise<void> {
    const button = this.queryAll(`[part~="${part}"] button`).find((candidate) => readText(candidate) === label);
    if (!button) throw new Error(`No ${part} button "${label}"`);
    button.click();
    await this.settle();
  }

  /** Switches to the grid or the list ("Grid", "List"). */
  chooseLayout(label: string): Promise<void> {
    return this.pressToggle('layout-toggle', label);
  }

  /** Switches the clock ("Venue time", "Your time"). */
  chooseZone(label: string): Promise<void> {
    return this.pressToggle('zone-toggle', label);
  }

  /** The layout on screen. */
  layout(): 'grid' | 'list' | undefined {
    if (this.query('[part~="grid"]')) return 'grid';
    return this.query('[part~="list"]') ? 'list' : undefined;
  }

  /** The rendered session buttons (and the boxes of breaks, which open nothing), in document order. */
  sessionButtons(): HTMLButtonElement[] {
    return this.queryAll<HTMLButtonElement>('[part~="session"]');
  }

  /** The titles of the sessions on screen (with their codes: "WS196: …"). */
  visibleSessionTitles(): string[] {
    return this.sessionButtons().map((button) => readText(button.querySelector('.item-title')));
  }

  /** A rendered session's button by (a part of) its title. */
  session(title: string): HTMLButtonElement {
    const button = this.sessionButtons().find((candidate) => readText(candidate.querySelector('.item-title')).includes(title));
    if (!button) throw new Error(`No session "${title}" on screen among ${this.visibleSessionTitles().join(' | ')}`);
    return button;
  }

  /** The title of the focused session, if a session has focus. */
  focusedTitle(): string | undefined {
    const active = this.root.activeElement;
    return active?.matches('[part~="session"]') ? readText(active.querySelector('.item-title')) : undefined;
  }

  /** Focuses a session and presses a key, or presses one in whatever has focus. */
  override async press(key: string, title?: string): Promise<void> {
    if (title !== undefined) this.session(title).focus();
    await super.press(key);
  }

  /** Clicks a session by (a part of) its title and waits for its dialog. */
  async openSession(title: string): Promise<void> {
    this.session(title).click();
    await this.settle();
  }

  /** The open dialog, if any. */
  dialog(): HTMLDialogElement | null {
    const dialog = this.query<HTMLDialogElement>('dialog');
    return dialog?.open ? dialog : null;
  }

  /** The full session card in the open dialog. */
  dialogCard(): SessionCardElement | null {
    return this.dialog()?.querySelector('session-card') ?? null;
  }

  /** The person's card in the open dialog. */
  dialogPersonCard(): SpeakerCardElement | null {
    return this.dialog()?.querySelector('speaker-card') ?? null;
  }

  /** In the open session's card, chooses a person by name; waits until the dialog shows them. */
  async openPerson(name: string): Promise<void> {
    const card = this.dialogCard();
    const button = [...(card?.shadowRoot?.querySelectorAll<HTMLElement>('.person-name') ?? [])].find((candidate) => readText(candidate) === name);
    if (!button) throw new Error(`No person "${name}" in the dialog's card`);
    button.click();
    await this.until(() => this.dialogPersonCard()?.person?.name === name, `the dialog showing ${name}`);
    await this.settle();
  }

  /** Closes the dialog with its close button. */
  async closeDialog(): Promise<void> {
    this.dialog()?.querySelector<HTMLButtonElement>('.close')?.click();
    await this.settle();
  }

  /** The now-line, if drawn. */
  nowLine(): HTMLElement | null {
    return this.query('[part~="now-line"]');
  }

  /** The headings and lines of "Happening now / Up next". */
  nowAndNext(): string[] {
    return this.queryAll('[part~="now-next"] section').map(readText);
  }

  /** Every element in the shadow root (the DOM's size). */
  nodeCount(): number {
    return this.root.querySelectorAll('*').length;
  }

  /** Every node (elements, text, comments) in the grid's or the list's container of sessions. */
  cellNodes(): number {
    const walker = document.createTreeWalker(this.query('.items, .list') ?? this.root, NodeFilter.SHOW_ALL);
    let count = 0;
    while (walker.nextNode()) count++;
    return count;
  }
}
