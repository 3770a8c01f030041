/**
 * The little of the DOM that the timeline's cells are built with (session-cells.ts), for a server:
 * elements that keep their attributes, classes, styles and children, and are written out as HTML
 * with every text and attribute value escaped. The server renders the cells with the very code
 * that builds them in the browser, so that what the page shows with scripts off is what the script
 * shows when it takes over.
 */
import { escapeHtml } from '../internal/escape-html.js';

/** `sessionId` → `data-session-id`. */
const dataName = (key: string): string => `data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

class MarkupElement {
  private readonly attributes = new Map<string, string>();
  private readonly styles = new Map<string, string>();
  private children: (MarkupElement | string)[] = [];

  constructor(
    readonly localName: string,
    readonly ownerDocument: MarkupDocument,
  ) {}

  readonly dataset: Record<string, string> = new Proxy({} as Record<string, string>, {
    set: (target, key, value: string) => {
      this.setAttribute(dataName(String(key)), value);
      return Reflect.set(target, key, value);
    },
  });

  readonly style = { setProperty: (name: string, value: string): void => void this.styles.set(name, value) };

  readonly classList = {
    add: (...names: string[]): void => {
      const classes = new Set((this.attributes.get('class') ?? '').split(' ').filter(Boolean));
      for (const name of names) classes.add(name);
      this.className = [...classes].join(' ');
    },
  };

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  /** As the DOM's: a boolean attribute (`data-wide`) set empty, or removed; a value already there stays. */
  toggleAttribute(name: string, force = !this.attributes.has(name)): boolean {
    if (!force) this.removeAttribute(name);
    else if (!this.attributes.has(name)) this.setAttribute(name, '');
    return force;
  }

  set className(value: string) {
    this.setAttribute('class', value);
  }

  set dir(value: string) {
    this.setAttribute('dir', value);
  }

  set lang(value: string) {
    this.setAttribute('lang', value);
  }

  set tabIndex(value: number) {
    this.setAttribute('tabindex', String(value));
  }

  set textContent(value: string) {
    this.children = value === '' ? [] : [value];
  }

  get firstChild(): MarkupElement | string | undefined {
    return this.children[0];
  }

  get lastChild(): MarkupElement | string | undefined {
    return this.children.at(-1);
  }

  append(...nodes: (MarkupElement | string)[]): void {
    this.children.push(...nodes);
  }

  prepend(...nodes: (MarkupElement | string)[]): void {
    this.children.unshift(...nodes);
  }

  replaceChildren(...nodes: (MarkupElement | string)[]): void {
    this.children = nodes;
  }

  get outerHTML(): string {
    const attributes = new Map(this.attributes);
    if (this.styles.size > 0) attributes.set('style', [...this.styles].map(([name, value]) => `${name}: ${value};`).join(' '));
    const opening = [this.localName, ...[...attributes].map(([name, value]) => `${name}="${escapeHtml(value)}"`)].join(' ');
    const content = this.children.map((child) => (typeof child === 'string' ? escapeHtml(child) : child.outerHTML)).join('');
    return `<${opening}>${content}</${this.localName}>`;
  }
}

/** A document whose elements are written out with `outerHTML`; none of the tags it makes is a void element. */
export class MarkupDocument {
  createElement(tag: string): HTMLElement {
    if (!/^[a-z][a-z0-9]*$/.test(tag)) throw new Error(`not a tag name: ${tag}`);
    return new MarkupElement(tag, this) as unknown as HTMLElement;
  }
}
