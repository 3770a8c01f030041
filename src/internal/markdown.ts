/**
 * Markdown to HTML with marked (GitHub-flavoured, synchronous). rich-text.ts imports this module
 * only when a feed has Markdown text to show; in the single-file build it is the sibling file
 * schedule-elements-markdown.min.js. The HTML it returns is untrusted: rich-text.ts sanitizes it.
 */
import { Marked } from 'marked';

const marked = new Marked({ gfm: true });

/** The HTML of Markdown `source`, not sanitized. */
export function markdownToHtml(source: string): string {
  return marked.parse(source, { async: false });
}
