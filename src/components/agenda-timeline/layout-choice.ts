import type { TimelineLayout } from './url-state.js';

/** Choices kept for this page's life when the browser refuses storage (private mode, blocked cookies). */
const memory = new Map<string, TimelineLayout>();

function storageKey(eventKey: string): string {
  return `schedule-elements:agenda-timeline:layout:${eventKey}`;
}

/** The layout the person chose for an event before, if any. */
export function loadLayoutChoice(eventKey: string): TimelineLayout | undefined {
  let stored: string | null | undefined;
  try {
    stored = localStorage.getItem(storageKey(eventKey));
  } catch {
    stored = memory.get(eventKey);
  }
  return stored === 'grid' || stored === 'list' ? stored : undefined;
}

/** Keeps the person's layout for an event: in localStorage, else in memory. */
export function saveLayoutChoice(eventKey: string, layout: TimelineLayout): void {
  try {
    localStorage.setItem(storageKey(eventKey), layout);
  } catch {
    // Storage is full or blocked: keep the choice for this page's life.
    memory.set(eventKey, layout);
  }
}
