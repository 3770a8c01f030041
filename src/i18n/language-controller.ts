import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { languageArrival, onLanguageChange, pickLanguage } from './languages.js';

/**
 * Keeps a component's words current: while it is connected, it re-renders when the messages of the
 * language it shows change (that language's file arrived, or the site registered words for it),
 * and `settled` lets its `updateComplete` wait for a language still on its way.
 */
export class LanguageController implements ReactiveController {
  private stop?: () => void;

  /** `locale` gives the host's locale each time it is asked (it follows attributes and the page). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly locale: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onLanguageChange((language) => {
      if (pickLanguage(this.locale()) === language) this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  /**
   * The host's `updateComplete`, made to wait until the language it shows is here and rendered:
   * `complete` is the host's own (`() => super.getUpdateComplete()`); `pending`, if given, names
   * another download the host waits for in the same way (see ScheduleElement's).
   */
  async settled(complete: () => Promise<boolean>, pending?: () => Promise<unknown> | undefined): Promise<boolean> {
    let done = await complete();
    for (let arrival; (arrival = pending?.() ?? languageArrival(this.locale())); ) {
      await arrival;
      done = await complete();
    }
    return done;
  }
}
