/**
 * The one URL policy of the feed: `avatar`, `url` and `links[].url` are kept only when they are
 * http(s) or relative, plus `data:image/*` for images. Everything else (`javascript:`, `vbscript:`,
 * other `data:`, `file:` …) is refused before any component can put it in an `href` or `src`.
 */

/** A scheme at the start of a URL, as the WHATWG URL parser would read it. */
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
/** Browsers drop ASCII tabs and newlines anywhere in a URL, so `java\tscript:` is `javascript:`. */
const TAB_OR_NEWLINE = /[\t\n\r]/g;
/** The common case, kept as is without the clean-up passes: http(s) with no control characters or spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN_HTTP = /^https?:\/\/[^\u0000-\u0020]*$/i;
/** `data:image/png;base64,…`: a media type under image/. */
const DATA_IMAGE = /^data:image\/[a-z0-9.+-]+[;,]/i;

/** Options of {@link safeUrl}. */
export interface SafeUrlOptions {
  /** The URL is an image source (`avatar`): `data:image/*` is accepted too. */
  readonly image?: boolean;
}

/**
 * Without leading or trailing C0 controls and spaces, as browsers read a URL. A loop, not
 * `/[\0- ]+$/`, which tries again from each character of a run of spaces inside the text: 100,000
 * of them took seconds.
 */
function trimControls(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.slice(start, end);
}

/**
 * The URL as a browser would read it (tabs, newlines and edge controls removed) if it is http(s),
 * relative (`/igf.json`, `speakers/p.jpg`, `//cdn.example.org/x`), or, with `image`, `data:image/*`;
 * otherwise undefined. An empty string is not a URL.
 */
export function safeUrl(value: string, options: SafeUrlOptions = {}): string | undefined {
  if (PLAIN_HTTP.test(value)) return value;
  const url = trimControls(value.replace(TAB_OR_NEWLINE, ''));
  if (url === '') return undefined;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || scheme === 'http' || scheme === 'https') return url;
  return options.image === true && DATA_IMAGE.test(url) ? url : undefined;
}

/** A lone surrogate: text that is not well-formed, so has no UTF-8 form and cannot be percent-encoded. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * `encodeURIComponent(text)`, or undefined where that would throw (a URIError): text with a lone
 * surrogate, which a feed's id may hold (JSON allows it) and no URL can carry.
 */
export function encodeUrlComponent(text: string): string | undefined {
  return LONE_SURROGATE.test(text) ? undefined : encodeURIComponent(text);
}
