import type { FeedSource } from '../../controllers/feed-controller.js';

/** The common words that tell the reader an element's session or person is missing (see commonMessages). */
export type MissingKey = 'sessionNotFound' | 'noSessionId' | 'personNotFound' | 'noPersonId';

/** Each element's last console report, so that each is given once. */
const reported = new WeakMap<Element, string>();

/**
 * When an element names no session or person (`id` empty), or one that its feed does not have:
 * gives the site owner, once per id, what they need in the console (which element, which id, which
 * feed), and returns which of the common words tell the reader:
 * `this.renderError(this.commonText[reportMissing(this, 'session', id)])`. A function rather than a
 * method of ScheduleElement, so that the tags that name no session or person do not carry it.
 */
export function reportMissing(element: Element & FeedSource, kind: 'session' | 'person', id: string | undefined): MissingKey {
  // The source shown: a src gives way to a `schedule` or `feed` property.
  const source = element.schedule || element.feed ? 'property' : element.src;
  const report = id
    ? `<${element.localName} ${kind}-id="${id}">: the feed ${source} has no ${kind} with that id.`
    : `<${element.localName}> has no ${kind}-id attribute, so it has nothing to show.`;
  if (reported.get(element) !== report) {
    reported.set(element, report);
    console.warn(`schedule-elements: ${report}`);
  }
  if (id) return `${kind}NotFound`;
  return kind === 'session' ? 'noSessionId' : 'noPersonId';
}
