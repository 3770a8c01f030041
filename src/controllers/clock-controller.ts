import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Reads a `now` attribute: an ISO 8601 instant (`2014-09-02T11:30+03:00`); anything unparseable is ignored. */
export const instantConverter = {
  fromAttribute(value: string | null): number | undefined {
    const ms = value === null ? NaN : Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  },
};

/**
 * The current time for components that show live or relative states. It re-renders its host when
 * connected (again), every `intervalMs` while the host is connected, and when the page is shown or hidden, and only then. A host
 * with a `now` property set (a fixed clock for a kiosk, a story or a test) uses that instead and does not tick.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;

  /**
   * A tick. Also when the page is shown again: a laptop woken from sleep (its timers stopped with it) or a tab hidden for
   * hours (its timers held back) showed what was on hours before until the next tick, up to `intervalMs` later.
   */
  private readonly tick = (): void => {
    if (this.host.now === undefined) this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & { now?: Date | number },
    private readonly intervalMs = 30_000,
  ) {
    host.addController(this);
  }

  /** Epoch milliseconds. */
  get now(): number {
    const fixed = this.host.now;
    return fixed === undefined ? Date.now() : +fixed;
  }

  hostConnected(): void {
    // Shows the time of day at once: an element moved (or put back) more often than it ticks would
    // otherwise show the time of its first render for good.
    this.host.requestUpdate();
    this.timer = setInterval(this.tick, this.intervalMs);
    document.addEventListener('visibilitychange', this.tick);
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.tick);
  }
}
