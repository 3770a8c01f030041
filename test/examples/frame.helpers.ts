/**
 * Shared set-up of the tests that load an example page in an iframe: the page, then what a person
 * reads in it across shadow roots. Node types, not `instanceof`: the page lives in another realm.
 */
import '../page-guard.js';
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';

/** Text as a person reads it: through shadow roots and slots, with Intl's narrow and thin spaces made plain. */
export function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.replace(/[\u202f\u2009\u00a0]/g, ' ');
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const el = node as HTMLElement;
  if (el.hidden || el.tagName === 'STYLE' || el.tagName === 'SCRIPT') return '';
  let children: Node[] = el.shadowRoot ? [...el.shadowRoot.childNodes] : [...node.childNodes];
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
    if (assigned.length > 0) children = assigned;
  }
  return children.map(visibleText).join(' ').replace(/\s+/g, ' ');
}

/** Every element matching `selector` anywhere below `root`, shadow roots included. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const found = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepQueryAll<T>(el.shadowRoot, selector));
  return found;
}

/** The frame's window, with the page's globals. */
export type FrameWindow = Window & typeof globalThis;

/** What a page printed with `console.error`/`console.warn`, and the errors it threw. */
export interface Console {
  readonly errors: string[];
  readonly warnings: string[];
}

/**
 * Opens `url` in a visible iframe and resolves once it has loaded, with everything the page printed
 * from its first script on: the browser keeps the iframe's initial window for a same-origin page, so
 * what is set on it before the navigation is there when the page's scripts run.
 */
export async function openFrame(url: string, width = 1024): Promise<{ frame: HTMLIFrameElement; console: Console }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 1600px; border: 0`;
  frame.src = url;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  const win = frame.contentWindow as FrameWindow;
  const printed: Console = { errors: [], warnings: [] };
  const record = (into: string[], original: (...args: unknown[]) => void) => (...args: unknown[]) => {
    into.push(args.map(String).join(' '));
    original(...args);
  };
  win.console.error = record(printed.errors, win.console.error.bind(win.console));
  win.console.warn = record(printed.warnings, win.console.warn.bind(win.console));
  win.addEventListener('error', (event) => {
    if (!event.message.includes('ResizeObserver loop')) printed.errors.push(event.message);
  });
  win.addEventListener('unhandledrejection', (event) => printed.errors.push(String(event.reason)));
  await loaded;
  expect(frame.contentWindow, 'the page kept the window the test prepared').to.equal(win);
  return { frame, console: printed };
}

/** Waits until `selector` matches somewhere in the frame's page (shadow roots included). */
export async function waitForDeep(frame: HTMLIFrameElement, selector: string, message: string): Promise<void> {
  await waitUntil(() => deepQueryAll(frame.contentDocument!, selector).length > 0, message, { timeout: 7000 });
}
