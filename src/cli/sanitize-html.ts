/**
 * Feed HTML made safe on a server, where there is no HTML Sanitizer API: parsed with parse5 (the
 * HTML parser @lit-labs/ssr uses), then written again from the allow-list alone, as the browser's
 * sanitizer keeps it (src/internal/allow-list.ts): allowed elements with allowed attributes,
 * text containers unwrapped, every other element dropped with its content, comments dropped, text
 * and attribute values escaped. Links as the browser's pass finishes them: a URL that is not
 * http(s), mailto or relative is removed, and a link opens in a new tab that cannot reach the page.
 */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { withoutInlineCode } from '../data/plain-text.js';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP, TEXT_CONTAINERS, URL_WHITESPACE } from '../internal/allow-list.js';

type ChildNode = DefaultTreeAdapterMap['childNode'];

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr']);
const KEPT: ReadonlySet<string> = new Set(ALLOWED_TAGS);
const UNWRAPPED: ReadonlySet<string> = new Set(TEXT_CONTAINERS);
const ATTRIBUTES: ReadonlySet<string> = new Set(ALLOWED_ATTR);

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => escapeText(value).replace(/"/g, '&quot;');

function write(nodes: readonly ChildNode[]): string {
  let html = '';
  for (const node of nodes) {
    if (node.nodeName === '#text') html += escapeText((node as DefaultTreeAdapterMap['textNode']).value);
    if (!('tagName' in node) || node.namespaceURI !== HTML_NAMESPACE) continue; // comments, SVG, MathML
    const tag = node.tagName;
    if (UNWRAPPED.has(tag)) html += write(node.childNodes);
    if (!KEPT.has(tag)) continue;
    let attributes = '';
    let link = false;
    for (const { name, value } of node.attrs) {
      if (!ATTRIBUTES.has(name)) continue;
      if (name === 'href' && !ALLOWED_URI_REGEXP.test(value.replace(URL_WHITESPACE, ''))) continue;
      link ||= name === 'href';
      attributes += ` ${name}="${escapeAttribute(value)}"`;
    }
    if (link && tag === 'a') attributes += ' target="_blank" rel="noopener noreferrer"';
    html += VOID_ELEMENTS.has(tag) ? `<${tag}${attributes}>` : `<${tag}${attributes}>${write(node.childNodes)}</${tag}>`;
  }
  return html;
}

/** Untrusted HTML from a feed as HTML that holds only the allow-list's elements and attributes. */
export function sanitizeHtml(untrusted: string): string {
  return write(parseFragment(withoutInlineCode(untrusted)).childNodes);
}
