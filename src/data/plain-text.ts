/**
 * Rich text as plain text, without a DOM: HTML reduced by a small tokenizer (never parsed into a
 * document), and URLs made absolute. For the calendar files and links, the JSON-LD, and rich text
 * shown as plain text while its formatter downloads. Pure code (no DOM, no Lit).
 */
import type { EventInfo, RichText } from './model.js';


/** The entities that feed HTML actually uses; numeric references cover the rest. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  __proto__: null as never, // a name the text gives (&constructor;) finds no property of Object's
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
};
const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/** Decodes character references, once; an unknown name stays as written, an invalid code point becomes U+FFFD (as in HTML). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? match;
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex!, 16);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return String.fromCodePoint(valid ? code : 0xfffd);
  });
}

/**
 * One token of HTML, each alternative able to run to the end of the input, so that the scan never
 * backtracks over the rest of the text (linear time on any input): a comment, another `<!…>` or
 * `<?…>` (doctype, CDATA, processing instruction), or a start/end tag with its attribute text
 * (quoted values may hold `>`). A `<` that starts none of these is text, as in HTML.
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>?|<(\/?)([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$)/g;
/** One attribute of a tag's attribute text (`name`, `name=value`, quoted or not), or the space and `/` between them. */
const ATTRIBUTE = /[\t\n\f\r /]+|([^\t\n\f\r />"'=][^\t\n\f\r />=]*)(?:[\t\n\f\r ]*=[\t\n\f\r ]*(?:"[^"]*"?|'[^']*'?|[^\t\n\f\r >]*))?|./g;
/** Attributes that carry code or styles: event handlers and `style`. */
const INLINE_CODE = /^(?:on|style$)/i;
/** Elements whose content the HTML parser reads as text up to their end tag (`plaintext` to the end). */
const RAW_TEXT_ELEMENTS = new Set(['style', 'script', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title', 'plaintext']);

/**
 * Untrusted HTML without what a page's Content Security Policy reports the moment it is parsed, even
 * in an inert document: event handler attributes, `style` attributes and `<style>` elements. Only
 * removes, and is no sanitizer: the HTML still goes through one (which would drop these anyway);
 * this keeps a strict site's CSP reports free of a feed's attacks.
 */
export function withoutInlineCode(html: string, depth = 0): string {
  const tokens = new RegExp(TOKEN.source, 'g');
  let out = '';
  let at = 0;
  for (let match = tokens.exec(html); match; match = tokens.exec(html)) {
    const [token, close, name, attrs] = match;
    out += html.slice(at, match.index);
    at = tokens.lastIndex;
    const tag = name?.toLowerCase();
    if (tag !== undefined && !close && RAW_TEXT_ELEMENTS.has(tag)) {
      // Its content runs to its end tag, as the parser reads it (where a `<p title="</xmp>` is no
      // tag); in SVG or MathML it may hold markup, so it is cleaned too. A style sheet goes whole.
      const end = html.slice(at).search(new RegExp(`</${tag}[\\t\\n\\f\\r />]`, 'i'));
      const contentEnd = end === -1 ? html.length : at + end;
      if (tag !== 'style') out += `<${name}${withoutCodeAttributes(attrs ?? '')}>${depth < 2 ? withoutInlineCode(html.slice(at, contentEnd), depth + 1) : html.slice(at, contentEnd)}`;
      at = tokens.lastIndex = contentEnd;
      continue;
    }
    if (tag === 'style') continue; // a stray </style>
    out += name === undefined || close || !attrs ? token : `<${name}${withoutCodeAttributes(attrs)}>`;
  }
  return out + html.slice(at);
}

/** A tag's attribute text without its event handlers and `style`. */
function withoutCodeAttributes(attrs: string): string {
  return attrs.replace(ATTRIBUTE, (part, attribute?: string) => (attribute !== undefined && INLINE_CODE.test(attribute) ? '' : part));
}

/** Elements whose content is not text to show. */
const RAW_TEXT = new Set(['script', 'style', 'template']);
/** Elements that stand apart as paragraphs (a blank line before and after). */
const PARAGRAPHS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'dl', 'table',
  'hr', 'section', 'article', 'header', 'footer', 'aside', 'nav', 'main', 'figure', 'address',
]);
/** Elements that start a new line. */
const LINES = new Set(['li', 'tr', 'dt', 'dd', 'figcaption']);
const HTML_SPACE = /[\t\n\f\r ]+/g;

/** The attributes read: `href` of links and `start` of ordered lists. */
const ATTRIBUTES = {
  href: /(?:^|[\s/])href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i,
  start: /(?:^|[\s/])start\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i,
} as const;
/** Nested lists are indented this many levels at most, so that deep nesting cannot blow up the text. */
const MAX_INDENT = 4;

/** The decoded value of one attribute in a tag's attribute text. */
function attribute(attrs: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const m = ATTRIBUTES[name].exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]!) : undefined;
}

/** Writes plain text with HTML's whitespace rules: runs of spaces collapse, breaks are asked for and merged. */
class PlainTextWriter {
  private out = '';
  /** The line break owed before the next text: 0 none, 1 a new line, 2 a blank line. */
  private owed = 0;
  private space = false;

