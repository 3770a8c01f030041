/**
 * A page object for `<session-card>`: read the title, the day and time, the people by role; open
 * the title, a speaker, a bio's "Read more"; save the session; open "Add to calendar". Keys go
 * through the `press` function it is given (see `ComponentHarness`).
 */
import { ComponentHarness, readText } from '../shared/harness.js';
import type { SessionCardElement } from './session-card.js';

export class SessionCardHarness extends ComponentHarness<SessionCardElement> {
  /** The title as read, with its code ("WS196: IGF & Enhanced Cooperation, …"). */
  title(): string {
    return readText(this.part('title'));
  }

  /** The title's heading element (`<h3>` unless `heading-level` says otherwise). */
  titleHeading(): HTMLElement | null {
    return this.part('title');
  }

  /** The compact card's title button, or its link when the card has `href`. */
  titleAction(): HTMLElement | null {
    return this.query('[part~="title"] .title-action');
  }

  /** Clicks the compact card's title (which fires `session-select`). */
  selectTitle(): Promise<void> {
    return this.click(this.titleAction(), 'title');
  }

  /** The session code ("WS196"). */
  code(): string {
    return readText(this.part('code'));
  }

  /** The day and the time range ("Tuesday, September 2 • 11:00 AM – 12:30 PM"). */
  timeLine(): string {
    return readText(this.part('time'));
  }

  /** The room's name (and, in the full form, where it is). */
  room(): string {
    return readText(this.part('room'));
  }

  /** The track's name. */
  track(): string {
    return readText(this.part('track'));
  }

  /** The compact card's live or ended badge, or the full card's banner. */
  statusText(): string {
    return readText(this.part('status'));
  }

  /** The loading message shown instead of the card ("Loading the schedule…"), or "". */
  loadingMessage(): string {
    return this.text('[role="status"]');
  }

  /** The error or not-found message shown instead of the card, or "". */
  errorMessage(): string {
    return this.text('[role="alert"]');
  }

  /** The headings of the role groups of the full card, in order ("Moderator", "Speakers"). */
  roleHeadings(): HTMLElement[] {
    return this.queryAll('.role > .heading');
  }

  /** The role groups' headings as read. */
  roles(): string[] {
    return this.roleHeadings().map(readText);
  }

  /** The names of the people of the role group headed `role`, or of every group. */
  speakers(role?: string): string[] {
    const groups = this.queryAll('.role').filter((group) => role === undefined || readText(group.querySelector('.heading')) === role);
    return groups.flatMap((group) => [...group.querySelectorAll('.person-name')].map(readText));
  }

  /** A person's entry (avatar, name, affiliation, bio) by their name. */
  person(name: string): HTMLElement {
    const person = this.queryAll('.person').find((candidate) => readText(candidate.querySelector('.person-name')) === name);
    if (!person) throw new Error(`No person "${name}" among ${this.speakers().join(' | ')}`);
    return person;
  }

  /** A person's job title and organization. */
  affiliation(name: string): string {
    return readText(this.person(name).querySelector('.affiliation'));
  }

  /** Clicks a person's name (which fires `speaker-select`). */
  selectSpeaker(name: string): Promise<void> {
    return this.click(this.person(name).querySelector<HTMLElement>('.person-name'), `name of ${name}`);
  }

  /** The "Read more" / "Show less" button of a person's bio, once the bio has measured itself. */
  bioToggle(name: string): Promise<HTMLButtonElement> {
    const bio = this.person(name).querySelector('clamped-text');
    return this.until(() => bio?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="toggle"]'), `"Read more" on the bio of ${name}`);
  }

  /** Clicks "Read more" (or "Show less") on a person's bio. */
  async readMore(name: string): Promise<void> {
    await this.click(await this.bioToggle(name), `"Read more" of ${name}`);
    await this.person(name).querySelector('clamped-text')!.updateComplete;
  }

  /** The Save button of the full card (`aria-pressed` says whether the session is saved). */
  saveButton(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('.save');
  }

  /** Clicks Save (which fires `session-save`). */
  toggleSave(): Promise<void> {
    return this.click(this.saveButton(), 'Save button');
  }

  /** The note that says the session is saved in this tab only, or "". */
  storageNote(): string {
    return this.text('[role="note"]');
  }

  /** The session's own links in the actions row (media, feedback …). */
  actionLinks(): HTMLAnchorElement[] {
    return this.queryAll<HTMLAnchorElement>('[part~="actions"] > a');
  }

  /** The "Add to calendar" button. */
  calendarToggle(): HTMLButtonElement | null {
    return this.query<HTMLButtonElement>('.calendar-toggle');
  }

  /** The "Add to calendar" menu (hidden while closed). */
  calendarMenu(): HTMLElement | null {
    return this.query('#calendar-options');
  }

  /** Clicks "Add to calendar", which opens or closes its menu. */
  toggleCalendar(): Promise<void> {
    return this.click(this.calendarToggle(), '"Add to calendar" button');
  }

  /** The session's description. */
  description(): HTMLElement | null {
    return this.part('description');
  }

  /** The rows of the inner agenda. */
  agendaItems(): HTMLElement[] {
    return this.queryAll('[part~="agenda"] > li');
  }

  /** The full date line with the zone ("Tuesday, September 2, 2014, 11:00 AM – 12:30 PM EEST"). */
  fullDate(): string {
    return this.text('.full-date');
  }

  /** The venue's time, shown only when the times are in another zone. */
  venueTime(): string | undefined {
    const line = this.query('.venue-time');
    return line ? readText(line) : undefined;
  }

  /** The session's tags. */
  tags(): string[] {
    return this.queryAll('.tag').map(readText);
  }
}
