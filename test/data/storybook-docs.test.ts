import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

/** The Storybook docs pages (stories/docs/*.mdx), each by file name. */
const pages = readdirSync('stories/docs')
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, text: readFileSync(`stories/docs/${name}`, 'utf8') }));

/** A page's lines outside its code blocks. */
function prose(text: string): string[] {
  let fenced = false;
  return text.split('\n').filter((line) => {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    return !fenced;
  });
}

describe('the Storybook docs pages as a visitor reads them', () => {
  it('write their tables in HTML: Storybook reads MDX without GFM, so a Markdown table showed as one paragraph of "|" and "---"', () => {
    for (const { name, text } of pages) {
      const rows = prose(text).filter((line) => /^\s*\|.*\|\s*$/.test(line));
      assert.deepEqual(rows, [], `${name} has a Markdown table`);
    }
  });

  it('name every Trusted Types policy the bundle creates, as the strict CSP example allows them', () => {
    const policies = /trusted-types ([\w -]+)\n/.exec(readFileSync('examples/csp.html', 'utf8'))![1]!.trim().split(/\s+/);
    assert.deepEqual(policies, ['lit-html', 'dompurify', 'schedule-elements']);
    const embedding = pages.find((page) => page.name === 'embedding.mdx')!.text;
    const allowed = /`trusted-types ([\w -]+)`/.exec(embedding)?.[1]?.split(/\s+/);
    assert.deepEqual(allowed, policies, 'the policies embedding.mdx tells a site owner to allow');
  });
});