  /** Text as HTML lays it out: entities decoded, and whitespace collapsed unless `pre`. */
  text(raw: string, pre: boolean): void {
    const text = decodeEntities(raw);
    if (pre) {
      this.write(text);
      return;
    }
    const collapsed = text.replace(HTML_SPACE, ' ');
    const words = collapsed.trim();
    if (collapsed.startsWith(' ')) this.space = true;
    this.write(words);
    if (words !== '' && collapsed.endsWith(' ')) this.space = true;
  }

  /** Asks for a new line (1) or a blank line (2) before the next text; breaks asked for together merge. */
  lineBreak(level: 1 | 2): void {
    this.owed = Math.max(this.owed, level);
    this.space = false;
  }

  /** One more line break before the next text (`<br>`): two in a row make a blank line. */
  addLineBreak(): void {
    this.owed = Math.min(2, this.owed + 1);
    this.space = false;
  }

  /** Text written as is, after any owed break or collapsed space. */
  write(text: string): void {
    if (text === '') return;
    if (this.out !== '' && this.owed > 0) this.out += '\n'.repeat(this.owed);
    else if (this.space && this.out !== '' && !/\s/.test(this.out.at(-1)!)) this.out += ' ';
    this.owed = 0;
    this.space = false;
    this.out += text;
  }

  /** The length of the text written so far (to find what an element added). */
  get length(): number {
    return this.out.length;
  }

  /** The text written since `from`. */
  slice(from: number): string {
    return this.out.slice(from);
  }

  toString(): string {
    return this.out;
  }
}

/** A list being written: its marker and next number. */
interface OpenList {
  readonly ordered: boolean;
  next: number;
}

/**
 * HTML reduced to plain text without a DOM: tags removed, the common entities decoded, paragraphs
 * and headings separated by blank lines, `<br>` as a line break, list items as `1. …` (ordered) or
 * `• …` lines indented by nesting, the content of `<script>`, `<style>` and `<template>` dropped,
 * and a link's http(s) address added after its text when the text does not already show it.
 *
 * Safe on any input: the result is only ever text (a `<` in it is a character, not markup), and the
 * scan is linear in the input.
 */
export function htmlToPlainText(html: string): string {
  const out = new PlainTextWriter();
  const lists: OpenList[] = [];
  const links: { href: string | undefined; from: number }[] = [];
  let pre = 0;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m !== null; m = TOKEN.exec(html)) {
    out.text(html.slice(last, m.index), pre > 0);
    last = TOKEN.lastIndex;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment, doctype or processing instruction
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    // Markdown's autolinks (`<https://e.org>`, `<team@e.org>`) are their address, not a tag (Word's `<o:p>` is one).
    if (attrs.startsWith('//') || name.includes('@')) out.text(m[0].replace(/^<|>$/g, ''), pre > 0);
    if (!closing && RAW_TEXT.has(name)) {
      const end = new RegExp(`</${name}`, 'gi');
      end.lastIndex = last;
      last = end.exec(html)?.index ?? html.length;
      TOKEN.lastIndex = last;
      continue;
    }
    if (name === 'pre') pre = Math.max(0, pre + (closing ? -1 : 1));
    if (name === 'ol' || name === 'ul') {
      // A list inside an item starts and ends on a line of its own, not in a paragraph.
      out.lineBreak(lists.length + (closing ? 0 : 1) > 1 ? 1 : 2);
      if (closing) lists.pop();
      else {
        const start = Number.parseInt(attribute(attrs, 'start') ?? '', 10);
        lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
      }
    } else if (name === 'br') out.addLineBreak();
    else if (PARAGRAPHS.has(name)) out.lineBreak(2);
    else if (LINES.has(name)) out.lineBreak(1);
    if (name === 'li' && !closing) {
      const list = lists.at(-1);
      const indent = '   '.repeat(Math.min(MAX_INDENT, Math.max(0, lists.length - 1)));
      out.write(`${indent}${list?.ordered === true ? `${list.next++}.` : '\u2022'} `);
    } else if (name === 'a') {
      if (!closing) links.push({ href: attribute(attrs, 'href'), from: out.length });
      else {
        const link = links.pop();
        const href = link?.href?.trim();
        if (link && href && /^https?:\/\//i.test(href) && !out.slice(link.from).includes(href)) out.write(` (${href})`);
      }
    }
  }
  out.text(html.slice(last), pre > 0);
  return out.toString().trim();
}

/** Line endings as `\n`. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/**
 * Rich text as plain text: `html` reduced; `markdown` reduced line by line, so that its paragraphs
 * and list items stay on their lines and its syntax reads as written, while the HTML and entities
 * it may hold go (pretalx and frab feeds mix them in); `text` kept as written.
 */
export function richTextToPlain(text: RichText): string {
  const source = normalizeNewlines(text.source);
  return (text.format === 'html' ? htmlToPlainText(source) : text.format === 'markdown' ? source.split('\n').map(htmlToPlainText).join('\n') : source).trim();
}

/** An absolute http(s) URL, resolved against the event's page when relative; else undefined. */
export function absoluteUrl(url: string | undefined, event: EventInfo): string | undefined {
  if (url === undefined || url.trim() === '') return undefined;
  try {
    const resolved = event.url === undefined ? new URL(url) : new URL(url, event.url);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
