/**
 * What the console says when a component's update failed (see `ScheduleElement.performUpdate`),
 * downloaded only then: in the single-file build, schedule-elements-explain-failure.min.js.
 */
import type { ReactiveElement } from 'lit';
import { explainGiven } from '../../data/model-check.js';

/** What each element last said, so that a failure is said once, not at each of its updates. */
const said = new WeakMap<Element, string>();

/**
 * Tells the developer why `element` could not be shown (its update threw `error`): what is wrong
 * with the objects handed to it as properties, or, when they are all right, the error itself.
 * Said once per element and failure, while the element shows the failure.
 */
export function sayWhy(element: ReactiveElement, error: unknown): void {
  // An element that has shown since (a good object set while this file downloaded) has nothing to say.
  if (!element.shadowRoot?.querySelector('.state.error')) return;
  const given: Record<string, unknown> = {};
  for (const [name, options] of (element.constructor as typeof ReactiveElement).elementProperties) {
    if (options.attribute === false) given[name as string] = element[name as keyof ReactiveElement];
  }
  const problems = explainGiven(given);
  const message = `schedule-elements: <${element.localName}> could not be shown: ${problems.join(' ') || String(error)}`;
  if (said.get(element) === message) return;
  said.set(element, message);
  console.error(message, ...(problems.length > 0 ? [] : [error]));
}
