/**
 * The server's HTML sanitizer (src/cli/sanitize-html.ts), which `schedule-elements render` uses for
 * descriptions and bios: what it keeps of real feed HTML, and the XSS corpus of test/security
 * reduced to the allow-list, written so that reading it again changes nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { sanitizeHtml } from '../../src/cli/sanitize-html.js';
import { ALLOWED_ATTR, ALLOWED_TAGS, ALLOWED_URI_REGEXP, URL_WHITESPACE } from '../../src/internal/allow-list.js';
import { payloads } from '../security/xss-payloads.js';

type Node = DefaultTreeAdapterMap['childNode'];

/** What in `html` is not allowed: elements, attributes, URLs and comments, one line each. */
function findings(html: string): string[] {
  const found: string[] = [];
  const visit = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (node.nodeName === '#comment') found.push('a comment');
      if (!('tagName' in node)) continue;
      if (!ALLOWED_TAGS.includes(node.tagName) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (![...ALLOWED_ATTR, 'target', 'rel'].includes(name)) found.push(`${name}= on <${node.tagName}>`);
        if (name === 'href' && !ALLOWED_URI_REGEXP.test(value.replace(URL_WHITESPACE, ''))) found.push(`href ${value}`);
      }
      visit(node.childNodes);
    }
  };
  visit(parseFragment(html).childNodes);
  return found;
}

describe('sanitizeHtml (the server’s pass)', () => {
  it('keeps text structure and links, with links opening apart from the page', () => {
    assert.equal(
      sanitizeHtml('<p>Questions:</p><ol><li>One &amp; <b>two</b></li><li lang="fr" dir="ltr">Trois</li></ol><a href="https://example.org/x?a=1&amp;b=2" title="T">link</a>'),
      '<p>Questions:</p><ol><li>One &amp; <b>two</b></li><li lang="fr" dir="ltr">Trois</li></ol><a href="https://example.org/x?a=1&amp;b=2" title="T" target="_blank" rel="noopener noreferrer">link</a>',
    );
  });

  it('unwraps text containers, drops other elements with their content, and drops handlers, styles and unsafe URLs', () => {
    assert.equal(
      sanitizeHtml('<div><table><tr><td>Cell</td></tr></table></div><script>x()</script><style>p{}</style><svg><a href="/x">s</a></svg><!-- c --><p onclick="x()" style="color:red" class="c">P</p><a href="javascript:x()">J</a><a href=" java\tscript:x()">K</a>'),
      'Cell<p>P</p><a>J</a><a>K</a>',
    );
  });

  it('reduces every payload of the XSS corpus to the allow-list, and reading the result again changes nothing', () => {
    const corpus = payloads();
    assert.ok(corpus.length >= 140);
    // The control: as written, most payloads are what the audit finds.
    assert.ok(corpus.filter((payload) => findings(payload).length > 0).length > 50);
    for (const payload of corpus) {
      const clean = sanitizeHtml(payload);
      assert.deepEqual(findings(clean), [], payload);
      assert.equal(sanitizeHtml(clean), clean, `not stable: ${payload}`);
    }
  });
});
