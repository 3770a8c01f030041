/**
 * What feed HTML is reduced to, wherever it is sanitized: by the browser's HTML Sanitizer API or
 * DOMPurify (rich-text.ts), and on a server by the CLI's own pass (src/cli/sanitize-html.ts).
 */
/** The small allow-list that feed HTML is reduced to: text structure and links, nothing that runs or loads. */
export const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'code', 'pre', 'blockquote',
  'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr', 'span',
];
export const ALLOWED_ATTR = ['href', 'title', 'lang', 'dir', 'start'];
/** http(s), mailto and relative URLs; every other scheme (javascript:, data:, vbscript: …) is removed. */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
/** What DOMPurify takes out of a URL before it tests it (so `java\tscript:` is `javascript:`). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const URL_WHITESPACE = /[\u0000-\u0020\u00A0\u1680\u180E\u2000-\u2029\u205F\u3000]/g;

/**
 * Elements outside the allow-list that are removed but leave their text, as DOMPurify leaves the
 * text of every element it removes, but for those that hold no text to read (`script`, `style`,
 * `template`, `svg`, `math`, `thead` …). The browser's sanitizer removes any other element with
 * its content, so this lists the text containers that feed HTML uses.
 */
export const TEXT_CONTAINERS = [
  'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'address', 'figure',
  'figcaption', 'center', 'h1', 'h2', 'dl', 'dt', 'dd', 'table', 'caption', 'tbody', 'tfoot', 'tr',
  'th', 'td', 'abbr', 'acronym', 'bdi', 'bdo', 'big', 'cite', 'data', 'del', 'dfn', 'font', 'ins',
  'kbd', 'mark', 'nobr', 'q', 'samp', 'strike', 'time', 'tt', 'var', 'details', 'summary', 'ruby',
  'rb', 'rp', 'rt',
];
