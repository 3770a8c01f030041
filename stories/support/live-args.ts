import { nothing, type ReactiveElement } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** `onSessionSelect` → `session-select`: the event an action arg of Storybook's stands for. */
const eventName = (arg: string): string => arg.slice(2).replace(/[A-Z]/g, (letter, at: number) => (at ? '-' : '') + letter.toLowerCase());

/**
 * Applies a story's args to its component, so that every control of the panel does something:
 * an arg named as one of the element's properties sets it (back to the element's own default when
 * the arg is cleared), an arg named `--schedule-…` sets that custom property on the element, and an
 * action arg (`onSessionSelect`) hears its event (`session-select`). Put it first in the tag, before
 * the attribute bindings the story shows in its code snippet.
 */
class LiveArgs extends Directive {
  private defaults = new Map<string, unknown>();
  private listeners = new Map<string, EventListener>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('liveArgs() belongs in an element tag');
  }

  render(_args: object) {
    return nothing;
  }

  override update(part: ElementPart, [args]: [object]) {
    const element = part.element as ReactiveElement & Record<string, unknown>;
    const properties = (element.constructor as typeof ReactiveElement).elementProperties;
    for (const [name, value] of Object.entries(args)) {
      if (name.startsWith('--')) {
        if (value) element.style.setProperty(name, String(value));
        else element.style.removeProperty(name);
      } else if (/^on[A-Z]/.test(name) && typeof value === 'function') {
        const type = eventName(name);
        const previous = this.listeners.get(type);
        if (previous) element.removeEventListener(type, previous);
        const listener = (event: Event) => (value as (event: Event) => void)(event);
        this.listeners.set(type, listener);
        element.addEventListener(type, listener);
      } else if (properties?.has(name)) {
        if (!this.defaults.has(name)) this.defaults.set(name, element[name]);
        element[name] = value === undefined ? this.defaults.get(name) : value;
      }
    }
    return nothing;
  }
}

export const liveArgs = directive(LiveArgs);

/** The story's sample schedule, unless its args bring a feed of their own (`src` or `feed` set in the controls). */
export function unlessOwnFeed<T>(args: object, schedule: T): T | undefined {
  const { src, feed } = args as { src?: string; feed?: object };
  return src || feed ? undefined : schedule;
}
