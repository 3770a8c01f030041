/**
 * The counters of the XSS corpus suite (xss-frame.ts): what a subtree holds that feed text must never
 * become, shadow roots walked deeply; requests to hosts no URL field names; the computed style of
 * the host page's own elements. Each returns what it found as readable lines, an empty list when
 * all is well, so that a failure names its payload.
 */

/** Attributes whose value is a URL (or a list of them) that a browser loads, follows or runs. */
const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'srcset', 'imagesrcset', 'action', 'formaction', 'poster', 'data', 'background',
  'ping', 'cite', 'lowsrc', 'dynsrc', 'codebase', 'manifest', 'icon', 'longdesc', 'usemap', 'to', 'from', 'by', 'values',
]);
/** A URL that runs or embeds something. */
const UNSAFE_URL = /^(?:javascript|vbscript|data):/i;
/** What the project allows as a `data:` URL: an image as an `<img>`'s source (avatars). */
const DATA_IMAGE = /^data:image\//i;
/** The URLs of an attribute as the WHATWG URL parser reads them: tabs and newlines dropped, edge controls and spaces trimmed; each candidate of a `srcset`. */
function urlsOf(name: string, value: string): string[] {
  const urls = name.endsWith('srcset') ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!) : [value];
  // eslint-disable-next-line no-control-regex -- as the URL parser does
  return urls.map((url) => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, ''));
}
/** A style that loads or runs something. */
const UNSAFE_STYLE = /url\s*\(|expression\s*\(|javascript:|image-set|-moz-binding|@import/i;
/** Elements that the components never render, so that any of them came from the feed. */
const FOREIGN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'style', 'form',
  'template', 'noscript', 'svg', 'math', 'foreignobject', 'video', 'audio', 'source', 'picture', 'textarea',
  'marquee', 'isindex', 'xmp', 'title', 'body', 'html', 'head', 'details',
]);
const XHTML = 'http://www.w3.org/1999/xhtml';

/** What the walk found. */
export interface Findings {
  readonly handlers: string[];
  readonly unsafeUrls: string[];
  readonly foreignElements: string[];
  /** Elements walked, shadow roots entered: the walk's reach. */
  elements: number;
  shadowRoots: number;
}

export function noFindings(): Findings {
  return { handlers: [], unsafeUrls: [], foreignElements: [], elements: 0, shadowRoots: 0 };
}

/** `<tag attr>` in the shadow root of `<host>`, shortened. */
function where(element: Element, what: string): string {
  const root = element.getRootNode();
  const host = root instanceof ShadowRoot ? ` in <${root.host.localName}>` : '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''} ${what}>${host}`.slice(0, 200);
}

/**
 * Walks `root` and every shadow root below it (open ones: the components' are), adding to `into`
 * every `on*` attribute, every unsafe URL or style, and every element the components never render.
 * `allowed` says which elements of the walk are the test's own (the host page's probes).
 */
export function walk(root: ParentNode, into: Findings, allowed: (element: Element) => boolean = () => false): Findings {
  for (const element of root.querySelectorAll('*')) {
    into.elements++;
    if (!allowed(element)) {
      const name = element.localName.toLowerCase();
      if (FOREIGN_ELEMENTS.has(name) || element.namespaceURI !== XHTML) into.foreignElements.push(where(element, element.namespaceURI ?? ''));
      for (const attribute of element.attributes) {
        const attr = attribute.name.toLowerCase();
        const value = attribute.value;
        if (attr.startsWith('on')) into.handlers.push(where(element, `${attr}="${value}"`));
        const unsafe = (url: string) => UNSAFE_URL.test(url) && !(name === 'img' && attr === 'src' && DATA_IMAGE.test(url));
        if (URL_ATTRIBUTES.has(attr) && urlsOf(attr, value).some(unsafe)) into.unsafeUrls.push(where(element, `${attr}="${value}"`));
        if (attr === 'style' && UNSAFE_STYLE.test(value)) into.unsafeUrls.push(where(element, `style="${value}"`));
      }
    }
    if (element.shadowRoot) {
      into.shadowRoots++;
      walk(element.shadowRoot, into, allowed);
    }
  }
  return into;
}

/** The hosts an http(s) URL names, read as the browser reads a URL field (tabs, newlines and edge controls skipped). */
export function hostOf(url: string, base: string): string | undefined {
  try {
    const parsed = new URL(urlsOf('href', url)[0]!, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

/** The resource requests this page made to a host outside `allowed`, failed ones included. */
export function foreignRequests(allowed: ReadonlySet<string>): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => !allowed.has(new URL(name).host));
}

/** Every computed property of `element`, as `name: value` lines. */
export function computedStyle(element: Element): string[] {
  const style = getComputedStyle(element);
  return [...style].map((name) => `${name}: ${style.getPropertyValue(name)}`);
}
