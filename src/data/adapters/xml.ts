/**
 * Reading an XML document safely for the adapters: a size limit, no document type declaration
 * (so no entity is ever expanded and nothing is fetched), and a parse by the `DOMParser` that is
 * given or, in a browser, the page's own (through the Trusted Types policy `schedule-elements`). The library never imports an XML parser itself: Node
 * has none, and the command-line tool passes the one of `@xmldom/xmldom` (see src/cli/feed-file.ts).
 */
import { trustedTypesPolicy } from '../../internal/trusted-types.js';
import { notThisFormat } from './shared.js';
import type { AdapterResult } from './types.js';

/**
 * The longest XML text read, in characters (16 Mi, about 16 MB): six times the biggest real
 * schedule known (39C3's, 895 talks, 2.6 MB as JSON). Anything longer is refused before parsing.
 */
export const MAX_XML_LENGTH = 16 * 1024 * 1024;

/** A node of a parsed XML document, as both the browser's DOM and `@xmldom/xmldom` provide it. */
export interface XmlNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<XmlNode>;
}

/** An element: a node with attributes. */
export interface XmlElement extends XmlNode {
  getAttribute(name: string): string | null;
}

/** A parsed document: its root element, and its parse errors (the browser's `<parsererror>`). */
export interface XmlDocument {
  readonly documentElement: XmlElement | null;
  getElementsByTagName(name: string): ArrayLike<XmlNode>;
}

/**
 * What parses XML text: the browser's `new DOMParser()`, or in Node `new DOMParser({ onError:
 * onErrorStopParsing })` from `@xmldom/xmldom` (which throws on malformed XML).
 */
export interface XmlParser {
  parseFromString(text: string, mimeType: 'text/xml'): XmlDocument;
}

/** Options of the adapters that read XML. */
export interface XmlOptions {
  /** The XML parser; the page's `DOMParser` when absent. Node has none: pass one (see {@link XmlParser}). */
  xmlParser?: XmlParser;
}

const ELEMENT_NODE = 1;

/**
 * A document type declaration that declares entities or names an external DTD. A schedule never
 * has one; entities are how a few hundred bytes expand to gigabytes ("billion laughs") and how
 * a parser is made to read local files or URLs (XXE), so such a document is not even parsed.
 */
const UNSAFE_DOCTYPE = /<!DOCTYPE\b[^>[]*(?:\[|\b(?:SYSTEM|PUBLIC)\b)|<!ENTITY\b/i;

/**
 * The parser to use: the one given, else the browser's, else none. The browser's parseFromString is
 * a Trusted Types sink: where the page enforces them, the text goes through the policy
 * `schedule-elements` (refused, the parse throws and the console has said which policy to allow).
 */
function parserOf(options: XmlOptions): XmlParser | undefined {
  if (options.xmlParser) return options.xmlParser;
  const Parser = (globalThis as { DOMParser?: new () => XmlParser }).DOMParser;
  return Parser && { parseFromString: (text, type) => new Parser().parseFromString(trustedTypesPolicy()?.createHTML(text) ?? text, type) };
}

/**
 * The root element of the XML `text`, read by `label`'s adapter ("schedule.xml"), or a fatal
 * result that says why it cannot be read: too long, a document type with entities, no parser,
 * or not well-formed (with the parser's own words on where).
 */
export function parseXml(text: string, label: string, options: XmlOptions): { root: XmlElement } | AdapterResult {
  if (text.length > MAX_XML_LENGTH) {
    return notThisFormat(`The ${label} is ${text.length} characters long, more than the ${MAX_XML_LENGTH} read from an XML file; it is not read.`);
  }
  if (UNSAFE_DOCTYPE.test(text)) {
    return notThisFormat(
      `The ${label} has a document type declaration with entities or an external DTD (<!DOCTYPE … [<!ENTITY …>]>). ` +
        'A schedule export never has one, and entities can expand to gigabytes or read other files, so the file is not read.',
    );
  }
  const parser = parserOf(options);
  if (!parser) {
    return notThisFormat(
      `There is no XML parser here to read the ${label}: outside a browser, pass a DOMParser for Node as the xmlParser option, ` +
        'as the schedule-elements command-line tool does (docs/adapters.md).',
    );
  }
  let document: XmlDocument;
  try {
    document = parser.parseFromString(text, 'text/xml');
  } catch (error) {
    return notThisFormat(`The ${label} is not well-formed XML (${error instanceof Error ? error.message : String(error)}).`);
  }
  // Browsers do not throw: they put a <parsererror> into the document.
  const failure = document.getElementsByTagName('parsererror')[0];
  const root = document.documentElement;
  if (failure !== undefined || !root) {
    const reason = failure?.textContent?.replace(/\s+/g, ' ').trim() ?? 'it has no root element';
    return notThisFormat(`The ${label} is not well-formed XML (${reason.length > 200 ? `${reason.slice(0, 199)}…` : reason}).`);
  }
  return { root };
}

/** The element children of `node`, all or those called `name`, in document order. */
export function childElements(node: XmlNode, name?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === ELEMENT_NODE && (name === undefined || child.nodeName === name)) found.push(child as XmlElement);
  }
  return found;
}

/** The first element child of `node` called `name`. */
export function childElement(node: XmlNode, name: string): XmlElement | undefined {
  return childElements(node, name)[0];
}

/** The text of an element, as written (entities and CDATA resolved); undefined for no element. */
export function elementText(element: XmlNode | undefined): string | undefined {
  return element?.textContent ?? undefined;
}

/** An attribute's value, or undefined when the element lacks it. */
export function attribute(element: XmlElement, name: string): string | undefined {
  return element.getAttribute(name) ?? undefined;
}
