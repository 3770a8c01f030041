/**
 * A page object for `<my-schedule>`: read the saved sessions by day with their flags, remove one,
 * open one, share the list, answer a shared link's offer, download the calendar file.
 */
import { ComponentHarness, readText } from '../shared/harness.js';
import type { MyScheduleElement } from './my-schedule.js';

export class MyScheduleHarness extends ComponentHarness<MyScheduleElement> {
  /** Waits until the feed is read and the list is shown. */
  async loaded(): Promise<void> {
    await this.until(() => this.part('base'), 'the list (the feed never loaded)');
  }

  /** Each saved session as "time | title | room | flags…" ("11:00 AM – 12:30 PM | WS196: … | Room B | Overlaps with WS204"). */
  rows(): string[] {
    return this.queryAll('[part~="session"]').map((row) =>
      [...row.querySelectorAll('[part~="time"], [part~="title"], [part~="room"], [part~="flag"]')].map(readText).join(' | '),
    );
  }

  /** The day headings' elements. */
  dayHeadings(): HTMLElement[] {
    return this.queryAll('[part~="day-heading"]');
  }

  /** The days, as their headings read ("Sunday, March 10"). */
  days(): string[] {
    return this.dayHeadings().map(readText);
  }

  /** The count line ("2 saved sessions"), which takes the focus after a removal. */
  summary(): HTMLElement | null {
    return this.query('.summary');
  }

  /** What the polite announcement says ("Link copied. …", "Added 1 session to your schedule."). */
  announcement(): string {
    return this.text('[role="status"]');
  }

  /** The "Nothing saved yet" message, or "". */
  emptyMessage(): string {
    return readText(this.part('empty'));
  }

  /** The note that the list is kept in this tab only, or "". */
  storageNote(): string {
    return readText(this.part('note'));
  }

  /** The overlap, move, room-change and cancelled flags, in order. */
  flags(): string[] {
    return this.queryAll('[part~="flag"]').map(readText);
  }

  /** A saved session's row by (a part of) its title. */
  row(title: string): HTMLElement {
    const row = this.queryAll('[part~="session"]').find((candidate) => readText(candidate.querySelector('[part~="title"]')).includes(title));
    if (!row) throw new Error(`No saved session "${title}" among ${this.rows().join(' / ')}`);
    return row;
  }

  /** The Remove button of a saved session. */
  removeButton(title: string): HTMLButtonElement {
    return this.row(title).querySelector<HTMLButtonElement>('[part~="remove"]')!;
  }

  /** Clicks Remove on a saved session. */
  remove(title: string): Promise<void> {
    return this.click(this.removeButton(title), `Remove button of "${title}"`);
  }

  /** Clicks a saved session's title (which fires `session-select`). */
  selectSession(title: string): Promise<void> {
    return this.click(this.row(title).querySelector<HTMLElement>('button[part~="title"]'), `title button of "${title}"`);
  }

  /** The "Download all (.ics)" link, while some saved session is in the programme. */
  downloadLink(): HTMLAnchorElement | null {
    return this.part<HTMLAnchorElement>('download');
  }

  /** Clicks "Copy link". */
  share(): Promise<void> {
    return this.click(this.part<HTMLButtonElement>('share'), '"Copy link" button');
  }

  /** The field with the link to copy by hand, shown when the clipboard refuses. */
  shareField(): HTMLInputElement | null {
    return this.query<HTMLInputElement>('.share-field input');
  }

  /** The offer of a shared link's sessions, if shown. */
  offer(): HTMLElement | null {
    return this.part('offer');
  }

  /** The offer's sentence ("A link shared 1 session with you:"). */
  offerText(): string {
    return readText(this.offer()?.querySelector('p'));
  }

  /** The sessions offered, each as read ("Sunday 10:00 – 11:30 AM WS204: Open standards"). */
  offeredSessions(): string[] {
    return [...(this.offer()?.querySelectorAll('li') ?? [])].map(readText);
  }

  /** Clicks the offer's button labelled `label` ("Add 1 session shared with you", "Not now"). */
  answerOffer(label: string): Promise<void> {
    const button = [...(this.offer()?.querySelectorAll('button') ?? [])].find((candidate) => readText(candidate) === label);
    return this.click(button, `offer button "${label}"`);
  }
}
