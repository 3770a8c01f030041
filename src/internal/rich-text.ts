import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked } from 'marked';
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import type { RichText } from '../data/model.js';

/** The small allow-list that feed HTML is reduced to: text structure and links, nothing that runs or loads. */
const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'span',
];
const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir', 'start'];
/** http(s), mailto and relative URLs; every other scheme (javascript:, data:, vbscript: …) is removed. */
const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

let purifier: Purifier | undefined;
let markdown: Marked | undefined;

/** Our own DOMPurify instance, so its hooks never touch a copy the page uses. Created on first use. */
function getPurifier(): Purifier {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  return purifier;
}

/** Sanitizes untrusted HTML into inert DOM nodes (no string is ever written as HTML by us). */
export function sanitizeToFragment(untrusted: string): DocumentFragment {
  return getPurifier().sanitize(untrusted, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    RETURN_DOM_FRAGMENT: true,
  });
}

function markdownToHtml(source: string): string {
  markdown ??= new Marked({ gfm: true, async: false });
  return markdown.parse(source) as string;
}

/** Plain text keeps its paragraphs (blank lines) and line breaks, and is never read as markup. */
function textTemplate(source: string): TemplateResult {
  const paragraphs = source.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return html`${paragraphs.map(
    (p) => html`<p>${p.split('\n').map((line, i) => (i === 0 ? line : html`<br />${line}`))}</p>`,
  )}`;
}

class RichTextDirective extends Directive {
  private last?: RichText;

  render(text: RichText | undefined): TemplateResult | DocumentFragment | typeof nothing | typeof noChange {
    // A fragment empties itself when it is inserted, so build the DOM again only when the text changes.
    if (text?.source === this.last?.source && text?.format === this.last?.format) return noChange;
    this.last = text;
    if (!text) return nothing;
    if (text.format === 'text') return textTemplate(text.source);
    return sanitizeToFragment(text.format === 'markdown' ? markdownToHtml(text.source) : text.source);
  }
}

/** Renders a feed's rich text: `text` escaped with its paragraphs, `markdown` and `html` sanitized. */
export const richText = directive(RichTextDirective);
