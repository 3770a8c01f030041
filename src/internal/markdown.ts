/**
 * Markdown to HTML with marked (GitHub-flavoured, synchronous). rich-text.ts imports this module
 * only when a feed has Markdown text to show; in the single-file build it is the sibling file
 * schedule-elements-markdown.min.js. The HTML it returns is untrusted: rich-text.ts sanitizes it.
 */
import { Marked } from 'marked';
import { escapeHtml } from './escape-html.js';

const marked = new Marked({ gfm: true });

/**
 * Past this many characters Markdown is shown as plain text: on some texts of 80,000 (`_a_a_a…`)
 * marked takes seconds, during which the page cannot answer. A session's description is far shorter.
 */
export const MAX_MARKDOWN_LENGTH = 20_000;

/** Text as HTML paragraphs (blank lines) and line breaks, every character escaped. */
function plainHtml(source: string): string {
  return source
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replaceAll('\n', '<br>')}</p>`)
    .join('');
}

/**
 * The HTML of Markdown `source`, not sanitized. A text too long to read quickly, or nested too
 * deeply for marked (`> > > …` 2,000 deep overflows its stack), is shown as plain text, and the
 * console says so.
 */
export function markdownToHtml(source: string): string {
  let problem = `over ${MAX_MARKDOWN_LENGTH.toLocaleString('en-US')} characters`;
  if (source.length <= MAX_MARKDOWN_LENGTH) {
    try {
      return marked.parse(source, { async: false });
    } catch (error) {
      problem = `it could not be read: ${String(error)}`;
    }
  }
  console.warn(`schedule-elements: a Markdown text of ${source.length} characters is shown as plain text (${problem}); it starts ${JSON.stringify(source.slice(0, 40))}.`);
  return plainHtml(source);
}
