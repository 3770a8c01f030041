/**
 * The base of the components' page objects (`AgendaTimelineHarness`, `SessionCardHarness`,
 * `MyScheduleHarness`): tests, the library's and site owners' own, read like a person's steps
 * instead of poking at the shadow DOM. Keys go through the `press` function a harness is given
 * (e.g. `sendKeys` from `@web/test-runner-commands`), so the library itself depends on no test tool.
 */
import type { ReactiveElement } from 'lit';

/** Presses one key (as `sendKeys({ press })` does) in the focused element. */
export type KeyPresser = (keys: { press: string }) => Promise<unknown>;

/**
 * Text (a node's, or an attribute's such as `aria-label`) as a person reads it: Intl's narrow and thin spaces as plain ones, runs of white space as
 * one, and without the invisible marks that isolate names from the text around them (U+2066 … U+2069).
 */
export function readText(node: Node | string | null | undefined): string {
  return ((typeof node === 'string' ? node : node?.textContent) ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/[\u202f\u2009\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const nextFrame = (): Promise<unknown> => new Promise((resolve) => requestAnimationFrame(resolve));

/** A page object for one component: its element, what is in its shadow root, and waiting for it to render. */
export class ComponentHarness<E extends ReactiveElement> {
  constructor(
    readonly element: E,
    private readonly pressKey?: KeyPresser,
  ) {}

  protected get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  protected query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  protected queryAll<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The first element of the shadow root with the CSS part `name`. */
  protected part<T extends Element = HTMLElement>(name: string): T | null {
    return this.query<T>(`[part~="${name}"]`);
  }

  /** The text of the first element that matches `selector`, as read ("" when there is none). */
  protected text(selector: string): string {
    return readText(this.query(selector));
  }

  /** Waits, polling every 20 ms, until `find` gives something, and gives it; fails after `timeoutMs` (5 s: a CI machine under load can take over a second to load a module or a feed). */
  protected async until<T>(find: () => T | null | undefined, what: string, timeoutMs = 5000): Promise<T> {
    const deadline = performance.now() + timeoutMs;
    let found = find();
    while (!found) {
      if (performance.now() > deadline) throw new Error(`Gave up waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      found = find();
    }
    return found;
  }

  /** Clicks `target` (failing with `what` when it is missing) and waits for the element to settle. */
  protected async click(target: HTMLElement | null | undefined, what: string): Promise<void> {
    if (!target) throw new Error(`No ${what} to click`);
    target.click();
    await this.settle();
  }

  /** Waits for the element to render and two frames (scrolling and layout-driven states settle). */
  async settle(): Promise<void> {
    await this.element.updateComplete;
    for (let i = 0; i < 2; i++) await nextFrame();
    await this.element.updateComplete;
  }

  /** Presses a key in whatever has focus, then waits for the element to settle. */
  async press(key: string): Promise<void> {
    if (!this.pressKey) throw new Error('This harness was made without a key presser');
    await this.pressKey({ press: key });
    await this.settle();
  }
}
